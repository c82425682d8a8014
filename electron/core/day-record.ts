/**
 * The one definition of a day record (SPEC sections 3 and 8): its fields in order, and derived from
 * that list the `DayStats` type, the empty day, the compact store encoding, the CSV columns and the
 * sum of two partial records of one date. To add a per-day field, add one line to `DAY_FIELDS`
 * (the engine then has to fill it in `toStats`); the store, CSV and validation follow.
 */
import { excerpt } from './excerpt.ts';
import { addDays } from './time.ts';
import type { DayRules } from './types.ts';

/**
 * How a field is kept: `seconds` (summed, stored and exported as whole seconds), `count` (summed,
 * whole), `longest` (seconds, the larger of two parts), `flag` (true or false, stored as 1 or 0).
 */
export type DayFieldKind = 'seconds' | 'count' | 'longest' | 'flag';

/** The per-day fields in store and CSV order. Append only: the store's arrays are read by position. */
export const DAY_FIELDS = {
  sittingSeconds: 'seconds',
  movingSeconds: 'seconds',
  awaySeconds: 'seconds',
  breaksPrompted: 'count',
  breaksTaken: 'count',
  breaksPartial: 'count',
  breaksSkipped: 'count',
  breaksSnoozed: 'count',
  breaksMissed: 'count',
  naturalBreaks: 'count',
  longestSitSeconds: 'longest',
  /** Decided under the goal in force that day; a later goal change does not rewrite it. */
  goalMet: 'flag',
  /** The part of `sittingSeconds` spent in calls (appended after `goalMet`: a record without it reads 0). */
  callSeconds: 'seconds',
} as const satisfies Record<string, DayFieldKind>;

type Fields = typeof DAY_FIELDS;
export type DayField = keyof Fields;

/** One local date's statistics. Seconds may carry fractions until stored. */
export type DayStats = { date: string } & {
  -readonly [K in DayField]: Fields[K] extends 'flag' ? boolean : number;
};

/** The numeric fields (everything but the flags). */
export type DayCounter = { [K in DayField]: Fields[K] extends 'flag' ? never : K }[DayField];

export const DAY_FIELD_NAMES = Object.keys(DAY_FIELDS) as DayField[];
export const DAY_COUNTERS = DAY_FIELD_NAMES.filter(
  (k) => DAY_FIELDS[k] !== 'flag',
) as readonly DayCounter[];

export { meetsGoal } from './goal.ts';

export function emptyDay(date: string): DayStats {
  const day: Record<string, unknown> = { date };
  for (const k of DAY_FIELD_NAMES) day[k] = DAY_FIELDS[k] === 'flag' ? false : 0;
  return day as DayStats;
}

/** True once anything at all was counted on the day. */
export function hasData(day: DayStats | undefined): boolean {
  return !!day && DAY_COUNTERS.some((k) => day[k] > 0);
}

/**
 * Two records of one date added up (a day recovered from the store's running totals plus what a
 * fresh engine counted after it). Flags hold if either part says so.
 */
export function addDayParts(a: DayStats, b: DayStats): DayStats {
  const out: Record<string, unknown> = { date: a.date };
  for (const k of DAY_FIELD_NAMES) {
    const x = a[k] as number | boolean;
    const y = b[k] as number | boolean;
    const kind = DAY_FIELDS[k] as DayFieldKind;
    if (kind === 'flag') out[k] = x === true || y === true;
    else if (kind === 'longest') out[k] = Math.max(x as number, y as number);
    else out[k] = (x as number) + (y as number);
  }
  return out as DayStats;
}

// ---------------------------------------------------------------- compact store encoding

/** One day as stored: the fields of `DAY_FIELDS` in order, as non-negative integers. */
export type DayRecord = number[];

/**
 * How many fields every stored record has (the twelve of store format 2.0.0). A record written before
 * a field was appended is shorter; the missing fields read as 0.
 */
