/**
 * The app controller: feeds the engine with observations (input, power events, user actions), turns
 * the engine's effects into notifier, tray and window calls, persists, and keeps the one timer set to
 * the next instant anything can change. It holds no time rules of its own.
 */
import { breakCompleted } from '../core/break-outcome.ts';
import type { Engine } from '../core/engine.ts';
import type {
  AppState,
  EventChannel,
  Events,
  HistoryResult,
  PauseRequest,
  SettingsUpdateResult,
  WindowView,
} from '../core/ipc-contract.ts';
import { validateSettingsPatch, type Settings } from '../core/settings.ts';
import {
  computeStreak,
  emptyDay,
  lastDays,
  lifetimeTotals,
  localDateKey,
  mergeDays,
} from '../core/stats.ts';
import type { DayStats, EngineEffect, Millis, Observation } from '../core/types.ts';
import type { CliCommand } from './cli-args.ts';
import type { DndProbe } from './do-not-disturb.ts';
import type { InputSpan } from './idle-monitor.ts';
import type { PromptAction, PromptNotifier } from './notifier.ts';
import type { PowerEvent } from './power-events.ts';
import { statusReport } from './status-report.ts';
import type { AppStore, RecoveryNotice } from './store/app-store.ts';

/** How long the break window stays open on its finish screen after the break ends. */
export const FINISH_SCREEN_MS = 20_000;
/** Running totals are written at every state change, and while only input arrives at least this often. */
export const SAVE_EVERY_MS = 60_000;

export type ControllerStore = Pick<
  AppStore,
  | 'settings'
  | 'updateSettings'
  | 'saveEngine'
  | 'history'
  | 'firstRun'
  | 'completeOnboarding'
  | 'recovery'
  | 'acknowledgeRecovery'
>;

export interface WindowsPort {
  openBreak(): void;
  /** Closes (destroys) the break window if open. */
  closeBreak(): void;
  isBreakOpen(): boolean;
  openMain(view: WindowView): void;
  broadcast<C extends EventChannel>(channel: C, payload: Events[C]): void;
}

export interface IdlePort {
  hold(): void;
  release(at: Millis, reason: 'unlock' | 'resume'): void;
  setAwayAfterSeconds(seconds: number): void;
}

export interface ControllerDeps {
  engine: Engine;
  store: ControllerStore;
  now: () => Millis;
  notifier: PromptNotifier;
  dnd: DndProbe;
  tray: { update(state: AppState): void };
  windows: WindowsPort;
  idle: IdlePort;
  /** Sets the app's one timer (WakeScheduler.schedule). */
  schedule: (at: Millis | null) => void;
  loginItem?: { apply(enabled: boolean): void };
  /** Name of the first move of the routine the next break will play. */
  firstMove: (settings: Settings, today: DayStats) => string;
  log?: (message: string, error?: unknown) => void;
}

type PromptEffect = Extract<EngineEffect, { type: 'prompt' }>;

/** What do-not-disturb holds back: the notification (unless already shown) and/or the auto-open. */
interface HeldPrompt {
  notify: PromptEffect | null;
  autoOpen: boolean;
}

export class AppController {
  private readonly d: ControllerDeps;
  private history: DayStats[];
  private idleSupported = true;
  private held: HeldPrompt | null = null;
  /** Increases with every prompt and prompt end, so a late DND answer acts on the prompt it was for. */
  private promptToken = 0;
  private dndCheckRunning = false;
  private autoOpenAt: Millis | null = null;
  private closeBreakWindowAt: Millis | null = null;
  private lastSavedAt = Number.NEGATIVE_INFINITY;
  private readonly pending = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(deps: ControllerDeps) {
    this.d = deps;
    this.history = deps.store.history();
  }

  private get engine(): Engine {
    return this.d.engine;
  }

  get settings(): Settings {
    return this.engine.settings;
  }

  /** Called once after wiring: catches up with the time since the last run and shows the state. */
  start(): void {
    this.d.idle.setAwayAfterSeconds(this.settings.awayAfterSeconds);
    this.d.loginItem?.apply(this.settings.launchAtLogin);
    this.apply(this.engine.advance(this.d.now()));
    this.changed(true);
  }

