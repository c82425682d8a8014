/** Day records over time: streaks with rest and grace days (SPEC section 3) and merging. */
import type { Settings } from './settings.ts';
import { dayKey, dayNumber, isoWeekdayOf } from './time.ts';
import { emptyDay, hasData } from './day-record.ts';
import type { DayKind, DayRules, DayStats, Streak } from './types.ts';

export { localDateKey } from './time.ts';
export { DAY_COUNTERS, emptyDay, hasData, historyToCsv, historyToJson } from './day-record.ts';

export type StreakSettings = Pick<
  Settings,
  'dailyGoalBreaks' | 'restDayBelowMinutes' | 'graceDaysPerWeek'
>;

/**
 * The streak rules each date was lived under, where known (the session passes the engine's held days
 * and the settled days' stored rules); a date without uses the current settings.
 */
export type RulesByDate = Readonly<Record<string, DayRules>>;

export interface ClassifyOptions {
  /**
   * The first date on record is the day the app first ran, a partial day: unless it meets the goal
   * it is a rest day, so it neither ends a streak nor uses the week's grace day. The app session
   * sets this; the timeline replay (SPEC section 9) does not.
   */
  firstDayIsRest?: boolean;
}

/**
 * Where a walk over the calendar stands after some days: enough to go on with the next day without
 * looking back (the session keeps one at the end of its settled history, so a poll walks only the
 * days still held). Days are day numbers (`dayNumber`): no Date per day.
 */
export interface StreakWalk {
  /** The first date on record. */
  readonly first: number;
  /** The next day to classify. */
  next: number;
  /** The Monday of the week walked last, or null before the first day. */
  week: number | null;
  graceLeft: number;
  current: number;
  longest: number;
}

export function startWalk(first: number): StreakWalk {
  return { first, next: first, week: null, graceLeft: 0, current: 0, longest: 0 };
}

/**
 * Classifies the days from `walk.next` to `last` (inclusive, `last <= today`), updating the walk and
 * the streak in it; `onDay` hears each date and its kind. `dayAt` finds a date's record, `rulesAt`
 * the rules it was lived under (none: `settings`).
 */
export function walkDays(
  walk: StreakWalk,
  last: number,
  today: number,
  dayAt: (date: string) => DayStats | undefined,
  rulesAt: (date: string) => DayRules | undefined,
  settings: StreakSettings,
  options: ClassifyOptions = {},
  onDay?: (date: string, kind: DayKind) => void,
): void {
  for (let n = walk.next; n <= last; n++) {
    const date = dayKey(n);
    const day = dayAt(date);
    const rules = rulesAt(date) ?? settings;
    const weekStart = n - isoWeekdayOf(n);
    if (weekStart !== walk.week) {
      // The week's allowance is the one in force on the first day of it that we see.
      walk.week = weekStart;
      walk.graceLeft = rules.graceDaysPerWeek;
    }
    // goalMet was decided under the goal in force that day; a later change does not rewrite it.
    const goal = !!day && day.goalMet;
    let kind: DayKind;
    if (goal) kind = 'goal';
    else if (n === today) kind = 'today';
    else if (options.firstDayIsRest && n === walk.first) kind = 'rest';
    else if (!hasData(day) || (day?.sittingSeconds ?? 0) < rules.restDayBelowMinutes * 60)
      kind = 'rest';
    else if (walk.graceLeft > 0) {
      walk.graceLeft--;
      kind = 'saved';
    } else kind = 'missed';
    if (kind === 'goal') {
      walk.current++;
      if (walk.current > walk.longest) walk.longest = walk.current;
    } else if (kind === 'missed') walk.current = 0;
    onDay?.(date, kind);
  }
  if (last >= walk.next) walk.next = last + 1;
}

/** The first date on record (or `today`, if earlier than every record). */
function firstDate(days: readonly DayStats[], today: string): string {
  let first = today;
  for (const d of days) if (d.date < first) first = d.date;
  return first;
}

/** Walks every date from the first record to `today`, telling `onDay` how each counts. */
function walkHistory(
  days: readonly DayStats[],
  today: string,
  settings: StreakSettings,
  rulesByDate: RulesByDate,
  options: ClassifyOptions,
  onDay?: (date: string, kind: DayKind) => void,
): StreakWalk {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const todayN = dayNumber(today);
  const walk = startWalk(dayNumber(firstDate(days, today)));
  walkDays(
    walk,
    todayN,
    todayN,
    (date) => byDate.get(date),
    (date) => rulesByDate[date],
    settings,
    options,
    onDay,
  );
  return walk;
}

/**
 * How each date from the first record to `today` counts: goal days extend a streak, rest days and
 * saved (grace) days are neutral, missed days end it; today is only a goal day once it meets the goal.
 */
export function classifyDays(
  days: readonly DayStats[],
  today: string,
  settings: StreakSettings,
  rulesByDate: RulesByDate = {},
  options: ClassifyOptions = {},
): { date: string; kind: DayKind }[] {
  const out: { date: string; kind: DayKind }[] = [];
  walkHistory(days, today, settings, rulesByDate, options, (date, kind) =>
    out.push({ date, kind }),
  );
  return out;
}

/** Current streak (goal days back from today, skipping rest and saved days) and the longest ever. */
export function computeStreak(
  days: readonly DayStats[],
  today: string,
  settings: StreakSettings,
  rulesByDate: RulesByDate = {},
  options: ClassifyOptions = {},
): Streak {
  const walk = walkHistory(days, today, settings, rulesByDate, options);
  return { current: walk.current, longest: walk.longest };
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
  const out: DayStats[] = [];
  for (let n = dayNumber(today) - count + 1, last = dayNumber(today); n <= last; n++) {
    const date = dayKey(n);
    out.push(byDate.get(date) ?? emptyDay(date));
  }
  return out;
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
