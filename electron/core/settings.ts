/** The one settings schema (SPEC section 4): defaults, bounds and validation for store, CLI, IPC and UI. */
import * as z from 'zod';
import { excerpt, excerptKey } from './excerpt.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A time of day range, `[start, end)`, as "HH:MM" strings; end may be "24:00". */
export type TimeRange = [string, string];
export type WeeklyHours = Partial<Record<Weekday, TimeRange[]>>;

export type Space = 'seated' | 'standing' | 'floor';
export type Theme = 'system' | 'light' | 'dark';
export type ReduceMotion = 'system' | 'on' | 'off';
/** `system` follows the OS locale; otherwise one of the shipped message catalogs. */
export const LANGUAGES = ['system', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Settings {
  breakIntervalMinutes: number;
  breakDurationSeconds: number;
  awayAfterSeconds: number;
  snoozeMinutes: number;
  maxSnoozes: number;
  autoOpen: boolean;
  autoOpenSeconds: number;
  dailyGoalBreaks: number;
  restDayBelowMinutes: number;
  graceDaysPerWeek: number;
  dayStartsAt: string;
  /** `false` = prompts at any hour; otherwise prompts only inside these local ranges. */
  workingHours: false | WeeklyHours;
  equipment: { band: boolean };
  space: Space;
  sound: boolean;
  reduceMotion: ReduceMotion;
  theme: Theme;
  launchAtLogin: boolean;
  strictMode: boolean;
  /** Optional 20-20-20 eye cue shown with prompts. */
  eyeCue: boolean;
  /** The break window covers the whole display (Stretchly-style) instead of a centred window. */
  fullScreenBreak: boolean;
  /** Microphone or camera in use by another app counts as a call (SPEC section 2). */
  detectCalls: boolean;
  /** A quiet notification one minute before a break is due (the tray shows it either way). */
  headsUpNotification: boolean;
  language: Language;
}

export type SettingsKey = keyof Settings;

/** Mon–Fri 09:00–17:30, what `workingHours: true` means. */
export const DEFAULT_WORKING_HOURS: WeeklyHours = {
  mon: [['09:00', '17:30']],
  tue: [['09:00', '17:30']],
  wed: [['09:00', '17:30']],
  thu: [['09:00', '17:30']],
  fri: [['09:00', '17:30']],
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  breakIntervalMinutes: 30,
  breakDurationSeconds: 120,
  awayAfterSeconds: 180,
  snoozeMinutes: 5,
  maxSnoozes: 2,
  autoOpen: true,
  autoOpenSeconds: 60,
  dailyGoalBreaks: 5,
  restDayBelowMinutes: 60,
  graceDaysPerWeek: 1,
  dayStartsAt: '06:00',
  workingHours: false,
  equipment: { band: false },
  space: 'standing',
  sound: true,
  reduceMotion: 'system',
  theme: 'system',
  launchAtLogin: true,
  strictMode: false,
  eyeCue: false,
  fullScreenBreak: false,
  detectCalls: true,
  headsUpNotification: false,
  language: 'system',
});

/** Integer bounds, the SPEC section 4 table. */
export const NUMBER_BOUNDS = {
  breakIntervalMinutes: { min: 10, max: 120, unit: 'minutes' },
  breakDurationSeconds: { min: 60, max: 600, unit: 'seconds' },
  awayAfterSeconds: { min: 60, max: 1800, unit: 'seconds' },
  snoozeMinutes: { min: 1, max: 30, unit: 'minutes' },
  maxSnoozes: { min: 0, max: 5, unit: 'snoozes' },
  autoOpenSeconds: { min: 10, max: 600, unit: 'seconds' },
  dailyGoalBreaks: { min: 1, max: 30, unit: 'breaks' },
  restDayBelowMinutes: { min: 0, max: 480, unit: 'minutes' },
  graceDaysPerWeek: { min: 0, max: 3, unit: 'days' },
} as const satisfies Partial<Record<SettingsKey, { min: number; max: number; unit: string }>>;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const HHMM_END = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Minutes since local midnight of an "HH:MM" string (accepts "24:00"). */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

const int = (key: keyof typeof NUMBER_BOUNDS) => {
  const { min, max, unit } = NUMBER_BOUNDS[key];
  const message = `${key} must be a whole number of ${unit} from ${min} to ${max}`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, {
      error: message,
    });
};

const bool = (key: string) => z.boolean({ error: `${key} must be true or false` });

/** At most this many working-hours ranges on one weekday (a half-hour grid's worth). */
export const MAX_RANGES_PER_DAY = 48;

const rangeSchema = z
  .tuple([z.string().regex(HHMM), z.string().regex(HHMM_END)])
  .refine(([start, end]) => minutesOfDay(start) < minutesOfDay(end));

