// Store growth over three simulated years of realistic days (budget: < 2 MB). The save cost is
// measured in tests/bench/engine.bench.ts (no timed assertions here: the machine may be loaded).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppStore, type AppStore } from '../../electron/main/store/app-store.ts';
import { createConfStore } from '../../electron/main/store/conf-factory.ts';
import { realisticDays } from '../fixtures/store/realistic-days.ts';

const THREE_YEARS = 3 * 365 + 1;

/** Shaped like the engine's snapshot: a few scalars, today's and yesterday's running totals. */
function engineSnapshot(at: number) {
  const day = {
    sittingMs: 18_234_567.5,
    movingMs: 612_000,
    awayMs: 3_456_789,
    pendingAwayMs: 0,
    unknownMs: 41_000_000,
    hadInput: true,
    breaksPrompted: 8,
    breaksTaken: 5,
    breaksPartial: 1,
    breaksSkipped: 1,
    breaksSnoozed: 2,
    breaksMissed: 1,
    naturalBreaks: 3,
    longestSitMs: 2_700_000,
  };
  return {
    v: 1,
    startedAt: at - 86_400_000,
    lastAt: at,
    mode: 'gap',
    segStart: at - 60_000,
    gapStart: at - 5_000,
    away: false,
    breakDate: null,
    timerBaseMs: 1_200_000,
    timerFrom: at - 1_500_000,
    brk: null,
    pauseUntil: null,
    stretchStart: at - 1_500_000,
    days: { '2029-03-09': day, '2029-03-10': day },
  };
}

describe('after three years of daily use', () => {
  let dir: string;
  let store: AppStore;
  const days = realisticDays('2026-03-09', THREE_YEARS);
  const start = Date.parse('2026-03-09T08:00:00Z');

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-store-size-'));
    store = openAppStore({ createStore: createConfStore, cwd: dir });
    // One day settles per day, as in the app; the running day rides along.
    for (let i = 0; i < days.length; i++) {
      store.saveEngine(
        engineSnapshot(start + i * 86_400_000),
        [days[i]!],
        days.slice(i + 1, i + 2),
      );
    }
  }, 120_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('holds every day and stays far under 2 MB (well under 100 bytes per day of history)', () => {
    expect(store.history()).toHaveLength(THREE_YEARS);
    const fileBytes = fs.statSync(store.historyPath).size;
    const historyText = fs
      .readFileSync(store.historyPath, 'utf8')
      .split('\n')
      .filter((line) => /^\t\t"\d{4}-\d{2}-\d{2}": \[/.test(line));
    const historyBytes = historyText.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    console.info(
      `store after ${THREE_YEARS} days: ${fileBytes} bytes in all, ${(historyBytes / historyText.length).toFixed(1)} bytes per history day`,
    );
    expect(fileBytes).toBeLessThan(2 * 1024 * 1024);
    expect(historyBytes / historyText.length).toBeLessThan(100);
    expect(fileBytes).toBeLessThan(THREE_YEARS * 100 + 8 * 1024);
    // The running snapshot's file stays small: it carries no history.
    const configBytes = fs.statSync(store.path).size;
    console.info(`config.json beside it: ${configBytes} bytes`);
    expect(configBytes).toBeLessThan(8 * 1024);
  });

  it('reopens with the same history', () => {
    const reopened = openAppStore({ createStore: createConfStore, cwd: dir });
    expect(reopened.history()).toEqual(store.history());
    expect(reopened.history()[0]?.date).toBe('2026-03-09');
    expect(reopened.history().at(-1)?.date).toBe(days.at(-1)?.date);
  });

  it('keeps taking saves on top of three years: snapshot-only saves and settled days', () => {
    const snapshot = engineSnapshot(start + THREE_YEARS * 86_400_000);
    for (let i = 0; i < 5; i++) store.saveEngine({ ...snapshot, lastAt: snapshot.lastAt + i }, []);
    const extra = realisticDays('2029-03-10', 10, 7);
    for (const day of extra) store.saveEngine(snapshot, [day]);
    const reopened = openAppStore({ createStore: createConfStore, cwd: dir });
    expect(reopened.history()).toHaveLength(THREE_YEARS + extra.length);
    expect(reopened.history().at(-1)).toEqual(store.history().at(-1));
    expect(reopened.engineSnapshot).toMatchObject({ lastAt: snapshot.lastAt });
  });
});
