/**
 * The application session, written once for every host (main process, web preview): it owns the
 * engine, the settings, the settled history and the streak rules; it turns UI commands and
 * observations into effects for its host, builds the state and history the windows show, knows
 * when the break window's finish screen is over, and writes the export. Hosts bring a clock, a
 * store and OS services; none of them decides anything this module decides.
 */
import { breakCompleted } from './break-outcome.ts';
import { addDayParts, emptyDay, historyToCsv, historyToJson, meetsGoal } from './day-record.ts';
import { Engine, rulesOf, type EngineSnapshot } from './engine.ts';
import { HeadsUp } from './heads-up.ts';
import type {
  AppState,
  AppStatus,
  HistoryResult,
  PauseRequest,
  SettingsUpdateResult,
} from './ipc-contract.ts';
import { validateSettingsPatch, type Settings } from './settings.ts';
import {
  classifyDays,
  computeStreak,
  type ClassifyOptions,
  lastDays,
  lifetimeTotals,
  localDateKey,
  mergeDays,
  type RulesByDate,
} from './stats.ts';
import type {
  DayKind,
  DayRules,
  DayStats,
  EngineEffect,
  EngineStatus,
  MeetingState,
  Millis,
  Observation,
} from './types.ts';

/**
 * How the app judges its history for the streak: the first day on record is the install day, a
 * partial day, so short of the goal it rests (card and calendar both use this).
 */
const STREAK_OPTIONS: ClassifyOptions = { firstDayIsRest: true };

/** How long the break window stays open on its finish screen after the break ends. */
export const FINISH_SCREEN_MS = 20_000;

/** What the host has to do: the engine's decisions, plus the session's window and settings news. */
export type SessionEffect =
  | EngineEffect
  /** Show the break window (the player). */
  | { type: 'open-break' }
  /** Close the break window if it is open: its break is over or its prompt is gone. */
  | { type: 'close-break' }
  /** The settings changed: store them, and tell the OS services and windows that depend on them. */
  | { type: 'settings-changed'; settings: Settings; patch: Partial<Settings> }
  /**
   * A break is a minute away (the tray says so); `notify` when the `headsUpNotification` setting asks
   * for a quiet notification too.
   */
  | { type: 'heads-up'; at: Millis; notify: boolean };

/** The id of the notice a session starts with (the store's: its data could not be read). */
export const START_NOTICE = 'start';

/** A notice for the dashboard; `id` tells the host which one the user dismissed. */
export interface SessionNotice {
  id: string;
  text: string;
}

export interface SessionInit {
  /** Validated settings, as the store read them. */
  settings: Settings;
  /** The engine's last saved snapshot (without settings), or null. */
  snapshot: unknown;
  /** Settled days, in date order. */
  history: readonly DayStats[];
  /** The streak rules each settled day was lived under, where known (older stores did not keep them). */
  rules?: RulesByDate;
  /** The store's running totals of the days the engine held at its last save: read only if the snapshot cannot be. */
  recent?: readonly DayStats[];
  firstRun: boolean;
  /** The notice to show from the start (id START_NOTICE), or null. */
  notice: string | null;
  now: Millis;
  log?: (message: string, error?: unknown) => void;
}

/** What a host writes to its store, in one write. */
export interface SessionSave {
  snapshot: EngineSnapshot;
  /** Days that can no longer change, to add to the stored history. */
  settled: DayStats[];
  /** The streak rules each of those days was lived under. */
  rules: Record<string, DayRules>;
  /** Running totals of the days still held: the fallback if the snapshot cannot be read next time. */
  recent: DayStats[];
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  body: string;
}

export class AppSession {
  readonly #engine: Engine;
  #history: DayStats[];
  /** The streak rules of settled days; held days carry theirs in the engine. */
  #rules: Record<string, DayRules>;
  /**
   * Days recovered from the store's running totals when the snapshot could not be restored: what
   * was counted before the restart, added to what the fresh engine counts on the same dates.
   */
  #carried: DayStats[];
  #closeBreakAt: Millis | null = null;
  #firstRun: boolean;
  /** Shown one at a time, oldest first, each until dismissed. */
  #notices: SessionNotice[];
  #idleSupported = true;
  #headsUp = new HeadsUp();
  /** The "In a meeting" switch and call detection as the host last reported them, or null (none). */
  #meeting: MeetingState | null = null;
  /** Why the saved snapshot could not be restored (the engine then started afresh), or null. */
  readonly restoreProblem: string | null = null;

