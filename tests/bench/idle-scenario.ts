/**
 * The idle-app benchmark's scenario driver: loads a BUILT main bundle (dist/main/main.cjs of this
 * checkout or of a baseline) in this Node process with Electron played by the shared fake
 * (tests/unit/main/helpers/fake-electron.ts) and main's `Date` and timers on a VirtualClock, as the
 * full-stack harness does, but without Chromium (windows are the fake's recording windows). It then
 * lives a three-year user's workday and counts what the app costs in each state: timer callbacks
 * that fire (wake-ups), the CPU each one takes up to the moment its work has settled, processes
 * spawned, bytes written and fsyncs, files written in the profile.
 *
 * It drives only what Electron and the OS offer the app (powerMonitor idle time and idle state,
 * suspend/resume, IPC calls a page or the tray would make, the desktop's do-not-disturb switch) and
 * the clock, never the app's internal modules, so it measures any build. The history is written as a
 * store file of format 3.0.0 (electron/main/store/FORMAT.md); later formats migrate from it.
 */
import childProcess from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import v8 from 'node:v8';
import { createFakeElectron, PROFILES } from '../unit/main/helpers/fake-electron.ts';
import { VirtualClock } from '../app/virtual-clock.ts';
import { realisticDays } from '../fixtures/store/realistic-days.ts';

export type StateName =
  | 'start-up'
  | 'at the desk'
  | 'in a meeting'
  | 'away (lunch)'
  | 'paused'
  | 'do-not-disturb hold'
  | 'locked'
  | 'asleep';

export interface StateFigures {
  /** Virtual minutes spent in the state. */
  minutes: number;
  wakeUps: number;
  /** CPU microseconds (user + system) of the wake-ups, each up to when its work settled. */
  cpuMicros: number;
  spawned: number;
  bytesWritten: number;
  bytesRead: number;
  fsyncs: number;
  /** Files written (closed after a write, or written whole) in the profile folder. */
  storeWrites: number;
  /** Programs started in this state, by name. */
  programs: Record<string, number>;
}

export interface ScenarioResult {
  states: Record<StateName, StateFigures>;
  /** Milliseconds to compile and run main.cjs's top level (its require), in this process. */
  requireMs: number;
  /** Milliseconds from app 'ready' to main listening for 'before-quit' (its start-up done). */
  startMs: number;
  /** Heap used after start-up minus before loading main (after a full GC each time), bytes. */
  heapBytes: number;
  /** What ran: each spawned program and how often. */
  programs: Record<string, number>;
  historyDays: number;
  logs: string[];
}

export interface ScenarioOptions {
  /** dist/main/main.cjs to load; build/ and node_modules must sit beside its dist/ (as packaged). */
  mainPath: string;
  /** Environment for main (the desktop session's DISPLAY and D-Bus address). */
  env?: Record<string, string | undefined>;
  /** Switches the desktop's do-not-disturb on or off (the bench: `dunstctl set-paused`). */
  setDoNotDisturb?: (on: boolean) => Promise<void>;
  /**
   * Locks or unlocks the desktop's screen locker (the bench: mate-screensaver, which announces it on
   * the session bus as a real one does); resolves once the locker says it is (un)locked. Without it
   * the lock is only what `getSystemIdleState` reports.
   */
  setLocked?: (on: boolean) => Promise<void>;
  /** Only the first `minutes` of the workday at the desk (the unit test's smoke run). */
  minutes?: number;
  /** Years of history in the store (default 3). */
  years?: number;
}

