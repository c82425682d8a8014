/** Timeline lines (SPEC section 8): parsing with errors that name what is wrong, and whole replays. */
import { Engine } from './engine.ts';
import { excerpt } from './excerpt.ts';
import { validateSettingsPatch, type Settings } from './settings.ts';
import { computeStreak } from './stats.ts';
import { checkInstant, DAY_MS, formatInstant } from './time.ts';
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
      `"${field}" must be an ISO 8601 instant string with offset (got ${excerpt(value)})`,
    );
  }
  const checked = checkInstant(value);
  if ('problem' in checked) {
    throw new TimelineError(
      lineNumber,
      `"${field}" ${excerpt(value)} ${checked.problem} (e.g. 2026-03-09T09:00:00+01:00)`,
    );
  }
  return checked.ms;
}

/** Parses one JSONL line into an observation; throws TimelineError naming the line and the problem. */
export function parseTimelineLine(text: string, lineNumber: number): Observation {
  let value: unknown;
  try {
    // A UTF-8 byte-order mark may start the file, as it may start the store.
    value = JSON.parse(lineNumber === 1 ? text.replace(/^\uFEFF/, '') : text);
  } catch (error) {
    // V8's message quotes the line: keep it short whatever the line's length.
    const reason = String((error as Error).message).slice(0, 120);
    throw new TimelineError(lineNumber, `not valid JSON (${reason})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TimelineError(
      lineNumber,
      `must be a JSON object with "at" and "type" (got ${excerpt(value)})`,
    );
  }
  const line = value as Record<string, unknown>;
  const type = Object.hasOwn(line, 'type') ? line.type : undefined;
  if (typeof type !== 'string' || !ALL_TYPES.includes(type)) {
    throw new TimelineError(
      lineNumber,
      `"type" must be one of ${ALL_TYPES.join(', ')} (got ${excerpt(type)})`,
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
        throw new TimelineError(
          lineNumber,
          `"completed" must be true or false (got ${excerpt(line.completed)})`,
        );
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
        // The first three problems; the rest counted, so one line's message stays short.
        const shown = result.issues.slice(0, 3).map((i) => i.message);
        const rest = result.issues.length - shown.length;
        if (rest > 0) shown.push(`and ${rest} more`);
        throw new TimelineError(lineNumber, shown.join('; '));
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

/**
 * The longest span a timeline may cover, from its first line's instant: a bit under the engine's
 * `MAX_FILLED_DAYS`, so every date is listed, and a year typo (2926 for 2026) is a clear error rather
 * than centuries of empty days.
 */
export const MAX_TIMELINE_DAYS = 36_500;

/**
 * A replay fed one line at a time (the CLI streams the file): memory holds the engine, never the text.
 * The first line is the app's start.
 */
export class TimelineReplay {
  readonly #settings: Settings;
  readonly #prompts: string[] = [];
  #engine: Engine | null = null;
  #limit = Number.POSITIVE_INFINITY;

  constructor(settings: Settings) {
    this.#settings = settings;
  }

  /** Applies one line (blank lines are skipped); throws TimelineError naming the line. */
  line(raw: string, lineNumber: number): void {
    if (raw.trim() === '') return;
    const obs = parseTimelineLine(raw, lineNumber);
    if (this.#engine === null) {
      this.#engine = Engine.start(this.#settings, obs.at);
      this.#limit = obs.at + MAX_TIMELINE_DAYS * DAY_MS;
    }
    const latest = obs.type === 'input' ? obs.to : obs.at;
    if (latest > this.#limit) {
      throw new TimelineError(
        lineNumber,
        `${obs.type === 'input' ? '"to"' : '"at"'} is more than ${MAX_TIMELINE_DAYS} days (100 years) after the first line; is the year right?`,
      );
    }
    for (const effect of this.#engine.observe(obs)) {
      if (effect.type === 'prompt') this.#prompts.push(formatInstant(effect.at));
    }
  }

  result(): ReplayResult {
    const engine = this.#engine;
    const prompts = this.#prompts;
    if (!engine) return { prompts, days: [], streak: { current: 0, longest: 0 } };
    const days = engine.dayStats();
    const today = days[days.length - 1]?.date ?? '';
    return {
      prompts,
      days,
      streak: computeStreak(days, today, engine.settings, engine.dayRules()),
    };
  }
}

/** Runs the engine over timeline text (split lazily, one line at a time); the first line is the app's start. */
export function replayTimeline(text: string, settings: Settings): ReplayResult {
  const replay = new TimelineReplay(settings);
  let lineNumber = 0;
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    replay.line(text.slice(start, end), ++lineNumber);
    start = end + 1;
  }
  return replay.result();
}
