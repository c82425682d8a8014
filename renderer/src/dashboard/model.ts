/** Pure shaping of day records for the dashboard's charts and streak calendar. */
import type { HistoryResult, PauseRequest } from '../../../electron/core/ipc-contract.ts';
import { hasData, lastDays, mergeDays } from '../../../electron/core/stats.ts';
import type { DayKind, DayStats } from '../../../electron/core/types.ts';
import { addDays, isoWeekday } from '../lib/format.ts';

/** History with today's live record in place of the stored one. */
export function withToday(history: HistoryResult | null, today: DayStats): DayStats[] {
  return mergeDays(history?.days ?? [], [today]);
}

/** The last `count` days ending today, empty days filled. */
export function recentDays(days: readonly DayStats[], today: string, count: number): DayStats[] {
  return lastDays(days, today, count);
}

export interface CalendarCell {
  date: string;
  kind: DayKind | 'none';
}

/**
 * Whole ISO weeks (Monday first) ending with the current one. Each past day shows the kind the host
 * classified it as (`HistoryResult.kinds`, the same classification the streak card counts); today
 * is a goal day once its live record meets the goal.
 */
export function calendarWeeks(
  days: readonly DayStats[],
  kinds: Readonly<Record<string, DayKind>>,
  today: DayStats,
  weekCount: number,
): CalendarCell[][] {
  const firstMonday = addDays(today.date, -isoWeekday(today.date) - 7 * (weekCount - 1));
  const firstRecord = days.find((d) => hasData(d))?.date;
  const weeks: CalendarCell[][] = [];
  for (let w = 0; w < weekCount; w++) {
    const week: CalendarCell[] = [];
    for (let d = 0; d < 7; d++) {
      const date = addDays(firstMonday, w * 7 + d);
      let kind: CalendarCell['kind'];
      if (date > today.date) kind = 'future';
      else if (date === today.date) kind = today.goalMet ? 'goal' : 'today';
      else if (!firstRecord || date < firstRecord) kind = 'none';
      else kind = kinds[date] ?? 'rest';
      week.push({ date, kind });
    }
    weeks.push(week);
  }
  return weeks;
}

export interface RangeSummary {
  goalDays: number;
  breaksTaken: number;
  movingSeconds: number;
  sittingSeconds: number;
}

/** Sums over a range; a goal day is one that met the goal in force on that day. */
export function summarize(days: readonly DayStats[]): RangeSummary {
  let goalDays = 0;
  let breaksTaken = 0;
  let movingSeconds = 0;
  let sittingSeconds = 0;
  for (const d of days) {
    if (d.goalMet) goalDays++;
    breaksTaken += d.breaksTaken;
    movingSeconds += d.movingSeconds;
    sittingSeconds += d.sittingSeconds;
  }
  return { goalDays, breaksTaken, movingSeconds, sittingSeconds };
}

/** A rounded-up axis maximum with 3–5 tidy steps. */
export function niceMax(value: number, steps = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30]): number {
  for (const s of steps) if (value <= s) return s;
  return Math.ceil(value / 10) * 10;
}

/** What the dashboard's buttons do; the app wires these to the API. */
export interface DashboardActions {
  startBreak: () => void;
  pause: (request: PauseRequest) => void;
  resume: () => void;
  /** Resolves to where the file went, or null if the user cancelled. */
  exportHistory: (format: 'csv' | 'json') => Promise<string | null>;
  dismissNotice: () => void;
  /** The tray's Snooze, Skip and Quit, for desktops that show no tray icon. */
  snooze: () => void;
  skip: () => void;
  quit: () => void;
}
