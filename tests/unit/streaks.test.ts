/** Goal days, rest days, grace days across ISO weeks, and the streak counts (SPEC section 3). */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../electron/core/settings.ts';
import {
  classifyDays,
  computeStreak,
  emptyDay,
  historyToCsv,
  mergeDays,
} from '../../electron/core/stats.ts';
import type { DayStats } from '../../electron/core/types.ts';

const settings = defaultSettings(); // goal 5, rest below 60 min, 1 grace day a week

/** A day from a one-letter code: G goal, M missed workday (sat 4 h, 1 break), R rest (sat 20 min). */
function dayOf(date: string, code: string): DayStats {
  const d = emptyDay(date);
  if (code === 'G') return { ...d, sittingSeconds: 6 * 3600, breaksTaken: 5, goalMet: true };
  if (code === 'M') return { ...d, sittingSeconds: 4 * 3600, breaksTaken: 1 };
  if (code === 'R') return { ...d, sittingSeconds: 20 * 60 };
  return d;
}

/** Days from 2026-03-02 (a Monday) on, one letter each ('-' = no record at all). */
function days(codes: string): { list: DayStats[]; today: string } {
  const list: DayStats[] = [];
  let today = '';
  [...codes].forEach((code, i) => {
    const date = new Date(Date.UTC(2026, 2, 2 + i)).toISOString().slice(0, 10);
    today = date;
    if (code !== '-') list.push(dayOf(date, code));
  });
  return { list, today };
}

const kinds = (codes: string) => {
  const { list, today } = days(codes);
  return classifyDays(list, today, settings).map((k) => k.kind);
};

describe('streaks', () => {
  it('counts goal days back from today and keeps the longest', () => {
    const { list, today } = days('GGGMMGG'); // second M has no grace left in the week
    expect(computeStreak(list, today, settings)).toEqual({ current: 2, longest: 3 });
  });

  it('lets rest days and days with no data neither extend nor break a streak', () => {
    const { list, today } = days('GGR-GG');
    expect(kinds('GGR-GG')).toEqual(['goal', 'goal', 'rest', 'rest', 'goal', 'goal']);
    expect(computeStreak(list, today, settings)).toEqual({ current: 4, longest: 4 });
  });

  it('covers one missed workday a week with a grace day, shown as saved', () => {
    expect(kinds('GMGMG')).toEqual(['goal', 'saved', 'goal', 'missed', 'goal']);
    const { list, today } = days('GMGMG');
    expect(computeStreak(list, today, settings)).toEqual({ current: 1, longest: 2 });
  });

  it('refills grace days each ISO week (Monday)', () => {
    // Mon 2 … Sun 8: a missed Sunday uses week 1's grace; Monday 9 starts week 2 with a fresh one.
    const codes = 'GGGGGGMMG';
    expect(kinds(codes)).toEqual([
      'goal',
      'goal',
      'goal',
      'goal',
      'goal',
      'goal',
      'saved',
      'saved',
      'goal',
    ]);
    const { list, today } = days(codes);
    expect(computeStreak(list, today, settings)).toEqual({ current: 7, longest: 7 });
  });

  it('uses grace days in date order even when no streak is running', () => {
    expect(kinds('MMG')).toEqual(['saved', 'missed', 'goal']);
  });

  it('never lets today break a streak or use a grace day', () => {
    const { list, today } = days('GGM');
    expect(kinds('GGM')).toEqual(['goal', 'goal', 'today']);
    expect(computeStreak(list, today, settings)).toEqual({ current: 2, longest: 2 });
    const met = days('GGG');
    expect(computeStreak(met.list, met.today, settings).current).toBe(3);
  });

  it('honours graceDaysPerWeek = 0 and restDayBelowMinutes = 0', () => {
    const strict = { ...settings, graceDaysPerWeek: 0, restDayBelowMinutes: 0 };
    const { list, today } = days('GRG');
    // With a 0-minute threshold a day with 20 minutes of sitting is a workday, and nothing saves it.
    expect(classifyDays(list, today, strict).map((k) => k.kind)).toEqual([
      'goal',
      'missed',
      'goal',
    ]);
    // A day with no data at all is still a rest day.
    const gap = days('G-G');
    expect(computeStreak(gap.list, gap.today, strict)).toEqual({ current: 2, longest: 2 });
  });
});

describe('history helpers', () => {
  it('merges recent days over stored ones by date, in date order', () => {
    const merged = mergeDays(
      [dayOf('2026-03-03', 'M'), dayOf('2026-03-02', 'G')],
      [dayOf('2026-03-03', 'G')],
    );
    expect(merged.map((d) => [d.date, d.breaksTaken])).toEqual([
      ['2026-03-02', 5],
      ['2026-03-03', 5],
    ]);
  });

  it('exports CSV with a header and one row a day', () => {
    const csv = historyToCsv([dayOf('2026-03-02', 'G')])
      .trim()
      .split('\n');
    expect(csv[0]).toBe(
      'date,sittingSeconds,movingSeconds,awaySeconds,breaksPrompted,breaksTaken,breaksPartial,breaksSkipped,breaksSnoozed,breaksMissed,naturalBreaks,longestSitSeconds,goalMet,callSeconds',
    );
    expect(csv[1]).toBe('2026-03-02,21600,0,0,0,5,0,0,0,0,0,0,true,0');
  });
});
