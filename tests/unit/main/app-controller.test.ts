/**
 * The controller wired to the real engine, the real store (conf in a temp dir), the real idle monitor
 * and scheduler, with fake OS services and a fake clock: prompts, auto-open, do-not-disturb, breaks,
 * sleep and lock, persistence.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppState, EventChannel, WindowView } from '../../../electron/core/ipc-contract.ts';
import {
  AppController,
  type ControllerDeps,
  FINISH_SCREEN_MS,
  openSession,
  type WindowsPort,
} from '../../../electron/main/app-controller.ts';
import { Engine } from '../../../electron/core/engine.ts';
import { CallMonitor } from '../../../electron/main/call-monitor.ts';
import { Translator } from '../../../electron/core/i18n/translator.ts';
import { firstMoveName } from '../../../electron/main/first-move.ts';
import { IdleMonitor, type IdleSource } from '../../../electron/main/idle-monitor.ts';
import type {
  PromptAction,
  PromptNotice,
  PromptNotifier,
} from '../../../electron/main/notifier.ts';
import type { PowerEventKind } from '../../../electron/main/power-events.ts';
import { WakeScheduler } from '../../../electron/main/scheduler.ts';
import { openAppStore, type AppStore } from '../../../electron/main/store/app-store.ts';
import { createConfStore } from '../../../electron/main/store/conf-factory.ts';
import { STORE_NAME } from '../../../electron/main/store/store-format.ts';
import { buildTrayModel } from '../../../electron/main/tray.ts';

const ENGLISH = new Translator('en');

const MIN = 60_000;
/** A Tuesday, 09:00 local time: far from midnight and from dayStartsAt. */
const T0 = new Date(2026, 2, 10, 9, 0, 0).getTime();

/**
 * The user at the desk: input every second or two while present (so a poll sometimes reads 1 s of
 * idle, as with a real person), idle since they left otherwise.
 */
class FakeDesk implements IdleSource {
  present = true;
  leftAt = T0;
  idleKnown = true;
  getSystemIdleTime(): number {
    if (!this.idleKnown) return 0;
    if (this.present) return Math.floor(Date.now() / 1000) % 7 === 0 ? 1 : 0;
    return Math.floor((Date.now() - this.leftAt) / 1000);
  }
  getSystemIdleState(): 'active' | 'idle' | 'locked' | 'unknown' {
    return 'active';
  }
  leave(): void {
    this.present = false;
    this.leftAt = Date.now();
  }
  sit(): void {
    this.present = true;
  }
}

class FakeNotifier implements PromptNotifier {
  readonly supportsActions = true;
  shown: { at: number; notice: PromptNotice }[] = [];
  withdrawn = 0;
  private onAction: ((action: PromptAction) => void) | null = null;
  showPrompt(notice: PromptNotice, onAction: (action: PromptAction) => void): void {
    this.shown.push({ at: Date.now(), notice });
    this.onAction = onAction;
  }
  withdraw(): void {
    this.withdrawn++;
    this.onAction = null;
  }
  headsUps: number[] = [];
  showHeadsUp(): void {
    this.headsUps.push(Date.now());
  }
  click(action: PromptAction): void {
    const handler = this.onAction;
    this.onAction = null;
    handler?.(action);
  }
}

class FakeWindows implements WindowsPort {
  breakOpen = false;
  log: string[] = [];
  broadcasts: EventChannel[] = [];
  onBreakClosed: () => void = () => undefined;
  openBreak(): void {
    if (!this.breakOpen) this.log.push(`open-break@${(Date.now() - T0) / 1000}s`);
    this.breakOpen = true;
  }
  closeBreak(): void {
    if (!this.breakOpen) return;
    this.breakOpen = false;
    this.log.push(`close-break@${(Date.now() - T0) / 1000}s`);
    this.onBreakClosed();
  }
  isBreakOpen(): boolean {
    return this.breakOpen;
  }
  openMain(view: WindowView): void {
    this.log.push(`open-${view}`);
  }
  broadcast(channel: EventChannel): void {
    this.broadcasts.push(channel);
  }
}