const weeklyHoursSchema = z.strictObject(
  Object.fromEntries(
    WEEKDAYS.map((d) => [d, z.array(rangeSchema).max(MAX_RANGES_PER_DAY).optional()]),
  ) as Record<Weekday, z.ZodOptional<z.ZodArray<typeof rangeSchema>>>,
);

const WORKING_HOURS_MESSAGE = `workingHours must be false (off), true (Mon–Fri 09:00–17:30) or an object of weekdays mon…sun, each a list of at most ${MAX_RANGES_PER_DAY} ["HH:MM", "HH:MM"] ranges with start before end`;

const LANGUAGE_MESSAGE = `language must be one of ${LANGUAGES.map((l) => `"${l}"`).join(', ')}`;

/** Per-key schemas; each error message names the key and its bounds. */
export const settingsFieldSchemas = {
  breakIntervalMinutes: int('breakIntervalMinutes'),
  breakDurationSeconds: int('breakDurationSeconds'),
  awayAfterSeconds: int('awayAfterSeconds'),
  snoozeMinutes: int('snoozeMinutes'),
  maxSnoozes: int('maxSnoozes'),
  autoOpen: bool('autoOpen'),
  autoOpenSeconds: int('autoOpenSeconds'),
  dailyGoalBreaks: int('dailyGoalBreaks'),
  restDayBelowMinutes: int('restDayBelowMinutes'),
  graceDaysPerWeek: int('graceDaysPerWeek'),
  dayStartsAt: z
    .string({ error: 'dayStartsAt must be a time of day "HH:MM" from 00:00 to 23:59' })
    .regex(HHMM, {
      error: 'dayStartsAt must be a time of day "HH:MM" from 00:00 to 23:59',
    }),
  workingHours: z
    .union([z.literal(false), z.literal(true), weeklyHoursSchema], { error: WORKING_HOURS_MESSAGE })
    .transform((v): false | WeeklyHours => (v === true ? clone(DEFAULT_WORKING_HOURS) : v)),
  equipment: z.strictObject(
    { band: bool('equipment.band') },
    { error: 'equipment must be an object { band: true | false }' },
  ),
  space: z.enum(['seated', 'standing', 'floor'], {
    error: 'space must be one of "seated", "standing", "floor"',
  }),
  sound: bool('sound'),
  reduceMotion: z.enum(['system', 'on', 'off'], {
    error: 'reduceMotion must be one of "system", "on", "off"',
  }),
  theme: z.enum(['system', 'light', 'dark'], {
    error: 'theme must be one of "system", "light", "dark"',
  }),
  launchAtLogin: bool('launchAtLogin'),
  strictMode: bool('strictMode'),
  eyeCue: bool('eyeCue'),
  fullScreenBreak: bool('fullScreenBreak'),
  detectCalls: bool('detectCalls'),
  headsUpNotification: bool('headsUpNotification'),
  language: z.enum(LANGUAGES, { error: LANGUAGE_MESSAGE }),
} satisfies Record<SettingsKey, z.ZodType>;

export const SETTINGS_KEYS = Object.keys(settingsFieldSchemas) as SettingsKey[];

const boolMessage = (key: string) => `${key} must be true or false`;

/** The rule for each key, in words; every rejection quotes it with the value it got. */
export const KEY_MESSAGES: Record<SettingsKey, string> = {
  ...(Object.fromEntries(
    Object.entries(NUMBER_BOUNDS).map(([key, { min, max, unit }]) => [
      key,
      `${key} must be a whole number of ${unit} from ${min} to ${max}`,
    ]),
  ) as Record<keyof typeof NUMBER_BOUNDS, string>),
  autoOpen: boolMessage('autoOpen'),
  dayStartsAt: 'dayStartsAt must be a time of day "HH:MM" from 00:00 to 23:59',
  workingHours: WORKING_HOURS_MESSAGE,
  equipment: 'equipment must be an object { band: true | false }',
  space: 'space must be one of "seated", "standing", "floor"',
  sound: boolMessage('sound'),
  reduceMotion: 'reduceMotion must be one of "system", "on", "off"',
  theme: 'theme must be one of "system", "light", "dark"',
  launchAtLogin: boolMessage('launchAtLogin'),
  strictMode: boolMessage('strictMode'),
  eyeCue: boolMessage('eyeCue'),
  fullScreenBreak: boolMessage('fullScreenBreak'),
  detectCalls: boolMessage('detectCalls'),
  headsUpNotification: boolMessage('headsUpNotification'),
  language: LANGUAGE_MESSAGE,
};

/** One problem with one key, in words a user can act on. */
export interface SettingsIssue {
  key: string;
  message: string;
}

export type SettingsPatchResult =
  { ok: true; patch: Partial<Settings> } | { ok: false; issues: SettingsIssue[] };

/** At most this many problems are listed; the rest are counted. */
const MAX_ISSUES = 10;
/** Plain data only, and never more than a setting can need: workingHours is the deepest and largest. */
const MAX_VALUE_DEPTH = 4;
const MAX_VALUE_NODES = 5000;

