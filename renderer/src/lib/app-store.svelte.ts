/** Reactive data of the dashboard window: app state, settings and history from the API, kept fresh by pushes. */
import type { AppState, HistoryResult, PostureApi } from '../../../electron/core/ipc-contract.ts';
import type { Settings } from '../../../electron/core/settings.ts';
import type { Millis } from '../../../electron/core/types.ts';

/** Enough days for the 30-day chart and a 17-week streak calendar. */
export const HISTORY_DAYS = 7 * 17;

export class AppStore {
  state = $state<AppState | null>(null);
  settings = $state<Settings | null>(null);
  history = $state<HistoryResult | null>(null);
  loadError = $state<string | null>(null);
  /** Real time (Date.now) when `state` arrived; host time = status.at + real time since. */
  receivedAtMs = $state(0);

  #api: PostureApi;
  #unsubscribe: (() => void)[] = [];
  #historyKey = '';

  constructor(api: PostureApi) {
    this.#api = api;
  }

  async start(): Promise<void> {
    this.#unsubscribe.push(
      this.#api.onStateChanged((state) => this.applyState(state)),
      this.#api.onSettingsChanged((settings) => {
        this.settings = settings;
        void this.refreshHistory();
      }),
    );
    try {
      const [state, settings] = await Promise.all([this.#api.getState(), this.#api.getSettings()]);
      this.settings = settings;
      this.applyState(state);
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  stop(): void {
    for (const off of this.#unsubscribe.splice(0)) off();
  }

  /** Host time now: the state's instant plus the real time since it arrived. */
  hostNow(realNowMs: Millis = Date.now()): Millis {
    return this.state ? this.state.status.at + (realNowMs - this.receivedAtMs) : realNowMs;
  }

  applyState(state: AppState): void {
    this.state = state;
    this.receivedAtMs = Date.now();
    // History only needs a refetch when something it shows beyond today's live numbers changed.
    const key = `${state.today.date}|${state.today.breaksTaken}|${state.streak.current}|${state.streak.longest}`;
    if (key !== this.#historyKey) {
      this.#historyKey = key;
      void this.refreshHistory();
    }
  }

  async refreshHistory(): Promise<void> {
    try {
      this.history = await this.#api.getHistory(HISTORY_DAYS);
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  /** Runs an action that returns the new state (start, snooze, pause...) and applies it. */
  async act(action: (api: PostureApi) => Promise<AppState>): Promise<void> {
    this.applyState(await action(this.#api));
  }

  async updateSettings(patch: Record<string, unknown>) {
    const result = await this.#api.updateSettings(patch);
    if (result.ok) this.settings = result.settings;
    return result;
  }

  get api(): PostureApi {
    return this.#api;
  }
}
