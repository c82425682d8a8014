// The app store against real files through conf (electron-store's core): write, reopen, migrate, corrupt, recover.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDay, lifetimeTotals } from '../../electron/core/stats.ts';
import {
  applySettingsPatch,
  defaultSettings,
  SettingsError,
} from '../../electron/core/settings.ts';
import type { DayStats } from '../../electron/core/types.ts';
import {
  historyBackendOptions,
  openAppStore,
  type AppStore,
  storeBackendOptions,
  type OpenAppStoreOptions,
  type StoreFactory,
} from '../../electron/main/store/app-store.ts';
import { createConfStore } from '../../electron/main/store/conf-factory.ts';
import { migrateLegacyData } from '../../electron/main/store/migrations.ts';
import { serializeStore } from '../../electron/main/store/store-format.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/store');
const AT = Date.parse('2026-11-24T21:30:00.123Z');

let dir: string;
let file: string;
let historyFile: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-store-'));
  file = path.join(dir, 'config.json');
  historyFile = path.join(dir, 'history.json');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function open(extra: Partial<OpenAppStoreOptions> = {}) {
  return openAppStore({ createStore: createConfStore, cwd: dir, now: () => AT, ...extra });
}

function readFile(at = file): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(at, 'utf8')) as Record<string, unknown>;
}

function backups(): string[] {
  return fs.readdirSync(dir).filter((name) => name.includes('.corrupt-'));
}

/** A settings patch as the session applies it (validated, throwing SettingsError), then stored. */
function update(store: AppStore, patch: unknown): void {
  store.saveSettings(applySettingsPatch(store.settings, patch));
}

/** Totals over every stored day, settled and running. */
function lifetime(store: AppStore) {
  const days = [...store.history(), ...store.recentDays()];
  const goalDays = days.filter((d) => d.goalMet).length;
  return { days: days.length, firstDate: days[0]?.date, goalDays, ...lifetimeTotals(days) };
}

function day(date: string, overrides: Partial<DayStats> = {}): DayStats {
  return {
    ...emptyDay(date),
    sittingSeconds: 21000,
    movingSeconds: 600,
    awaySeconds: 3600,
    breaksPrompted: 9,
    breaksTaken: 5,
    breaksPartial: 1,
    breaksSkipped: 1,
    breaksSnoozed: 2,
    breaksMissed: 2,
    naturalBreaks: 3,
    longestSitSeconds: 2700,
    callSeconds: 1800,
    goalMet: true,
    ...overrides,
  };
}

describe('a fresh store', () => {
  it('starts with default settings, first run, no notice, and writes the full current shape', () => {
    const store = open();
    expect(store.path).toBe(file);
    expect(store.persistent).toBe(true);
    expect(store.settings).toEqual(defaultSettings());
    expect(store.firstRun).toBe(true);
    expect(store.recovery).toBeNull();
    expect(store.engineSnapshot).toBeNull();
    expect(store.history()).toEqual([]);
    expect(store.historyPath).toBe(historyFile);
    const onDisk = readFile();
    expect(Object.keys(onDisk).sort()).toEqual(
      ['__internal__', 'engine', 'onboarded', 'recent', 'recovery', 'savedAt', 'settings'].sort(),
    );
    expect(onDisk.__internal__).toEqual({ migrations: { version: '4.0.0' } });
    expect(onDisk.settings).toEqual(defaultSettings());
    expect(readFile(historyFile)).toEqual({
      history: {},
      rules: {},
      __internal__: { migrations: { version: '4.0.0' } },
    });
  });
});