/** True for `{}` literals and JSON objects (not Date, Map, Set, RegExp, Error, class instances). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Whether `value` is JSON-like plain data (null, booleans, finite numbers, strings, arrays and plain
 * objects) no deeper and no larger than a setting can be; iterative, so any input costs bounded time.
 */
function isPlainSettingValue(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (++nodes > MAX_VALUE_NODES) return false;
    if (item === null || typeof item === 'boolean' || typeof item === 'string') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return false;
      continue;
    }
    if (depth >= MAX_VALUE_DEPTH) return false;
    if (Array.isArray(item)) {
      if (Object.getPrototypeOf(item) !== Array.prototype) return false;
      if (item.length > MAX_VALUE_NODES) return false;
      for (const child of item) stack.push([child, depth + 1]);
    } else if (isPlainObject(item)) {
      for (const key in item) {
        if (!Object.hasOwn(item, key)) continue;
        if (++nodes > MAX_VALUE_NODES) return false;
        stack.push([item[key], depth + 1]);
      }
    } else return false;
  }
  return true;
}

/** The ranges-per-day bound, checked before the schema so its message can name the bound. */
function tooManyRanges(value: unknown): string | null {
  if (!isPlainObject(value)) return null;
  for (const day of WEEKDAYS) {
    const ranges = Object.hasOwn(value, day) ? value[day] : undefined;
    if (Array.isArray(ranges) && ranges.length > MAX_RANGES_PER_DAY) {
      return `workingHours.${day} has ${ranges.length} ranges; a day may have at most ${MAX_RANGES_PER_DAY}`;
    }
  }
  return null;
}

/**
 * Validates a partial settings object from any source (UI, CLI, store, IPC).
 * All keys are checked; unknown keys are errors, so a typo never passes silently. Only own keys count
 * (`constructor`, `__proto__` and `toString` are unknown keys like any other), only plain data passes,
 * and every message quotes at most a short excerpt of the value it got.
 */
export function validateSettingsPatch(input: unknown): SettingsPatchResult {
  if (!isPlainObject(input)) {
    return {
      ok: false,
      issues: [
        { key: '(settings)', message: `settings must be a JSON object (got ${excerpt(input)})` },
      ],
    };
  }
  const issues: SettingsIssue[] = [];
  let more = 0;
  let unknownSeen = 0;
  const report = (issue: SettingsIssue) => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
    else more++;
  };
  const patch: Partial<Record<SettingsKey, unknown>> = {};
  for (const key in input) {
    if (!Object.hasOwn(input, key)) continue;
    const value = input[key];
    if (!Object.hasOwn(settingsFieldSchemas, key)) {
      // The list of known keys once, with the first unknown one.
      const known = unknownSeen++ === 0 ? ` (known: ${SETTINGS_KEYS.join(', ')})` : '';
      report({ key, message: `${excerptKey(key)} is not a setting${known}` });
      continue;
    }
    const known = key as SettingsKey;
    const rule = KEY_MESSAGES[known];
    if (!isPlainSettingValue(value)) {
      report({ key, message: `${rule} (got ${excerpt(value)})` });
      continue;
    }
    const bound = known === 'workingHours' ? tooManyRanges(value) : null;
    if (bound !== null) {
      report({ key, message: bound });
      continue;
    }
    const parsed = (settingsFieldSchemas[known] as z.ZodType).safeParse(value);
    // Nested schemas (unions, tuples) report generic issues: always answer with the key's own rule.
    // -0 passes `min(0)`; stored as JSON it reads back as 0, so it is 0 from the start.
    if (parsed.success) patch[known] = Object.is(parsed.data, -0) ? 0 : parsed.data;
    else report({ key, message: `${rule} (got ${excerpt(value)})` });
  }
  if (more > 0) {
    issues.push({ key: '(settings)', message: `and ${more} more problem${more === 1 ? '' : 's'}` });
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, patch: patch as Partial<Settings> };
}

/** Applies a patch to settings, or throws a SettingsError naming every bad key; never half-applies. */
export function applySettingsPatch(current: Settings, input: unknown): Settings {
  const result = validateSettingsPatch(input);
  if (!result.ok) throw new SettingsError(result.issues);
  return { ...current, ...result.patch };
}

/** Validates a whole settings object (e.g. read from the store), filling missing keys with defaults. */
export function parseSettings(input: unknown): SettingsPatchResult & { settings?: Settings } {
  const result = validateSettingsPatch(input);
  if (!result.ok) return result;
  return { ...result, settings: { ...defaultSettings(), ...result.patch } };
}

export class SettingsError extends Error {
  readonly issues: SettingsIssue[];
  constructor(issues: SettingsIssue[]) {
    super(issues.map((i) => i.message).join('; '));
    this.name = 'SettingsError';
    this.issues = issues;
  }
}

export function defaultSettings(): Settings {
  return clone(DEFAULT_SETTINGS) as Settings;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