let dir: string;

function openStore(): AppStore {
  return openAppStore({ createStore: createConfStore, cwd: dir });
}

function harness(
  options: {
    store?: AppStore;
    noticeDismissed?: (id: string) => void;
    calls?: ControllerDeps['calls'];
  } = {},
) {
  const store = options.store ?? openStore();
  const session = openSession(store, Date.now());
  const desk = new FakeDesk();
  const notifier = new FakeNotifier();
  const windows = new FakeWindows();
  const dnd = {
    active: false,
    checks: 0,
    isActive: async () => (dnd.checks++, dnd.active),
    listeners: [] as (() => void)[],
    onChange: (listener: () => void) => void dnd.listeners.push(listener),
    /** The desktop announces a change (dunst's PropertiesChanged, say). */
    announce: (active: boolean) => {
      dnd.active = active;
      for (const listener of dnd.listeners) listener();
    },
  };
  const trayStates: AppState[] = [];
  const loginItem = {
    applied: [] as boolean[],
    apply: (on: boolean) => void loginItem.applied.push(on),
  };
  let controller: AppController | null = null;
  /** Every instant the app woke (a timer fired: the one timer or an idle poll's). */
  const wakeInstants = new Set<number>();
  const scheduler = new WakeScheduler({
    now: () => Date.now(),
    onWake: (at) => {
      wakeInstants.add(Date.now());
      controller?.tick(at);
    },
  });
  const idle = new IdleMonitor({
    source: desk,
    now: () => Date.now(),
    awayAfterSeconds: store.settings.awayAfterSeconds,
    onInput: (span) => controller?.input(span),
    onSupportChange: (supported) => controller?.setIdleSupported(supported),
    onPoll: (at) => {
      wakeInstants.add(Date.now());
      controller?.poll(at);
      scheduler.refresh();
    },
  });
  const ctl = new AppController({
    session,
    store,
    now: () => Date.now(),
    notifier,
    dnd,
    tray: { update: (state) => void trayStates.push(state) },
    windows,
    idle,
    schedule: (at) => scheduler.schedule(at),
    loginItem,
    firstMove: (settings, today) => firstMoveName(ENGLISH, settings, today),
    noticeDismissed: options.noticeDismissed,
    calls: options.calls,
  });
  controller = ctl;
  windows.onBreakClosed = () => ctl.breakWindowClosed();
  ctl.start();
  idle.start(Date.now());
  const power = (kind: PowerEventKind) => ctl.power({ kind, at: Date.now() });
  /** Time passes with timers firing (the machine is awake). */
  const pass = (ms: number) => vi.advanceTimersByTimeAsync(ms);
  /** The machine sleeps: the wall clock jumps, no timer runs meanwhile. */
  const sleep = async (ms: number) => {
    power('suspend');
    vi.setSystemTime(Date.now() + ms);
    power('resume');
    await vi.advanceTimersByTimeAsync(0);
  };
  const state = () => ctl.getState();
  const stop = () => {
    idle.stop();
    ctl.stop();
  };
  return {
    ctl,
    store,
    session,
    desk,
    notifier,
    windows,
    dnd,
    trayStates,
    loginItem,
    scheduler,
    wakeInstants,
    idle,
    power,
    pass,
    sleep,
    state,
    stop,
  };
}