  /** The app is quitting: save everything and stop acting. */
  stop(): void {
    this.persist(true);
    this.d.schedule(null);
    this.d.notifier.withdraw();
    this.stopped = true;
  }

  /** Resolves when DND checks started so far have finished (tests, quitting). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  // ------------------------------------------------------------ inputs from the system

  /** The one timer fired. */
  tick(at: Millis): void {
    if (this.stopped) return;
    this.apply(this.engine.advance(at));
    if (this.autoOpenAt !== null && at >= this.autoOpenAt) {
      this.autoOpenAt = null;
      if (this.engine.status(at).breakState === 'pending') this.d.windows.openBreak();
    }
    if (this.closeBreakWindowAt !== null && at >= this.closeBreakWindowAt) {
      this.closeBreakWindowAt = null;
      if (this.engine.status(at).activity !== 'break') this.d.windows.closeBreak();
    }
    this.changed(false);
  }

  input(span: InputSpan): void {
    const now = this.d.now();
    const to = Math.min(span.to, now);
    this.observe({ type: 'input', at: Math.min(span.from, to), to }, false);
  }

  power(event: PowerEvent): void {
    const { kind, at } = event;
    if (kind === 'lock' || kind === 'suspend' || kind === 'shutdown') {
      // Decision: a guided break ends when the screen locks or the machine sleeps. The routine is
      // guided on screen, so a locked screen means the user left it; the engine's 90 % rule decides
      // whether it still counts as taken, and the locked time is not counted as moving.
      if (this.engine.status(at).activity === 'break') {
        this.apply(this.engine.observe({ type: 'break-end', at, completed: false }));
      }
      this.closeBreakWindowAt = null;
      this.d.windows.closeBreak();
      this.d.idle.hold();
      this.observe({ type: kind === 'lock' ? 'lock' : 'suspend', at }, true);
      return;
    }
    this.observe({ type: kind, at }, true);
    this.d.idle.release(at, kind);
  }

  setIdleSupported(supported: boolean): void {
    if (supported === this.idleSupported) return;
    this.idleSupported = supported;
    this.changed(true);
  }

  /** After every idle poll: a prompt held by do-not-disturb is shown once DND has ended. */
  poll(_at: Millis): void {
    if (this.held === null || this.dndCheckRunning || this.stopped) return;
    const token = this.promptToken;
    this.dndCheckRunning = true;
    this.track(
      this.d.dnd
        .isActive()
        .then((active) => {
          if (active || token !== this.promptToken || this.held === null || this.stopped) return;
          const held = this.held;
          this.held = null;
          if (held.notify) {
            const s = this.settings;
            this.deliver(held.notify, s.autoOpen ? s.autoOpenSeconds : null);
            // The window opens a full autoOpenSeconds after the late notification, not at once.
            if (held.autoOpen) this.autoOpenAt = this.d.now() + s.autoOpenSeconds * 1000;
          } else if (held.autoOpen) {
            this.d.windows.openBreak();
          }
          this.changed(false);
        })
        .finally(() => {
          this.dndCheckRunning = false;
        }),
    );
  }

  // ------------------------------------------------------------ user actions (IPC, tray, CLI)

  getState(): AppState {
    return this.buildState(this.d.now());
  }

  /** Starts a guided break (answering a pending prompt, or a manual one) and shows the player. */
  startBreak(): AppState {
    const now = this.d.now();
    if (this.engine.status(now).activity !== 'break') {
      this.observe({ type: 'break-start', at: now }, true);
    }
    this.closeBreakWindowAt = null;
    this.d.windows.openBreak();
    return this.getState();
  }

  endBreak(completed: boolean): AppState {
    const now = this.d.now();
    const status = this.engine.status(now);
    if (status.activity === 'break') {
      const done = breakCompleted(completed, status, this.settings.breakDurationSeconds);
      this.observe({ type: 'break-end', at: now, completed: done }, true);
      // The window shows its finish screen, then closes: closed, not hidden, so no renderer lingers.
      this.closeBreakWindowAt = now + FINISH_SCREEN_MS;
      this.changed(false);
    }
    return this.getState();
  }

  snooze(): AppState {
    this.observe({ type: 'snooze', at: this.d.now() }, true);
    return this.getState();
  }