  constructor(init: SessionInit) {
    this.#history = [...init.history];
    this.#rules = { ...init.rules };
    this.#firstRun = init.firstRun;
    this.#notices = init.notice === null ? [] : [{ id: START_NOTICE, text: init.notice }];
    let engine: Engine | null = null;
    if (init.snapshot !== null && init.snapshot !== undefined) {
      try {
        engine = Engine.restore(init.snapshot, init.settings);
      } catch (error) {
        this.restoreProblem = error instanceof Error ? error.message : String(error);
        init.log?.('saved engine state was unusable; starting the timer afresh', error);
      }
    }
    this.#engine = engine ?? Engine.start(init.settings, init.now);
    this.#carried = engine ? [] : [...(init.recent ?? [])];
  }

  get settings(): Settings {
    return this.#engine.settings;
  }

  get firstRun(): boolean {
    return this.#firstRun;
  }

  /** The notice the dashboard shows now, or null. */
  get notice(): string | null {
    return this.#notices[0]?.text ?? null;
  }

  /**
   * The engine's status as of `now`, or of its last observation (cheapest: no look ahead), with what
   * the user is offered: the one place that says strict mode offers neither Snooze nor Skip (tray,
   * notification, windows).
   */
  status(now?: Millis): AppStatus {
    const status: EngineStatus = this.#engine.status(now);
    const strict = this.settings.strictMode;
    const promptOpen = status.breakState === 'pending' || status.breakState === 'snoozed';
    return {
      ...status,
      canSnooze: status.canSnooze && !strict,
      canSkip: promptOpen && status.activity !== 'break' && !strict,
    };
  }

  /** True when the engine is in a guided break at `now`. */
  inBreak(now: Millis): boolean {
    return this.#engine.status(now).activity === 'break';
  }

  // ------------------------------------------------------------ time and observations