const since = (at: number) => (at - T0) / MIN;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'posture-controller-'));
  vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('prompts', () => {
  it('prompts once after 30 minutes of sitting, naming the first move, and shows "due" in the tray', async () => {
    const h = harness();
    await h.pass(29 * MIN);
    expect(h.notifier.shown).toEqual([]);
    await h.pass(1 * MIN);
    expect(h.notifier.shown.map((p) => since(p.at))).toEqual([30]);
    const notice = h.notifier.shown[0]?.notice;
    expect(notice?.breakDurationSeconds).toBe(120);
    expect(notice?.firstMove).toBe(firstMoveName(ENGLISH, h.store.settings, h.state().today));
    expect(notice?.firstMove.length).toBeGreaterThan(3);
    expect(notice?.canSnooze).toBe(true);
    expect(h.trayStates.at(-1)?.status.breakState).toBe('pending');
    await h.pass(10 * MIN);
    expect(h.notifier.shown).toHaveLength(1);
    h.stop();
  });

  it('opens the break window by itself after autoOpenSeconds without an answer', async () => {
    const h = harness();
    await h.pass(30 * MIN);
    await h.pass(59_000);
    expect(h.windows.log).toEqual([]);
    await h.pass(1_000);
    expect(h.windows.log).toEqual(['open-break@1860s']);
    // It does not start the routine on its own.
    expect(h.state().status.activity).toBe('sitting');
    h.stop();
  });

  it('a break clicked through in seconds is partial even when the page reports it completed', async () => {
    const h = harness();
    await h.pass(30 * MIN);
    h.notifier.click('start');
    await h.pass(10_000);
    const after = h.ctl.endBreak(true);
    expect(after.today.breaksTaken).toBe(0);
    expect(after.today.breaksPartial).toBe(1);
    expect(after.streak.current).toBe(0);
    h.stop();
  });

  it('Start on the notification starts the break and opens the player; the finished break is stored', async () => {
    const h = harness();
    await h.pass(30 * MIN);
    h.notifier.click('start');
    expect(h.state().status.activity).toBe('break');
    expect(h.windows.breakOpen).toBe(true);
    await h.pass(2 * MIN);
    const after = h.ctl.endBreak(true);
    expect(after.today.breaksTaken).toBe(1);
    expect(after.today.movingSeconds).toBeCloseTo(120, 0);
    // Finish screen, then the window is closed (not hidden).
    await h.pass(FINISH_SCREEN_MS - 1);
    expect(h.windows.breakOpen).toBe(true);
    await h.pass(1);
    expect(h.windows.breakOpen).toBe(false);
    const saved = openStore()
      .recentDays()
      .find((d) => d.date === after.today.date);
    expect(saved?.breaksTaken).toBe(1);
    h.stop();
  });

  it('Snooze re-prompts after snoozeMinutes more sitting; Skip restarts the timer', async () => {
    const h = harness();
    await h.pass(30 * MIN);
    h.notifier.click('snooze');
    await h.pass(5 * MIN);
    expect(h.notifier.shown.map((p) => since(p.at))).toEqual([30, 35]);
    expect(h.notifier.shown[1]?.notice.reprompt).toBe(true);
    h.notifier.click('skip');
    expect(h.state().today.breaksSkipped).toBe(1);
    await h.pass(30 * MIN);
    expect(h.notifier.shown.map((p) => since(p.at))).toEqual([30, 35, 65]);
    h.stop();
  });

  it('closes an auto-opened break window when the prompt is answered from the tray', async () => {
    const h = harness();
    await h.pass(31 * MIN);
    expect(h.windows.breakOpen).toBe(true);
    h.ctl.skip();
    expect(h.windows.breakOpen).toBe(false);
    expect(h.notifier.withdrawn).toBeGreaterThan(0);
    h.stop();
  });

  it('offers neither Snooze nor Skip in strict mode: notification, tray and state agree', async () => {
    const h = harness();
    expect(h.ctl.updateSettings({ strictMode: true }).ok).toBe(true);
    await h.pass(30 * MIN);
    expect(h.notifier.shown[0]?.notice).toMatchObject({ canSnooze: false, canSkip: false });
    const state = h.ctl.getState();
    expect(state.status).toMatchObject({ breakState: 'pending', canSnooze: false, canSkip: false });
    const actions = buildTrayModel(state).items.flatMap((i) =>
      i.kind === 'action' ? [i.action] : [],
    );
    expect(actions).not.toContain('snooze');
    expect(actions).not.toContain('skip');
    // A Skip from a notification shown before strict mode was turned on is refused.
    h.ctl.skip();
    expect(h.ctl.getState().status.breakState).toBe('pending');
    h.stop();
  });
});

