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
  type ClassifyOptions,
  lastDays,
  lifetimeTotals,
  localDateKey,
  mergeDays,
  type RulesByDate,
  startWalk,
  type StreakWalk,
  walkDays,
} from './stats.ts';
import { dayKey, dayNumber } from './time.ts';
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
  /**
   * The latest instant the previous run saw input at the desk after its last save (the store's
   * heartbeat), or null: `start` credits the sitting up to it if the snapshot says the user was there.
   */
  heartbeatAt?: Millis | null;
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
  /**
   * The latest instant input was seen while at the desk (sitting, not away, not in a break), or null:
   * what a heartbeat records when counts accrue with no other news.
   */
  inputUntil: Millis | null;
}

/**
 * Whether an effect is news a save must carry (beyond counts accruing at the desk, which a heartbeat
 * covers): coming back or going away ends the sitting stretch a heartbeat vouches for.
 */
export function isNews(effect: SessionEffect): boolean {
  return effect.type === 'away' || effect.type === 'back';
}

/**
 * The streak walk over the settled part of the history (every date before the first held one), with
 * each date's kind: recomputed only when a day settles or a streak setting changes (`key`), so a
 * poll walks just the held days.
 */
interface SettledWalk {
  key: string;
  walk: StreakWalk;
  /** The kind of each date from `walk.first` on. */
  kinds: DayKind[];
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  body: string;
}

export class AppSession {
  readonly #engine: Engine;
  #history: DayStats[];
  /** The settled days by date, their lifetime totals, and a number that changes with them. */
  #historyByDate = new Map<string, DayStats>();
  #settledTotals = { breaksTaken: 0, movingSeconds: 0 };
  #historyVersion = 0;
  #settledWalk: SettledWalk | null = null;
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
  /** The previous run's heartbeat, credited once by `start` (only to a restored snapshot). */
  #heartbeatAt: Millis | null;