describe('write and reopen', () => {
  it('keeps settings, the engine snapshot, history, running days and onboarding across a reopen', () => {
    const first = open();
    update(first, {
      breakIntervalMinutes: 25,
      workingHours: true,
      equipment: { band: true },
    });
    const snapshot = {
      v: 1,
      lastAt: AT,
      days: { '2026-11-24': { sittingMs: 1234.5 } },
      label: '[ 1, 2 ]',
    };
    first.saveEngine(
      snapshot,
      [day('2026-11-22'), day('2026-11-23', { goalMet: false, breaksTaken: 2 })],
      [day('2026-11-24', { sittingSeconds: 7200.4 })],
    );
    first.completeOnboarding();

    const second = open();
    expect(second.settings.breakIntervalMinutes).toBe(25);
    expect(second.settings.workingHours).toEqual({
      mon: [['09:00', '17:30']],
      tue: [['09:00', '17:30']],
      wed: [['09:00', '17:30']],
      thu: [['09:00', '17:30']],
      fri: [['09:00', '17:30']],
    });
    expect(second.settings.equipment).toEqual({ band: true });
    expect(second.engineSnapshot).toEqual(snapshot);
    expect(second.history()).toEqual([
      day('2026-11-22'),
      day('2026-11-23', { goalMet: false, breaksTaken: 2 }),
    ]);
    // Whole seconds on disk.
    expect(second.recentDays()).toEqual([day('2026-11-24', { sittingSeconds: 7200 })]);
    expect(second.firstRun).toBe(false);
    expect(second.recovery).toBeNull();
    expect(backups()).toEqual([]);
  });

  it('writes one short line per day', () => {
    const store = open();
    store.saveEngine({ v: 1 }, [day('2026-11-22')]);
    const text = fs.readFileSync(historyFile, 'utf8');
    // callSeconds is appended after goalMet, so records written before it existed keep their meaning.
    expect(text).toContain('\t\t"2026-11-22": [21000,600,3600,9,5,1,1,2,2,3,2700,1,1800]');
  });

  it('reads a twelve-field day record written before callSeconds existed as 0 call seconds', () => {
    open().saveEngine({ v: 1 }, [day('2026-11-22')]);
    const text = fs.readFileSync(historyFile, 'utf8');
    fs.writeFileSync(historyFile, text.replace('2700,1,1800]', '2700,1]'));
    expect(open().history()).toEqual([day('2026-11-22', { callSeconds: 0 })]);
  });

  it('hands out copies, so a caller cannot change the store behind its back', () => {
    const store = open();
    const settings = store.settings;
    settings.equipment.band = true;
    expect(store.settings.equipment.band).toBe(false);
    store.saveEngine({ v: 1, nested: { n: 1 } }, []);
    (store.engineSnapshot as { nested: { n: number } }).nested.n = 2;
    expect(store.engineSnapshot).toEqual({ v: 1, nested: { n: 1 } });
  });
});