describe('do not disturb', () => {
  it('holds the prompt and the auto-open while DND is on, and shows them when it ends', async () => {
    const h = harness();
    h.dnd.active = true;
    await h.pass(30 * MIN);
    await h.pass(5 * MIN);
    expect(h.notifier.shown).toEqual([]);
    expect(h.windows.log).toEqual([]);
    // The engine still knows a break is due (tray shows it).
    expect(h.state().status.breakState).toBe('pending');
    // The desktop announces the end of do-not-disturb: shown at once, not at the next poll.
    h.dnd.announce(false);
    await h.pass(0);
    expect(h.notifier.shown.map((p) => since(p.at))).toEqual([35]);
    const shownAt = h.notifier.shown[0]?.at as number;
    expect(h.notifier.shown[0]?.notice.autoOpenSeconds).toBe(60);
    // The window follows a full minute after the late notification, not at once.
    await h.pass(shownAt + 59_000 - Date.now());
    expect(h.windows.log).toEqual([]);
    await h.pass(1_000);
    expect(h.windows.log).toHaveLength(1);
    h.stop();
  });

  it('a DND that ends without an announcement is still seen at the next idle poll', async () => {
    const h = harness();
    h.dnd.active = true;
    await h.pass(31 * MIN);
    expect(h.notifier.shown).toEqual([]);
    h.dnd.active = false; // e.g. a daemon that does not announce its changes
    await h.pass(60_000); // at the desk an idle poll comes at least once a minute
    expect(h.notifier.shown).toHaveLength(1);
    h.stop();
  });

  it('checks DND only while a prompt is held (no polling of the daemon otherwise)', async () => {
    const h = harness();
    await h.pass(20 * MIN);
    expect(h.dnd.checks).toBe(0);
    await h.pass(10 * MIN);
    expect(h.dnd.checks).toBe(1);
    h.stop();
  });

  it('drops a held prompt when the user goes away (it is then missed)', async () => {
    const h = harness();
    h.dnd.active = true;
    await h.pass(30 * MIN);
    h.desk.leave();
    await h.pass(10 * MIN);
    h.dnd.active = false;
    h.desk.sit();
    await h.pass(1 * MIN);
    expect(h.notifier.shown).toEqual([]);
    expect(h.state().today.breaksMissed).toBe(1);
    h.stop();
  });
});

