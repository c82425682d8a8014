/**
 * The app controller: the main process's adapter around the core `AppSession`. It feeds the session
 * with observations (input, power events, user actions), carries out its effects with the OS services
 * (notifier with do-not-disturb, tray, windows, store, login item, idle monitor), and keeps the one
 * timer set to the next instant anything can change. It holds no session rules of its own.
 */
import { AppSession, isNews, START_NOTICE, type SessionEffect } from '../core/app-session.ts';
import { Translator } from '../core/i18n/translator.ts';
import { recoveryNoticeText } from '../core/recovery-notice.ts';
import type {
  AppState,
  EventChannel,
  Events,
  HistoryResult,
  PauseRequest,
  SettingsUpdateResult,
  WindowView,
} from '../core/ipc-contract.ts';
import type { Settings } from '../core/settings.ts';
import type { DayStats, EngineEffect, MeetingState, Millis } from '../core/types.ts';
import type { CliCommand } from './cli-args.ts';
import type { DndProbe } from './do-not-disturb.ts';
import type { InputSpan } from './idle-monitor.ts';
import type { PromptAction, PromptNotifier } from './notifier.ts';
import type { PowerEvent } from './power-events.ts';
import { statusReport } from './status-report.ts';
import type { AppStore, RecoveryNotice } from './store/app-store.ts';

export { FINISH_SCREEN_MS } from '../core/app-session.ts';
/**
 * The snapshot is written when there is news (a command, a power event, away or back, a settled day);
 * while only counts accrue at the desk, a heartbeat marks the input seen at most this often. The idle
 * monitor reads at least once a minute at the desk; half a minute here lets every such reading mark
 * its input (a reading 59.9 s after the last mark is not skipped), so a crash loses under a minute.
 */
export const SAVE_EVERY_MS = 30_000;

export type ControllerStore = Pick<
  AppStore,
  'saveSettings' | 'saveEngine' | 'heartbeat' | 'completeOnboarding' | 'acknowledgeRecovery'
>;

/** The session as the store left it: settings, snapshot (or its running-totals fallback), history, notices. */
export function openSession(
  store: Pick<
    AppStore,
    | 'settings'
    | 'engineSnapshot'
    | 'history'
    | 'rules'
    | 'recentDays'
    | 'firstRun'
    | 'recovery'
    | 'heartbeatAt'
  >,
  now: Millis,
  log?: (message: string, error?: unknown) => void,
  words?: Translator,
): AppSession {
  return new AppSession({
    settings: store.settings,
    snapshot: store.engineSnapshot,
    history: store.history(),
    rules: store.rules(),
    recent: store.recentDays(),
    firstRun: store.firstRun,
    notice: noticeText(store.recovery, words),
    heartbeatAt: store.heartbeatAt,
    now,
    log,
  });
}

export interface WindowsPort {
  openBreak(): void;
  /** Closes (destroys) the break window if open. */
  closeBreak(): void;
  isBreakOpen(): boolean;
  openMain(view: WindowView): void;
  broadcast<C extends EventChannel>(channel: C, payload: Events[C]): void;
}

export interface IdlePort {
  /** Reads the idle time now, reporting any input since the last reading (IdleMonitor.poll). */
  poll(): void;
  /** Where the engine's open gap starts (IdleMonitor.setGapStart): its threshold needs a reading. */
  setGapStart(at: Millis | null): void;
  hold(): void;
  release(at: Millis, reason: 'unlock' | 'resume'): void;
  setAwayAfterSeconds(seconds: number): void;
}

export interface ControllerDeps {
  session: AppSession;
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
  /** The user dismissed a notice given to `showNotice` (its id), e.g. to remember it across runs. */
  noticeDismissed?: (id: string) => void;
  /** Name of the first move of the routine the next break will play. */
  firstMove: (settings: Settings, today: DayStats) => string;
  /** The host's words (main's HostWords, following the language setting); default English. */
  words?: Translator;
  log?: (message: string, error?: unknown) => void;
  /** The "In a meeting" switch and call detection (CallMonitor); its changes come in via `call()`. */
  calls?: {
    meeting(request: { minutes?: number } | false): void;
    setDetect(enabled: boolean): void;
    state(): MeetingState;
  };
}

type PromptEffect = Extract<EngineEffect, { type: 'prompt' }>;

/** What do-not-disturb holds back: the notification (unless already shown) and/or the auto-open. */
interface HeldPrompt {
  notify: PromptEffect | null;
  autoOpen: boolean;
}

export class AppController {
  private readonly d: ControllerDeps;
  private readonly session: AppSession;
  private held: HeldPrompt | null = null;
  /** Increases with every prompt and prompt end, so a late DND answer acts on the prompt it was for. */
  private promptToken = 0;
  private dndCheckRunning = false;
  private autoOpenAt: Millis | null = null;
  private lastSavedAt = Number.NEGATIVE_INFINITY;
  /** Between a lock and its unlock: a resume on the lock screen keeps the idle monitor held. */
  private screenLocked = false;
  private readonly pending = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(deps: ControllerDeps) {
    this.d = deps;
    this.session = deps.session;
    // The desktop announces the end of do-not-disturb: a held prompt shows then, not at a poll.
    deps.dnd.onChange?.(() => this.poll(this.d.now()));
  }

