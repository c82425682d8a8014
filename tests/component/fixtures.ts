// Fixture data for component tests: day records, engine status and app state with sensible defaults.
import type { AppState, AppStatus, HistoryResult } from '../../electron/core/ipc-contract.ts';
import { defaultSettings, type Settings } from '../../electron/core/settings.ts';
import { classifyDays, emptyDay, type ClassifyOptions } from '../../electron/core/stats.ts';
import type { DayStats, HourStats } from '../../electron/core/types.ts';

export const NOW = new Date(2026, 2, 10, 14, 0).getTime(); // Tue 10 Mar 2026, 14:00 local

export function day(date: string, fields: Partial<DayStats> = {}): DayStats {
  return { ...emptyDay(date), ...fields };
}

export function status(fields: Partial<AppStatus> = {}): AppStatus {
  return {
    at: NOW,
    activity: 'sitting',
    breakStartedAt: null,
    breakState: 'none',
    dueAt: null,
    promptedAt: null,
    snoozesLeft: 2,
    canSnooze: false,
    canSkip: false,
    reminders: 'active',
    pausedUntil: null,
    timerSittingMs: 10 * 60_000,
    nextDueAt: NOW + 20 * 60_000,
    gapStartedAt: NOW,
    callSince: null,
    ...fields,
  };
}

export function appState(fields: Partial<AppState> = {}): AppState {
  return {
    status: status(),
    today: day('2026-03-10'),
    todayHours: hours(),
    streak: { current: 0, longest: 0 },
    lifetime: { breaksTaken: 0, movingSeconds: 0 },
    idleSupported: true,
    notice: null,
    firstRun: false,
    ...fields,
  };
}

/** Today's 24 empty hours, with the given hours filled in. */
export function hours(fields: Record<number, Partial<HourStats>> = {}): HourStats[] {
  return Array.from({ length: 24 }, (_, hour) => ({
    hour,
    sittingSeconds: 0,
    movingSeconds: 0,
    awaySeconds: 0,
    callSeconds: 0,
    ...fields[hour],
  }));
}

/** History as a host sends it: the days, each classified under the given (default) settings. */
export function history(
  days: DayStats[],
  today = '2026-03-10',
  rules: Settings = defaultSettings(),
  options: ClassifyOptions = {},
): HistoryResult {
  const kinds = Object.fromEntries(
    classifyDays(days, today, rules, {}, options).map(({ date, kind }) => [date, kind]),
  );
  return { days, kinds };
}

export function settings(fields: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...fields };
}
