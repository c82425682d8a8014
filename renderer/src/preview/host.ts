/**
 * The web preview host: the core `AppSession` behind a PostureApi in the page, with a simulated clock
 * the user can fast-forward and localStorage as its store. Like main's controller it only carries out
 * the session's effects (here: the in-page break window and prompt toast). It replaces only
 * `lib/api.ts`'s host; every screen is the app's own code. `./index.ts` creates the page's one host.
 */
import type { SessionEffect } from '../../../electron/core/app-session.ts';
import type {
  AppState,
  BreakEndRequest,
  ExportResult,
  HistoryResult,
  MeetingSetRequest,
  PauseRequest,
  PostureApi,
  SettingsUpdateResult,
  WindowView,
} from '../../../electron/core/ipc-contract.ts';
import {
  meetingExpired,
  switchMeeting,
  type ManualMeeting,
} from '../../../electron/core/meeting-switch.ts';
import type { Settings } from '../../../electron/core/settings.ts';
import { mergeDays } from '../../../electron/core/stats.ts';
import type { Millis, Observation } from '../../../electron/core/types.ts';
import { InputTracker } from './input-tracker.ts';
import { loadPreview, savePreview, STORE_KEY, type PreviewData } from './preview-store.ts';
import { PreviewUi } from './preview-ui.svelte.ts';
import { SimClock } from './sim-clock.ts';

/** setTimeout's limit is about 24.8 days; we re-check at least hourly anyway. */
const MAX_WAIT_MS = 3_600_000;
export const PANEL_SELECTOR = '[data-preview-panel]';

export class PreviewHost implements PostureApi {
  readonly ui = new PreviewUi();
  readonly clock: SimClock;
  #data: PreviewData;
  #storage: Storage;
  #stateListeners = new Set<(state: AppState) => void>();
  #settingsListeners = new Set<(settings: Settings) => void>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  readonly input: InputTracker;

  constructor(storage: Storage, realNow: () => Millis = () => Date.now()) {
    this.#storage = storage;
    this.#data = loadPreview(storage, realNow);
    this.clock = new SimClock(this.#data.offsetMs, realNow);
    this.input = new InputTracker(
      () => this.clock.now(),
      (from, to) => this.#sync(this.#session.observe({ type: 'input', at: from, to })),
      (target) => target instanceof Element && target.closest(PANEL_SELECTOR) !== null,
    );
    this.#sync(this.#session.start(this.clock.now()));
  }

  get #session() {
    return this.#data.session;
  }

  get settings(): Settings {
    return this.#session.settings;
  }

  // ------------------------------------------------------------------ PostureApi

  async getState(): Promise<AppState> {
    this.#tick(false);
    return this.#state();
  }

  async getSettings(): Promise<Settings> {
    return structuredClone(this.#session.settings);
  }

  async updateSettings(patch: Record<string, unknown>): Promise<SettingsUpdateResult> {
    this.input.flush();
    const { result, effects } = this.#session.updateSettings(this.clock.now(), patch);
    this.#sync(effects);
    return result;
  }

  async getHistory(days: number): Promise<HistoryResult> {
    this.#tick(false);
    return this.#session.history(this.clock.now(), days);
  }

  async exportHistory(format: 'csv' | 'json'): Promise<ExportResult> {
    this.#tick(false);
    const file = this.#session.exportFile(this.clock.now(), format);
    const url = URL.createObjectURL(new Blob([file.body], { type: file.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { savedTo: file.fileName };
  }

  async startBreak(): Promise<AppState> {
    return this.#command((now) => this.#session.startBreak(now));
  }

  async endBreak(request: BreakEndRequest): Promise<AppState> {
    return this.#command((now) => this.#session.endBreak(now, request.completed));
  }

  async snooze(): Promise<AppState> {
    return this.#command((now) => this.#session.snooze(now));
  }

  async skip(): Promise<AppState> {
    return this.#command((now) => this.#session.skip(now));
  }

  async pause(request: PauseRequest): Promise<AppState> {
    return this.#command((now) => this.#session.pause(now, request));
  }

  async resume(): Promise<AppState> {
    return this.#command((now) => this.#session.resume(now));
  }

  async completeOnboarding(): Promise<AppState> {
    this.#session.completeOnboarding();
    this.#sync([]);
    return this.#state();
  }

  async dismissNotice(): Promise<AppState> {
    this.#session.dismissNotice();
    this.#sync([]);
    return this.#state();
  }

  async openWindow(view: WindowView): Promise<void> {
    location.hash = `#/${view}`;
  }

  /** The preview is a page: there is no app to quit. */
  async quit(): Promise<void> {}

  onStateChanged(listener: (state: AppState) => void): () => void {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
  }

  onSettingsChanged(listener: (settings: Settings) => void): () => void {
    this.#settingsListeners.add(listener);
    return () => this.#settingsListeners.delete(listener);
  }

  // ------------------------------------------------------------------ simulation controls

  /** Time passes with no input at all (the person may be reading, or gone). */
  skipAhead(ms: Millis): void {
    this.input.reset();
    this.clock.skip(ms);
    this.#tick();
  }

  /** The person keeps typing for `ms`: one input span from now. */
  typeFor(ms: Millis): void {
    this.input.reset();
    const from = this.clock.now();
    this.clock.skip(ms);
    this.#observe({ type: 'input', at: from, to: this.clock.now() });
  }

  /** Input now, then nothing for `ms` (a walk to the kitchen). */
  beAway(ms: Millis): void {
    this.input.reset();
    this.#observe({ type: 'input', at: this.clock.now(), to: this.clock.now() });
    this.clock.skip(ms);
    this.#tick();
  }

  /** A call starts or ends (the simulated microphone / "In a meeting"): prompts wait meanwhile. */
  setInCall(on: boolean): void {
    this.#command((now) => {
      this.#detected = on;
      return this.#callChanged(now);
    });
  }

  /** The dashboard's "In a meeting" switch: the core's manual-switch rule, as main's CallMonitor. */
  async setMeeting(request: MeetingSetRequest): Promise<AppState> {
    return this.#command((now) => {
      const minutes = request.on ? request.minutes : undefined;
      this.#manual = switchMeeting(request.on ? (minutes ? { minutes } : {}) : false, now);
      return this.#callChanged(now);
    });
  }

