// Issue 9 items 10–11 and the BOM: a hostile store file never stops the app, and files never pile up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../electron/core/engine.ts';
import { emptyDay } from '../../electron/core/day-record.ts';
import { defaultSettings } from '../../electron/core/settings.ts';
import { localDateKey } from '../../electron/core/time.ts';
import { openSession } from '../../electron/main/app-controller.ts';
import {
  MAX_BACKUPS,
  MAX_FILE_BYTES,
  openAppStore,
  type OpenAppStoreOptions,
} from '../../electron/main/store/app-store.ts';
import { createConfStore } from '../../electron/main/store/conf-factory.ts';

// Many cases start the CLI or reopen the store: generous bounds for a loaded machine (not measurements).
vi.setConfig({ testTimeout: 60_000 });

const AT = Date.parse('2026-11-24T21:30:00.123Z');
let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-hostile-'));
  file = path.join(dir, 'config.json');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens the store the way main does. */
function open(extra: Partial<OpenAppStoreOptions> = {}) {
  return openAppStore({
    createStore: createConfStore,
    cwd: dir,
    now: () => AT,
    ...extra,
  });
}

const backups = () =>
  fs
    .readdirSync(dir)
    .filter((name) => name.includes('.corrupt-'))
    .sort();
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const validSnapshot = () => {
  const engine = Engine.start(defaultSettings(), AT);
  return engine.snapshot() as unknown as Record<string, unknown>;
};

/** What SPEC section 7 promises: a backup holding the bytes, a fresh start, one notice; and it works. */
function expectRecovered(bytes: string, reason: RegExp) {
  fs.writeFileSync(file, bytes);
  const store = open();
  expect(store.persistent).toBe(true);
  expect(store.recovery?.reason).toMatch(reason);
  expect(store.recovery!.reason.length).toBeLessThan(500);
  expect(fs.readFileSync(store.recovery!.backupPath!, 'utf8')).toBe(bytes);
  expect(store.engineSnapshot).toBeNull();
  expect(store.settings).toEqual(defaultSettings());
  store.saveSettings({ ...store.settings, sound: false });
  expect(open().settings.sound).toBe(false);
}

describe('10. a stored value that cannot be read, validated or restored', () => {
  it('a deeply nested engine value (valid JSON, passes the JSON schema) ends in the recovery', () => {
    const bytes = `{"settings": {}, "engine": {"v": 1, "deep": ${nested(20_000)}}}`;
    expectRecovered(bytes, /the file is nested deeper than 64 levels/);
  });

  // One path owns a snapshot Engine.restore refuses: the session (SPEC 7), which keeps history and
  // takes today's counts from `recent`. The file is not moved aside.
  const TODAY = localDateKey(AT);
  const held = { ...emptyDay(TODAY), sittingSeconds: 1800, breaksTaken: 3 };
  const past = { ...emptyDay('2026-11-20'), movingSeconds: 600, breaksTaken: 5 };
  function expectRestartedFromRecent(engine: unknown, problem: RegExp) {
    const seed = open();
    seed.saveEngine(validSnapshot(), [past], [held]);
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(file, JSON.stringify({ ...raw, engine }));
    const store = open();
    expect(store.recovery).toBeNull();
    expect(backups()).toEqual([]);
    const session = openSession(store, AT + 60_000);
    expect(session.restoreProblem).toMatch(problem);
    const state = session.state(AT + 60_000);
    expect(state.today.date).toBe(TODAY);
    expect(state.today.breaksTaken).toBe(3);
    expect(state.today.sittingSeconds).toBeGreaterThanOrEqual(1800);
    expect(session.history(AT, 30).days.find((d) => d.date === '2026-11-20')?.breaksTaken).toBe(5);
  }

  it('an engine snapshot nested 40 deep is refused by the session, not the store', () => {
    expectRestartedFromRecent({ v: 1, deep: JSON.parse(nested(40)) }, /Engine snapshot/);
  });

  it('an engine snapshot that Engine.restore refuses: history kept, today from `recent`', () => {
    expectRestartedFromRecent({ ...validSnapshot(), mode: 'dancing' }, /mode must be/);
  });

  it('a snapshot that restores opens normally', () => {
    fs.writeFileSync(file, JSON.stringify({ settings: {}, engine: validSnapshot() }));
    const store = open();
    expect(store.recovery).toBeNull();
    expect(store.engineSnapshot).toMatchObject({ v: 1, startedAt: AT });
  });

  it('a deeply nested recovery notice ends in the recovery', () => {
    expectRecovered(
      `{"recovery": {"backupPath": null, "reason": "x", "extra": ${nested(20_000)}}}`,
      /nested deeper/,
    );
  });

  it('a huge recovery notice with extra fields is cut to its two fields, and later saves still work', () => {
    const errors: Error[] = [];
    fs.writeFileSync(
      file,
      `{"settings": {}, "recovery": {"backupPath": null, "reason": "${'r'.repeat(100_000)}", "extra": ${nested(25)}}}`,
    );
    const store = open({ onWriteError: (error) => errors.push(error) });
    expect(Object.keys(store.recovery!)).toEqual(['backupPath', 'reason']);
    expect(store.recovery!.reason.length).toBeLessThanOrEqual(1000);
    store.saveSettings({ ...store.settings, sound: false });
    store.acknowledgeRecovery();
    expect(errors).toEqual([]);
    const reopened = open();
    expect(reopened.settings.sound).toBe(false);
    expect(reopened.recovery).toBeNull();
  });

  it('settings values nested deeper than a setting can be end in the recovery with a short reason', () => {
    expectRecovered(`{"settings": {"workingHours": {"mon": ${nested(20)}}}}`, /workingHours/);
  });
});

