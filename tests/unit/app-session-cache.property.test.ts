/**
 * The session's cached streak, calendar and lifetime totals (recomputed only when a day settles or a
 * streak setting changes) equal a from-scratch computation over every day on record, after random
 * sequences of work days, settles, idle days and rule changes (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppSession } from '../../electron/core/app-session.ts';
import { emptyDay } from '../../electron/core/day-record.ts';
import { defaultSettings } from '../../electron/core/settings.ts';
import {
  classifyDays,
  computeStreak,
  lastDays,
  lifetimeTotals,
  localDateKey,
} from '../../electron/core/stats.ts';
import { dayKey, dayNumber, isoWeekdayOf } from '../../electron/core/time.ts';
import type { DayRules, DayStats, Millis } from '../../electron/core/types.ts';

const MIN = 60_000;
/** A Monday; the stored history ends the day before. */
const START = { y: 2026, m: 2, d: 2 };
const at = (day: number, hour: number, minute = 0): Millis =>
  new Date(START.y, START.m, START.d + day, hour, minute).getTime();

type Step =
  | { kind: 'work'; skip: number; hours: number; breaks: number }
  | { kind: 'settle' }
  | { kind: 'rules'; goal: number; rest: number; grace: number }
  | { kind: 'later'; minutes: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('work' as const),
    skip: fc.integer({ min: 0, max: 4 }),
    hours: fc.integer({ min: 0, max: 8 }),
    breaks: fc.integer({ min: 0, max: 7 }),
  }),
  fc.constant({ kind: 'settle' as const }),
  fc.record({
    kind: fc.constant('rules' as const),
    goal: fc.integer({ min: 1, max: 6 }),
    rest: fc.constantFrom(0, 30, 60, 120, 240),
    grace: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({ kind: fc.constant('later' as const), minutes: fc.integer({ min: 1, max: 900 }) }),
);

/** Stored history before the session starts: `codes` days back from START, G goal, M missed, R rest, - none. */
const storedDay = fc.constantFrom('G', 'M', 'R', '-');

function storedHistory(
  codes: string[],
  ruled: boolean[],
): { days: DayStats[]; rules: Record<string, DayRules> } {
  const days: DayStats[] = [];
  const rules: Record<string, DayRules> = {};
  codes.forEach((code, i) => {
    const date = localDateKey(at(i - codes.length, 12));
    if (ruled[i])
      rules[date] = { dailyGoalBreaks: 4, restDayBelowMinutes: 90, graceDaysPerWeek: 0 };
    if (code === '-') return;
    const d = emptyDay(date);
    if (code === 'G')
      days.push({
        ...d,
        sittingSeconds: 6 * 3600,
        breaksTaken: 5,
        movingSeconds: 600,
        goalMet: true,
      });
    else if (code === 'M')
      days.push({ ...d, sittingSeconds: 4 * 3600, breaksTaken: 1, movingSeconds: 120 });
    else days.push({ ...d, sittingSeconds: 20 * 60 });
  });
  return { days, rules };
}

/** What the cached state must equal: the streak, calendar and totals computed afresh from every day. */
function expectFromScratch(session: AppSession, now: Millis): void {
  const state = session.state(now);
  const all = session.allDays(now);
  const today = localDateKey(now);
  const options = { firstDayIsRest: true };
  expect(state.streak).toEqual(
    computeStreak(all, today, session.settings, session.rulesByDate(), options),
  );
  expect(state.lifetime).toEqual(lifetimeTotals(all));
  expect(state.today).toEqual(all.find((d) => d.date === today) ?? emptyDay(today));
  const count = 400;
  const history = session.history(now, count);
  expect(history.days).toEqual(lastDays(all, today, count));
  const first = history.days[0]!.date;
  const kinds = Object.fromEntries(
    classifyDays(all, today, session.settings, session.rulesByDate(), options)
      .filter((k) => k.date >= first)
      .map((k) => [k.date, k.kind]),
  );
  expect(history.kinds).toEqual(kinds);
  expect(Object.keys(history.kinds)).toEqual(Object.keys(kinds));
}

describe('day numbers (the streak walk’s integer dates)', () => {
  it('agree with the calendar from 1970 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_932_896 }), (n) => {
        const date = new Date(n * 86_400_000);
        expect(dayKey(n)).toBe(date.toISOString().slice(0, 10));
        expect(dayNumber(dayKey(n))).toBe(n);
        expect(isoWeekdayOf(n)).toBe((date.getUTCDay() + 6) % 7);
      }),
      { numRuns: 2000 },
    );
    expect(dayKey(dayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(dayKey(dayNumber('2100-02-28') + 1)).toBe('2100-03-01');
  });
});

describe('AppSession cached streak state', () => {
  it('equals a from-scratch computation after random settles and rule changes', () => {
    fc.assert(
      fc.property(
        fc.array(storedDay, { maxLength: 60 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        fc.array(step, { minLength: 1, maxLength: 25 }),
        (codes, ruled, steps) => {
          const { days, rules } = storedHistory(codes, ruled);
          let now = at(0, 8);
          const session = new AppSession({
            settings: defaultSettings(),
            snapshot: null,
            history: days,
            rules,
            firstRun: false,
            notice: null,
            now,
          });
          session.start(now);
          let day = 0;
          expectFromScratch(session, now);
          for (const s of steps) {
            switch (s.kind) {
              case 'work': {
                day += 1 + s.skip;
                now = Math.max(now, at(day, 9));
                session.advance(now);
                for (let b = 0; b < s.breaks; b++) {
                  session.observe({ type: 'input', at: now, to: now + 31 * MIN });
                  now += 31 * MIN;
                  session.startBreak(now);
                  now += 2 * MIN + 10_000;
                  session.endBreak(now, true);
                }
                session.observe({ type: 'input', at: now, to: now + s.hours * 60 * MIN });
                now += s.hours * 60 * MIN;
                session.advance(now);
                break;
              }
              case 'settle':
                session.takeSave(now);
                break;
              case 'rules':
                session.updateSettings(now, {
                  dailyGoalBreaks: s.goal,
                  restDayBelowMinutes: s.rest,
                  graceDaysPerWeek: s.grace,
                });
                break;
              case 'later':
                now += s.minutes * MIN;
                day = Math.max(day, Math.floor((now - at(0, 0)) / (24 * 60 * MIN)));
                session.advance(now);
                break;
            }
            expectFromScratch(session, now);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