  #manual: ManualMeeting = { manual: false, manualUntil: null };
  #detected = false;
  #inCall = false;

  /** Reports the switch and the simulated detection to the session; a change of the answer is a call start/end. */
  #callChanged(now: Millis): SessionEffect[] {
    this.#session.setMeeting({ ...this.#manual, detected: this.#detected, detecting: true });
    const inCall = this.#manual.manual || this.#detected;
    if (inCall === this.#inCall) return [];
    this.#inCall = inCall;
    return this.#session.call(now, inCall);
  }

  /** Forgets everything stored by the preview and starts over. */
  reset(): void {
    this.#storage.removeItem(STORE_KEY);
    location.reload();
  }

  // ------------------------------------------------------------------ internals

  /** A button's command: pending input first, so the session sees events in order. */
  #command(run: (now: Millis) => SessionEffect[]): AppState {
    this.input.flush();
    this.#sync(run(this.clock.now()));
    return this.#state();
  }

  #observe(obs: Observation): void {
    this.#sync(this.#session.observe(obs));
  }

  /** Lets simulated time catch up; a read (`push` false) tells no listener unless something happened. */
  #tick(push = true): void {
    // A timed meeting ends at the first tick at or after its time (main's CallMonitor uses a timer).
    const until = this.#manual.manualUntil;
    const ended = until !== null && meetingExpired(this.#manual, this.clock.now());
    if (ended) this.#manual = { manual: false, manualUntil: null };
    const effects = [
      ...(ended ? this.#callChanged(this.clock.now()) : []),
      ...this.#session.advance(this.clock.now()),
    ];
    this.#sync(effects, push || effects.length > 0);
  }

  #sync(effects: readonly SessionEffect[], push = true): void {
    const session = this.#session;
    for (const effect of effects) this.#apply(effect);
    const now = this.clock.now();
    const save = session.takeSave(now);
    this.#data.history = mergeDays(this.#data.history, save.settled);
    Object.assign(this.#data.rules, save.rules);
    this.#data.offsetMs = this.clock.offsetMs;
    savePreview(this.#storage, this.#data, save);
    const status = session.status(now);
    this.ui.status = status;
    this.ui.simNow = status.at;
    this.ui.eyeCue = session.settings.eyeCue;
    // The toast shows exactly while a prompt is pending (also one restored from storage).
    if (status.breakState !== 'pending') this.ui.prompt = null;
    else this.ui.prompt ??= { reprompt: false };
    this.#schedule();
    if (push && this.#stateListeners.size > 0) {
      const state = session.state(now);
      for (const listener of this.#stateListeners) listener(state);
    }
  }

  #apply(effect: SessionEffect): void {
    switch (effect.type) {
      case 'prompt':
        this.ui.prompt = { reprompt: effect.reprompt };
        break;
      case 'prompt-ended':
        this.ui.prompt = null;
        break;
      case 'auto-open':
      case 'open-break':
        this.ui.breakOpen = true;
        break;
      case 'close-break':
        this.ui.breakOpen = false;
        break;
      case 'settings-changed':
        for (const listener of this.#settingsListeners) listener(structuredClone(effect.settings));
        break;
      default:
        break;
    }
  }

  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    const delay = Math.min(MAX_WAIT_MS, Math.max(0, this.#session.nextWakeAt() - this.clock.now()));
    this.#timer = setTimeout(() => this.#tick(), delay);
  }

  #state(): AppState {
    return this.#session.state(this.clock.now());
  }
}
