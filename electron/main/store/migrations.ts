/** Store migrations (electron-store `migrations`): the legacy 1.0.0 layout to 2.0.0, 2.0.0 to 3.0.0, 3.0.0 to 4.0.0. */
import type Conf from 'conf';
import { recordFromNamed } from '../../core/day-record.ts';
import {
  MAX_RANGES_PER_DAY,
  NUMBER_BOUNDS,
  WEEKDAYS,
  type WeeklyHours,
} from '../../core/settings.ts';
import type { DayRecords, RecoveryNotice } from './store-format.ts';

/**
 * Format 1.0.0, written by the first release (FORMAT.md shows a whole file):
 * - settings flat at the top level under older names (`intervalMinutes`, `breakLengthSeconds`,
 *   `idleThresholdSeconds`, `dailyGoal`, `soundEnabled`, `autoOpenBreakWindow`, `autoOpenAfterSeconds`,
 *   `hasBand`, ...), `workingHours` as `{ enabled, start, end, days: [0 = Sunday … 6] }`;
 * - `onboardingDone`, and `lastState` (that release's engine state, which today's engine cannot read);
 * - `history` as an array of verbose day objects with minutes as decimals and a nested `breaks` object.
 */
export const LEGACY_FORMAT_VERSION = '1.0.0';

/** Old top-level key → current settings key, for the keys that only changed name (or not at all). */
const RENAMED_SETTINGS: Record<string, string> = {
  intervalMinutes: 'breakIntervalMinutes',
  breakLengthSeconds: 'breakDurationSeconds',
  idleThresholdSeconds: 'awayAfterSeconds',
  snoozeMinutes: 'snoozeMinutes',
  maxSnoozes: 'maxSnoozes',
  autoOpenBreakWindow: 'autoOpen',
  autoOpenAfterSeconds: 'autoOpenSeconds',
  dailyGoal: 'dailyGoalBreaks',
  restDayBelowMinutes: 'restDayBelowMinutes',
  graceDaysPerWeek: 'graceDaysPerWeek',
  dayStartsAt: 'dayStartsAt',
  soundEnabled: 'sound',
  theme: 'theme',
  launchAtLogin: 'launchAtLogin',
};

const LEGACY_MARKERS = [
  ...Object.keys(RENAMED_SETTINGS),
  'workingHours',
  'hasBand',
  'onboardingDone',
  'lastState',
];

/** Weekday index of the legacy format (JavaScript's `getDay()`: 0 = Sunday) → current key. */
const LEGACY_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True if the data has any sign of the legacy layout (flat settings or a history array). */
export function isLegacyLayout(data: Record<string, unknown>): boolean {
  return Array.isArray(data.history) || LEGACY_MARKERS.some((key) => Object.hasOwn(data, key));
}

/**
 * Converts legacy data to format 2.0.0. Pure, and a no-op for data already in the current layout.
 * Values are carried over as they are (the schema then judges them), except that numbers outside
 * today's bounds are clamped into them, since an earlier release may have allowed a wider range.
 */
export function migrateLegacyData(data: Record<string, unknown>): Record<string, unknown> {
  if (!isLegacyLayout(data)) return data;
  const settings: Record<string, unknown> = isObject(data.settings) ? { ...data.settings } : {};
  for (const [oldKey, newKey] of Object.entries(RENAMED_SETTINGS)) {
    if (data[oldKey] !== undefined) settings[newKey] = clampToBounds(newKey, data[oldKey]);
  }
  if (data.workingHours !== undefined)
    settings.workingHours = migrateWorkingHours(data.workingHours);
  if (data.hasBand !== undefined) settings.equipment = { band: data.hasBand };

  const current: Record<string, unknown> = {};
  // Keys of the current layout that a partly migrated file may already hold are kept.
  for (const [key, value] of Object.entries(data)) {
    if (!LEGACY_MARKERS.includes(key) && key !== 'history') current[key] = value;
  }
  return {
    ...current,
    settings,
    history: Array.isArray(data.history) ? migrateHistory(data.history) : (data.history ?? {}),
    onboarded: data.onboardingDone === true || data.onboarded === true,
    // That release's engine state cannot be restored; the engine starts afresh.
    engine: null,
  };
}

function clampToBounds(key: string, value: unknown): unknown {
  const bounds = (NUMBER_BOUNDS as Record<string, { min: number; max: number }>)[key];
  if (!bounds || typeof value !== 'number' || !Number.isFinite(value)) return value;
  return Math.min(bounds.max, Math.max(bounds.min, Math.round(value)));
}

function migrateWorkingHours(value: unknown): unknown {
  if (!isObject(value)) return value;
  if (value.enabled !== true) return false;
  const { start, end, days } = value;
  if (!Array.isArray(days)) return value;
  const hours: WeeklyHours = {};
  for (const index of days) {
    const day = typeof index === 'number' ? LEGACY_DAYS[index] : undefined;
    // Anything unexpected is passed on as it is, so the schema rejects it rather than it vanishing.
    if (!day || typeof start !== 'string' || typeof end !== 'string') return value;
    hours[day] = [[start, end]];
  }
  // Keep weekdays in Monday-first order, as the settings screen writes them.
  return Object.fromEntries(WEEKDAYS.filter((d) => hours[d]).map((d) => [d, hours[d]]));
}

