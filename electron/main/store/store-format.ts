/** The store file's format 2.0.0 (see FORMAT.md): its shape, JSON schema, compact day records and serializer. */
import { z } from 'zod';
import { settingsFieldSchemas, type Settings } from '../../core/settings.ts';
import { DAY_COUNTERS } from '../../core/stats.ts';
import type { DayStats } from '../../core/types.ts';

/** Version of the store layout, recorded by conf as `__internal__.migrations.version`; not the app version. */
export const STORE_FORMAT_VERSION = '2.0.0';
/** File name without extension, electron-store's default, so the file is `<userData>/config.json`. */
export const STORE_NAME = 'config';

/** The fields of a compact day record, in array order; seconds are whole seconds, goalMet is 0 or 1. */
export const DAY_RECORD_FIELDS = [
  ...DAY_COUNTERS.filter((f): f is Exclude<typeof f, 'callSeconds'> => f !== 'callSeconds'),
  'goalMet',
  // Appended after goalMet (records written before calls existed have twelve fields and read as 0).
  'callSeconds',
] as const;
/** Records written by format 2.0.0 before `callSeconds` was appended have this many fields. */
const MIN_DAY_RECORD_FIELDS = 12;

/** One day as stored: `DAY_RECORD_FIELDS` as non-negative integers (later versions may append fields). */
export type DayRecord = number[];
/** Day records keyed by local date `YYYY-MM-DD`, written in date order. */
export type DayRecords = Record<string, DayRecord>;

export interface RecoveryNotice {
  /** Where the unreadable file was moved, or null if it could not be moved (it was then left in place). */
  backupPath: string | null;
  /** What was wrong, in words for a log or a support request. */
  reason: string;
}

/** Everything in the file besides conf's own `__internal__` bookkeeping. */
export type StoreData = {
  settings: Settings;
  /** The engine's snapshot, opaque here; the engine validates it on restore. */
  engine: Record<string, unknown> | null;
  /** Settled days: they can no longer change. */
  history: DayRecords;
  /** Running totals of days the engine still holds, as of the last save (a fallback, not history). */
  recent: DayRecords;
  /** The first-run safety note was acknowledged. */
  onboarded: boolean;
  /** Set when a corrupt store was moved aside; shown once, then cleared. */
  recovery: RecoveryNotice | null;
};

export const STORE_KEYS = [
  'settings',
  'engine',
  'history',
  'recent',
  'onboarded',
  'recovery',
] as const satisfies readonly (keyof StoreData)[];

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDateKey(value: string): boolean {
  if (!DATE_KEY.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Settings as JSON Schema, generated from the core zod schema so the two cannot drift. Keys are optional
 * (missing ones take defaults) and unknown keys are allowed (a newer version's keys survive a downgrade);
 * the values are validated again with the core schema when the store is read.
 */
export const settingsJsonSchema: Record<string, unknown> = (() => {
  const generated = z.toJSONSchema(z.object(settingsFieldSchemas).partial(), {
    io: 'input',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  // conf nests this under `properties`, where a `$schema` keyword is not allowed.
  delete generated.$schema;
  return generated;
})();

const dayRecordsSchema = {
  type: 'object',
  // Calendar validity (no 2026-02-30) is checked when the store is read: ajv's `format: 'date'` would
  // triple the cost of validating the whole store, which conf does twice on every write.
  propertyNames: { pattern: DATE_KEY.source },
  additionalProperties: {
    type: 'array',
    minItems: MIN_DAY_RECORD_FIELDS,
    items: { type: 'integer', minimum: 0 },
  },
};

/** The `schema` option of electron-store / conf: one JSON Schema per top-level key. */
export const storeSchema = {
  settings: settingsJsonSchema,
  engine: { type: ['object', 'null'] },
  history: dayRecordsSchema,
  recent: dayRecordsSchema,
  onboarded: { type: 'boolean' },
  recovery: {
    anyOf: [
      { type: 'null' },
      {
        type: 'object',
        properties: { backupPath: { type: ['string', 'null'] }, reason: { type: 'string' } },
        required: ['backupPath', 'reason'],
      },
    ],
  },
};

const COUNT_FIELDS = new Set<string>([
  'breaksPrompted',
  'breaksTaken',
  'breaksPartial',
  'breaksSkipped',
  'breaksSnoozed',
  'breaksMissed',
  'naturalBreaks',
]);

/** Encodes one day; throws a TypeError naming the date and field for anything that is not a valid day. */
export function encodeDay(day: DayStats): DayRecord {
  if (typeof day?.date !== 'string' || !isDateKey(day.date)) {
    throw new TypeError(
      `Day record: date must be a calendar date YYYY-MM-DD (got ${JSON.stringify(day?.date)})`,
    );
  }
  return DAY_RECORD_FIELDS.map((field) => {
    const value: unknown = day[field];
    if (field === 'goalMet') {
      if (typeof value !== 'boolean') throw invalidField(day.date, field, 'true or false', value);
      return value ? 1 : 0;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw invalidField(day.date, field, 'a finite number of at least 0', value);
    }
    if (COUNT_FIELDS.has(field) && !Number.isInteger(value)) {
      throw invalidField(day.date, field, 'a whole number', value);
    }
    // Whole seconds are plenty for daily statistics and keep each record short.
    return Math.round(value);
  });
}

function invalidField(date: string, field: string, expected: string, value: unknown): TypeError {
  return new TypeError(
    `Day record ${date}: ${field} must be ${expected} (got ${JSON.stringify(value)})`,
  );
}

/** Decodes one stored record (already schema-checked: integers of at least 0, enough of them). */
export function decodeDay(date: string, record: DayRecord): DayStats {
  const at = (i: number) => record[i] ?? 0;
  return {
    date,
    sittingSeconds: at(0),
    movingSeconds: at(1),
    awaySeconds: at(2),
    breaksPrompted: at(3),
    breaksTaken: at(4),
    breaksPartial: at(5),
    breaksSkipped: at(6),
    breaksSnoozed: at(7),
    breaksMissed: at(8),
    naturalBreaks: at(9),
    longestSitSeconds: at(10),
    callSeconds: at(12),
    goalMet: at(11) === 1,
  };
}

/**
 * The `serialize` option: tab-indented JSON like conf's default, except that arrays of finite numbers stay
 * on one line, so each day is one short line (about 55 bytes) instead of fourteen. Same value as
 * `JSON.stringify` for the plain JSON data the store holds.
 */
export function serializeStore(value: unknown): string {
  return pretty(value, '') ?? 'null';
}

function pretty(value: unknown, indent: string): string | undefined {
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    return JSON.stringify(value);
  }
  const inner = `${indent}\t`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((item) => typeof item === 'number' && Number.isFinite(item)))
      return `[${value.join(',')}]`;
    const items = value.map((item) => pretty(item, inner) ?? 'null');
    return `[\n${inner}${items.join(`,\n${inner}`)}\n${indent}]`;
  }
  const members: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const text = pretty(item, inner);
    if (text !== undefined) members.push(`${JSON.stringify(key)}: ${text}`);
  }
  if (members.length === 0) return '{}';
  return `{\n${inner}${members.join(`,\n${inner}`)}\n${indent}}`;
}
