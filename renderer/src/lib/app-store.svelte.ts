/** Reactive data of the dashboard window: app state, settings and history from the API, kept fresh by pushes. */
import type { AppState, HistoryResult, PostureApi } from '../../../electron/core/ipc-contract.ts';
import type { Settings } from '../../../electron/core/settings.ts';
import type { Millis } from '../../../electron/core/types.ts';
import { emptyRecord, normalized, recordSample, sampleOf, type HourlyRecord } from './hourly.ts';

/** Enough days for the 30-day chart and a 17-week streak calendar. */
export const HISTORY_DAYS = 7 * 17;
const HOURLY_KEY = 'posture:hourly';

export class AppStore {
  state = $state<AppState | null>(null);
  settings = $state<Settings | null>(null);
  history = $state<HistoryResult | null>(null);
  loadError = $state<string | null>(null);
  hourly = $state<HourlyRecord>(emptyRecord(''));
  /** Real time (Date.now) when `state` arrived; host time = status.at + real time since. */
  receivedAtMs = $state(0);

  /** The engine's hour-by-hour view when the host sends it, else the estimate built here. */
  readonly hours = $derived(
    this.state ? (this.state.todayHours ?? normalized(this.hourly, this.state.today)) : [],
  );
  readonly hoursEstimated = $derived(!this.state?.todayHours);

  #api: PostureApi;
  #storage: Storage | null;
  #unsubscribe: (() => void)[] = [];
  #historyKey = '';

  constructor(api: PostureApi, storage: Storage | null = globalThis.localStorage ?? null) {
    this.#api = api;
    this.#storage = storage;
    this.hourly = this.#loadHourly();
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
    // The estimate is only needed when the host sends no hour-by-hour view of its own.
    if (!state.todayHours) {
      this.hourly = recordSample(this.hourly, sampleOf(state.status, state.today));
      this.#saveHourly();
    }
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

  #loadHourly(): HourlyRecord {
    try {
      const raw = this.#storage?.getItem(HOURLY_KEY);
      const parsed = raw ? (JSON.parse(raw) as HourlyRecord) : null;
      if (parsed && typeof parsed.date === 'string' && parsed.buckets?.length === 24) return parsed;
    } catch {
      // A damaged estimate is simply started again; it is not user data.
    }
    return emptyRecord('');
  }

  #saveHourly(): void {
    try {
      this.#storage?.setItem(HOURLY_KEY, JSON.stringify(this.hourly));
    } catch {
      // Storage full or unavailable: the estimate still works for this session.
    }
  }
}
