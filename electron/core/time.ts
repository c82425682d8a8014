/**
 * Local calendar arithmetic in the process time zone. The built-in Date already applies the platform's
 * time-zone database (DST included), and the engine only ever needs the process zone, so no library.
 */
import { minutesOfDay, WEEKDAYS, type Weekday, type WeeklyHours } from './settings.ts';
import type { Millis } from './types.ts';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const pad = (n: number) => (n < 10 ? '0' + n : String(n));

/** 'YYYY-MM-DD' of the local date containing `ms`. */
export function localDateKey(ms: Millis): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A local day: its key and its real bounds `[startMs, endMs)` (23, 24 or 25 hours long). */
export interface LocalDay {
  key: string;
  startMs: Millis;
  endMs: Millis;
}

export function localDayOf(ms: Millis): LocalDay {
  const d = new Date(ms);
  const y = d.getFullYear();
  const m = d.getMonth();
  const day = d.getDate();
  return {
    key: `${y}-${pad(m + 1)}-${pad(day)}`,
    startMs: new Date(y, m, day).getTime(),
    endMs: new Date(y, m, day + 1).getTime(),
  };
}

/** The first instant strictly after `ms` whose local time of day is `hhmm`. */
export function nextTimeOfDay(ms: Millis, hhmm: string): Millis {
  const minutes = minutesOfDay(hhmm);
  const d = new Date(ms);
  for (let offset = 0; offset <= 2; offset++) {
    const candidate = new Date(
      d.getFullYear(),
      d.getMonth(),
      d.getDate() + offset,
      Math.floor(minutes / 60),
      minutes % 60,
    ).getTime();
    if (candidate > ms) return candidate;
  }
  /* c8 ignore next */
  throw new Error(`no ${hhmm} after ${new Date(ms).toISOString()}`);
}

/** Date keys are calendar dates: do arithmetic on them in UTC so DST never shifts a day. */
export function parseDateKey(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function dateKeyFromUtc(utcMs: number): string {
  const d = new Date(utcMs);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(key: string, days: number): string {
  return dateKeyFromUtc(parseDateKey(key) + days * DAY_MS);
}

/** Every date key from `first` to `last`, inclusive. */
export function dateRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = parseDateKey(first), end = parseDateKey(last); t <= end; t += DAY_MS) {
    out.push(dateKeyFromUtc(t));
  }
  return out;
}

/** The Monday that starts the ISO week of a date key. */
export function isoWeekStart(key: string): string {
  const t = parseDateKey(key);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  return dateKeyFromUtc(t - weekday * DAY_MS);
}

export function weekdayOf(ms: Millis): Weekday {
  return WEEKDAYS[(new Date(ms).getDay() + 6) % 7] as Weekday;
}

/**
 * Whether `ms` lies inside working hours, and until when that answer holds.
 * Scans up to eight days ahead, which covers any weekly pattern.
 */
export function workingHoursAt(
  ms: Millis,
  hours: WeeklyHours,
): { inside: boolean; untilMs: Millis } {
  const d = new Date(ms);
  let inside = false;
  let untilMs = Number.POSITIVE_INFINITY;
  for (let offset = -1; offset <= 8; offset++) {
    const day = new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset);
    const ranges = hours[WEEKDAYS[(day.getDay() + 6) % 7] as Weekday] ?? [];
    for (const [start, end] of ranges) {
      const startMs = atMinutes(day, minutesOfDay(start));
      const endMs = atMinutes(day, minutesOfDay(end));
      if (startMs <= ms && ms < endMs) inside = true;
      if (startMs > ms && startMs < untilMs) untilMs = startMs;
      if (endMs > ms && endMs < untilMs) untilMs = endMs;
    }
  }
  return { inside, untilMs };
}

function atMinutes(day: Date, minutes: number): Millis {
  return new Date(
    day.getFullYear(),
    day.getMonth(),
    day.getDate(),
    Math.floor(minutes / 60),
    minutes % 60,
  ).getTime();
}

/** ISO 8601 instant with an explicit offset or Z, e.g. 2026-03-09T09:00:00+01:00. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Parses an ISO instant with offset; returns null when it is not one. */
export function parseInstant(text: string): Millis | null {
  if (!ISO_INSTANT.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

/** An instant as ISO 8601 in local time with its offset, like the timeline's own lines. */
export function formatInstant(ms: Millis): string {
  const d = new Date(ms);
  const offsetMin = -d.getTimezoneOffset();
  const abs = Math.abs(offsetMin);
  const millis = d.getMilliseconds();
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    (millis ? `.${String(millis).padStart(3, '0')}` : '') +
    `${offsetMin >= 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
