/** Pure shaping of day records for the dashboard's charts and streak calendar. */
import type {
  HistoryResult,
  MeetingSetRequest,
  PauseRequest,
} from '../../../electron/core/ipc-contract.ts';
import type { Settings } from '../../../electron/core/settings.ts';
import { hasData, lastDays, mergeDays } from '../../../electron/core/stats.ts';
import type { DayKind, DayStats } from '../../../electron/core/types.ts';
import { addDays, dayNumber, isoWeekdayOf } from '../../../electron/core/time.ts';

const isoWeekday = (date: string) => isoWeekdayOf(dayNumber(date));

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
  const firstRecord = firstDataDate(days);
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

/**
 * The calendar as one SVG path per kind of day (a square per day, weeks as columns, Monday on top),
 * with the dates each covers: a handful of nodes for any number of weeks.
 */
export function calendarPaths(
  weeks: readonly CalendarCell[][],
  kinds: readonly CalendarCell['kind'][],
  box: { cell: number; step: number; left: number; top: number },
): { kind: CalendarCell['kind']; d: string; days: string }[] {
  const byKind = new Map(kinds.map((k) => [k, { d: [] as string[], days: [] as string[] }]));
  weeks.forEach((week, w) =>
    week.forEach((cell, row) => {
      const into = byKind.get(cell.kind);
      if (!into) return;
      const x = box.left + w * box.step;
      const y = box.top + row * box.step;
      into.d.push(`M${x} ${y}h${box.cell}v${box.cell}h-${box.cell}z`);
      into.days.push(cell.date);
    }),
  );
  return kinds
    .filter((k) => byKind.get(k)!.d.length > 0)
    .map((kind) => ({
      kind,
      d: byKind.get(kind)!.d.join(''),
      days: byKind.get(kind)!.days.join(' '),
    }));
}

/** Each calendar day's kind by date, for the charts to tell rest days and pre-install days apart. */
export function kindsByDate(
  weeks: readonly CalendarCell[][],
): ReadonlyMap<string, CalendarCell['kind']> {
  return new Map(weeks.flatMap((week) => week.map((c) => [c.date, c.kind] as const)));
}

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Today is outside the working week: no working hours that day, or a weekend when hours are off. */
export function dayOffToday(date: string, workingHours: Settings['workingHours']): boolean {
  const weekday = isoWeekday(date);
  if (workingHours === false) return weekday >= 5;
  return (workingHours[WEEKDAY_KEYS[weekday]!]?.length ?? 0) === 0;
}

/** Grace days not yet used in the current (last, Monday-first) week of `weeks`. */
export function graceLeftThisWeek(
  weeks: readonly CalendarCell[][],
  graceDaysPerWeek: number,
): number {
  const used = (weeks.at(-1) ?? []).filter((c) => c.kind === 'saved').length;
  return Math.max(0, graceDaysPerWeek - used);
}

/** The first day with any data: the app's install day, as far as the dashboard can tell. */
export function firstDataDate(days: readonly DayStats[]): string | undefined {
  return days.find((d) => hasData(d))?.date;
}

export interface RangeSummary {
  goalDays: number;
  breaksTaken: number;
  movingSeconds: number;
  sittingSeconds: number;
}

/**
 * Sums over a range (from `since` on, when given); a goal day is one that met the goal in force on
 * that day.
 */
export function summarize(
  days: readonly DayStats[],
  since?: string,
): RangeSummary & { dayCount: number } {
  let goalDays = 0;
  let dayCount = 0;
  let breaksTaken = 0;
  let movingSeconds = 0;
  let sittingSeconds = 0;
  for (const d of days) {
    if (since !== undefined && d.date < since) continue;
    dayCount++;
    if (d.goalMet) goalDays++;
    breaksTaken += d.breaksTaken;
    movingSeconds += d.movingSeconds;
    sittingSeconds += d.sittingSeconds;
  }
  return { goalDays, breaksTaken, movingSeconds, sittingSeconds, dayCount };
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
  /** The manual "In a meeting" switch (as the tray's). */
  meeting: (request: MeetingSetRequest) => void;
  /** Resolves to where the file went, or null if the user cancelled. */
  exportHistory: (format: 'csv' | 'json') => Promise<string | null>;
  dismissNotice: () => void;
  /** The tray's Snooze, Skip and Quit, for desktops that show no tray icon. */
  snooze: () => void;
  skip: () => void;
  quit: () => void;
}