export const STORED_FIELDS_AT_LEAST = 12;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDateKey(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Encodes one day; throws a TypeError naming the date and field for anything that is not a valid day. */
export function encodeDay(day: DayStats): DayRecord {
  if (typeof day?.date !== 'string' || !isDateKey(day.date)) {
    throw new TypeError(
      `Day record: date must be a calendar date YYYY-MM-DD (got ${excerpt(day?.date)})`,
    );
  }
  return DAY_FIELD_NAMES.map((field) => {
    const value: unknown = day[field];
    if (DAY_FIELDS[field] === 'flag') {
      if (typeof value !== 'boolean') throw invalidField(day.date, field, 'true or false', value);
      return value ? 1 : 0;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw invalidField(day.date, field, 'a finite number of at least 0', value);
    }
    if (DAY_FIELDS[field] === 'count' && !Number.isInteger(value)) {
      throw invalidField(day.date, field, 'a whole number', value);
    }
    // Whole seconds are plenty for daily statistics and keep each record short.
    return Math.round(value);
  });
}

/** A stored record back as a day; fields an older file lacks are 0 (or false). */
export function decodeDay(date: string, record: readonly number[]): DayStats {
  const day: Record<string, unknown> = { date };
  DAY_FIELD_NAMES.forEach((field, i) => {
    const value = record[i] ?? 0;
    day[field] = DAY_FIELDS[field] === 'flag' ? value === 1 : value;
  });
  return day as DayStats;
}

/** A record from named values (the legacy store migration); missing names become 0. */
export function recordFromNamed(values: Readonly<Partial<Record<DayField, unknown>>>): unknown[] {
  return DAY_FIELD_NAMES.map((field) => values[field] ?? 0);
}

/**
 * Checks a day that came from outside (the preview's localStorage); throws naming the bad field.
 * `where` prefixes the field in the message, e.g. `history[3]`.
 */
export function parseDay(input: unknown, where: string): DayStats {
  const d = input as Record<string, unknown> | null;
  if (typeof d !== 'object' || d === null || typeof d.date !== 'string' || !isDateKey(d.date))
    throw new TypeError(`${where}.date must be a "YYYY-MM-DD" date`);
  const out: Record<string, unknown> = { ...d };
  for (const [i, field] of DAY_FIELD_NAMES.entries()) {
    // A day written before a field was appended lacks it: 0 (or false), as in the compact records.
    if (i >= STORED_FIELDS_AT_LEAST && d[field] === undefined)
      out[field] = DAY_FIELDS[field] === 'flag' ? false : 0;
    const v = out[field];
    if (DAY_FIELDS[field] === 'flag') {
      if (typeof v !== 'boolean') throw new TypeError(`${where}.${field} must be true or false`);
    } else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new TypeError(`${where}.${field} must be a non-negative number`);
  }
  return out as DayStats;
}

function invalidField(date: string, field: string, expected: string, value: unknown): TypeError {
  return new TypeError(`Day record ${date}: ${field} must be ${expected} (got ${excerpt(value)})`);
}

// ---------------------------------------------------------------- the rules a day was lived under

/** The streak rules of a day, in stored order. */
const RULE_FIELDS = [
  'dailyGoalBreaks',
  'restDayBelowMinutes',
  'graceDaysPerWeek',
] as const satisfies readonly (keyof DayRules)[];

/**
 * Per-date rules as stored: only the dates where they differ from the date before (they change
 * rarely), each `RULE_FIELDS` in order. Dates in order.
 */
export function encodeRuleChanges(rules: Readonly<Record<string, DayRules>>): DayRecordMap {
  const out: DayRecordMap = {};
  let previous = '';
  for (const date of Object.keys(rules).sort()) {
    const values = RULE_FIELDS.map((k) => (rules[date] as DayRules)[k]);
    const key = values.join(',');
    if (key !== previous) out[date] = values;
    previous = key;
  }
  return out;
}

/** Stored rule changes back as the rules of every date from the first change to `lastDate`. */
export function decodeRuleChanges(
  changes: Readonly<DayRecordMap>,
  lastDate: string,
): Record<string, DayRules> {
  const out: Record<string, DayRules> = {};
  const starts = Object.keys(changes).sort();
  starts.forEach((start, i) => {
    const v = changes[start] as number[];
    const rules: DayRules = { dailyGoalBreaks: 0, restDayBelowMinutes: 0, graceDaysPerWeek: 0 };
    RULE_FIELDS.forEach((k, j) => (rules[k] = v[j] ?? 0));
    const end = i + 1 < starts.length ? addDays(starts[i + 1] as string, -1) : lastDate;
    for (let date = start; date <= end; date = addDays(date, 1)) out[date] = rules;
  });
  return out;
}

/** Records keyed by local date `YYYY-MM-DD`. */
export type DayRecordMap = Record<string, number[]>;

// ---------------------------------------------------------------- export

export const CSV_COLUMNS = ['date', ...DAY_FIELD_NAMES] as const;

/** History as CSV with a header row; seconds rounded to whole seconds. */
export function historyToCsv(days: readonly DayStats[]): string {
  const rows = days.map((d) =>
    CSV_COLUMNS.map((c) => {
      const v = d[c];
      return typeof v === 'number' ? String(Math.round(v)) : String(v);
    }).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}

export function historyToJson(days: readonly DayStats[]): string {
  return JSON.stringify({ format: 'posture-break-history', version: 1, days }, null, 2) + '\n';
}