describe('a file larger than the app ever writes', () => {
  it('is moved aside unread, and a fresh store starts', () => {
    fs.writeFileSync(file, '{}');
    fs.truncateSync(file, MAX_FILE_BYTES + 1);
    const store = open();
    expect(store.persistent).toBe(true);
    expect(store.recovery?.reason).toMatch(/more than the 67108864 allowed/);
    expect(fs.statSync(store.recovery!.backupPath!).size).toBe(MAX_FILE_BYTES + 1);
    expect(fs.statSync(file).size).toBeLessThan(10_000);
  });
});

describe('11. files do not pile up', () => {
  it('stale config.json.tmp-* and history.json.tmp-* files left by killed saves are removed at start, nothing else', () => {
    const stale = Array.from(
      { length: 96 },
      (_, i) =>
        `${i % 2 ? 'history' : 'config'}.json.tmp-${String(1764538200 + i).padStart(10, '0')}${'a1b2c3'}`,
    );
    for (const name of stale) fs.writeFileSync(path.join(dir, name), '{"half": ');
    const keep = ['config.json.tmp-notours', 'window-state.json.tmp-1764538200a1b2c3', 'notes.txt'];
    for (const name of keep) fs.writeFileSync(path.join(dir, name), 'x');
    const store = open();
    expect(store.recovery).toBeNull();
    expect(fs.readdirSync(dir).sort()).toEqual(['config.json', 'history.json', ...keep].sort());
  });

  it('keeps at most MAX_BACKUPS backups, the newest ones, over many corruptions', () => {
    let now = AT;
    for (let i = 1; i <= 30; i++) {
      fs.writeFileSync(file, `corrupt ${i}`);
      now += 1000;
      const store = open({ now: () => now });
      expect(store.persistent).toBe(true);
      expect(fs.readFileSync(store.recovery!.backupPath!, 'utf8')).toBe(`corrupt ${i}`);
    }
    const kept = backups();
    expect(kept).toHaveLength(MAX_BACKUPS);
    const contents = kept.map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
    expect(contents).toEqual(Array.from({ length: MAX_BACKUPS }, (_, i) => `corrupt ${21 + i}`));
  }, 120_000);

  it('120 corruptions within one second: every start is persistent, the newest backups are kept', () => {
    for (let i = 1; i <= 120; i++) {
      fs.writeFileSync(file, `corrupt ${i}`);
      const store = open();
      expect(store.persistent, `start ${i}`).toBe(true);
      expect(fs.readFileSync(store.recovery!.backupPath!, 'utf8')).toBe(`corrupt ${i}`);
    }
    const kept = backups();
    expect(kept).toHaveLength(MAX_BACKUPS);
    expect(kept).toContain('config.corrupt-2026-11-24T21-30-00Z-120.json');
    expect(kept).not.toContain('config.corrupt-2026-11-24T21-30-00Z.json');
  }, 120_000);

  it('when the store cannot be started at all it runs on memory and tells the user', () => {
    fs.writeFileSync(file, 'corrupt');
    let calls = 0;
    const store = open({
      createStore: (options) => {
        if (++calls > 0) throw new Error(`EACCES: permission denied ${'p'.repeat(10_000)}`);
        return createConfStore(options);
      },
    });
    expect(store.persistent).toBe(false);
    expect(store.recovery?.reason).toMatch(/nothing is saved this session/);
    expect(store.recovery!.reason.length).toBeLessThan(1000);
  });
});