describe('settings validation', () => {
  it('rejects an out-of-bounds value naming the key and its bounds, and changes nothing', () => {
    const store = open();
    update(store, { snoozeMinutes: 7 });
    const before = fs.readFileSync(file, 'utf8');
    let error: unknown;
    try {
      update(store, { snoozeMinutes: 3, breakIntervalMinutes: 500 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).message).toMatch(/breakIntervalMinutes/);
    expect((error as SettingsError).message).toMatch(/10 to 120/);
    expect((error as SettingsError).issues.map((i) => i.key)).toEqual(['breakIntervalMinutes']);
    // The valid key in the same patch was not applied either.
    expect(store.settings.snoozeMinutes).toBe(7);
    expect(store.settings.breakIntervalMinutes).toBe(30);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('writes nothing for settings equal to the stored ones', () => {
    const store = open();
    update(store, { snoozeMinutes: 7 });
    const before = fs.statSync(file).mtimeMs;
    fs.utimesSync(file, 1, 1);
    update(store, { snoozeMinutes: 7 });
    expect(fs.statSync(file).mtimeMs).toBe(1000);
    expect(before).toBeGreaterThan(1000);
    expect(open().settings.snoozeMinutes).toBe(7);
  });

  it('rejects wrong types and unknown keys', () => {
    const store = open();
    expect(() => update(store, { sound: 'yes' })).toThrow(/sound must be true or false/);
    expect(() => update(store, { breakIntervalMinute: 20 })).toThrow(
      /breakIntervalMinute is not a setting/,
    );
    expect(() => update(store, null)).toThrow(SettingsError);
    expect(store.settings).toEqual(defaultSettings());
  });
});

describe('the running snapshot', () => {
  it('is written only when it changed, with savedAt and the file time set to the save', () => {
    const store = open();
    store.saveEngine({ v: 1, lastAt: 5 }, [], [day('2026-11-24')], {}, AT);
    const text = fs.readFileSync(file, 'utf8');
    expect(readFile().savedAt).toBe(AT);
    expect(Math.floor(fs.statSync(file).mtimeMs)).toBe(AT);
    // The same snapshot and running days again, later: nothing is written, not even savedAt.
    store.saveEngine({ v: 1, lastAt: 5 }, [], [day('2026-11-24')], {}, AT + 300_000);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(Math.floor(fs.statSync(file).mtimeMs)).toBe(AT);
    expect(fs.existsSync(historyFile) && readFile(historyFile).history).toEqual({});
    store.saveEngine({ v: 1, lastAt: 6 }, [], undefined, {}, AT + 600_000);
    expect(readFile()).toMatchObject({ engine: { lastAt: 6 }, savedAt: AT + 600_000 });
  });

  it('takes a heartbeat as the file time only, and reads it back after a restart', () => {
    const store = open();
    store.saveEngine({ v: 1 }, [], [], {}, AT);
    const text = fs.readFileSync(file, 'utf8');
    expect(open().heartbeatAt).toBeNull();
    store.heartbeat(AT + 90_000);
    // An older instant than the last mark changes nothing.
    store.heartbeat(AT + 30_000);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(open().heartbeatAt).toBe(AT + 90_000);
    // The next write supersedes it.
    store.saveEngine({ v: 2 }, [], [], {}, AT + 120_000);
    expect(open().heartbeatAt).toBeNull();
  });
});

describe('history', () => {
  it('merges settled days: a new date is added, the same date is replaced, date order is kept', () => {
    const store = open();
    store.saveEngine({ v: 1 }, [day('2026-03-09'), day('2026-03-11')]);
    // A late day before the last stored one, and a replacement of an existing date.
    store.saveEngine({ v: 1 }, [
      day('2026-03-10', { breaksTaken: 1 }),
      day('2026-03-11', { breaksTaken: 7 }),
    ]);
    store.saveEngine({ v: 1 }, [day('2026-03-12')]);
    const expected = [
      day('2026-03-09'),
      day('2026-03-10', { breaksTaken: 1 }),
      day('2026-03-11', { breaksTaken: 7 }),
      day('2026-03-12'),
    ];
    expect(store.history()).toEqual(expected);
    expect(open().history()).toEqual(expected);
    expect(Object.keys(readFile(historyFile).history as object)).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
    ]);
  });

  it('drops a running day once it settles, so nothing counts twice', () => {
    const store = open();
    store.saveEngine({ v: 1 }, [], [day('2026-03-09', { breaksTaken: 2 }), day('2026-03-10')]);
    store.saveEngine({ v: 1 }, [day('2026-03-09', { breaksTaken: 3 })]);
    expect(store.recentDays().map((d) => d.date)).toEqual(['2026-03-10']);
    expect(lifetime(store)).toMatchObject({ days: 2, breaksTaken: 8, firstDate: '2026-03-09' });
    expect(
      open()
        .recentDays()
        .map((d) => d.date),
    ).toEqual(['2026-03-10']);
  });

  it('rejects a bad day naming the date and field, and writes nothing', () => {
    const store = open();
    store.saveEngine({ v: 1 }, [day('2026-03-09')]);
    const before = fs.readFileSync(file, 'utf8');
    const historyBefore = fs.readFileSync(historyFile, 'utf8');
    expect(() =>
      store.saveEngine({ v: 2 }, [day('2026-03-10'), day('2026-03-11', { awaySeconds: -5 })]),
    ).toThrow(/2026-03-11: awaySeconds must be a finite number of at least 0/);
    expect(() => store.saveEngine({ v: 2 }, [day('2026-02-30')])).toThrow(/calendar date/);
    expect(() => store.saveEngine('state', [])).toThrow(/snapshot must be a JSON object/);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(fs.readFileSync(historyFile, 'utf8')).toBe(historyBefore);
    expect(store.history()).toEqual([day('2026-03-09')]);
    expect(store.engineSnapshot).toEqual({ v: 1 });
  });
});

describe('migration from format 1.0.0', () => {
  beforeEach(() => {
    fs.copyFileSync(path.join(FIXTURES, 'v1-config.json'), file);
  });

  it('loads the v1 fixture without losing settings or history', () => {
    const store = open();
    expect(store.recovery).toBeNull();
    expect(backups()).toEqual([]);
    expect(store.settings).toEqual({
      ...defaultSettings(),
      breakIntervalMinutes: 25,
      breakDurationSeconds: 150,
      awayAfterSeconds: 240,
      snoozeMinutes: 10,
      maxSnoozes: 3,
      autoOpen: false,
      autoOpenSeconds: 90,
      dailyGoalBreaks: 6,
      sound: false,
      theme: 'dark',
      launchAtLogin: false,
      equipment: { band: true },
      workingHours: {
        mon: [['08:30', '17:00']],
        tue: [['08:30', '17:00']],
        wed: [['08:30', '17:00']],
        thu: [['08:30', '17:00']],
        fri: [['08:30', '17:00']],
      },
    });
    expect(store.firstRun).toBe(false);
    // The old engine state cannot be restored; the engine starts afresh.
    expect(store.engineSnapshot).toBeNull();
    const history = store.history();
    expect(history.map((d) => d.date)).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-16',
    ]);
    expect(history[0]).toEqual({
      date: '2026-03-09',
      sittingSeconds: 24750,
      movingSeconds: 720,
      awaySeconds: 3675,
      breaksPrompted: 9,
      breaksTaken: 6,
      breaksPartial: 1,
      breaksSkipped: 1,
      breaksSnoozed: 2,
      breaksMissed: 1,
      naturalBreaks: 3,
      longestSitSeconds: 3510,
      callSeconds: 0,
      goalMet: true,
    });
    expect(history[3]).toMatchObject({
      sittingSeconds: 21912,
      awaySeconds: 5328,
      longestSitSeconds: 2394,
    });
    expect(lifetime(store)).toMatchObject({ days: 7, breaksTaken: 33, goalDays: 4 });
  });

  it('rewrites the file in the current format once, and reopening changes nothing', () => {
    open();
    const migrated = readFile();
    expect(migrated.__internal__).toEqual({ migrations: { version: '4.0.0' } });
    expect(migrated).not.toHaveProperty('intervalMinutes');
    expect(migrated).not.toHaveProperty('lastState');
    // All the way to 4.0.0: the history lives in history.json.
    expect(migrated).not.toHaveProperty('history');
    expect(Object.keys(readFile(historyFile).history as object)).toHaveLength(7);
    const text = fs.readFileSync(file, 'utf8');
    const historyText = fs.readFileSync(historyFile, 'utf8');
    const again = open();
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(fs.readFileSync(historyFile, 'utf8')).toBe(historyText);
    expect(again.history()).toHaveLength(7);
  });

  it('clamps old values that lie outside today’s bounds instead of discarding the store', () => {
    const legacy = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(
      file,
      JSON.stringify({ ...legacy, intervalMinutes: 5, idleThresholdSeconds: 45.5, dailyGoal: 40 }),
    );
    const store = open();
    expect(store.recovery).toBeNull();
    expect(store.settings).toMatchObject({
      breakIntervalMinutes: 10,
      awayAfterSeconds: 60,
      dailyGoalBreaks: 30,
    });
  });

  it('moves a legacy file aside if it cannot be converted', () => {
    const legacy = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const broken = JSON.stringify({ ...legacy, history: [{ sittingMinutes: 3 }] });
    fs.writeFileSync(file, broken);
    const store = open();
    expect(store.recovery?.backupPath).toBe(
      path.join(dir, 'config.corrupt-2026-11-24T21-30-00Z.json'),
    );
    expect(fs.readFileSync(store.recovery!.backupPath!, 'utf8')).toBe(broken);
    expect(store.history()).toEqual([]);
  });

  it('is a no-op on data already in the current layout', () => {
    const current = { settings: { sound: false }, history: {}, engine: null, onboarded: true };
    expect(migrateLegacyData(current)).toBe(current);
  });
});