describe('sleep and lock: the schedule neither sticks nor resets wrongly', () => {
  it('a long sleep is a natural break: the timer restarts at wake, one prompt 30 min of sitting later', async () => {
    const h = harness();
    await h.pass(20 * MIN);
    await h.sleep(2 * 60 * MIN);
    const wokeAt = Date.now();
    expect(h.notifier.shown).toEqual([]);
    // The first idle poll after waking sees the user back: the sleep was a natural break.
    await h.pass(5_000);
    expect(h.state().today.naturalBreaks).toBe(1);
    expect(h.state().status.timerSittingMs).toBeLessThan(10_000);
    // The next break is 30 minutes of sitting from the return, and the one timer is set ahead
    // (to the engine's next instant, here the away threshold), not left at a pre-sleep deadline.
    const nextDueAt = h.state().status.nextDueAt as number;
    expect(nextDueAt - wokeAt).toBeGreaterThanOrEqual(30 * MIN);
    expect(nextDueAt - wokeAt).toBeLessThanOrEqual(30 * MIN + 10_000);
    expect(h.scheduler.nextAt).toBeGreaterThan(Date.now());
    await h.pass(29 * MIN);
    expect(h.notifier.shown).toEqual([]);
    await h.pass(2 * MIN);
    expect(h.notifier.shown).toHaveLength(1);
    const promptedAfterWakeMin = ((h.notifier.shown[0]?.at as number) - wokeAt) / MIN;
    expect(promptedAfterWakeMin).toBeGreaterThanOrEqual(30);
    expect(promptedAfterWakeMin).toBeLessThanOrEqual(30.2);
    h.stop();
  });

  it('a short sleep (below the away threshold) does not reset the timer', async () => {
    const h = harness();
    await h.pass(20 * MIN);
    await h.sleep(1 * MIN);
    await h.pass(9 * MIN);
    expect(h.notifier.shown.map((p) => since(p.at))).toEqual([30]);
    h.stop();
  });

  it('a short lock does not reset the timer; a long one does', async () => {
    const h = harness();
    await h.pass(20 * MIN);
    h.power('lock');
    await h.pass(2 * MIN);
    h.power('unlock');
    await h.pass(8 * MIN);
    expect(h.notifier.shown.map((p) => since(p.at))).toEqual([30]);
    h.ctl.skip();
    await h.pass(10 * MIN);
    h.power('lock');
    await h.pass(60 * MIN);
    expect(h.notifier.shown).toHaveLength(1);
    h.power('unlock');
    await h.pass(29 * MIN);
    expect(h.notifier.shown).toHaveLength(1);
    await h.pass(1 * MIN);
    expect(h.notifier.shown).toHaveLength(2);
    h.stop();
  });

  it('wakes at most once a minute at the desk, paused or away (idle polls and the one timer)', async () => {
    const h = harness();
    const perMinute = async (minutes: number, each?: () => void) => {
      h.wakeInstants.clear();
      for (let i = 0; i < minutes; i++) {
        await h.pass(MIN);
        each?.();
      }
      return h.wakeInstants.size / minutes;
    };
    // Two hours of typing, answering each prompt with Skip (prompts, heads-ups, auto-open).
    expect(await perMinute(120, () => h.notifier.click('skip'))).toBeLessThanOrEqual(1.05);
    h.ctl.pause({ minutes: 120 });
    expect(await perMinute(60)).toBeLessThanOrEqual(1.05);
    h.ctl.resume();
    h.desk.leave();
    await h.pass(5 * MIN);
    expect(await perMinute(60)).toBeLessThanOrEqual(1.05);
    h.stop();
  });

  it('no idle polls while locked or asleep, and few timer wakes while away', async () => {
    const h = harness();
    await h.pass(10 * MIN);
    h.power('lock');
    const wakes = h.scheduler.wakes;
    await h.pass(4 * 60 * MIN);
    // While locked the idle monitor is silent; the one timer wakes only for the engine's own
    // instants (the away threshold) and at most every 15 minutes as a guard: ≤ 0.1 a minute.
    expect(h.scheduler.wakes - wakes).toBeLessThanOrEqual(4 * 4 + 2);
    h.power('unlock');
    h.stop();
  });

  it('woken on the lock screen: no readings until the unlock, and the password typing is not sitting', async () => {
    const h = harness();
    await h.pass(10 * MIN);
    h.desk.leave();
    h.power('lock');
    const sitting = h.state().today.sittingSeconds;
    await h.sleep(8 * 60 * MIN);
    // Typing the password on the lock screen for half an hour: the idle source says "input".
    h.desk.sit();
    h.wakeInstants.clear();
    await h.pass(30 * MIN);
    // No idle reading on a locked screen; the one timer's guard wakes at most every 15 minutes.
    expect(h.wakeInstants.size).toBeLessThanOrEqual(3);
    expect(h.state().today.sittingSeconds).toBe(sitting);
    h.power('unlock');
    await h.pass(10 * MIN);
    expect(h.state().today.sittingSeconds).toBeGreaterThan(sitting);
    h.stop();
  });

  it('a pending prompt is missed over a long sleep; nothing stale shows after waking', async () => {
    const h = harness();
    await h.pass(30 * MIN);
    expect(h.notifier.shown).toHaveLength(1);
    await h.sleep(60 * MIN);
    const s = h.state();
    expect(s.status.breakState).toBe('none');
    expect(s.today.breaksMissed).toBe(1);
    expect(h.windows.breakOpen).toBe(false);
    expect(h.notifier.withdrawn).toBeGreaterThan(0);
    await h.pass(5 * MIN);
    expect(h.notifier.shown).toHaveLength(1);
    h.stop();
  });

  it('a lock during a guided break ends it there and closes the window; 90 % still counts as taken', async () => {
    const h = harness();
    h.ctl.startBreak();
    await h.pass(60_000);
    h.power('lock');
    expect(h.windows.breakOpen).toBe(false);
    let s = h.state();
    expect(s.status.activity).not.toBe('break');
    expect(s.today.breaksPartial).toBe(1);
    expect(s.today.movingSeconds).toBeCloseTo(60, 0);
    h.power('unlock');
    h.ctl.startBreak();
    await h.pass(110_000);
    await h.sleep(30 * MIN);
    s = h.state();
    expect(s.today.breaksTaken).toBe(1);
    expect(s.today.movingSeconds).toBeCloseTo(170, 0);
    h.stop();
  });
});

