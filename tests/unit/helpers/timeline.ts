/** Builds timelines for engine tests from local wall-clock strings in the current TZ. */
import { applySettingsPatch, defaultSettings } from '../../../electron/core/settings.ts';
import { replayTimeline, type ReplayResult } from '../../../electron/core/timeline.ts';
import type { DayStats } from '../../../electron/core/types.ts';

/** Local 'YYYY-MM-DD HH:MM[:SS]' in process.env.TZ → ISO instant with offset. */
export function local(text: string): string {
  const [date, time] = text.split(' ');
  const [y, m, d] = (date as string).split('-').map(Number);
  const [hh, mm, ss] = (time as string).split(':').map(Number);
  const ms = new Date(y!, m! - 1, d!, hh!, mm!, ss ?? 0).getTime();
  return iso(ms);
}

/** ISO 8601 with the local offset, as the timeline format asks. */
export function iso(ms: number): string {
  const date = new Date(ms);
  const offsetMin = -date.getTimezoneOffset();
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  const pad = (n: number) => String(n).padStart(2, '0');
  const localMs = ms + offsetMin * 60_000;
  const l = new Date(localMs);
  return (
    `${l.getUTCFullYear()}-${pad(l.getUTCMonth() + 1)}-${pad(l.getUTCDate())}T` +
    `${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}:${pad(l.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

export type Line = Record<string, unknown>;

export const input = (from: string, to: string): Line => ({
  at: local(from),
  type: 'input',
  to: local(to),
});
export const ev = (at: string, type: string, extra: Record<string, unknown> = {}): Line => ({
  at: local(at),
  type,
  ...extra,
});

/** Replays lines with settings given as the settings file would give them (validated, `true` hours). */
export function replay(lines: Line[], settings: Record<string, unknown> = {}): ReplayResult {
  const text = lines.map((l) => JSON.stringify(l)).join('\n');
  return replayTimeline(text, applySettingsPatch(defaultSettings(), settings));
}

export function day(result: ReplayResult, date: string): DayStats {
  const found = result.days.find((d) => d.date === date);
  if (!found) throw new Error(`no day ${date} in ${result.days.map((d) => d.date).join(', ')}`);
  return found;
}

/** Prompt instants as local 'HH:MM' (or 'HH:MM:SS' when seconds are set) for readable assertions. */
export function promptTimes(result: ReplayResult): string[] {
  return result.prompts.map((p) => {
    const d = new Date(p);
    const pad = (n: number) => String(n).padStart(2, '0');
    const base = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
    return d.getSeconds() ? `${base}:${pad(d.getSeconds())}` : base;
  });
}

/** Runs `fn` with process.env.TZ set, restoring it afterwards (Node re-reads TZ on change). */
export function withTz<T>(tz: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