  skip(): AppState {
    this.observe({ type: 'skip', at: this.d.now() }, true);
    return this.getState();
  }

  pause(request: PauseRequest): AppState {
    const at = this.d.now();
    const until = 'until' in request ? request.until : at + request.minutes * 60_000;
    this.observe({ type: 'pause', at, until }, true);
    return this.getState();
  }

  resume(): AppState {
    this.observe({ type: 'resume-reminders', at: this.d.now() }, true);
    return this.getState();
  }

  updateSettings(patch: unknown): SettingsUpdateResult {
    const checked = validateSettingsPatch(patch);
    if (!checked.ok) return { ok: false, issues: checked.issues };
    const settings = this.d.store.updateSettings(checked.patch);
    this.observe({ type: 'settings', at: this.d.now(), settings: checked.patch }, true);
    this.d.idle.setAwayAfterSeconds(settings.awayAfterSeconds);
    if ('launchAtLogin' in checked.patch) this.d.loginItem?.apply(settings.launchAtLogin);
    this.d.windows.broadcast('settings:changed', settings);
    return { ok: true, settings };
  }

  completeOnboarding(): AppState {
    this.d.store.completeOnboarding();
    this.changed(true);
    return this.getState();
  }

  dismissNotice(): AppState {
    this.d.store.acknowledgeRecovery();
    this.changed(true);
    return this.getState();
  }

  getHistory(days: number): HistoryResult {
    const now = this.d.now();
    const today = localDateKey(now);
    const all = this.allDays(now);
    return {
      days: lastDays(all, today, days),
      streak: computeStreak(all, today, this.settings),
      today,
    };
  }

  /** Every day on record, settled history and the engine's recent days, in date order. */
  allDays(now: Millis = this.d.now()): DayStats[] {
    return mergeDays(this.history, this.engine.dayStats(now));
  }

  openWindow(view: WindowView): void {
    this.d.windows.openMain(view);
  }

  /** The break window was closed by the user: a running break ends there (partial unless ≥ 90 %). */
  breakWindowClosed(): void {
    this.closeBreakWindowAt = null;
    const now = this.d.now();
    if (this.engine.status(now).activity === 'break') {
      this.observe({ type: 'break-end', at: now, completed: false }, true);
    }
  }

  /** A command from the command line, ours or forwarded by a second launch. */
  runCommand(command: CliCommand): void {
    switch (command.kind) {
      case 'break-now':
        this.startBreak();
        break;
      case 'pause':
        this.pause(command.pause);
        break;
      case 'resume':
        this.resume();
        break;
      case 'launch':
        this.d.windows.openMain('dashboard');
        break;
      case 'status':
      case 'help':
        break;
    }
  }

  statusJson(): string {
    return JSON.stringify(statusReport(this.getState()), null, 2);
  }

  // ------------------------------------------------------------ internals

  private observe(obs: Observation, important: boolean): void {
    if (this.stopped) return;
    const effects = this.engine.observe(obs);
    this.apply(effects);
    this.changed(important || effects.length > 0);
  }

  private apply(effects: readonly EngineEffect[]): void {
    for (const effect of effects) {
      switch (effect.type) {
        case 'prompt':
          this.prompt(effect);
          break;
        case 'prompt-ended':
          this.promptEnded(effect.outcome);
          break;
        case 'auto-open':
          this.autoOpen();
          break;
        case 'away':
        case 'back':
        case 'reminders':
          break;
      }
    }
  }

  private prompt(effect: PromptEffect): void {
    const token = ++this.promptToken;
    this.autoOpenAt = null;
    this.held = null;
    this.track(
      this.d.dnd.isActive().then((active) => {
        if (token !== this.promptToken || this.stopped) return;
        if (active) {
          this.held = { notify: effect, autoOpen: false };
          return;
        }
        const s = this.settings;
        const left = s.autoOpen
          ? Math.max(0, Math.round((effect.at + s.autoOpenSeconds * 1000 - this.d.now()) / 1000))
          : null;
        this.deliver(effect, left);
      }),
    );
  }