const DAY_FIELDS_3_0_0 = [
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
  'goalMet',
  'callSeconds',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** A store file of format 3.0.0 with `days` settled days before `today`, as a long-time user has. */
export function writeHistoryStore(userData: string, today: number, days: number): void {
  const first = new Date(today);
  first.setDate(first.getDate() - days);
  const history: Record<string, number[]> = {};
  for (const day of realisticDays(localDate(first.getTime()), days)) {
    const record = day as unknown as Record<string, number | boolean | string>;
    history[day.date] = DAY_FIELDS_3_0_0.map((field) => {
      const value = record[field];
      return typeof value === 'boolean' ? (value ? 1 : 0) : Math.round(Number(value ?? 0));
    });
  }
  const store = {
    settings: {},
    engine: null,
    history,
    recent: {},
    rules: { [localDate(first.getTime())]: [5, 60, 1] },
    onboarded: true,
    recovery: null,
    __internal__: { migrations: { version: '3.0.0' } },
  };
  fs.mkdirSync(userData, { recursive: true });
  fs.writeFileSync(path.join(userData, 'config.json'), JSON.stringify(store, null, '\t'));
}

const emptyFigures = (): StateFigures => ({
  minutes: 0,
  wakeUps: 0,
  cpuMicros: 0,
  spawned: 0,
  bytesWritten: 0,
  bytesRead: 0,
  fsyncs: 0,
  storeWrites: 0,
  programs: {},
});

type AnyFn = (...args: unknown[]) => unknown;

/** Wraps `obj[name]` (restored by the returned function). */
function wrap(obj: object, name: string, make: (original: AnyFn) => AnyFn): () => void {
  const target = obj as Record<string, AnyFn>;
  const original = target[name];
  if (typeof original !== 'function') return () => undefined;
  target[name] = make(original);
  return () => {
    target[name] = original;
  };
}

const byteLength = (data: unknown): number =>
  typeof data === 'string'
    ? Buffer.byteLength(data)
    : ArrayBuffer.isView(data)
      ? data.byteLength
      : 0;

/** A full GC, then the heap in use (V8 frees what it can first, so two runs compare). */
function heapUsed(): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export async function runIdleScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const states = Object.fromEntries(
    (
      [
        'start-up',
        'at the desk',
        'in a meeting',
        'away (lunch)',
        'paused',
        'do-not-disturb hold',
        'locked',
        'asleep',
      ] as StateName[]
    ).map((name) => [name, emptyFigures()]),
  ) as Record<StateName, StateFigures>;
  let state: StateName = 'start-up';
  const here = () => states[state];
  const programs: Record<string, number> = {};
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-idle-bench-'));
  const inProfile = (file: unknown) =>
    typeof file === 'string' &&
    path.resolve(file).startsWith(userData + path.sep) &&
    !path.resolve(file).includes(`${path.sep}compile-cache${path.sep}`);

  // A Monday, 07:55 local time; three years of history before it.
  const start = new Date(2026, 2, 9, 7, 55).getTime();
  const historyDays = Math.round((options.years ?? 3) * 365);
  writeHistoryStore(userData, start, historyDays);
  const source = fs.readFileSync(options.mainPath, 'utf8');

  // ---- Instruments: installed before main loads (stubborn-fs keeps the fs functions it sees). ----
  const restore: (() => void)[] = [];
  let inFs = 0;
  const writeFds = new Map<number, { file: string; wrote: boolean }>();
  const isWriteFlag = (flags: unknown) =>
    typeof flags === 'string'
      ? /[wa+]/.test(flags)
      : typeof flags === 'number' && (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0;
  const counted = (count: (args: unknown[], result: unknown) => void) => (original: AnyFn) =>
    function (this: unknown, ...args: unknown[]) {
      if (inFs > 0) return original.apply(this, args);
      inFs++;
      try {
        const result = original.apply(this, args);
        count(args, result);
        return result;
      } finally {
        inFs--;
      }
    };
  restore.push(
    wrap(
      fs,
      'openSync',
      counted((args, fd) => {
        if (typeof fd === 'number' && isWriteFlag(args[1]))
          writeFds.set(fd, { file: String(args[0]), wrote: false });
      }),
    ),
    wrap(
      fs,
      'writeSync',
      counted((args, written) => {
        here().bytesWritten += typeof written === 'number' ? written : byteLength(args[1]);
        const open = writeFds.get(args[0] as number);
        if (open) open.wrote = true;
      }),
    ),
    wrap(
      fs,
      'closeSync',
      counted((args) => {
        const open = writeFds.get(args[0] as number);
        writeFds.delete(args[0] as number);
        if (open?.wrote && inProfile(open.file)) here().storeWrites++;
      }),
    ),
    ...(['writeFileSync', 'appendFileSync'] as const).map((name) =>
      wrap(
        fs,
        name,
        counted((args) => {
          here().bytesWritten += byteLength(args[1]);
          if (inProfile(args[0])) here().storeWrites++;
        }),
      ),
    ),
    ...(['writeFile', 'appendFile'] as const).map((name) =>
      wrap(
        fs,
        name,
        counted((args) => {
          here().bytesWritten += byteLength(args[1]);
          if (inProfile(args[0])) here().storeWrites++;
        }),
      ),
    ),
    ...(['writeFile', 'appendFile'] as const).map((name) =>
      wrap(
        fs.promises,
        name,
        (original) =>
          function (this: unknown, ...args: unknown[]) {
            here().bytesWritten += byteLength(args[1]);
            if (inProfile(args[0])) here().storeWrites++;
            return original.apply(this, args);
          },
      ),
    ),
    wrap(
      fs,
      'write',
      counted((args) => void (here().bytesWritten += byteLength(args[1]))),
    ),
    ...(['fsyncSync', 'fsync', 'fdatasyncSync', 'fdatasync'] as const).map((name) =>
      wrap(
        fs,
        name,
        counted(() => void here().fsyncs++),
      ),
    ),
    wrap(
      fs,
      'readFileSync',
      counted((_args, result) => void (here().bytesRead += byteLength(result))),
    ),
  );
  // Every way to start a program; the bench's own helpers use their own imports, not these.
  /** Programs still running, with when they started (real time). */
  const children = new Map<object, number>();
  for (const name of [
    'spawn',
    'execFile',
    'exec',
    'fork',
    'spawnSync',
    'execFileSync',
    'execSync',
  ]) {
    restore.push(
      wrap(
        childProcess,
        name,
        (original) =>
          function (this: unknown, ...args: unknown[]) {
            const program = path.basename(String(args[0]).split(' ')[0] ?? '?');
            programs[program] = (programs[program] ?? 0) + 1;
            here().programs[program] = (here().programs[program] ?? 0) + 1;
            here().spawned++;
            const result = original.apply(this, args);
            const child = result as { once?: (e: string, f: () => void) => void } | undefined;
            if (child && typeof child.once === 'function') {
              children.set(child, Date.now());
              child.once('close', () => children.delete(child));
            }
            return result;
          },
      ),
    );
  }
  /** A program that runs longer than this is a watcher (`pactl subscribe`), not a question. */
  const LONG_LIVED_MS = 2000;
  const questionsRunning = () => {
    const now = Date.now();
    for (const started of children.values()) if (now - started < LONG_LIVED_MS) return true;
    return false;
  };

  // ---- The clock, with every timer callback counted and its CPU measured until it settled. ----
  const clock = new VirtualClock(start);
  const g = clock.globals;
  let openCpu: NodeJS.CpuUsage | null = null;
  const measured =
    (fn: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      here().wakeUps++;
      openCpu = process.cpuUsage();
      fn(...args);
    };
  const timers = {
    setTimeout: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      g.setTimeout(measured(fn), ms, ...args),
    setInterval: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      g.setInterval(measured(fn), ms, ...args),
  };
  /** Lets the work a callback started finish: promises, I/O, programs it ran (real time). */
  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
    while (questionsRunning()) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
    }
    if (openCpu) {
      const used = process.cpuUsage(openCpu);
      here().cpuMicros += used.user + used.system;
      openCpu = null;
    }
  };

  // ---- The user: input, lock state. ----
  let idle: (at: number) => number = () => 0;
  let locked = false;
  const fake = createFakeElectron({
    profile: PROFILES['linux-x11'],
    packaged: true,
    userData,
    idleSeconds: () => Math.max(0, Math.floor(idle(clock.now))),
    idleState: () => (locked ? 'locked' : 'active'),
  });
  const logs: string[] = [];
  const consoleForMain = {
    ...console,
    error: (...args: unknown[]) => void logs.push(args.map(String).join(' ')),
    log: (...args: unknown[]) => void logs.push(args.map(String).join(' ')),
    warn: (...args: unknown[]) => void logs.push(args.map(String).join(' ')),
  };

  const savedEnv = { ...process.env };
  const savedArgv = process.argv;
  let quit = false;
  try {
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    // ---- Start-up: main's require, then its start once the app is ready. ----
    const heapBefore = heapUsed();
    const realRequire = createRequire(options.mainPath);
    const requireForMain = (id: string) => (id === 'electron' ? fake.electron : realRequire(id));
    const module = { exports: {} };
    const loadStarted = performance.now();
    const run = vm.compileFunction(
      source,
      [
        'exports',
        'require',
        'module',
        '__filename',
        '__dirname',
        'Date',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'console',
      ],
      { filename: options.mainPath },
    );
    process.argv = ['/opt/Posture Break/posture-break'];
    run(
      module.exports,
      requireForMain,
      module,
      options.mainPath,
      path.dirname(options.mainPath),
      g.Date,
      timers.setTimeout,
      g.clearTimeout,
      timers.setInterval,
      g.clearInterval,
      consoleForMain,
    );
    process.argv = savedArgv;
    const requireMs = performance.now() - loadStarted;
    const readyAt = performance.now();
    fake.ready();
    const deadline = Date.now() + 20_000;
    while (fake.electron.app.listenerCount('before-quit') === 0) {
      if (Date.now() > deadline) throw new Error(`main did not start: ${logs.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const startMs = performance.now() - readyAt;
    await settle();
    const heapBytes = heapUsed() - heapBefore;

    // ---- The workday. ----
    const minutesIn = async (name: StateName, minutes: number, user: (at: number) => number) => {
      state = name;
      idle = user;
      here().minutes += minutes;
      // In one-minute steps, so real-time work (programs, D-Bus) keeps up with the clock.
      for (let m = 0; m < minutes; m++) await clock.advance(60_000, settle);
    };
    const since = (from: number) => (at: number) => (at - from) / 1000;
    /** Typing and mousing: the last input a few seconds ago. */
    const typing = (at: number) => (at / 1000) % 7;
    /** On a call: listening, a touch of the mouse now and then (gaps under awayAfterSeconds). */
    const listening = (at: number) => (at / 1000) % 150;
    const invoke = async (channel: string, arg?: unknown) => {
      try {
        await fake.invoke(channel, arg);
      } catch (error) {
        logs.push(`bench: ${channel} failed: ${(error as Error).message}`);
      }
      await settle();
    };
    /** At the desk for `minutes`, taking the two-minute break when the prompt comes (every ~30 min). */
    const desk = async (minutes: number, name: StateName = 'at the desk') => {
      for (let done = 0; done < minutes;) {
        const stretch = Math.min(31, minutes - done);
        await minutesIn(name, stretch, typing);
        done += stretch;
        if (stretch === 31 && done + 2 <= minutes) {
          await invoke('break:start');
          await minutesIn(name, 2, since(clock.now));
          await invoke('break:end', { completed: true });
          done += 2;
        }
      }
    };

    /**
     * The locker's announcement travels over the session bus in real time: waits (a few seconds at
     * most) until main has saved the change it makes, as every build saves on a lock or unlock.
     */
    const lockScreen = async (on: boolean) => {
      if (!options.setLocked) return;
      const writes = here().storeWrites;
      await options.setLocked(on);
      const until = Date.now() + 5_000;
      while (here().storeWrites === writes && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 10));
      if (here().storeWrites === writes)
        logs.push(`bench: main saved nothing on the ${on ? 'lock' : 'unlock'}`);
      await settle();
    };

    if (options.minutes !== undefined) {
      await minutesIn('at the desk', options.minutes, typing);
    } else {
      await minutesIn('at the desk', 5, typing); // 07:55
      await desk(120); // 08:00–10:00
      await invoke('meeting:set', { on: true, minutes: 60 });
      await minutesIn('in a meeting', 60, listening); // 10:00–11:00
      await desk(60); // 11:00–12:00
      await minutesIn('away (lunch)', 60, since(clock.now)); // 12:00–13:00
      await desk(60); // 13:00–14:00
      await invoke('reminders:pause', { minutes: 60 });
      await minutesIn('paused', 60, typing); // 14:00–15:00 (paused: sitting, no prompts)
      await options.setDoNotDisturb?.(true);
      await minutesIn('do-not-disturb hold', 45, typing); // 15:00–15:45: the prompt is held
      await options.setDoNotDisturb?.(false);
      await desk(75); // 15:45–17:00
      const leftAt = clock.now;
      state = 'locked';
      locked = true;
      await lockScreen(true);
      await minutesIn('locked', 30, since(leftAt)); // 17:00–17:30
      // Suspended until 07:30 the next morning: nothing runs while asleep.
      state = 'asleep';
      fake.power('suspend');
      await settle();
      clock.suspend(14 * 3_600_000);
      here().minutes += 14 * 60;
      fake.power('resume');
      await settle();
      await minutesIn('locked', 25, since(leftAt)); // 07:30–07:55, at the lock screen
      state = 'at the desk';
      locked = false;
      await lockScreen(false);
    }
    state = 'at the desk';
    fake.electron.app.quit();
    quit = true;
    await settle();
    return { states, requireMs, startMs, heapBytes, programs, historyDays, logs };
  } finally {
    if (!quit) fake.electron.app.quit();
    process.argv = savedArgv;
    for (const undo of restore.reverse()) undo();
    for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
    Object.assign(process.env, savedEnv);
    fs.rmSync(userData, { recursive: true, force: true });
  }
}