  get settings(): Settings {
    return this.session.settings;
  }

  /** Called once after wiring: catches up with the time since the last run and shows the state. */
  start(): void {
    this.d.idle.setAwayAfterSeconds(this.settings.awayAfterSeconds);
    this.d.loginItem?.apply(this.settings.launchAtLogin);
    this.apply(this.session.start(this.d.now()));
    this.changed(true);
  }

  /** The app is quitting: save everything and stop acting. */
  stop(): void {
    // A last reading, so the saved snapshot knows the input since the previous one (up to a minute).
    this.d.idle.poll();
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
    // A fresh idle reading first: whatever comes due now is judged on the input up to now.
    this.d.idle.poll();
    this.apply(this.session.advance(at));
    if (this.autoOpenAt !== null && at >= this.autoOpenAt) {
      this.autoOpenAt = null;
      if (this.session.status(at).breakState === 'pending') this.d.windows.openBreak();
    }
    this.changed(false);
  }

  input(span: InputSpan): void {
    const now = this.d.now();
    const to = Math.min(span.to, now);
    this.run(this.session.observe({ type: 'input', at: Math.min(span.from, to), to }), false);
  }

  power(event: PowerEvent): void {
    const { kind, at } = event;
    if (kind === 'lock') this.screenLocked = true;
    else if (kind === 'unlock') this.screenLocked = false;
    if (kind === 'lock' || kind === 'suspend' || kind === 'shutdown') {
      if (this.stopped) return;
      // The input up to the lock or sleep: the gap it starts must start at the last input.
      this.d.idle.poll();
      const effects = this.session.leaveDesk(at, kind);
      this.d.idle.hold();
      this.run(effects, true);
      return;
    }
    this.run(this.session.observe({ type: kind, at }), true);
    // Woken on the lock screen: no readings until the unlock (typing the password is not desk
    // input, and polling a locked screen would cost a wake-up a minute for nothing).
    if (kind === 'resume' && this.screenLocked) return;
    this.d.idle.release(at, kind);
  }

  /** A call started or ended (detected, or the manual switch): the engine holds prompts meanwhile. */
  call(active: boolean): void {
    this.run(this.session.call(this.d.now(), active), true);
  }

  setIdleSupported(supported: boolean): void {
    if (this.session.setIdleSupported(supported)) this.changed(true);
  }

