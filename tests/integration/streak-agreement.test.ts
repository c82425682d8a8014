// Three years of desk days through the real session and store, with the goal, the rest threshold and
// the grace allowance changed several times: the streak calendar and the streak card agree on every
// day, and a day keeps the kind it was given under the rules it was lived under.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppSession } from '../../electron/core/app-session.ts';
import { type Settings } from '../../electron/core/settings.ts';
import { classifyDays, localDateKey } from '../../electron/core/stats.ts';
import type { DayKind, DayRules, DayStats, Millis, Streak } from '../../electron/core/types.ts';
import { openSession } from '../../electron/main/app-controller.ts';
import { openAppStore, type AppStore } from '../../electron/main/store/app-store.ts';
import { createConfStore } from '../../electron/main/store/conf-factory.ts';
import { calendarWeeks, withToday } from '../../renderer/src/dashboard/model.ts';

const MIN = 60_000;
const DAYS = 3 * 365;
/** A Monday. */
const START = { y: 2023, m: 2, d: 6 };
const WEEKS = Math.ceil(DAYS / 7) + 2;

/** Settings changes, made at 07:00 on the given day (before any work that day). */
const CHANGES: Record<number, Partial<Settings>> = {
  100: { dailyGoalBreaks: 3 },
  250: { restDayBelowMinutes: 120 },
  400: { graceDaysPerWeek: 0 },
  550: { dailyGoalBreaks: 6, graceDaysPerWeek: 2 },
  700: { restDayBelowMinutes: 30 },
  850: { graceDaysPerWeek: 1, dailyGoalBreaks: 4 },
  1000: { restDayBelowMinutes: 90 },
};

const at = (day: number, hour: number, minute = 0): Millis =>
  new Date(START.y, START.m, START.d + day, hour, minute).getTime();

/** A small deterministic generator, so every run lives the same three years. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** What the streak calendar shows, counted the way the card counts: goal days, missed days reset. */
function calendarStreak(session: AppSession, now: Millis, daysSoFar: number): Streak {
  const state = session.state(now);
  const history = session.history(now, daysSoFar + 1);
  const cells = calendarWeeks(withToday(history, state.today), history.kinds, state.today, WEEKS);
  let current = 0;
  let longest = 0;
  for (const cell of cells.flat()) {
    if (cell.kind === 'goal') longest = Math.max(longest, ++current);
    else if (cell.kind === 'missed') current = 0;
  }
  return { current, longest };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-streaks-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('three years with changing streak rules', () => {
  it('the calendar and the card agree at every weekly check and on every day at the end; no day changes kind', () => {
    const open = (): AppStore => openAppStore({ createStore: createConfStore, cwd: dir });
    let store = open();
    let session = openSession(store, at(0, 8));
    // The session hands over settled days every evening; the file is written weekly (it is the
    // same write either way, and three years of daily writes would only slow the test).
    let settled: DayStats[] = [];
    let rules: Record<string, DayRules> = {};
    const save = (now: Millis, write: boolean) => {
      const s = session.takeSave(now);
      settled.push(...s.settled);
      Object.assign(rules, s.rules);
      if (!write) return;
      store.saveEngine(s.snapshot, settled, s.recent, rules);
      settled = [];
      rules = {};
    };
    const next = random(7);
    /** The kind each day had within a week of it. */
    const firstKinds = new Map<string, DayKind>();
    const disagreements: string[] = [];
    let checks = 0;

    for (let day = 0; day < DAYS; day++) {
      const change = CHANGES[day];
      if (change) session.updateSettings(at(day, 7), change);
      const weekday = new Date(at(day, 12)).getDay();
      const weekend = weekday === 0 || weekday === 6;
      const r = next();
      // Weekends: mostly nothing, sometimes a short look; workdays: 1 to 6 hours, 0 to 7 breaks.
      const blocks = weekend ? (r < 0.7 ? 0 : 1 + Math.floor(next() * 3)) : 2 + Math.floor(r * 13);
      const breaks = weekend ? 0 : Math.floor(next() * 8);
      let t = at(day, 9);
      for (let b = 0; b < blocks; b++) {
        session.observe({ type: 'input', at: t, to: t + 25 * MIN });
        t += 25 * MIN;
        if (b < breaks) {
          session.startBreak(t);
          t += 2 * MIN + 10_000;
          session.endBreak(t, true);
        } else if (session.status(t).breakState === 'pending') session.skip(t);
        t += MIN;
      }
      const evening = at(day, 23);
      session.advance(evening);
      save(evening, day % 7 === 6 || day % 120 === 119);

      // Every Sunday evening, and around each change of rules, the whole history is compared
      // (each comparison classifies every day so far, so doing it daily would take minutes).
      if (weekday === 0 || CHANGES[day] || CHANGES[day - 1]) {
        const card = session.state(evening).streak;
        const calendar = calendarStreak(session, evening, day);
        if (card.current !== calendar.current || card.longest !== calendar.longest)
          disagreements.push(
            `${localDateKey(evening)}: card ${JSON.stringify(card)}, calendar ${JSON.stringify(calendar)}`,
          );
        // The week's days before today, as they stand now (their week's grace is decided).
        const kinds = session.history(evening, 8).kinds;
        for (let back = 1; back <= 7; back++) {
          const date = localDateKey(at(day - back, 12));
          if (!firstKinds.has(date) && kinds[date]) firstKinds.set(date, kinds[date]);
        }
        checks++;
      }
      // Now and then the app restarts: the session comes back from the store file.
      if (day % 120 === 119) {
        store = open();
        session = openSession(store, evening);
        expect(session.restoreProblem).toBeNull();
      }
    }

    expect(checks).toBeGreaterThan(150);
    expect(firstKinds.size).toBeGreaterThan(DAYS - 10);
    expect(disagreements).toEqual([]);
    const end = at(DAYS - 1, 23);
    const finalKinds = session.history(end, DAYS).kinds;
    const changed = [...firstKinds].filter(([date, kind]) => finalKinds[date] !== kind);
    expect(changed).toEqual([]);
    // Every past day of the calendar shows the kind the card counted.
    const finalState = session.state(end);
    const finalHistory = session.history(end, DAYS);
    const cells = calendarWeeks(
      withToday(finalHistory, finalState.today),
      finalHistory.kinds,
      finalState.today,
      WEEKS,
    ).flat();
    const shown = cells.filter((c) => c.kind !== 'none' && c.kind !== 'future');
    expect(shown.length).toBeGreaterThan(DAYS - 10);
    for (const cell of shown)
      if (cell.date !== finalState.today.date)
        expect(cell.kind).toBe(finalKinds[cell.date] ?? 'rest');

    // The history is varied enough to mean something, and the rules it was lived under matter:
    // judged by today's settings alone, many days would count differently.
    const counts = Object.values(finalKinds).reduce<Record<string, number>>(
      (acc, kind) => ({ ...acc, [kind]: (acc[kind] ?? 0) + 1 }),
      {},
    );
    for (const kind of ['goal', 'rest', 'saved', 'missed'] as const)
      expect(counts[kind]).toBeGreaterThan(20);
    const all = session.allDays(end);
    const today = localDateKey(end);
    const bySettingsNow = classifyDays(all, today, session.settings);
    const differ = bySettingsNow.filter(({ date, kind }) => finalKinds[date] !== kind);
    expect(differ.length).toBeGreaterThan(50);
    expect(session.state(end).streak.longest).toBeGreaterThan(5);
  }, 300_000);
});
