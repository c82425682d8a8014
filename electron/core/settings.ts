/** The one settings schema (SPEC section 4): defaults, bounds and validation for store, CLI, IPC and UI. */
import { z } from 'zod';

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

const rangeSchema = z
  .tuple([z.string().regex(HHMM), z.string().regex(HHMM_END)])
  .refine(([start, end]) => minutesOfDay(start) < minutesOfDay(end));

const weeklyHoursSchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(rangeSchema).optional()])) as Record<
    Weekday,
    z.ZodOptional<z.ZodArray<typeof rangeSchema>>
  >,
);

const WORKING_HOURS_MESSAGE =
  'workingHours must be false (off), true (Mon–Fri 09:00–17:30) or an object of weekdays mon…sun, each a list of ["HH:MM", "HH:MM"] ranges with start before end';

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

/**
 * Validates a partial settings object from any source (UI, CLI, store, IPC).
 * All keys are checked; unknown keys are errors, so a typo never passes silently.
 */
export function validateSettingsPatch(input: unknown): SettingsPatchResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      issues: [{ key: '(settings)', message: 'settings must be a JSON object' }],
    };
  }
  const issues: SettingsIssue[] = [];
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const schema = (settingsFieldSchemas as Record<string, z.ZodType>)[key];
    if (!schema) {
      issues.push({ key, message: `${key} is not a setting (known: ${SETTINGS_KEYS.join(', ')})` });
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) patch[key] = parsed.data;
    else {
      // Nested schemas (unions, tuples) report generic issues: always answer with the key's own rule.
      const message = KEY_MESSAGES[key as SettingsKey] ?? parsed.error.issues[0]?.message;
      issues.push({ key, message: `${message} (got ${JSON.stringify(value)})` });
    }
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