const minutesToSeconds = (value: unknown) =>
  typeof value === 'number' ? Math.round(value * 60) : value;

/** Verbose day objects → compact records keyed by date, in date order; a later duplicate wins. */
function migrateHistory(days: unknown[]): DayRecords | unknown[] {
  const records: Record<string, unknown[]> = {};
  for (const day of days) {
    // A malformed entry is left for the schema to reject (the file is then moved aside intact).
    if (!isObject(day) || typeof day.date !== 'string') return days;
    const breaks = isObject(day.breaks) ? day.breaks : {};
    records[day.date] = recordFromNamed({
      sittingSeconds: minutesToSeconds(day.sittingMinutes ?? 0),
      movingSeconds: minutesToSeconds(day.movingMinutes ?? 0),
      awaySeconds: minutesToSeconds(day.awayMinutes ?? 0),
      breaksPrompted: breaks.prompted ?? 0,
      breaksTaken: breaks.taken ?? 0,
      breaksPartial: breaks.partial ?? 0,
      breaksSkipped: breaks.skipped ?? 0,
      breaksSnoozed: breaks.snoozed ?? 0,
      breaksMissed: breaks.missed ?? 0,
      naturalBreaks: day.naturalBreaks ?? 0,
      longestSitSeconds: minutesToSeconds(day.longestSitMinutes ?? 0),
      goalMet: day.goalMet === true ? 1 : 0,
    });
  }
  return Object.fromEntries(
    Object.entries(records).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ) as DayRecords;
}

/**
 * Format 2.0.0 → 3.0.0: the settings have one owner, so the engine snapshot no longer carries a copy
 * of them (the top-level `settings` always held the same values). Pure; a no-op for 3.0.0 data.
 */
export function migrateToOneSettings(data: Record<string, unknown>): Record<string, unknown> {
  if (!isObject(data.engine) || !('settings' in data.engine)) return data;
  const { settings: _copy, ...engine } = data.engine;
  return { ...data, engine };
}

/**
 * Also part of 2.0.0 → 3.0.0: a release before the bound could store more than `MAX_RANGES_PER_DAY`
 * working-hours ranges on a weekday. The first ones are kept and the rest dropped, with a one-time
 * notice naming the days, rather than the whole file (and its history) being moved aside. Pure; a
 * no-op when no day has too many.
 */
export function clampWorkingHoursRanges(data: Record<string, unknown>): Record<string, unknown> {
  const settings = data.settings;
  if (!isObject(settings) || !isObject(settings.workingHours)) return data;
  const hours = settings.workingHours;
  const cut: string[] = [];
  const clamped: Record<string, unknown> = { ...hours };
  for (const day of WEEKDAYS) {
    const ranges = Object.hasOwn(hours, day) ? hours[day] : undefined;
    if (Array.isArray(ranges) && ranges.length > MAX_RANGES_PER_DAY) {
      cut.push(`${day} had ${ranges.length}`);
      clamped[day] = ranges.slice(0, MAX_RANGES_PER_DAY);
    }
  }
  if (cut.length === 0) return data;
  const notice: RecoveryNotice = {
    backupPath: null,
    reason: `workingHours: a day may have at most ${MAX_RANGES_PER_DAY} ranges (${cut.join(', ')}); the first ${MAX_RANGES_PER_DAY} of each were kept`,
    adjusted: true,
  };
  return { ...data, settings: { ...settings, workingHours: clamped }, recovery: notice };
}

/**
 * Format 3.0.0 → 4.0.0: the settled history and its rules leave `config.json` for `history.json`
 * (written only when a day settles). `moveHistory` writes them there first; only then does the step
 * drop them from this file, so a crash in between leaves the 3.0.0 file to migrate again (the move
 * is idempotent: this file's records replace those of the same dates). Returns the data without
 * them; a no-op (the same object) for 4.0.0 data.
 */
export function splitHistory(
  data: Record<string, unknown>,
  moveHistory: HistoryMover,
): Record<string, unknown> {
  if (!('history' in data) && !('rules' in data)) return data;
  const { history, rules, ...rest } = data;
  moveHistory({ history, rules });
  return rest;
}

/** Takes the history and rules of a 3.0.0 file into the history file, or throws (the file is then not changed). */
export type HistoryMover = (moved: { history: unknown; rules: unknown }) => void;

/** The `migrations` option; conf runs each step once, in version order, for stores recorded below it. */
export function storeMigrations(
  moveHistory: HistoryMover,
): Record<string, (store: Conf<Record<string, unknown>>) => void> {
  return {
    '2.0.0': (store) => {
      const data = { ...store.store };
      if (isLegacyLayout(data)) store.store = migrateLegacyData(data);
    },
    '3.0.0': (store) => {
      const data = store.store;
      const migrated = clampWorkingHoursRanges(migrateToOneSettings(data));
      if (migrated !== data) store.store = migrated;
    },
    '4.0.0': (store) => {
      const data = store.store;
      const migrated = splitHistory(data, moveHistory);
      if (migrated !== data) store.store = migrated;
    },
  };
}