describe('recovery from a corrupt or invalid file', () => {
  const BACKUP = 'config.corrupt-2026-11-24T21-30-00Z.json';

  function expectRecovered(content: string, reason: RegExp, history: DayStats[] = []) {
    fs.writeFileSync(file, content);
    const store = open();
    expect(store.recovery).toEqual({
      backupPath: path.join(dir, BACKUP),
      reason: expect.stringMatching(reason),
    });
    // The bad content is kept byte for byte; the new file is a fresh store.
    expect(fs.readFileSync(path.join(dir, BACKUP), 'utf8')).toBe(content);
    expect(store.settings).toEqual(defaultSettings());
    expect(store.history()).toEqual(history);
    expect(store.firstRun).toBe(true);
    expect(readFile().settings).toEqual(defaultSettings());
    return store;
  }

  it('recovers from invalid JSON, and shows the notice until it is acknowledged', () => {
    const store = expectRecovered('{"settings": {"sound": fal', /not valid JSON/);
    // Still there after a restart before the user saw it.
    expect(open().recovery?.backupPath).toBe(path.join(dir, BACKUP));
    store.acknowledgeRecovery();
    expect(store.recovery).toBeNull();
    expect(open().recovery).toBeNull();
    expect(backups()).toEqual([BACKUP]);
  });

  it('recovers from an empty file (a write cut short outside conf)', () => {
    expectRecovered('', /empty/);
  });

  it('recovers from JSON that is not an object', () => {
    expectRecovered('[1, 2, 3]', /not hold a JSON object/);
  });

  it('recovers from wrong types (schema-invalid)', () => {
    const content = JSON.stringify({ settings: { sound: 'yes' }, history: 'lots', engine: 4 });
    // The 4.0.0 step reads the history first (to move it to history.json) and names what it found.
    expectRecovered(content, /history must be an object of day records/);
  });

  it('recovers from a settings value out of bounds, naming the key and its bounds', () => {
    const content = serializeStore({
      settings: { ...defaultSettings(), breakIntervalMinutes: 500 },
      history: { '2026-03-09': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1] },
      __internal__: { migrations: { version: '3.0.0' } },
    });
    // The history was sound: the 4.0.0 step moved it to history.json before the settings were judged.
    expectRecovered(
      content,
      /breakIntervalMinutes must be a whole number of minutes from 10 to 120 \(got 500\)/,
      [
        {
          ...emptyDay('2026-03-09'),
          ...Object.fromEntries(
            [
              'sittingSeconds',
              'movingSeconds',
              'awaySeconds',
              'breaksPrompted',
              'breaksTaken',
              'breaksPartial',
              'breaksSkipped',
              'breaksSnoozed',
              'breaksMissed',
              'naturalBreaks',
              'longestSitSeconds',
            ].map((key, i) => [key, i + 1]),
          ),
          goalMet: true,
        } as DayStats,
      ],
    );
  });

  it('recovers from what only the core schema catches: a working-hours range ending before it starts', () => {
    // No recorded version either: conf stamps one into the file before the core schema objects, and
    // the backup must still hold the bytes as they were found.
    const content = JSON.stringify({ settings: { workingHours: { mon: [['17:00', '09:00']] } } });
    expectRecovered(content, /workingHours/);
  });

  it('moves aside a store that cannot be read at all', () => {
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'inside.txt'), 'kept');
    const store = open();
    expect(store.recovery).toEqual({
      backupPath: path.join(dir, BACKUP),
      reason: expect.stringMatching(/could not be read/),
    });
    expect(fs.readFileSync(path.join(dir, BACKUP, 'inside.txt'), 'utf8')).toBe('kept');
    expect(store.persistent).toBe(true);
    expect(readFile().settings).toEqual(defaultSettings());
  });

  it('recovers from a history record that is not a calendar date or is malformed', () => {
    expectRecovered(
      JSON.stringify({ history: { '2026-02-30': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] } }),
      /2026-02-30/,
    );
    fs.rmSync(path.join(dir, BACKUP));
    expectRecovered(JSON.stringify({ history: { '2026-02-03': [1, -2, 3] } }), /history/);
  });

  it('keeps every backup when the store is found corrupt twice in the same second', () => {
    fs.writeFileSync(file, 'first');
    open();
    fs.writeFileSync(file, 'second');
    const store = open();
    expect(store.recovery?.backupPath).toBe(
      path.join(dir, 'config.corrupt-2026-11-24T21-30-00Z-2.json'),
    );
    expect(fs.readFileSync(path.join(dir, BACKUP), 'utf8')).toBe('first');
    expect(fs.readFileSync(store.recovery!.backupPath!, 'utf8')).toBe('second');
  });

  it('ignores settings keys it does not know (a newer version wrote them) instead of discarding the store', () => {
    fs.writeFileSync(
      file,
      JSON.stringify({
        settings: { sound: false, futureKnob: 3 },
        history: {},
        __internal__: { migrations: { version: '3.0.0' } },
      }),
    );
    const store = open();
    expect(store.recovery).toBeNull();
    expect(store.settings.sound).toBe(false);
    expect(store.settings).not.toHaveProperty('futureKnob');
  });

  it('never throws when the directory is unusable: it runs on memory and says so', () => {
    const blocker = path.join(dir, 'not-a-directory');
    fs.writeFileSync(blocker, 'x');
    const store = openAppStore({ createStore: createConfStore, cwd: blocker, now: () => AT });
    expect(store.persistent).toBe(false);
    expect(store.recovery?.reason).toMatch(/nothing is saved this session/);
    update(store, { sound: false });
    store.saveEngine({ v: 1 }, [day('2026-03-09')]);
    expect(store.settings.sound).toBe(false);
    expect(store.history()).toHaveLength(1);
  });
});

