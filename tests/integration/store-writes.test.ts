/**
 * Writes that carry news: the real controller, session, idle monitor and scheduler over the real store
 * files (conf in a temp dir) with a fake clock, through a workday of a user with three years of history.
 * Counts every store write and the bytes written; checks that nothing is rewritten unchanged (locked
 * nights), and that a crash loses no more than the heartbeat bound (SPEC 7).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppController, openSession } from '../../electron/main/app-controller.ts';
import { Translator } from '../../electron/core/i18n/translator.ts';
import { firstMoveName } from '../../electron/main/first-move.ts';
import { IdleMonitor, type IdleSource } from '../../electron/main/idle-monitor.ts';
import type { PromptAction, PromptNotifier } from '../../electron/main/notifier.ts';
import type { PowerEventKind } from '../../electron/main/power-events.ts';
import { WakeScheduler } from '../../electron/main/scheduler.ts';
import {
  openAppStore,
  type AppStore,
  type StoreFactory,
} from '../../electron/main/store/app-store.ts';
import { createConfStore } from '../../electron/main/store/conf-factory.ts';
import { realisticDays } from '../fixtures/store/realistic-days.ts';

const MIN = 60_000;
/** Monday 2029-03-12, 08:00 local; three years of history end the day before. */
const DAY0 = new Date(2029, 2, 12, 8, 0).getTime();

let dir: string;
/** Every write through the store's backends: which file, and the bytes it then held. */
let writes: { file: string; bytes: number }[];

const counting: StoreFactory = (options) => {
  const backend = createConfStore(options);
  return {
    get path() {
      return backend.path;
    },
    get store() {
      return backend.store;
    },
    set(values) {
      backend.set(values);
      writes.push({ file: path.basename(backend.path), bytes: fs.statSync(backend.path).size });
    },
  };
};

const openStore = (): AppStore => openAppStore({ createStore: counting, cwd: dir });

/**
 * Input every second or two while present (a poll sometimes reads 1 s idle, as with a real person,
 * so the monitor never takes the platform for one that reports 0 forever); idle since they left.
 */
class Desk implements IdleSource {
  present = true;
  leftAt = 0;
  getSystemIdleTime(): number {
    if (this.present) return Math.floor(Date.now() / 1000) % 7 === 0 ? 1 : 0;
    return Math.floor((Date.now() - this.leftAt) / 1000);
  }
  getSystemIdleState(): 'active' {
    return 'active';
  }
  leave(): void {
    this.present = false;
    this.leftAt = Date.now();
  }
}

/** Answers every prompt with Start (after `answerAfterMs`), and a guided break lasts 2 min 10 s. */
class Notifier implements PromptNotifier {
  readonly supportsActions = true;
  onAction: ((action: PromptAction) => void) | null = null;
  prompts = 0;
  showPrompt(_notice: unknown, onAction: (action: PromptAction) => void): void {
    this.prompts++;
    this.onAction = onAction;
  }
  withdraw(): void {
    this.onAction = null;
  }
}

function app(store: AppStore) {
  const session = openSession(store, Date.now());
  const desk = new Desk();
  const notifier = new Notifier();
  let controller: AppController | null = null;
  let breakOpen = false;
  const scheduler = new WakeScheduler({
    now: () => Date.now(),
    onWake: (at) => controller?.tick(at),
  });
  const idle = new IdleMonitor({
    source: desk,
    now: () => Date.now(),
    awayAfterSeconds: store.settings.awayAfterSeconds,
    onInput: (span) => controller?.input(span),
    onSupportChange: (supported) => controller?.setIdleSupported(supported),
    onPoll: (at) => controller?.poll(at),
  });
  const ctl = new AppController({
    session,
    store,
    now: () => Date.now(),
    notifier,
    dnd: { isActive: async () => false },
    tray: { update: () => undefined },
    windows: {
      openBreak: () => void (breakOpen = true),
      closeBreak: () => void (breakOpen = false),
      isBreakOpen: () => breakOpen,
      openMain: () => undefined,
      broadcast: () => undefined,
    },
    idle,
    schedule: (at) => scheduler.schedule(at),
    firstMove: (settings, today) => firstMoveName(new Translator('en'), settings, today),
  });
  controller = ctl;
  ctl.start();
  idle.start(Date.now());
  const pass = (ms: number) => vi.advanceTimersByTimeAsync(ms);
  const power = (kind: PowerEventKind) => ctl.power({ kind, at: Date.now() });
  /** Sits until `until`, taking every break prompted a minute after it comes. */
  const work = async (until: number) => {
    while (Date.now() < until) {
      await pass(Math.min(MIN, until - Date.now()));
      if (notifier.onAction) {
        notifier.onAction('start');
        await pass(2 * MIN + 10_000);
        ctl.endBreak(true);
      }
    }
  };
  /** The app dies (crash, power cut): timers stop, nothing more is saved. */
  const crash = () => {
    idle.stop();
    scheduler.schedule(null);
  };
  /** As main quits: the controller's last reading and save, then the monitor stops. */
  const quit = () => {
    ctl.stop();
    idle.stop();
  };
  return { ctl, desk, notifier, pass, power, work, crash, quit, idle };
}

