// The session over the real store files: format 2.0.0 (settings copied into the snapshot) migrates
// through 3.0.0, a byte-exact 3.0.0 file migrates to 4.0.0 (history in its own file), a crash between
// the two files' writes neither loses nor double-counts a day, and a snapshot that fails validation
// still gives today's counts back from `recent`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, MAX_RANGES_PER_DAY } from '../../electron/core/settings.ts';
import { openSession } from '../../electron/main/app-controller.ts';
import { openAppStore, type StoreFactory } from '../../electron/main/store/app-store.ts';
import { createConfStore } from '../../electron/main/store/conf-factory.ts';
import {
  clampWorkingHoursRanges,
  migrateToOneSettings,
} from '../../electron/main/store/migrations.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/store');
const MIN = 60_000;

let dir: string;
let file: string;
let historyFile: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-session-store-'));
  file = path.join(dir, 'config.json');
  historyFile = path.join(dir, 'history.json');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const open = () => openAppStore({ createStore: createConfStore, cwd: dir });
const readFile = (at = file) => JSON.parse(fs.readFileSync(at, 'utf8')) as Record<string, unknown>;

describe('format 2.0.0 (the engine snapshot carried a copy of the settings)', () => {
  beforeEach(() => {
    fs.copyFileSync(path.join(FIXTURES, 'v2-config.json'), file);
  });

  it('migrates through 3.0.0 to 4.0.0: the copy is dropped, the history moves, everything else is kept', () => {
    const before = readFile();
    const store = open();
    expect(store.recovery).toBeNull();
    const after = readFile();
    expect(after.__internal__).toEqual({ migrations: { version: '4.0.0' } });
    expect(after.engine).not.toHaveProperty('settings');
    const { settings: _copy, ...engineWithout } = before.engine as Record<string, unknown>;
    expect(after.engine).toEqual(engineWithout);
    expect(after.settings).toEqual(before.settings);
    expect(after).not.toHaveProperty('history');
    expect(readFile(historyFile).history).toEqual(before.history);
    expect(after.recent).toEqual(before.recent);
    expect(store.settings).toMatchObject({ breakIntervalMinutes: 25, dailyGoalBreaks: 4 });
  });

  it('the session restores the engine with the store’s settings and today’s counts', () => {
    const store = open();
    const snapshot = store.engineSnapshot as { lastAt: number };
    const now = snapshot.lastAt + MIN;
    const session = openSession(store, now);
    expect(session.restoreProblem).toBeNull();
    expect(session.settings).toEqual(store.settings);
    const state = session.state(now);
    expect(state.today).toMatchObject({ date: '2026-03-11', breaksTaken: 2, movingSeconds: 260 });
    expect(session.history(now, 2).days.map((d) => [d.date, d.breaksTaken])).toEqual([
      ['2026-03-10', 5],
      ['2026-03-11', 2],
    ]);
    // The break timer runs on the store's 25 minutes, not the default 30.
    expect(state.status.nextDueAt).toBe(now + 25 * MIN - state.status.timerSittingMs);
  });

  it('a day with more than 48 working-hours ranges keeps its first 48, with a notice; history stays', () => {
    const before = readFile();
    // 60 ten-minute ranges from 08:00: a release before the bound could store them.
    const range = (i: number) => {
      const hhmm = (m: number) =>
        `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return [hhmm(480 + i * 10), hhmm(480 + i * 10 + 5)];
    };
    const many = Array.from({ length: 60 }, (_, i) => range(i));
    const workingHours = { mon: many, tue: [['09:00', '17:00']] };
    const settings = { ...(before.settings as Record<string, unknown>), workingHours };
    fs.writeFileSync(file, JSON.stringify({ ...before, settings }));

    const store = open();
    expect(store.recovery).toMatchObject({ backupPath: null, adjusted: true });
    expect(store.recovery?.reason).toMatch(/mon had 60/);
    expect(fs.readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toEqual([]);
    const hours = store.settings.workingHours as Record<string, string[][]>;
    expect(hours.mon).toEqual(many.slice(0, MAX_RANGES_PER_DAY));
    expect(hours.tue).toEqual([['09:00', '17:00']]);
    expect(store.settings.breakIntervalMinutes).toBe(25);
    expect(readFile(historyFile).history).toEqual(before.history);
    expect(store.history().length).toBeGreaterThan(0);
    const session = openSession(store, (store.engineSnapshot as { lastAt: number }).lastAt + MIN);
    expect(session.notice).toMatch(/adjusted.*at most 48 ranges/);

    // Shown once: acknowledged, it is gone on the next start, and the clamped ranges stay.
    store.acknowledgeRecovery();
    const reopened = open();
    expect(reopened.recovery).toBeNull();
    expect((reopened.settings.workingHours as Record<string, string[][]>).mon).toHaveLength(48);
  });

  it('the ranges step is pure and a no-op within the bound', () => {
    const data = { settings: { workingHours: { mon: [['09:00', '17:00']] } } };
    expect(clampWorkingHoursRanges(data)).toBe(data);
    expect(clampWorkingHoursRanges({ settings: { workingHours: false } })).toEqual({
      settings: { workingHours: false },
    });
  });

  it('the step is pure and a no-op on 3.0.0 data', () => {
    const current = { settings: defaultSettings(), engine: { v: 1 }, history: {} };
    expect(migrateToOneSettings(current)).toBe(current);
    expect(migrateToOneSettings({ engine: null })).toEqual({ engine: null });
  });
});

describe('a snapshot that fails validation', () => {
  it('still gives today’s counts back from the running totals, and adds what comes after', () => {
    fs.copyFileSync(path.join(FIXTURES, 'v2-config.json'), file);
    const raw = readFile();
    const engine = raw.engine as Record<string, unknown>;
    const lastAt = engine.lastAt as number;
    // A damaged snapshot that the store's JSON schema accepts (an object) but the engine refuses.
    fs.writeFileSync(file, JSON.stringify({ ...raw, engine: { ...engine, mode: 'sideways' } }));

    const store = open();
    expect(store.recovery).toBeNull();
    const now = lastAt + 5 * MIN;
    const session = openSession(store, now);
    expect(session.restoreProblem).toMatch(/mode/);
    const today = session.state(now).today;
    expect(today).toMatchObject({
      date: '2026-03-11',
      breaksTaken: 2,
      sittingSeconds: 4200,
      movingSeconds: 260,
    });

    // Two more breaks on the fresh engine: added to the recovered ones, and the goal (4) is met.
    let t = now;
    for (let i = 0; i < 2; i++) {
      session.observe({ type: 'input', at: t, to: t + 10 * MIN });
      t += 10 * MIN;
      session.startBreak(t);
      t += 2 * MIN + 10_000;
      session.endBreak(t, true);
    }
    const after = session.state(t).today;
    expect(after.breaksTaken).toBe(4);
    expect(after.goalMet).toBe(true);
    expect(after.sittingSeconds).toBeGreaterThanOrEqual(4200 + 20 * 60);

    // Saved and restored again (now from a good snapshot), the sum is still what the store holds.
    const save = session.takeSave(t);
    store.saveEngine(save.snapshot, save.settled, save.recent);
    expect(store.recentDays().find((d) => d.date === '2026-03-11')?.breaksTaken).toBe(4);

    // The next day settles the recovered day once, with the sum, into the history.
    const tomorrow = new Date(2026, 2, 12, 9, 0).getTime();
    session.observe({ type: 'input', at: tomorrow, to: tomorrow + 10 * MIN });
    const next = session.takeSave(tomorrow + 10 * MIN);
    expect(next.settled.filter((d) => d.date === '2026-03-11')).toHaveLength(1);
    expect(next.settled.find((d) => d.date === '2026-03-11')).toMatchObject({
      breaksTaken: 4,
      goalMet: true,
    });
    expect(next.recent.map((d) => d.date)).toEqual(['2026-03-12']);
  });
});

describe('format 3.0.0 (settled history inside config.json)', () => {
  const V3 = path.join(FIXTURES, 'v3-config.json');
  beforeEach(() => {
    fs.copyFileSync(V3, file);
  });

  it('migrates to 4.0.0: history and rules move to history.json, config.json keeps the rest', () => {
    const before = readFile();
    expect(before.__internal__).toEqual({ migrations: { version: '3.0.0' } });
    const store = open();
    expect(store.recovery).toBeNull();
    expect(store.persistent).toBe(true);
    const after = readFile();
    expect(after.__internal__).toEqual({ migrations: { version: '4.0.0' } });
    expect(after).not.toHaveProperty('history');
    expect(after).not.toHaveProperty('rules');
    for (const key of ['settings', 'engine', 'recent', 'onboarded', 'recovery'])
      expect(after[key]).toEqual(before[key]);
    expect(after.savedAt).toBeNull();
    const moved = readFile(historyFile);
    expect(moved).toEqual({
      history: before.history,
      rules: before.rules,
      __internal__: { migrations: { version: '4.0.0' } },
    });
    // Each day is still one short line.
    expect(fs.readFileSync(historyFile, 'utf8')).toContain(
      '\t\t"2026-03-09": [24750,720,3675,9,6,1,1,2,1,3,3510,1,0]',
    );
    expect(store.history().map((d) => [d.date, d.breaksTaken, d.goalMet])).toEqual([
      ['2026-03-06', 4, true],
      ['2026-03-09', 6, true],
      ['2026-03-10', 5, true],
    ]);
    expect(store.rules()).toMatchObject({
      '2026-03-09': { dailyGoalBreaks: 4, restDayBelowMinutes: 60, graceDaysPerWeek: 1 },
      '2026-03-10': { dailyGoalBreaks: 3, restDayBelowMinutes: 90, graceDaysPerWeek: 0 },
    });
    expect(store.firstRun).toBe(false);

    // The session restores the snapshot and sees every day once.
    const now = (store.engineSnapshot as { lastAt: number }).lastAt + MIN;
    const session = openSession(store, now);
    expect(session.restoreProblem).toBeNull();
    const state = session.state(now);
    expect(state.today).toMatchObject({ date: '2026-03-11', breaksTaken: 2 });
    expect(state.lifetime.breaksTaken).toBe(4 + 6 + 5 + 2);
    expect(session.history(now, 6).kinds).toMatchObject({
      '2026-03-09': 'goal',
      '2026-03-10': 'goal',
    });
  });

  it('a crash in the middle of the migration (history.json written, config.json still 3.0.0) migrates again to the same files', () => {
    open();
    const config = fs.readFileSync(file, 'utf8');
    const history = fs.readFileSync(historyFile, 'utf8');
    // As if the app died after the history file's write: the 3.0.0 file is still there.
    fs.copyFileSync(V3, file);
    const store = open();
    expect(store.recovery).toBeNull();
    expect(fs.readFileSync(file, 'utf8')).toBe(config);
    expect(fs.readFileSync(historyFile, 'utf8')).toBe(history);
    expect(store.history()).toHaveLength(3);
  });

  it('a history file that cannot be written leaves the 3.0.0 file as it was (not moved aside), and says so', () => {
    const v3 = readFile();
    const failing: StoreFactory = (options) => {
      const backend = createConfStore(options);
      if (options.name !== 'history') return backend;
      return {
        get path() {
          return backend.path;
        },
        get store() {
          return backend.store;
        },
        set() {
          throw new Error('EACCES: permission denied');
        },
      };
    };
    const store = openAppStore({ createStore: failing, cwd: dir });
    expect(store.persistent).toBe(false);
    expect(store.recovery?.reason).toMatch(/nothing is saved this session/);
    expect(fs.readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toEqual([]);
    const after = readFile();
    expect(after.__internal__).toEqual({ migrations: { version: '3.0.0' } });
    expect(after.history).toEqual(v3.history);
    // Next time the disk lets it, the migration runs.
    const healthy = open();
    expect(healthy.history()).toHaveLength(3);
    expect(readFile()).not.toHaveProperty('history');
  });

  it('an older 1.0.0 file still migrates all the way to 4.0.0', () => {
    fs.copyFileSync(path.join(FIXTURES, 'v1-config.json'), file);
    const store = open();
    expect(store.recovery).toBeNull();
    expect(readFile().__internal__).toEqual({ migrations: { version: '4.0.0' } });
    expect(readFile()).not.toHaveProperty('history');
    expect(Object.keys(readFile(historyFile).history as object)).toHaveLength(7);
    expect(store.history()).toHaveLength(7);
  });
});

describe('a crash between the two files’ writes', () => {
  it('neither loses nor counts twice the day that settled: history.json was written, config.json was not', () => {
    const store = open();
    const day1 = new Date(2026, 2, 10, 9, 0).getTime();
    const session = openSession(store, day1);
    session.start(day1);
    let t = day1;
    for (let i = 0; i < 3; i++) {
      session.observe({ type: 'input', at: t, to: t + 30 * MIN });
      t += 30 * MIN;
      session.startBreak(t);
      t += 2 * MIN + 10_000;
      session.endBreak(t, true);
    }
    const evening = session.takeSave(t);
    store.saveEngine(evening.snapshot, evening.settled, evening.recent, evening.rules, t);
    const eveningConfig = fs.readFileSync(file);

    // The next morning the day settles: history.json first, then config.json.
    const day2 = new Date(2026, 2, 11, 9, 0).getTime();
    session.observe({ type: 'input', at: day2, to: day2 + 10 * MIN });
    const now = day2 + 10 * MIN;
    const expected = session.state(now);
    const morning = session.takeSave(now);
    expect(morning.settled.map((d) => d.date)).toEqual(['2026-03-10']);
    store.saveEngine(morning.snapshot, morning.settled, morning.recent, morning.rules, now);
    const settledHistory = fs.readFileSync(historyFile, 'utf8');

    // The power failed before config.json's write: the evening's snapshot (still holding 03-10).
    fs.writeFileSync(file, eveningConfig);
    fs.utimesSync(file, t / 1000, t / 1000);
    const reopened = open();
    expect(reopened.history().map((d) => d.date)).toEqual(['2026-03-10']);
    const restarted = openSession(reopened, now);
    expect(restarted.restoreProblem).toBeNull();
    restarted.start(now);
    const state = restarted.state(now);
    expect(state.lifetime).toEqual(expected.lifetime);
    expect(state.streak).toEqual(expected.streak);
    const days = restarted.history(now, 2).days;
    expect(days.map((d) => [d.date, d.breaksTaken])).toEqual([
      ['2026-03-10', 3],
      ['2026-03-11', 0],
    ]);
    // The old snapshot settles 03-10 again: the history's record stands, nothing is written twice.
    const again = restarted.takeSave(now);
    expect(again.settled).toEqual([]);
    reopened.saveEngine(again.snapshot, again.settled, again.recent, again.rules, now);
    expect(fs.readFileSync(historyFile, 'utf8')).toBe(settledHistory);
    expect(restarted.state(now).lifetime).toEqual(expected.lifetime);
  });
});