  /** After every idle poll and DND change: a prompt held by do-not-disturb shows once DND ended. */
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
    return this.state(this.d.now());
  }

  startBreak(): AppState {
    this.run(this.session.startBreak(this.d.now()), true);
    return this.getState();
  }

  endBreak(completed: boolean): AppState {
    this.run(this.session.endBreak(this.d.now(), completed), true);
    return this.getState();
  }

  snooze(): AppState {
    this.run(this.session.snooze(this.d.now()), true);
    return this.getState();
  }

  skip(): AppState {
    this.run(this.session.skip(this.d.now()), true);
    return this.getState();
  }

  pause(request: PauseRequest): AppState {
    this.run(this.session.pause(this.d.now(), request), true);
    return this.getState();
  }

  /** The dashboard's "In a meeting" switch: the same manual switch as the tray's and the CLI's. */
  setMeeting(request: { on: true; minutes?: number } | { on: false }): AppState {
    this.d.calls?.meeting(
      request.on ? (request.minutes === undefined ? {} : { minutes: request.minutes }) : false,
    );
    return this.getState();
  }

  resume(): AppState {
    this.run(this.session.resume(this.d.now()), true);
    return this.getState();
  }

  updateSettings(patch: unknown): SettingsUpdateResult {
    // A lower away threshold judges the open gap at once: from the last input, not the last poll.
    this.d.idle.poll();
    const { result, effects } = this.session.updateSettings(this.d.now(), patch);
    this.run(effects, true);
    return result;
  }

  completeOnboarding(): AppState {
    this.session.completeOnboarding();
    this.d.store.completeOnboarding();
    this.changed(true);
    return this.getState();
  }

  /** A desktop notice for the dashboard (e.g. no tray host: tray-host.ts), after the store's own. */
  showNotice(id: string, text: string): void {
    if (this.session.addNotice(id, text)) this.changed(true);
  }

  dismissNotice(): AppState {
    const dismissed = this.session.dismissNotice();
    if (dismissed === START_NOTICE) this.d.store.acknowledgeRecovery();
    else if (dismissed !== null) this.d.noticeDismissed?.(dismissed);
    this.changed(true);
    return this.getState();
  }

  getHistory(days: number): HistoryResult {
    return this.session.history(this.d.now(), days);
  }

  /** The history export: file name and contents (main asks where to save it). */
  exportFile(format: 'csv' | 'json'): { fileName: string; body: string } {
    return this.session.exportFile(this.d.now(), format);
  }

  openWindow(view: WindowView): void {
    this.d.windows.openMain(view);
  }

  /** The break window was closed by the user: a running break ends there (partial unless ≥ 90 %). */
  breakWindowClosed(): void {
    this.run(this.session.breakWindowClosed(this.d.now()), true);
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
      case 'meeting':
        this.d.calls?.meeting(command.on ? {} : false);
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
    return statusJson(this.getState());
  }

  // ------------------------------------------------------------ internals

  /** Carries out a command's or observation's effects, then saves and tells everyone. */
  private run(effects: readonly SessionEffect[], important: boolean): void {
    if (this.stopped) return;
    this.apply(effects);
    this.changed(important || effects.some(isNews));
  }

  private apply(effects: readonly SessionEffect[]): void {
    for (const effect of effects) {
      switch (effect.type) {
        case 'prompt':
          this.prompt(effect);
          break;
        case 'prompt-ended':
          this.promptEnded();
          break;
        case 'auto-open':
          this.autoOpen();
          break;
        case 'open-break':
          this.d.windows.openBreak();
          break;
        case 'close-break':
          if (this.d.windows.isBreakOpen()) this.d.windows.closeBreak();
          break;
        case 'settings-changed':
          this.d.store.saveSettings(effect.settings);
          this.d.idle.setAwayAfterSeconds(effect.settings.awayAfterSeconds);
          if ('launchAtLogin' in effect.patch)
            this.d.loginItem?.apply(effect.settings.launchAtLogin);
          if ('detectCalls' in effect.patch) this.d.calls?.setDetect(effect.settings.detectCalls);
          this.d.windows.broadcast('settings:changed', effect.settings);
          break;
        case 'heads-up':
          // The tray (refreshed after every run) says "Next break in 1 min"; optionally a quiet note.
          if (effect.notify) this.d.notifier.showHeadsUp?.();
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
    const offers = this.session.status(this.d.now());
    let firstMove = (this.d.words ?? new Translator()).t('break.firstUpFallback');
    try {
      firstMove = this.d.firstMove(s, this.session.today(this.d.now()));
    } catch (error) {
      this.d.log?.('could not build the routine for the prompt', error);
    }
    this.d.notifier.showPrompt(
      {
        breakDurationSeconds: s.breakDurationSeconds,
        firstMove,
        // What the session offers (strict mode: neither), as the tray and the break window show.
        canSnooze: offers.canSnooze,
        canSkip: offers.canSkip,
        autoOpenSeconds,
        sound: s.sound,
        eyeCue: s.eyeCue,
        reprompt: effect.reprompt,
        afterCall: effect.afterCall === true,
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

  private promptEnded(): void {
    this.promptToken++;
    this.held = null;
    this.autoOpenAt = null;
    this.d.notifier.withdraw();
  }

  /** Saves, tells the tray and the windows, and sets the one timer. */
  private changed(important: boolean): void {
    if (this.stopped) return;
    const now = this.d.now();
    this.persist(important, now);
    const state = this.state(now);
    this.d.idle.setGapStart(state.status.gapStartedAt);
    this.d.tray.update(state);
    this.d.windows.broadcast('state:changed', state);
    const wake = this.session.nextWakeAt();
    this.d.schedule(this.autoOpenAt !== null ? Math.min(wake, this.autoOpenAt) : wake);
  }

  /** News (or a settled day) is written; counts accruing at the desk only get a heartbeat. */
  private persist(news: boolean, now: Millis = this.d.now()): void {
    if (!news && now - this.lastSavedAt < SAVE_EVERY_MS) return;
    try {
      const save = this.session.takeSave(now);
      if (news || save.settled.length > 0)
        this.d.store.saveEngine(save.snapshot, save.settled, save.recent, save.rules, now);
      else if (save.inputUntil !== null) this.d.store.heartbeat(save.inputUntil);
      this.lastSavedAt = now;
    } catch (error) {
      this.d.log?.('could not save the engine state', error);
    }
  }

  /** The session's state, with the call monitor's latest word on meetings. */
  private state(now: Millis): AppState {
    if (this.d.calls) this.session.setMeeting(this.d.calls.state());
    return this.session.state(now);
  }

  private track(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) => this.d.log?.('prompt handling failed', error));
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }
}

/** The `--status` answer for a state. */
export function statusJson(state: AppState): string {
  return JSON.stringify(statusReport(state), null, 2);
}

export function noticeText(
  recovery: RecoveryNotice | null,
  words: Translator = new Translator(),
): string | null {
  return recovery === null ? null : recoveryNoticeText(words, recovery);
}