describe('breaks from the tray, the window and the CLI', () => {
  it('"Take a break now" works while paused, and closing the window mid-break makes it partial', async () => {
    const h = harness();
    h.ctl.runCommand({ kind: 'pause', pause: { until: 'tomorrow' } });
    expect(h.state().status.reminders).toBe('paused');
    h.ctl.runCommand({ kind: 'break-now' });
    expect(h.state().status.activity).toBe('break');
    await h.pass(30_000);
    h.windows.closeBreak(); // the user closed the window
    expect(h.state().today.breaksPartial).toBe(1);
    await h.pass(45 * MIN);
    expect(h.notifier.shown).toEqual([]);
    h.ctl.runCommand({ kind: 'resume' });
    await h.pass(0);
    // The break that came due during the pause is prompted as soon as reminders resume.
    expect(h.notifier.shown).toHaveLength(1);
    h.stop();
  });

  it('a plain second launch opens the dashboard', () => {
    const h = harness();
    h.ctl.runCommand({ kind: 'launch' });
    expect(h.windows.log).toEqual(['open-dashboard']);
    h.stop();
  });

  it('--status prints the state as JSON with ISO instants', async () => {
    const h = harness();
    await h.pass(10 * MIN);
    const report = JSON.parse(h.ctl.statusJson()) as Record<string, unknown>;
    expect(report).toMatchObject({
      activity: 'sitting',
      breakState: 'none',
      reminders: 'active',
      minutesToNextBreak: 20,
      sittingSinceBreakMinutes: 10,
      idleSupported: true,
    });
    expect(report.at).toBe(new Date(T0 + 10 * MIN).toISOString());
    expect(report.nextBreakAt).toBe(new Date(T0 + 30 * MIN).toISOString());
    expect(report.inCallSince).toBeNull();
    h.ctl.call(true);
    expect(JSON.parse(h.ctl.statusJson()).inCallSince).toBe(new Date(T0 + 10 * MIN).toISOString());
    h.stop();
  });
});