  /**
   * The host is up: a call the previous run saved without ending it is known only up to that run's
   * last save, so it ends there (the host's detector starts a new one if it still goes on); then time
   * catches up to `now`.
   */
  start(now: Millis): SessionEffect[] {
    const effects: SessionEffect[] = [];
    if (this.#engine.status().callSince !== null)
      effects.push(...this.observe({ type: 'call-end', at: this.#engine.lastAt }));
    effects.push(...this.advance(now));
    return effects;
  }

  /** Time has passed to `now` (the host's one timer fired, or a read wants fresh numbers). */
  advance(now: Millis): SessionEffect[] {
    const effects = this.#withWindows(this.#engine.advance(now));
    if (this.#closeBreakAt !== null && now >= this.#closeBreakAt) {
      this.#closeBreakAt = null;
      if (!this.inBreak(now)) effects.push({ type: 'close-break' });
    }
    // One minute before a break (as of the engine's last instant, which advance just moved to now).
    if (this.#headsUp.due(this.#engine.status()))
      effects.push({ type: 'heads-up', at: now, notify: this.settings.headsUpNotification });
    return effects;
  }

  observe(obs: Observation): SessionEffect[] {
    return this.#withWindows(this.#engine.observe(obs));
  }

  /**
   * The screen locked or the machine sleeps or shuts down. Decision: a guided break ends there (the
   * routine is guided on screen, so a locked screen means the user left it); the engine's 90 % rule
   * decides whether it still counts as taken, and the locked time is not counted as moving.
   */
  leaveDesk(at: Millis, kind: 'lock' | 'suspend' | 'shutdown'): SessionEffect[] {
    const effects: SessionEffect[] = [];
    if (this.inBreak(at))
      effects.push(...this.observe({ type: 'break-end', at, completed: false }));
    this.#closeBreakAt = null;
    effects.push({ type: 'close-break' });
    effects.push(...this.observe({ type: kind === 'lock' ? 'lock' : 'suspend', at }));
    return effects;
  }

  /** A call started or ended (detected, or the manual switch): the engine holds prompts meanwhile. */
  call(now: Millis, active: boolean): SessionEffect[] {
    return this.observe({ type: active ? 'call-start' : 'call-end', at: now });
  }

  /** What the host's call monitor reports (manual switch, detection), shown in `state().meeting`. */
  setMeeting(meeting: MeetingState | null): void {
    this.#meeting = meeting === null ? null : { ...meeting };
  }

  /** False where the platform reports no input idle time; returns whether that changed. */
  setIdleSupported(supported: boolean): boolean {
    if (supported === this.#idleSupported) return false;
    this.#idleSupported = supported;
    return true;
  }

  // ------------------------------------------------------------ commands

  /** Starts a guided break (answering a pending prompt, or a manual one) and shows the player. */
  startBreak(now: Millis): SessionEffect[] {
    const effects = this.inBreak(now) ? [] : this.observe({ type: 'break-start', at: now });
    this.#closeBreakAt = null;
    effects.push({ type: 'open-break' });
    return effects;
  }

  /**
   * The player ended the break; its window shows the finish screen, then closes (closed, not hidden).
   * The page's `completed` counts only if the break has run 90 % of its length by `now`.
   */
  endBreak(now: Millis, reported: boolean): SessionEffect[] {
    const status = this.#engine.status(now);
    if (status.activity !== 'break') return [];
    const completed = breakCompleted(reported, status, this.settings.breakDurationSeconds);
    const effects = this.observe({ type: 'break-end', at: now, completed });
    this.#closeBreakAt = now + FINISH_SCREEN_MS;
    return effects;
  }

  /** The user closed the break window: a running break ends there (partial unless ≥ 90 %). */
  breakWindowClosed(now: Millis): SessionEffect[] {
    this.#closeBreakAt = null;
    return this.inBreak(now) ? this.observe({ type: 'break-end', at: now, completed: false }) : [];
  }

  /** Strict mode refuses it too (a notification shown before strict mode was turned on). */
  snooze(now: Millis): SessionEffect[] {
    return this.settings.strictMode ? [] : this.observe({ type: 'snooze', at: now });
  }

  /** Strict mode refuses it too, like `snooze`. */
  skip(now: Millis): SessionEffect[] {
    return this.settings.strictMode ? [] : this.observe({ type: 'skip', at: now });
  }

  pause(now: Millis, request: PauseRequest): SessionEffect[] {
    const until = 'until' in request ? request.until : now + request.minutes * 60_000;
    return this.observe({ type: 'pause', at: now, until });
  }

  resume(now: Millis): SessionEffect[] {
    return this.observe({ type: 'resume-reminders', at: now });
  }

  /** Validates a patch from outside (the edge where settings enter) and applies it from `now` on. */
  updateSettings(
    now: Millis,
    patch: unknown,
  ): { result: SettingsUpdateResult; effects: SessionEffect[] } {
    const checked = validateSettingsPatch(patch);
    if (!checked.ok) return { result: { ok: false, issues: checked.issues }, effects: [] };
    const effects = this.observe({ type: 'settings', at: now, settings: checked.patch });
    const copy = () => JSON.parse(JSON.stringify(this.settings)) as Settings;
    effects.push({ type: 'settings-changed', settings: copy(), patch: checked.patch });
    return { result: { ok: true, settings: copy() }, effects };
  }

  completeOnboarding(): void {
    this.#firstRun = false;
  }

  /**
   * A host's own notice (e.g. the desktop cannot show the tray icon), shown after those before it;
   * one per id. Returns whether it was added.
   */
  addNotice(id: string, text: string): boolean {
    if (this.#notices.some((n) => n.id === id)) return false;
    this.#notices.push({ id, text });
    return true;
  }

  /** The user dismissed the notice shown: returns its id (for the host to remember), or null. */
  dismissNotice(): string | null {
    return this.#notices.shift()?.id ?? null;
  }

  // ------------------------------------------------------------ what the host schedules and saves

  /** The next instant anything can change: the engine's, the heads-up, or the end of the finish screen. */
  nextWakeAt(): Millis {
    let next = this.#engine.nextWakeAt();
    const headsUp = this.#headsUp.wakeAt(this.#engine.status());
    for (const deadline of [this.#closeBreakAt, headsUp])
      if (deadline !== null && deadline < next) next = deadline;
    return next;
  }

  /** Hands over what to store, moving the days that can no longer change into the history. */
  takeSave(now: Millis): SessionSave {
    const heldRules = this.#engine.dayRules();
    const settled = this.#engine.takeSettledDays().map((day) => this.#withCarried(day));
    const held = this.#engine.dayStats(now);
    const firstHeld = held[0]?.date ?? localDateKey(now);
    // A recovered day the engine does not hold (any more) is complete.
    const done = new Set(settled.map((d) => d.date));
    settled.push(...this.#carried.filter((d) => d.date < firstHeld && !done.has(d.date)));
    this.#carried = this.#carried.filter((d) => d.date >= firstHeld);
    const rules: Record<string, DayRules> = {};
    for (const day of settled) rules[day.date] = heldRules[day.date] ?? rulesOf(this.settings);
    if (settled.length > 0) {
      this.#history = mergeDays(this.#history, settled);
      Object.assign(this.#rules, rules);
    }
    return { snapshot: this.#engine.snapshot(), settled, rules, recent: this.#held(held) };
  }

  // ------------------------------------------------------------ views

  state(now: Millis): AppState {
    const all = this.allDays(now);
    const today = localDateKey(now);
    return {
      status: this.status(now),
      today: all.find((d) => d.date === today) ?? emptyDay(today),
      todayHours: this.#engine.hourly(now),
      streak: computeStreak(all, today, this.settings, this.#rulesByDate(), STREAK_OPTIONS),
      lifetime: lifetimeTotals(all),
      idleSupported: this.#idleSupported,
      notice: this.notice,
      firstRun: this.#firstRun,
      ...(this.#meeting ? { meeting: { ...this.#meeting } } : {}),
    };
  }

  /** Today's record as of `now`. */
  today(now: Millis): DayStats {
    const key = localDateKey(now);
    return this.#held(this.#engine.dayStats(now)).find((d) => d.date === key) ?? emptyDay(key);
  }

  /** The last `count` days and how each counts for the streak (the same rules as `state().streak`). */
  history(now: Millis, count: number): HistoryResult {
    const all = this.allDays(now);
    const today = localDateKey(now);
    const days = lastDays(all, today, count);
    const first = days[0]?.date ?? today;
    const kinds: Record<string, DayKind> = {};
    for (const { date, kind } of classifyDays(
      all,
      today,
      this.settings,
      this.#rulesByDate(),
      STREAK_OPTIONS,
    ))
      if (date >= first) kinds[date] = kind;
    return { days, kinds };
  }

  /** Every day on record, settled history and the days still held, in date order. */
  allDays(now: Millis): DayStats[] {
    return mergeDays(this.#history, this.#held(this.#engine.dayStats(now)));
  }

  exportFile(now: Millis, format: 'csv' | 'json'): ExportFile {
    const days = this.allDays(now);
    return {
      fileName: `posture-break-history-${localDateKey(now)}.${format}`,
      mimeType: format === 'csv' ? 'text/csv' : 'application/json',
      body: format === 'csv' ? historyToCsv(days) : historyToJson(days),
    };
  }

  // ------------------------------------------------------------ internals

  /** A prompt that is gone (skipped, snoozed, missed) leaves its break window nothing to show. */
  #withWindows(effects: readonly EngineEffect[]): SessionEffect[] {
    const out: SessionEffect[] = [...effects];
    for (const effect of effects) {
      if (effect.type === 'prompt-ended' && effect.outcome !== 'started') {
        if (this.#engine.status().activity !== 'break') out.push({ type: 'close-break' });
      }
    }
    return out;
  }

  /** The rules every known day was lived under; a date without is judged by today's settings. */
  #rulesByDate(): RulesByDate {
    return { ...this.#rules, ...this.#engine.dayRules() };
  }

  /** The engine's days with any recovered running totals of the same dates added. */
  #held(days: readonly DayStats[]): DayStats[] {
    if (this.#carried.length === 0) return [...days];
    return mergeDays(
      this.#carried,
      days.map((d) => this.#withCarried(d)),
    );
  }

  #withCarried(day: DayStats): DayStats {
    const carried = this.#carried.find((d) => d.date === day.date);
    if (!carried) return day;
    const sum = addDayParts(carried, day);
    const goal =
      this.#engine.dayRules()[day.date]?.dailyGoalBreaks ?? this.settings.dailyGoalBreaks;
    return { ...sum, goalMet: sum.goalMet || meetsGoal(sum.breaksTaken, goal) };
  }
}
