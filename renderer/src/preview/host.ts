/**
 * The web preview host: a PostureApi implemented in the page with the real Engine and stats, a simulated
 * clock the user can fast-forward, and localStorage as its store. It replaces only `lib/api.ts`'s host;
 * every screen is the app's own code. `./index.ts` creates the page's one host and mounts its chrome.
 */
import type {
  AppState,
  BreakEndRequest,
  ExportResult,
  HistoryResult,
  PauseRequest,
  PostureApi,
  SettingsUpdateResult,
  WindowView,
} from '../../../electron/core/ipc-contract.ts';
import { breakCompleted } from '../../../electron/core/break-outcome.ts';
import { validateSettingsPatch, type Settings } from '../../../electron/core/settings.ts';
import {
  computeStreak,
  emptyDay,
  historyToCsv,
  historyToJson,
  lastDays,
  lifetimeTotals,
  localDateKey,
  mergeDays,
} from '../../../electron/core/stats.ts';
import type { DayStats, EngineEffect, Millis, Observation } from '../../../electron/core/types.ts';
import { InputTracker } from './input-tracker.ts';
import { loadPreview, savePreview, STORE_KEY, type PreviewData } from './preview-store.ts';
import { PreviewUi } from './preview-ui.svelte.ts';
import { SimClock } from './sim-clock.ts';