describe('settings, notices, idle support, persistence', () => {
  it('rejects a bad patch naming the key and its bounds, and changes nothing', () => {
    const h = harness();
    const result = h.ctl.updateSettings({ breakIntervalMinutes: 5, sound: 'loud' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.key).sort()).toEqual(['breakIntervalMinutes', 'sound']);
    expect(result.issues[0]?.message).toContain('from 10 to 120');
    expect(h.store.settings.breakIntervalMinutes).toBe(30);
    expect(h.ctl.settings.breakIntervalMinutes).toBe(30);
    h.stop();
  });

  it('applies a good patch at once: store, engine, idle threshold, launch at login, windows', async () => {
    const h = harness();
    expect(h.loginItem.applied).toEqual([true]);
    const result = h.ctl.updateSettings({ breakIntervalMinutes: 20, launchAtLogin: false });
    expect(result).toMatchObject({
      ok: true,
      settings: { breakIntervalMinutes: 20, launchAtLogin: false },
    });
    expect(h.loginItem.applied).toEqual([true, false]);
    expect(h.windows.broadcasts).toContain('settings:changed');
    expect(openStore().settings.breakIntervalMinutes).toBe(20);
    await h.pass(20 * MIN);
    expect(h.notifier.shown.map((p) => since(p.at))).toEqual([20]);
    h.stop();
  });

  it('tells the dashboard when the platform cannot report idle time', async () => {
    const h = harness();
    h.desk.idleKnown = false;
    await h.pass(30 * MIN);
    expect(h.state().idleSupported).toBe(false);
    expect(h.trayStates.at(-1)?.idleSupported).toBe(false);
    h.stop();
  });

  it('a restart mid-day continues the same counts and the same break timer', async () => {
    const first = harness();
    await first.pass(30 * MIN);
    first.notifier.click('start');
    await first.pass(2 * MIN);
    first.ctl.endBreak(true);
    await first.pass(10 * MIN);
    first.stop();

    const second = harness({ store: openStore() });
    const s = second.state();
    expect(s.today.breaksTaken).toBe(1);
    expect(s.status.timerSittingMs).toBeGreaterThanOrEqual(10 * MIN - 60_000);
    await second.pass(20 * MIN);
    expect(second.notifier.shown).toHaveLength(1);
    second.stop();
  });

  it('shows the notice about a corrupt store until it is dismissed', () => {
    writeFileSync(path.join(dir, `${STORE_NAME}.json`), '{"settings": {"breakIntervalMinutes": ');
    const h = harness();
    const notice = h.state().notice;
    expect(notice).toContain('could not be read');
    expect(notice).toMatch(/corrupt-.*\.json/);
    expect(h.ctl.dismissNotice().notice).toBeNull();
    expect(openStore().recovery).toBeNull();
    h.stop();
  });

  it("a desktop notice shows after the store's; only its own dismissal is reported back", () => {
    writeFileSync(path.join(dir, `${STORE_NAME}.json`), '{"settings": {"breakIntervalMinutes": ');
    const dismissed: string[] = [];
    const h = harness({ noticeDismissed: (id) => void dismissed.push(id) });
    h.ctl.showNotice('tray-host', 'No tray here.');
    expect(h.state().notice).toContain('could not be read');
    const after = h.ctl.dismissNotice();
    expect(openStore().recovery).toBeNull();
    expect(dismissed).toEqual([]);
    expect(after.notice).toBe('No tray here.');
    expect(h.trayStates.at(-1)?.notice).toBe('No tray here.');
    expect(h.ctl.dismissNotice().notice).toBeNull();
    expect(dismissed).toEqual(['tray-host']);
    h.stop();
  });
});

describe('heads-up', () => {
  it('one quiet note a minute before the break when the setting is on, none in a call', async () => {
    const h = harness();
    h.ctl.updateSettings({ headsUpNotification: true });
    await h.pass(29 * MIN);
    expect(h.notifier.headsUps.map(since)).toEqual([29]);
    expect(h.trayStates.at(-1)?.status.nextDueAt).toBe(T0 + 30 * MIN);
    await h.pass(1 * MIN);
    expect(h.notifier.shown.map((p) => since(p.at))).toEqual([30]);
    expect(h.notifier.headsUps).toHaveLength(1);
    h.stop();
  });

  it('no note with the setting off (the default), and none while in a call', async () => {
    const off = harness();
    await off.pass(31 * MIN);
    expect(off.notifier.headsUps).toEqual([]);
    off.stop();
    const inCall = harness();
    inCall.ctl.updateSettings({ headsUpNotification: true });
    inCall.ctl.call(true);
    await inCall.pass(31 * MIN);
    expect(inCall.notifier.headsUps).toEqual([]);
    inCall.stop();
  });
});

