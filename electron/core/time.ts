/**
 * Local calendar arithmetic in the process time zone. The built-in Date already applies the platform's
 * time-zone database (DST included), and the engine only ever needs the process zone, so no library.
 */
import { minutesOfDay, WEEKDAYS, type Weekday, type WeeklyHours } from './settings.ts';
import type { Millis } from './types.ts';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const pad = (n: number) => (n < 10 ? '0' + n : String(n));
/** Years print with four digits, like the instants the app accepts (`MIN_INSTANT`…`MAX_INSTANT`). */
const pad4 = (n: number) => String(n).padStart(4, '0');

/** 'YYYY-MM-DD' of the local date containing `ms`. */
export function localDateKey(ms: Millis): string {
  const d = new Date(ms);
  return `${pad4(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
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
    key: `${pad4(y)}-${pad(m + 1)}-${pad(day)}`,
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
  return `${pad4(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(key: string, days: number): string {
  return dateKeyFromUtc(parseDateKey(key) + days * DAY_MS);
}

/**
 * A date key as a whole day number: days since 1970-01-01 (a Thursday). Pure integer arithmetic (no
 * Date), for code that walks years of days: `dayNumber('1970-01-02') === 1`. The key's shape is
 * already checked (`YYYY-MM-DD`).
 */
export function dayNumber(key: string): number {
  const y0 = digits(key, 0, 4);
  const m = digits(key, 5, 7);
  const d = digits(key, 8, 10);
  // Howard Hinnant's days_from_civil: years start in March, so the leap day ends a year.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date key of a day number (the inverse of `dayNumber`), without Date. */
export function dayKey(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad4(y)}-${pad(m)}-${pad(d)}`;
}

/** Monday = 0 … Sunday = 6 of a day number. */
export function isoWeekdayOf(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

/** Every date key from `first` to `last`, inclusive. */
export function dateRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = parseDateKey(first), end = parseDateKey(last); t <= end; t += DAY_MS) {
    out.push(dateKeyFromUtc(t));
  }
  return out;
}

export function weekdayOf(ms: Millis): Weekday {
  return WEEKDAYS[(new Date(ms).getDay() + 6) % 7] as Weekday;
}

/**
 * Whether `ms` lies inside working hours, and until when that answer holds.
 * Looks up to eight days ahead, which covers any weekly pattern, and stops at the first day that
 * starts after the answer's end; each day's ranges are turned into instants once (see `rangesOn`).
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
    // Every edge of this day and the next ones comes later than the answer found so far.
    if (day.getTime() > untilMs) break;
    const edges = rangesOn(hours, day);
    for (let i = 0; i < edges.length; i += 2) {
      const startMs = edges[i] as Millis;
      const endMs = edges[i + 1] as Millis;
      if (startMs <= ms && ms < endMs) inside = true;
      if (startMs > ms && startMs < untilMs) untilMs = startMs;
      if (endMs > ms && endMs < untilMs) untilMs = endMs;
    }
  }
  return { inside, untilMs };
}

/** Per weekly pattern (settings are never changed in place), its ranges on a few recent local days. */
const rangeCache = new WeakMap<WeeklyHours, Map<Millis, Millis[]>>();
const RANGE_CACHE_DAYS = 16;

/** The ranges of the local day starting at `day`, as instants `[start0, end0, start1, end1, …]`. */
function rangesOn(hours: WeeklyHours, day: Date): Millis[] {
  let days = rangeCache.get(hours);
  if (!days) rangeCache.set(hours, (days = new Map()));
  const key = day.getTime();
  let edges = days.get(key);
  if (edges) return edges;
  if (days.size >= RANGE_CACHE_DAYS) days.clear();
  edges = [];
  for (const [start, end] of hours[WEEKDAYS[(day.getDay() + 6) % 7] as Weekday] ?? []) {
    edges.push(atMinutes(day, minutesOfDay(start)), atMinutes(day, minutesOfDay(end)));
  }
  days.set(key, edges);
  return edges;
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

/**
 * The instants the app accepts: 1970-01-01T00:00Z up to (not including) 9999-12-31T00:00Z. No activity
 * of this app can have happened before 1970, and a day short of the year 10000 keeps every local date
 * key, in any time zone, a four-digit `YYYY-MM-DD`.
 */
export const MIN_INSTANT: Millis = 0;
export const MAX_INSTANT: Millis = Date.UTC(9999, 11, 31) - 1;
export const INSTANT_RANGE_TEXT = 'from 1970-01-01T00:00:00Z up to 9999-12-31T00:00:00Z';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The number written by the digits `text[from, to)` (the shape is already checked). */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** Why `text` is not an instant the app accepts, or its epoch milliseconds. */
export function checkInstant(text: string): { ms: Millis } | { problem: string } {
  if (text.length > 40 || !ISO_INSTANT.test(text)) {
    return { problem: 'is not an ISO 8601 instant with offset' };
  }
  // Fixed positions: YYYY-MM-DDTHH:MM[:SS[.fff…]] then Z or ±HH[:]MM.
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const hasSeconds = text[16] === ':';
  const second = hasSeconds ? digits(text, 17, 19) : 0;
  let i = hasSeconds ? 19 : 16;
  let millis = 0;
  if (text[i] === '.') {
    const start = ++i;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    millis = digits(text, start, Math.min(i, start + 3)) * 10 ** Math.max(0, start + 3 - i);
  }
  if (month < 1 || month > 12) return { problem: `has no month ${text.slice(5, 7)}` };
  const monthDays = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day < 1 || day > monthDays) {
    return { problem: `is not a calendar date (${text.slice(0, 7)} has ${monthDays} days)` };
  }
  if (hour > 23 || minute > 59 || second > 59) return { problem: 'is not a time of day' };
  let offsetMin = 0;
  if (text[i] !== 'Z') {
    const oh = digits(text, i + 1, i + 3);
    const om = digits(text, text.length - 2, text.length);
    if (oh > 23 || om > 59) return { problem: 'has no such UTC offset' };
    offsetMin = (text[i] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  // Before 1969 is out of range whatever the offset; checked first, as Date.UTC reads 0–99 as 1900–1999.
  const ms =
    year < 1969
      ? Number.NaN
      : Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMin * MINUTE_MS;
  if (!(ms >= MIN_INSTANT && ms <= MAX_INSTANT)) {
    return { problem: `is outside the instants the app accepts (${INSTANT_RANGE_TEXT})` };
  }
  return { ms };
}

/** Parses an ISO instant with offset inside the accepted range; returns null when it is not one. */
export function parseInstant(text: string): Millis | null {
  const checked = checkInstant(text);
  return 'ms' in checked ? checked.ms : null;
}

/** An instant as ISO 8601 in local time with its offset, like the timeline's own lines. */
export function formatInstant(ms: Millis): string {
  const d = new Date(ms);
  const offsetMin = -d.getTimezoneOffset();
  const abs = Math.abs(offsetMin);
  const millis = d.getMilliseconds();
  return (
    `${pad4(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    (millis ? `.${String(millis).padStart(3, '0')}` : '') +
    `${offsetMin >= 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
