/** The store's format 4.0.0 (see FORMAT.md): its two files' shapes, JSON schemas and serializer; day records are `core/day-record.ts`. */
import * as z from 'zod';
import generatedSettingsSchema from './settings-schema.json' with { type: 'json' };
import { settingsFieldSchemas, type Settings } from '../../core/settings.ts';
import { STORED_FIELDS_AT_LEAST, type DayRecord } from '../../core/day-record.ts';

/** Version of the store layout, recorded by conf as `__internal__.migrations.version`; not the app version. */
export const STORE_FORMAT_VERSION = '4.0.0';
/** File name without extension, electron-store's default, so the file is `<userData>/config.json`. */
export const STORE_NAME = 'config';
/** The settled history's file beside it, `<userData>/history.json`, written only when a day settles. */
export const HISTORY_NAME = 'history';

export { isDateKey, type DayRecord } from '../../core/day-record.ts';
/** Day records keyed by local date `YYYY-MM-DD`, written in date order. */
export type DayRecords = Record<string, DayRecord>;

export interface RecoveryNotice {
  /** Where the unreadable file was moved, or null if it could not be moved (it was then left in place). */
  backupPath: string | null;
  /** What was wrong, in words for a log or a support request. */
  reason: string;
  /** Set when the data was kept and only adjusted (a migration cut values beyond today's bounds). */
  adjusted?: true;
}

/** Everything in `config.json` besides conf's own `__internal__` bookkeeping. */
export type StoreData = {
  settings: Settings;
  /** The engine's snapshot without settings (they are `settings`), opaque here; the engine validates it on restore. */
  engine: Record<string, unknown> | null;
  /** Running totals of days the engine still holds, as of the last save (a fallback, not history). */
  recent: DayRecords;
  /** The app's clock when `engine` and `recent` were written (the file's mtime is set to it), or null. */
  savedAt: number | null;
  /** The first-run safety note was acknowledged. */
  onboarded: boolean;
  /** Set when a corrupt store was moved aside; shown once, then cleared. */
  recovery: RecoveryNotice | null;
};

/** Everything in `history.json` besides conf's bookkeeping. */
export type HistoryData = {
  /** Settled days: they can no longer change. */
  history: DayRecords;
  /** The streak rules settled days were lived under: only the dates where they changed. */
  rules: DayRecords;
};

export const STORE_KEYS = [
  'settings',
  'engine',
  'recent',
  'savedAt',
  'onboarded',
  'recovery',
] as const satisfies readonly (keyof StoreData)[];

export const HISTORY_KEYS = ['history', 'rules'] as const satisfies readonly (keyof HistoryData)[];

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Settings as JSON Schema, generated from the core zod schema so the two cannot drift. Keys are optional
 * (missing ones take defaults) and unknown keys are allowed (a newer version's keys survive a downgrade);
 * the values are validated again with the core schema when the store is read.
 */
export function settingsJsonSchemaFromZod(): Record<string, unknown> {
  const generated = z.toJSONSchema(z.object(settingsFieldSchemas).partial(), {
    io: 'input',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  // conf nests this under `properties`, where a `$schema` keyword is not allowed.
  delete generated.$schema;
  return generated;
}

/**
 * What `settingsJsonSchemaFromZod()` makes, kept in settings-schema.json so a start does not run zod's
 * JSON Schema generator (about 7 ms of main's require). tests/unit/main/store-format.test.ts checks the
 * two are equal; `npx tsx build/scripts/settings-schema.ts` writes the file again.
 */
export const settingsJsonSchema: Record<string, unknown> = generatedSettingsSchema;

const dayRecordsSchema = {
  type: 'object',
  // Calendar validity (no 2026-02-30) is checked when the store is read: ajv's `format: 'date'` would
  // triple the cost of validating the whole store, which conf does twice on every write.
  propertyNames: { pattern: DATE_KEY.source },
  additionalProperties: {
    type: 'array',
    minItems: STORED_FIELDS_AT_LEAST,
    items: { type: 'integer', minimum: 0 },
  },
};

/** The `schema` option of `config.json`'s electron-store / conf: one JSON Schema per top-level key. */
export const storeSchema = {
  settings: settingsJsonSchema,
  engine: { type: ['object', 'null'] },
  recent: dayRecordsSchema,
  savedAt: { type: ['integer', 'null'], minimum: 0 },
  onboarded: { type: 'boolean' },
  recovery: {
    anyOf: [
      { type: 'null' },
      {
        type: 'object',
        properties: {
          backupPath: { type: ['string', 'null'] },
          reason: { type: 'string' },
          adjusted: { const: true },
        },
        required: ['backupPath', 'reason'],
      },
    ],
  },
};

/** The `schema` option of `history.json`. */
export const historySchema = {
  history: dayRecordsSchema,
  rules: {
    type: 'object',
    propertyNames: { pattern: DATE_KEY.source },
    additionalProperties: {
      type: 'array',
      minItems: 3,
      items: { type: 'integer', minimum: 0 },
    },
  },
};

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