describe('calls', () => {
  it('a silent meeting holds the prompt and is sitting; the prompt comes when it ends', async () => {
    const h = harness();
    await h.pass(10 * MIN);
    h.desk.leave();
    h.ctl.call(true);
    await h.pass(60 * MIN);
    // No key pressed for an hour: still sitting (never away), no notification, no window.
    expect(h.notifier.shown).toEqual([]);
    expect(h.windows.log).toEqual([]);
    expect(h.state().status).toMatchObject({ activity: 'sitting', breakState: 'due' });
    h.ctl.call(false);
    await h.ctl.settled();
    expect(h.notifier.shown.map((p) => since(p.at))).toEqual([70]);
    expect(h.notifier.shown[0]?.notice.afterCall).toBe(true);
    expect(h.state().today).toMatchObject({ awaySeconds: 0, callSeconds: 60 * 60 });
    h.stop();
  });

  it('--meeting on|off goes to the meeting switch; its state is in the app state', async () => {
    const requests: unknown[] = [];
    const calls = {
      meeting: (r: unknown) => void requests.push(r),
      setDetect: () => undefined,
      state: () => ({ manual: true, manualUntil: null, detected: false, detecting: true }),
    };
    const h = harness({ calls });
    h.ctl.runCommand({ kind: 'meeting', on: true });
    h.ctl.runCommand({ kind: 'meeting', on: false });
    expect(requests).toEqual([{}, false]);
    expect(h.state().meeting).toEqual(calls.state());
    h.stop();
  });

  it("the dashboard's meeting:set for 30 min turns the meeting on through CallMonitor and it ends by itself", async () => {
    let ctl: { call(on: boolean): unknown } | null = null;
    const calls = new CallMonitor({
      detector: null,
      detect: false,
      now: () => Date.now(),
      onChange: (on) => ctl?.call(on),
    });
    const h = harness({ calls });
    ctl = h.ctl;
    const on = h.ctl.setMeeting({ on: true, minutes: 30 });
    expect(on.meeting).toMatchObject({ manual: true, manualUntil: Date.now() + 30 * MIN });
    expect(JSON.parse(h.ctl.statusJson()).inCallSince).toBe(new Date(Date.now()).toISOString());
    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(h.state().meeting).toMatchObject({ manual: false, manualUntil: null });
    expect(JSON.parse(h.ctl.statusJson()).inCallSince).toBeNull();
    h.ctl.setMeeting({ on: true });
    expect(h.state().meeting).toMatchObject({ manual: true, manualUntil: null });
    h.ctl.setMeeting({ on: false });
    expect(h.state().meeting).toMatchObject({ manual: false });
    h.stop();
  });

  it('a call saved by an earlier run ends at its last saved instant when the app starts again', async () => {
    const store = openStore();
    const first = Engine.start(store.settings, T0);
    first.observe({ type: 'input', at: T0, to: T0 + 5 * MIN });
    first.observe({ type: 'call-start', at: T0 + 5 * MIN });
    first.advance(T0 + 20 * MIN);
    store.saveEngine(first.snapshot(), []);
    vi.setSystemTime(T0 + 5 * 60 * MIN);
    const h = harness({ store });
    expect(h.state().status.callSince).toBeNull();
    // 20 min of sitting (15 in the call); the five hours the app was not running are not a call.
    expect(h.state().today).toMatchObject({ sittingSeconds: 20 * 60, callSeconds: 15 * 60 });
    h.stop();
  });
});