describe('a UTF-8 byte-order mark', () => {
  it('at the start of the store file is accepted', () => {
    fs.writeFileSync(file, `\uFEFF${JSON.stringify({ settings: { sound: false } })}`);
    const store = open();
    expect(store.recovery).toBeNull();
    expect(store.settings.sound).toBe(false);
  });
});

describe('a hostile history.json (the settled history’s own file)', () => {
  const historyFile = () => path.join(dir, 'history.json');

  /** The history file is moved aside byte for byte; the settings and snapshot in config.json stay. */
  function expectHistoryRecovered(bytes: string, reason: RegExp) {
    const first = open();
    first.saveSettings({ ...first.settings, breakIntervalMinutes: 40 });
    first.saveEngine(validSnapshot(), [], [{ ...emptyDay('2026-11-24'), breaksTaken: 2 }]);
    fs.writeFileSync(historyFile(), bytes);
    const store = open();
    expect(store.persistent).toBe(true);
    expect(store.recovery?.reason).toMatch(/^history\.json: /);
    expect(store.recovery?.reason).toMatch(reason);
    expect(store.recovery!.reason.length).toBeLessThan(500);
    expect(path.basename(store.recovery!.backupPath!)).toMatch(/^history\.corrupt-.*\.json$/);
    expect(fs.readFileSync(store.recovery!.backupPath!, 'utf8')).toBe(bytes);
    expect(store.history()).toEqual([]);
    expect(store.settings.breakIntervalMinutes).toBe(40);
    expect(store.recentDays()).toHaveLength(1);
    // The app starts on it, shows the notice once, and the fresh history file takes new days.
    const session = openSession(store, AT);
    expect(session.notice).toMatch(/could not be read/);
    store.saveEngine(validSnapshot(), [{ ...emptyDay('2026-11-23'), breaksTaken: 4 }]);
    const reopened = open();
    expect(reopened.history().map((d) => d.breaksTaken)).toEqual([4]);
    expect(reopened.recovery?.backupPath).toBe(store.recovery!.backupPath);
  }

  it('that is not JSON', () => {
    expectHistoryRecovered('{"history": {"2026-11-2', /not valid JSON/);
  });

  it('with a day that is not a calendar date', () => {
    expectHistoryRecovered(
      JSON.stringify({ history: { '2026-02-30': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] } }),
      /2026-02-30/,
    );
  });

  it('that fails the schema (a negative count)', () => {
    expectHistoryRecovered(
      JSON.stringify({ history: { '2026-02-03': [1, -2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0] } }),
      /schema|history/,
    );
  });

  it('nested far deeper than the app writes', () => {
    expectHistoryRecovered(`{"rules": ${nested(5000)}}`, /nested deeper/);
  });

  it('that is not an object', () => {
    expectHistoryRecovered('[]', /not hold a JSON object/);
  });

  it('both files corrupt at once: one notice naming both, both moved aside', () => {
    fs.writeFileSync(file, 'nope');
    fs.writeFileSync(historyFile(), 'nope either');
    const store = open();
    expect(store.recovery?.reason).toMatch(
      /not valid JSON; history\.json: the file is not valid JSON/,
    );
    expect(backups()).toEqual([
      'config.corrupt-2026-11-24T21-30-00Z.json',
      'history.corrupt-2026-11-24T21-30-00Z.json',
    ]);
    expect(store.persistent).toBe(true);
  });
});