describe('write failures', () => {
  it('are reported, not thrown, and the session keeps its state in memory', () => {
    const errors: Error[] = [];
    let failing = false;
    const flaky: StoreFactory = (options) => {
      const backend = createConfStore(options);
      return {
        get path() {
          return backend.path;
        },
        get store() {
          return backend.store;
        },
        set(values) {
          if (failing) throw new Error('ENOSPC: no space left on device');
          backend.set(values);
        },
      };
    };
    const store = open({ createStore: flaky, onWriteError: (error) => errors.push(error) });
    failing = true;
    store.saveEngine({ v: 1 }, [day('2026-03-09')]);
    update(store, { sound: false });
    expect(errors.map((e) => e.message)).toEqual([
      'ENOSPC: no space left on device',
      'ENOSPC: no space left on device',
    ]);
    expect(store.history()).toHaveLength(1);
    expect(store.settings.sound).toBe(false);
  });
});

describe('store options', () => {
  it('are the ones electron-store gets: schema, migrations, a format version and the compact serializer', () => {
    const options = storeBackendOptions(dir);
    expect(options).toMatchObject({
      cwd: dir,
      name: 'config',
      projectVersion: '4.0.0',
      clearInvalidConfig: false,
    });
    expect(Object.keys(options.migrations)).toEqual(['2.0.0', '3.0.0', '4.0.0']);
    expect(Object.keys(options.schema).sort()).toEqual(
      ['engine', 'onboarded', 'recent', 'recovery', 'savedAt', 'settings'].sort(),
    );
    const history = historyBackendOptions(dir);
    expect(history).toMatchObject({ cwd: dir, name: 'history', projectVersion: '4.0.0' });
    expect(Object.keys(history.migrations)).toEqual([]);
    expect(Object.keys(history.schema).sort()).toEqual(['history', 'rules']);
  });

  it('serialize keeps strings that look like number arrays untouched', () => {
    const value = {
      a: [1, 2.5, -3, 1e21],
      s: '[\n1,\n2\n]',
      t: '[ 1, 2 ]',
      nested: [[1, 2], ['x']],
    };
    const text = serializeStore(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('"a": [1,2.5,-3,1e+21]');
  });
});