/** setTimeout's limit is about 24.8 days; we re-check at least hourly anyway. */
const MAX_WAIT_MS = 3_600_000;
/** How long the finish screen shows before the break window closes (as in main). */
const FINISH_SCREEN_MS = 20_000;
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
      (from, to) => this.#observe({ type: 'input', at: from, to }),
      (target) => target instanceof Element && target.closest(PANEL_SELECTOR) !== null,
    );
    this.#sync(this.#data.engine.advance(this.clock.now()));
  }

  get settings(): Settings {
    return this.#data.settings;
  }

  // ------------------------------------------------------------------ PostureApi

  async getState(): Promise<AppState> {
    this.#tick(false);
    return this.#state();
  }

  async getSettings(): Promise<Settings> {
    return structuredClone(this.#data.settings);
  }

  async updateSettings(patch: Record<string, unknown>): Promise<SettingsUpdateResult> {
    const result = validateSettingsPatch(patch);
    if (!result.ok) return { ok: false, issues: result.issues };
    this.input.flush();
    this.#data.settings = { ...this.#data.settings, ...result.patch };
    this.#observe({ type: 'settings', at: this.clock.now(), settings: result.patch });
    const settings = structuredClone(this.#data.settings);
    for (const listener of this.#settingsListeners) listener(structuredClone(settings));
    return { ok: true, settings };
  }

  async getHistory(days: number): Promise<HistoryResult> {
    this.#tick(false);
    const today = localDateKey(this.clock.now());
    const all = this.#allDays();
    return {
      days: lastDays(all, today, days),
      streak: computeStreak(all, today, this.#data.settings, this.#data.engine.dayRules()),
      today,
    };
  }

  async exportHistory(format: 'csv' | 'json'): Promise<ExportResult> {
    this.#tick(false);
    const days = this.#allDays();
    const body = format === 'csv' ? historyToCsv(days) : historyToJson(days);
    const name = `posture-history-${localDateKey(this.clock.now())}.${format}`;
    const url = URL.createObjectURL(
      new Blob([body], { type: format === 'csv' ? 'text/csv' : 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { savedTo: name };
  }

  async startBreak(): Promise<AppState> {
    this.#act({ type: 'break-start', at: 0 });
    this.ui.breakOpen = true;
    return this.#state();
  }

  async endBreak(request: BreakEndRequest): Promise<AppState> {
    const status = this.#data.engine.status(this.clock.now());
    const completed = breakCompleted(request.completed, status, this.settings.breakDurationSeconds);
    this.#act({ type: 'break-end', at: 0, completed });
    // Like main: the finish screen stays a while, then the break window closes by itself.
    setTimeout(() => {
      if (this.#data.engine.status().activity !== 'break') this.ui.breakOpen = false;
    }, FINISH_SCREEN_MS);
    return this.#state();
  }

  async snooze(): Promise<AppState> {
    this.#act({ type: 'snooze', at: 0 });
    return this.#state();
  }

  async skip(): Promise<AppState> {
    this.#act({ type: 'skip', at: 0 });
    return this.#state();
  }

  async pause(request: PauseRequest): Promise<AppState> {
    const now = this.clock.now();
    const until = 'minutes' in request ? now + request.minutes * 60_000 : 'tomorrow';
    this.#act({ type: 'pause', at: 0, until });
    return this.#state();
  }

  async resume(): Promise<AppState> {
    this.#act({ type: 'resume-reminders', at: 0 });
    return this.#state();
  }

  async completeOnboarding(): Promise<AppState> {
    this.#data.firstRun = false;
    this.#sync([]);
    return this.#state();
  }

  async dismissNotice(): Promise<AppState> {
    this.#data.notice = null;
    this.#sync([]);
    return this.#state();
  }

  async openWindow(view: WindowView): Promise<void> {
    location.hash = `#/${view}`;
  }

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

  /** Forgets everything stored by the preview and starts over. */
  reset(): void {
    this.#storage.removeItem(STORE_KEY);
    location.reload();
  }

  // ------------------------------------------------------------------ internals

  /** An action from a button: pending input first, so the engine sees events in order. */
  #act(obs: Observation): void {
    this.input.flush();
    this.#observe({ ...obs, at: this.clock.now() } as Observation);
  }

  #observe(obs: Observation): void {
    this.#sync(this.#data.engine.observe(obs));
  }

  /** Lets simulated time catch up; a read (`push` false) tells no listener unless something happened. */
  #tick(push = true): void {
    const effects = this.#data.engine.advance(this.clock.now());
    this.#sync(effects, push || effects.length > 0);
  }

  #sync(effects: EngineEffect[], push = true): void {
    const engine = this.#data.engine;
    for (const effect of effects) this.#apply(effect);
    this.#data.history = mergeDays(this.#data.history, engine.takeSettledDays());
    this.#data.offsetMs = this.clock.offsetMs;
    savePreview(this.#storage, this.#data);
    const status = engine.status(this.clock.now());
    this.ui.status = status;
    this.ui.simNow = status.at;
    this.ui.eyeCue = this.#data.settings.eyeCue;
    this.ui.strictMode = this.#data.settings.strictMode;
    // The toast shows exactly while a prompt is pending (also one restored from storage).
    if (status.breakState !== 'pending') this.ui.prompt = null;
    else this.ui.prompt ??= { reprompt: false };
    this.#schedule();
    if (push && this.#stateListeners.size > 0) {
      const state = this.#state();
      for (const listener of this.#stateListeners) listener(state);
    }
  }

  #apply(effect: EngineEffect): void {
    switch (effect.type) {
      case 'prompt':
        this.ui.prompt = { reprompt: effect.reprompt };
        break;
      case 'prompt-ended':
        this.ui.prompt = null;
        // Like main: a break window showing a prompt that is gone (snoozed, skipped, missed) closes.
        if (effect.outcome !== 'started' && this.#data.engine.status().activity !== 'break')
          this.ui.breakOpen = false;
        break;
      case 'auto-open':
        if (this.#data.settings.autoOpen) this.ui.breakOpen = true;
        break;
      default:
        break;
    }
  }

  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    const wake = this.#data.engine.nextWakeAt();
    if (wake === null) return;
    const delay = Math.min(MAX_WAIT_MS, Math.max(0, wake - this.clock.now()));
    this.#timer = setTimeout(() => this.#tick(), delay);
  }

  #allDays(): DayStats[] {
    return mergeDays(this.#data.history, this.#data.engine.dayStats(this.clock.now()));
  }

  #state(): AppState {
    const now = this.clock.now();
    const status = this.#data.engine.status(now);
    const days = this.#allDays();
    const today = localDateKey(status.at);
    return {
      status,
      today: days.find((d) => d.date === today) ?? emptyDay(today),
      todayHours: this.#data.engine.hourly(now),
      streak: computeStreak(days, today, this.#data.settings, this.#data.engine.dayRules()),
      lifetime: lifetimeTotals(days),
      idleSupported: true,
      notice: this.#data.notice,
      firstRun: this.#data.firstRun,
    };
  }
}
