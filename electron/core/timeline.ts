/** Timeline lines (SPEC section 8): parsing with errors that name what is wrong, and whole replays. */
import { Engine } from './engine.ts';
import { validateSettingsPatch, type Settings } from './settings.ts';
import { computeStreak } from './stats.ts';
import { formatInstant, parseInstant } from './time.ts';
import type { DayStats, Observation, Streak } from './types.ts';

export class TimelineError extends Error {
  readonly lineNumber: number;
  constructor(lineNumber: number, detail: string) {
    super(`line ${lineNumber}: ${detail}`);
    this.name = 'TimelineError';
    this.lineNumber = lineNumber;
  }
}

const SIMPLE_TYPES = new Set([
  'lock',
  'unlock',
  'suspend',
  'resume',
  'break-start',
  'snooze',
  'skip',
  'resume-reminders',
  'call-start',
  'call-end',
]);

const ALL_TYPES = [...SIMPLE_TYPES, 'input', 'break-end', 'pause', 'settings'];

function instant(value: unknown, field: string, lineNumber: number): number {
  if (typeof value !== 'string') {
    throw new TimelineError(
      lineNumber,
      `"${field}" must be an ISO 8601 instant string with offset`,
    );
  }
  const ms = parseInstant(value);
  if (ms === null) {
    throw new TimelineError(
      lineNumber,
      `"${field}" is not an ISO 8601 instant with offset (e.g. 2026-03-09T09:00:00+01:00): ${JSON.stringify(value)}`,
    );
  }
  return ms;
}

/** Parses one JSONL line into an observation; throws TimelineError naming the line and the problem. */
export function parseTimelineLine(text: string, lineNumber: number): Observation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TimelineError(lineNumber, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TimelineError(lineNumber, 'must be a JSON object with "at" and "type"');
  }
  const line = value as Record<string, unknown>;
  const type = line.type;
  if (typeof type !== 'string' || !ALL_TYPES.includes(type)) {
    throw new TimelineError(
      lineNumber,
      `"type" must be one of ${ALL_TYPES.join(', ')} (got ${JSON.stringify(type)})`,
    );
  }
  const at = instant(line.at, 'at', lineNumber);
  switch (type) {
    case 'input': {
      const to = instant(line.to, 'to', lineNumber);
      if (to < at) throw new TimelineError(lineNumber, `input "to" is before "at"`);
      return { type, at, to };
    }
    case 'break-end': {
      if (line.completed !== undefined && typeof line.completed !== 'boolean') {
        throw new TimelineError(lineNumber, '"completed" must be true or false');
      }
      return { type, at, completed: line.completed === true };
    }
    case 'pause': {
      const until =
        line.until === 'tomorrow' ? 'tomorrow' : instant(line.until, 'until', lineNumber);
      return { type, at, until };
    }
    case 'settings': {
      const result = validateSettingsPatch(line.settings);
      if (!result.ok) {
        throw new TimelineError(lineNumber, result.issues.map((i) => i.message).join('; '));
      }
      return { type, at, settings: result.patch };
    }
    default:
      return {
        type: type as Exclude<Observation['type'], 'input' | 'break-end' | 'pause' | 'settings'>,
        at,
      };
  }
}

export interface ReplayResult {
  prompts: string[];
  days: DayStats[];
  streak: Streak;
}

/** Runs the engine over timeline text; the first line is the app's start. */
export function replayTimeline(text: string, settings: Settings): ReplayResult {
  const prompts: string[] = [];
  let engine: Engine | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === '') continue;
    const obs = parseTimelineLine(raw, i + 1);
    engine ??= Engine.start(settings, obs.at);
    for (const effect of engine.observe(obs)) {
      if (effect.type === 'prompt') prompts.push(formatInstant(effect.at));
    }
  }
  if (!engine) return { prompts, days: [], streak: { current: 0, longest: 0 } };
  const days = engine.dayStats();
  const today = days[days.length - 1]?.date ?? '';
  return { prompts, days, streak: computeStreak(days, today, engine.settings, engine.dayRules()) };
}