  constructor(init: SessionInit) {
    this.#history = mergeDays([], init.history);
    this.#historyChanged();
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
    this.#heartbeatAt = engine ? (init.heartbeatAt ?? null) : null;
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
    // After a crash: the previous run sat at the desk, seeing input, up to its heartbeat (no news
    // since its last save, or it would have saved), so that sitting counts as it would have.
    const heartbeat = this.#heartbeatAt;
    this.#heartbeatAt = null;
    if (heartbeat !== null && this.#inputUntil() !== null && heartbeat > this.#engine.lastAt) {
      const to = Math.min(heartbeat, now);
      if (to > this.#engine.lastAt)
        effects.push(...this.observe({ type: 'input', at: this.#engine.lastAt, to }));
    }
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
    // A day already in the history is complete there: a restart after a crash between the history's
    // write and the snapshot's may settle it again from the older snapshot (never counted twice).
    const fresh = settled.filter((day) => !this.#historyByDate.has(day.date));
    const rules: Record<string, DayRules> = {};
    for (const day of fresh) rules[day.date] = heldRules[day.date] ?? rulesOf(this.settings);
    if (fresh.length > 0) {
      this.#history = mergeDays(this.#history, fresh);
      Object.assign(this.#rules, rules);
      this.#historyChanged();
    }
    return {
      snapshot: this.#engine.snapshot(),
      settled: fresh,
      rules,
      recent: this.#held(held),
      inputUntil: this.#inputUntil(),
    };
  }

  // ------------------------------------------------------------ views

  state(now: Millis): AppState {
    const today = localDateKey(now);
    const held = this.#held(this.#engine.dayStats(now));
    const streak = this.#streakWalk(today, held);
    let { breaksTaken, movingSeconds } = this.#settledTotals;
    for (const day of held) {
      const replaced = this.#historyByDate.get(day.date);
      breaksTaken += day.breaksTaken - (replaced?.breaksTaken ?? 0);
      movingSeconds += day.movingSeconds - (replaced?.movingSeconds ?? 0);
    }
    return {
      status: this.status(now),
      today:
        held.find((d) => d.date === today) ?? this.#historyByDate.get(today) ?? emptyDay(today),
      todayHours: this.#engine.hourly(now),
      streak: { current: streak.walk.current, longest: streak.walk.longest },
      lifetime: { breaksTaken, movingSeconds },
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
    const first = dayNumber(days[0]?.date ?? today);
    const tail: [string, DayKind][] = [];
    const held = this.#held(this.#engine.dayStats(now));
    const { walk, settled } = this.#streakWalk(today, held, (date, kind) =>
      tail.push([date, kind]),
    );
    // The settled part's kinds come from the cache; only the dates asked for are named.
    const kinds: Record<string, DayKind> = {};
    if (settled) {
      const end = walk.first + settled.kinds.length;
      for (let n = Math.max(first, walk.first); n < end; n++)
        kinds[dayKey(n)] = settled.kinds[n - walk.first] as DayKind;
    }
    for (const [date, kind] of tail) if (dayNumber(date) >= first) kinds[date] = kind;
    return { days, kinds };
  }

  /** The streak rules every known day was lived under (settled: stored; held: the engine's). */
  rulesByDate(): RulesByDate {
    return { ...this.#rules, ...this.#engine.dayRules() };
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

  /** The latest instant input was seen, if the user is at the desk (not away, not in a break). */
  #inputUntil(): Millis | null {
    const status = this.#engine.status();
    if (status.activity !== 'sitting') return null;
    // In a call, input runs to the last observation; otherwise to the end of the last input span.
    return status.callSince !== null ? this.#engine.lastAt : this.#engine.lastInputAt;
  }

  /** The settled days changed: their index, totals and streak walk follow. */
  #historyChanged(): void {
    this.#historyByDate = new Map(this.#history.map((d) => [d.date, d]));
    this.#settledTotals = lifetimeTotals(this.#history);
    this.#historyVersion++;
    this.#settledWalk = null;
  }

  /**
   * The streak walk from the first date on record to `today`: the settled part (dates before the
   * first held one) from the cache, then the held days, whose kinds `onTail` hears. A date's rules
   * are those it was lived under (held days: the engine's; settled: the stored ones), else today's.
   */
  #streakWalk(
    today: string,
    held: readonly DayStats[],
    onTail?: (date: string, kind: DayKind) => void,
  ): { walk: StreakWalk; settled: SettledWalk | null } {
    const heldRules = this.#engine.dayRules();
    // The first date on record (or today), as `classifyDays` takes it.
    let firstDay = today;
    for (const day of held) if (day.date < firstDay) firstDay = day.date;
    const firstSettled = this.#history[0]?.date;
    if (firstSettled !== undefined && firstSettled < firstDay) firstDay = firstSettled;
    // Dates up to `cutoff` have their record and rules from the settled history alone.
    let firstHeld = today;
    for (const day of held) if (day.date < firstHeld) firstHeld = day.date;
    for (const date in heldRules) if (date < firstHeld) firstHeld = date;
    const todayN = dayNumber(today);
    const first = dayNumber(firstDay);
    const lastSettled = this.#history[this.#history.length - 1]?.date;
    const cutoff =
      lastSettled === undefined
        ? first - 1
        : Math.min(dayNumber(lastSettled), dayNumber(firstHeld) - 1, todayN - 1);
    const s = this.settings;
    let settled: SettledWalk | null = null;
    let walk = startWalk(first);
    if (cutoff >= first) {
      const key = `${this.#historyVersion}:${first}:${cutoff}:${s.restDayBelowMinutes}:${s.graceDaysPerWeek}:${s.dailyGoalBreaks}`;
      settled = this.#settledWalk;
      if (settled?.key !== key) {
        const kinds: DayKind[] = [];
        walkDays(
          walk,
          cutoff,
          todayN,
          (date) => this.#historyByDate.get(date),
          (date) => this.#rules[date],
          s,
          STREAK_OPTIONS,
          (_date, kind) => kinds.push(kind),
        );
        settled = this.#settledWalk = { key, walk: { ...walk }, kinds };
      }
      walk = { ...settled.walk };
    }
    const heldByDate = new Map(held.map((d) => [d.date, d]));
    walkDays(
      walk,
      todayN,
      todayN,
      (date) => heldByDate.get(date) ?? this.#historyByDate.get(date),
      (date) => heldRules[date] ?? this.#rules[date],
      s,
      STREAK_OPTIONS,
      onTail,
    );
    return { walk, settled };
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