const at = (day: number, hour: number, minute = 0) =>
  new Date(2029, 2, 12 + day, hour, minute).getTime();

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-writes-'));
  writes = [];
  vi.useFakeTimers({ now: DAY0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // Three years of settled history, as the previous run left them.
  const store = openAppStore({ createStore: createConfStore, cwd: dir });
  store.saveEngine(
    { v: 1 },
    realisticDays('2026-03-12', 3 * 365 + 1),
    [],
    {},
    DAY0 - 12 * 60 * MIN,
  );
});

afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a workday with three years of history', () => {
  it('costs at most 50 store writes and 1 MB written, history written once', async () => {
    const store = openStore();
    writes = [];
    const a = app(store);
    await a.work(at(0, 12));
    a.power('lock');
    await a.pass(45 * MIN);
    a.power('unlock');
    await a.work(at(0, 15));
    a.desk.leave();
    await a.pass(12 * MIN);
    a.desk.present = true;
    await a.work(at(0, 17, 30));
    a.power('suspend');
    vi.setSystemTime(at(1, 8));
    a.power('resume');
    await a.pass(MIN);
    const day = [...writes];
    const bytes = day.reduce((n, w) => n + w.bytes, 0);
    const history = day.filter((w) => w.file === 'history.json');
    console.info(
      `workday: ${a.notifier.prompts} prompts, ${day.length} store writes (${history.length} of history.json), ${(bytes / 1024).toFixed(1)} KiB written`,
    );
    expect(a.notifier.prompts).toBeGreaterThanOrEqual(12);
    expect(day.length).toBeLessThanOrEqual(50);
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    // The day settled once, the next morning; nothing else touches the history.
    expect(history).toHaveLength(1);
    a.quit();
  });

  it('writes nothing while locked all night: no safety save rewrites the same content', async () => {
    const a = app(openStore());
    await a.work(at(0, 9));
    a.power('lock');
    const locked = writes.length;
    const before = fs.readFileSync(path.join(dir, 'config.json'), 'utf8');
    await a.pass(10 * 60 * MIN);
    expect(writes.length).toBe(locked);
    expect(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).toBe(before);
    a.quit();
  });

  it('a crash at the desk loses at most a minute of sitting: the heartbeat is credited on start', async () => {
    const a = app(openStore());
    // The last save: the break at 08:30 ended at 08:32:10; then 40 min of work with no news.
    await a.work(at(0, 9, 12));
    const before = a.ctl.getState().today;
    const lastWrite = writes.length;
    await a.pass(30_000);
    a.crash();
    expect(writes.length).toBe(lastWrite);
    // Power back 20 minutes later.
    vi.setSystemTime(at(0, 9, 33));
    const store = openStore();
    expect(store.heartbeatAt).not.toBeNull();
    const b = app(store);
    const after = b.ctl.getState().today;
    expect(after.sittingSeconds).toBeGreaterThanOrEqual(before.sittingSeconds + 30 - 60);
    expect(after.sittingSeconds).toBeLessThanOrEqual(before.sittingSeconds + 30 + 1);
    expect(after.breaksTaken).toBe(before.breaksTaken);
    b.quit();
  });

  it('after a clean quit nothing is credited: the quit saved the snapshot', async () => {
    const a = app(openStore());
    await a.work(at(0, 9, 12));
    const before = a.ctl.getState().today;
    a.quit();
    vi.setSystemTime(at(0, 10));
    const store = openStore();
    expect(store.heartbeatAt).toBeNull();
    const after = app(store).ctl.getState().today;
    expect(after.sittingSeconds).toBeCloseTo(before.sittingSeconds, 0);
  });

  it('without the heartbeat the same crash would lose the sitting since the last save', async () => {
    const a = app(openStore());
    await a.work(at(0, 9, 12));
    const before = a.ctl.getState().today;
    a.crash();
    // A file system that lost the modification time (or a heartbeat never made).
    const file = path.join(dir, 'config.json');
    const savedAt = (JSON.parse(fs.readFileSync(file, 'utf8')) as { savedAt: number }).savedAt;
    fs.utimesSync(file, savedAt / 1000, savedAt / 1000);
    vi.setSystemTime(at(0, 9, 33));
    const store = openStore();
    expect(store.heartbeatAt).toBeNull();
    const after = app(store).ctl.getState().today;
    // The last save was the end of the 09:02 break, ten minutes before the crash.
    expect(before.sittingSeconds - after.sittingSeconds).toBeGreaterThan(5 * 60);
  });
});