  private deliver(effect: PromptEffect, autoOpenSeconds: number | null): void {
    const s = this.settings;
    const today = this.todayStats(this.d.now());
    let firstMove = 'a few easy moves';
    try {
      firstMove = this.d.firstMove(s, today);
    } catch (error) {
      this.d.log?.('could not build the routine for the prompt', error);
    }
    this.d.notifier.showPrompt(
      {
        breakDurationSeconds: s.breakDurationSeconds,
        firstMove,
        // Strict mode offers no snooze (the break window hides it too).
        canSnooze: effect.snoozesLeft > 0 && !s.strictMode,
        autoOpenSeconds,
        sound: s.sound,
        eyeCue: s.eyeCue,
        reprompt: effect.reprompt,
      },
      (action) => this.promptAction(action),
    );
  }

  private promptAction(action: PromptAction): void {
    if (this.stopped) return;
    switch (action) {
      case 'start':
        this.startBreak();
        break;
      case 'snooze':
        this.snooze();
        break;
      case 'skip':
        this.skip();
        break;
      case 'open':
        this.d.windows.openBreak();
        break;
    }
  }

  private autoOpen(): void {
    if (this.held) {
      this.held.autoOpen = true;
      return;
    }
    const token = this.promptToken;
    // Also a fullscreen app or presentation that began after the prompt holds the window back.
    this.track(
      this.d.dnd.isActive().then((active) => {
        if (token !== this.promptToken || this.stopped) return;
        if (active) {
          this.held = { notify: null, autoOpen: true };
          return;
        }
        this.d.windows.openBreak();
      }),
    );
  }

  private promptEnded(outcome: Extract<EngineEffect, { type: 'prompt-ended' }>['outcome']): void {
    this.promptToken++;
    this.held = null;
    this.autoOpenAt = null;
    this.d.notifier.withdraw();
    // A break window opened for a prompt that is gone (skipped, snoozed, missed) has nothing to show.
    if (outcome !== 'started' && this.d.windows.isBreakOpen()) {
      if (this.engine.status().activity !== 'break') this.d.windows.closeBreak();
    }
  }

  /** Saves, tells the tray and the windows, and sets the one timer. */
  private changed(important: boolean): void {
    if (this.stopped) return;
    const now = this.d.now();
    this.persist(important, now);
    const state = this.buildState(now);
    this.d.tray.update(state);
    this.d.windows.broadcast('state:changed', state);
    this.d.schedule(this.nextWakeAt());
  }

  private nextWakeAt(): Millis | null {
    let next = this.engine.nextWakeAt();
    for (const deadline of [this.autoOpenAt, this.closeBreakWindowAt]) {
      if (deadline !== null && (next === null || deadline < next)) next = deadline;
    }
    return next;
  }

  private persist(force: boolean, now: Millis = this.d.now()): void {
    if (!force && now - this.lastSavedAt < SAVE_EVERY_MS) return;
    try {
      const settled = this.engine.takeSettledDays();
      this.d.store.saveEngine(this.engine.snapshot(), settled, this.engine.dayStats(now));
      if (settled.length > 0) this.history = mergeDays(this.history, settled);
      this.lastSavedAt = now;
    } catch (error) {
      this.d.log?.('could not save the engine state', error);
    }
  }

  private todayStats(now: Millis): DayStats {
    const key = localDateKey(now);
    return this.engine.dayStats(now).find((d) => d.date === key) ?? emptyDay(key);
  }

  private buildState(now: Millis): AppState {
    const settings = this.settings;
    const all = this.allDays(now);
    const todayKey = localDateKey(now);
    return {
      status: this.engine.status(now),
      today: all.find((d) => d.date === todayKey) ?? emptyDay(todayKey),
      todayHours: this.engine.hourly(now),
      streak: computeStreak(all, todayKey, settings, this.engine.dayRules()),
      lifetime: lifetimeTotals(all),
      idleSupported: this.idleSupported,
      notice: noticeText(this.d.store.recovery),
      firstRun: this.d.store.firstRun,
    };
  }

  private track(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) => this.d.log?.('prompt handling failed', error));
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }
}

export function noticeText(recovery: RecoveryNotice | null): string | null {
  if (recovery === null) return null;
  const where = recovery.backupPath
    ? `A copy of the old file was saved as ${recovery.backupPath}.`
    : 'The old file could not be copied.';
  return `Your saved data could not be read (${recovery.reason}), so Posture Break started afresh. ${where}`;
}
