/** Day records over time: streaks with rest and grace days (SPEC section 3) and merging. */
import type { Settings } from './settings.ts';
import { addDays, dateRange, isoWeekStart } from './time.ts';
import { emptyDay, hasData } from './day-record.ts';
import type { DayKind, DayRules, DayStats, Streak } from './types.ts';

export { localDateKey } from './time.ts';
export { DAY_COUNTERS, emptyDay, hasData, historyToCsv, historyToJson } from './day-record.ts';

type StreakSettings = Pick<
  Settings,
  'dailyGoalBreaks' | 'restDayBelowMinutes' | 'graceDaysPerWeek'
>;

/**
 * The streak rules each date was lived under, where known (the session passes the engine's held days
 * and the settled days' stored rules); a date without uses the current settings.
 */
export type RulesByDate = Readonly<Record<string, DayRules>>;

/**
 * How each date from the first record to `today` counts: goal days extend a streak, rest days and
 * saved (grace) days are neutral, missed days end it; today is only a goal day once it meets the goal.
 */
export function classifyDays(
  days: readonly DayStats[],
  today: string,
  settings: StreakSettings,
  rulesByDate: RulesByDate = {},
): { date: string; kind: DayKind }[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  let first = today;
  for (const d of days) if (d.date < first) first = d.date;
  const out: { date: string; kind: DayKind }[] = [];
  let week = '';
  let graceLeft = 0;
  for (const date of dateRange(first, today)) {
    const day = byDate.get(date);
    const rules = rulesByDate[date] ?? settings;
    const weekStart = isoWeekStart(date);
    if (weekStart !== week) {
      // The week's allowance is the one in force on the first day of it that we see.
      week = weekStart;
      graceLeft = rules.graceDaysPerWeek;
    }
    // goalMet was decided under the goal in force that day; a later change does not rewrite it.
    const goal = !!day && day.goalMet;
    let kind: DayKind;
    if (goal) kind = 'goal';
    else if (date === today) kind = 'today';
    else if (!hasData(day) || (day?.sittingSeconds ?? 0) < rules.restDayBelowMinutes * 60)
      kind = 'rest';
    else if (graceLeft > 0) {
      graceLeft--;
      kind = 'saved';
    } else kind = 'missed';
    out.push({ date, kind });
  }
  return out;
}

/** Current streak (goal days back from today, skipping rest and saved days) and the longest ever. */
export function computeStreak(
  days: readonly DayStats[],
  today: string,
  settings: StreakSettings,
  rulesByDate: RulesByDate = {},
): Streak {
  let current = 0;
  let longest = 0;
  for (const { kind } of classifyDays(days, today, settings, rulesByDate)) {
    if (kind === 'goal') {
      current++;
      if (current > longest) longest = current;
    } else if (kind === 'missed') current = 0;
  }
  return { current, longest };
}

/** History plus the engine's recent days; a recent record replaces a stored one of the same date. */
export function mergeDays(history: readonly DayStats[], recent: readonly DayStats[]): DayStats[] {
  const byDate = new Map<string, DayStats>();
  for (const d of history) byDate.set(d.date, d);
  for (const d of recent) byDate.set(d.date, d);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The last `count` dates ending at `today`, empty days filled. */
export function lastDays(days: readonly DayStats[], today: string, count: number): DayStats[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  return dateRange(addDays(today, 1 - count), today).map(
    (date) => byDate.get(date) ?? emptyDay(date),
  );
}

export function lifetimeTotals(days: readonly DayStats[]): {
  breaksTaken: number;
  movingSeconds: number;
} {
  let breaksTaken = 0;
  let movingSeconds = 0;
  for (const d of days) {
    breaksTaken += d.breaksTaken;
    movingSeconds += d.movingSeconds;
  }
  return { breaksTaken, movingSeconds };
}
