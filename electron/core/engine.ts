/**
 * The time engine (SPEC sections 1–3 and 9): classifies wall time as sitting, moving, away or unknown,
 * decides when a break comes due and is prompted, and keeps per-day statistics. Time is always an
 * argument: it never reads a clock or starts a timer, and `nextWakeAt()` tells the caller when to call back.
 */
import { meetsGoal } from './day-record.ts';
import { applySettingsPatch, type Settings } from './settings.ts';
import {
  DAY_MS,
  dateRange,
  INSTANT_RANGE_TEXT,
  MAX_INSTANT,
  MIN_INSTANT,
  localDayOf,
  nextTimeOfDay,
  parseDateKey,
  workingHoursAt,
  type LocalDay,
} from './time.ts';
import type {
  BreakOutcome,
  DayRules,
  BreakState,
  DayStats,
  EngineEffect,
  EngineStatus,
  HourStats,
  Millis,
  Observation,
} from './types.ts';

/** Running totals of one local date, in milliseconds while the day can still change. */
interface DayAcc {
  sittingMs: number;
  movingMs: number;
  awayMs: number;
  /** Away time after the day's latest input so far; it counts only if more input comes that day. */
  pendingAwayMs: number;
  /** Away gap time outside the day's inputs, and nights: counted nowhere (kept to check the sums). */
  unknownMs: number;
  hadInput: boolean;
  breaksPrompted: number;
  breaksTaken: number;
  breaksPartial: number;
  breaksSkipped: number;
  breaksSnoozed: number;
  breaksMissed: number;
  naturalBreaks: number;
  longestSitMs: number;
  /** The part of sittingMs spent in calls. */
  callMs: number;
  /** The streak rules in force on this date (a settings change applies from its instant on). */
  rules: DayRules;
}

/** The one break that may exist at a time (due, pending or snoozed). */
interface BreakRecord {
  dueAt: Millis;
  dueDate: string;
  state: Exclude<BreakState, 'none'>;
  /** Prompted at least once: it must end in an outcome. */
  shown: boolean;
  promptedAt: Millis | null;
  snoozes: number;
  /** Timer value (sitting ms) at which a snoozed break is prompted again. */
  repromptAtTimerMs: number;
  autoOpened: boolean;
}

interface State {
  v: 1;
  /** The settings in force; their owner is the app session, so a snapshot leaves them out. */
  settings: Settings;
  startedAt: Millis;
  /** First date still held (the start's date until settled days are handed over). */
  firstDate: string;
  lastAt: Millis;
  /** 'gap': sitting or an input gap since segStart; 'break': a guided break since segStart. */
  mode: 'gap' | 'break';
  /** Start of time not yet added to the day totals (sitting, away, or the running break). */
  segStart: Millis;
  /** Start of the current input gap (>= segStart); during an input span it is the span's end. */
  gapStart: Millis;
  /** The open gap has reached awayAfterSeconds and is away back to gapStart (= segStart). */
  away: boolean;
  /** Date a running guided break's outcome is counted on. */
  breakDate: string | null;
  /** Sitting counted toward the break timer in closed stretches. */
  timerBaseMs: number;
  /** Instant the timer last restarted; sitting before it in the open segment does not count. */
  timerFrom: Millis;
  brk: BreakRecord | null;
  pauseUntil: Millis | null;
  /**
   * Start of the call in progress, or null. A call is one continuous input span (SPEC 9): no gap
   * grows and no prompt is shown until it ends (call-end or suspend).
   */
  callSince: Millis | null;
  /** Start of the current sitting stretch (no break in between), for longestSitSeconds. */
  stretchStart: Millis | null;
  days: Record<string, DayAcc>;
  /**
   * What happened when, for the held days' hour-by-hour view: `[startMs, endMs, kind]` with kind
   * 0 sitting, 1 moving, 2 away (a natural break, shown even where the day totals call it unknown),
   * 3 sitting in a call.
   */
  segments: [Millis, Millis, SegmentKind][];
}

type SegmentKind = 0 | 1 | 2 | 3;

const NO_EFFECTS: EngineEffect[] = [];
/** dayStats lists every date up to this span (a bit over 100 years), and only held days beyond it. */
export const MAX_FILLED_DAYS = 36_600;
/** An away gap longer than this many days keeps records only for its first and last day. */
const LONG_GAP_DAYS = 400;
const daysBetween = (first: string, last: string) =>
  (parseDateKey(last) - parseDateKey(first)) / DAY_MS;

/** What `snapshot()` returns: the state without the settings (the session owns and stores them). */
export type EngineSnapshot = Omit<State, 'settings'>;

function newDay(rules: DayRules): DayAcc {
  return {
    rules: { ...rules },
    sittingMs: 0,
    movingMs: 0,
    awayMs: 0,
    pendingAwayMs: 0,
    unknownMs: 0,
    hadInput: false,
    breaksPrompted: 0,
    breaksTaken: 0,
    breaksPartial: 0,
    breaksSkipped: 0,
    breaksSnoozed: 0,
    breaksMissed: 0,
    naturalBreaks: 0,
    longestSitMs: 0,
    callMs: 0,
  };
}

export class Engine {
  private s: State;
  private effects: EngineEffect[] | null = null;
  /** Cached local day of the latest lookup (most lookups hit the same day). */
  private dayCache: LocalDay | null = null;
  /** Cached working-hours answer, valid while lastAt < whUntil. */
  private whInside = true;
  private whUntil = Number.NEGATIVE_INFINITY;
  private whFrom = Number.POSITIVE_INFINITY;
  /** The instant the latest call ended (a prompt at that instant is a catch-up); not state. */
  private callEndedAt: Millis | null = null;

  private constructor(state: State) {
    this.s = state;
  }

  /** A new engine whose first observation (the app's start) is `at`. */
  static start(settings: Settings, at: Millis): Engine {
    return new Engine({
      v: 1,
      settings: { ...settings },
      startedAt: at,
      firstDate: localDayOf(at).key,
      lastAt: at,
      mode: 'gap',
      segStart: at,
      gapStart: at,
      away: false,
      breakDate: null,
      timerBaseMs: 0,
      timerFrom: at,
      brk: null,
      pauseUntil: null,
      callSince: null,
      stretchStart: null,
      days: {},
      segments: [],
    });
  }

  /** Rebuilds an engine from `snapshot()` output; throws an Error naming the bad field. */
  static restore(snapshot: unknown, settings: Settings): Engine {
    return new Engine({ ...validateSnapshot(snapshot, settings), settings: { ...settings } });
  }

  get settings(): Settings {
    return this.s.settings;
  }

  get lastAt(): Millis {
    return this.s.lastAt;
  }

  /** The end of the latest input span seen (the current gap's start). */
  get lastInputAt(): Millis {
    return this.s.gapStart;
  }

  snapshot(): EngineSnapshot {
    const { settings: _owned, ...rest } = this.s;
    return JSON.parse(JSON.stringify(rest)) as EngineSnapshot;
  }

  /** Advances to the observation's instant (clamped to the latest seen), then applies it. */
  observe(obs: Observation): EngineEffect[] {
    this.effects = null;
    const s = this.s;
    const at = Math.max(obs.at, s.lastAt);
    switch (obs.type) {
      case 'input':
        this.input(at, Math.max(obs.to, at));
        break;
      case 'unlock':
        this.input(at, at);
        break;
      case 'lock':
      case 'suspend':
      case 'resume':
        // Locked and suspended stretches are part of the input gap; resume is not input.
        this.advanceTo(at);
        // A suspend ends a call exactly like a call-end at that instant (SPEC 9).
        if (obs.type === 'suspend') this.callEnd(at);
        break;
      case 'call-start':
        this.callStart(at);
        break;
      case 'call-end':
        this.advanceTo(at);
        this.callEnd(at);
        break;
      case 'break-start':
        this.advanceTo(at);
        this.breakStart(at);
        break;
      case 'break-end':
        this.advanceTo(at);
        this.breakEnd(at, obs.completed);
        break;
      case 'snooze':
        this.advanceTo(at);
        this.snooze(at);
        break;
      case 'skip':
        this.advanceTo(at);
        this.skip(at);
        break;
      case 'pause': {
        this.advanceTo(at);
        const until =
          obs.until === 'tomorrow' ? nextTimeOfDay(at, s.settings.dayStartsAt) : obs.until;
        s.pauseUntil = until > at ? until : null;
        if (s.pauseUntil !== null) this.emit({ type: 'reminders', at, active: false });
        break;
      }
      case 'resume-reminders':
        this.advanceTo(at);
        if (s.pauseUntil !== null) {
          s.pauseUntil = null;
          if (this.remindersActive(at)) this.emit({ type: 'reminders', at, active: true });
        }
        break;
      case 'settings':
        this.advanceTo(at);
        s.settings = applySettingsPatch(s.settings, obs.settings);
        this.whUntil = Number.NEGATIVE_INFINITY;
        // Days already over keep the rules they were lived under; today takes the new ones.
        this.acc(this.day(at).key).rules = rulesOf(s.settings);
        break;
    }
    // A line can make something happen at its own instant (a resume shows a due break at once).
    this.settle(s.lastAt);
    const out = this.effects ?? NO_EFFECTS;
    this.effects = null;
    return out;
  }

  /** Lets time pass with no new observation (the caller's one timer fired). */
  advance(now: Millis): EngineEffect[] {
    this.effects = null;
    this.advanceTo(Math.max(now, this.s.lastAt));
    const out = this.effects ?? NO_EFFECTS;
    this.effects = null;
    return out;
  }

  /** The next instant at which anything can change if no observation arrives. */
  nextWakeAt(): Millis {
    const next = this.nextEventAfter(this.s.lastAt, true);
    const midnight = this.day(this.s.lastAt).endMs;
    return Math.min(next, midnight);
  }

  /** The state as of `now` (default: lastAt) without changing this engine. */
  status(now?: Millis): EngineStatus {
    const e = now !== undefined && now > this.s.lastAt ? this.clone() : this;
    if (e !== this) e.advanceTo(now as Millis);
    const s = e.s;
    const t = s.lastAt;
    const timer = e.timerAt(t);
    const brk = s.brk;
    let nextDueAt: Millis | null = null;
    if (s.mode === 'gap' && !(brk && (brk.state === 'pending' || brk.state === 'due'))) {
      const target = brk ? brk.repromptAtTimerMs : e.intervalMs();
      nextDueAt = t + Math.max(0, target - timer);
    }
    const paused = s.pauseUntil !== null && t < s.pauseUntil;
    return {
      at: t,
      activity: s.mode === 'break' ? 'break' : s.away ? 'away' : 'sitting',
      breakStartedAt: s.mode === 'break' ? s.segStart : null,
      breakState: brk ? brk.state : 'none',
      dueAt: brk ? brk.dueAt : null,
      promptedAt: brk && brk.state === 'pending' ? brk.promptedAt : null,
      snoozesLeft: brk ? Math.max(0, s.settings.maxSnoozes - brk.snoozes) : s.settings.maxSnoozes,
      canSnooze: !!brk && brk.state === 'pending' && brk.snoozes < s.settings.maxSnoozes,
      reminders: paused ? 'paused' : e.inWorkingHours(t) ? 'active' : 'outside-hours',
      pausedUntil: paused ? s.pauseUntil : null,
      timerSittingMs: timer,
      nextDueAt,
      gapStartedAt: s.mode === 'gap' ? s.gapStart : null,
      callSince: s.callSince,
    };
  }

  /**
   * Every date the engine holds, in order with empty days filled, as of `now` (default lastAt):
   * an open gap is classified as of that moment and a running break counts as moving up to it.
   */
  dayStats(now?: Millis): DayStats[] {
    const e = this.clone();
    e.advanceTo(Math.max(now ?? e.s.lastAt, e.s.lastAt));
    e.finalize();
    const last = e.day(e.s.lastAt).key;
    const first = e.s.firstDate < last ? e.s.firstDate : last;
    const held = Object.keys(e.s.days).filter((key) => key >= first && key <= last);
    // A clock that jumped centuries ahead must not cost a record per day: past MAX_FILLED_DAYS only
    // the days that hold something are listed (a replay spans less, so it always gets every date).
    const dates =
      daysBetween(first, last) < MAX_FILLED_DAYS ? dateRange(first, last) : [...held, last].sort();
    return [...new Set(dates)].map((date) => toStats(date, e.s.days[date], e.s.settings));
  }

  /**
   * Sums over the days the engine holds, as of `now`, with unknown time made explicit:
   * sitting + moving + away + unknown equals the elapsed time since the app's start.
   */
  totals(now?: Millis): { sittingMs: number; movingMs: number; awayMs: number; unknownMs: number } {
    const e = this.clone();
    e.advanceTo(Math.max(now ?? e.s.lastAt, e.s.lastAt));
    e.finalize();
    const sum = { sittingMs: 0, movingMs: 0, awayMs: 0, unknownMs: 0 };
    for (const d of Object.values(e.s.days)) {
      sum.sittingMs += d.sittingMs;
      sum.movingMs += d.movingMs;
      sum.awayMs += d.awayMs;
      sum.unknownMs += d.unknownMs + d.pendingAwayMs;
    }
    return sum;
  }

  /** Sitting, moving and away per local clock hour of the date holding `now` (default lastAt). */
  hourly(now?: Millis): HourStats[] {
    const e = this.clone();
    e.advanceTo(Math.max(now ?? e.s.lastAt, e.s.lastAt));
    e.finalize();
    const day = localDayOf(e.s.lastAt);
    const hours: HourStats[] = Array.from({ length: 24 }, (_, hour) => ({
      hour,
      sittingSeconds: 0,
      movingSeconds: 0,
      awaySeconds: 0,
      callSeconds: 0,
    }));
    const field = ['sittingSeconds', 'movingSeconds', 'awaySeconds', 'sittingSeconds'] as const;
    for (const [start, end, kind] of e.s.segments) {
      let a = Math.max(start, day.startMs);
      const b = Math.min(end, day.endMs);
      while (a < b) {
        const d = new Date(a);
        const hourEnd = Math.min(
          b,
          new Date(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours() + 1).getTime(),
        );
        const slot = hours[d.getHours()] as HourStats;
        const seconds = (Math.max(hourEnd, a + 1) - a) / 1000;
        slot[field[kind]] += seconds;
        if (kind === 3) slot.callSeconds += seconds;
        a = Math.max(hourEnd, a + 1);
      }
    }
    return hours;
  }

  private startOfDate(key: string): Millis {
    const [y, m, d] = key.split('-').map(Number);
    return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
  }

  /** Removes and returns days that can no longer change, for the store's history. */
  takeSettledDays(): DayStats[] {
    const s = this.s;
    let open = this.day(s.lastAt).key;
    const consider = (ms: Millis) => {
      const key = this.day(ms).key;
      if (key < open) open = key;
    };
    consider(s.segStart);
    if (s.brk) consider(s.brk.dueAt);
    if (s.breakDate && s.breakDate < open) open = s.breakDate;
    const settled: DayStats[] = [];
    for (const key of Object.keys(s.days).sort()) {
      if (key >= open) break;
      settled.push(toStats(key, s.days[key], s.settings));
      delete s.days[key];
    }
    if (open > s.firstDate) {
      s.firstDate = open;
      const openStart = this.startOfDate(open);
      s.segments = s.segments.filter((seg) => seg[1] > openStart);
    }
    return settled;
  }

  // ---------------------------------------------------------------- time passing

  private clone(): Engine {
    return new Engine(JSON.parse(JSON.stringify(this.s)) as State);
  }

  private emit(effect: EngineEffect): void {
    (this.effects ??= []).push(effect);
  }

  private intervalMs(): number {
    return this.s.settings.breakIntervalMinutes * 60_000;
  }

  private awayMs(): number {
    return this.s.settings.awayAfterSeconds * 1000;
  }

  private day(ms: Millis): LocalDay {
    const c = this.dayCache;
    if (c && ms >= c.startMs && ms < c.endMs) return c;
    return (this.dayCache = localDayOf(ms));
  }

  private acc(key: string): DayAcc {
    return (this.s.days[key] ??= newDay(rulesOf(this.s.settings)));
  }

  /** The streak rules in force on each held date, for `computeStreak`. */
  dayRules(): Record<string, DayRules> {
    const out: Record<string, DayRules> = {};
    for (const [key, acc] of Object.entries(this.s.days)) out[key] = { ...acc.rules };
    return out;
  }

  private inWorkingHours(t: Millis): boolean {
    const hours = this.s.settings.workingHours;
    if (hours === false) return true;
    if (t < this.whFrom || t >= this.whUntil) {
      const answer = workingHoursAt(t, hours);
      this.whInside = answer.inside;
      this.whFrom = t;
      this.whUntil = answer.untilMs;
    }
    return this.whInside;
  }

  /** Prompts and auto-opens may happen: reminders active and not in a call. */
  private mayPrompt(t: Millis): boolean {
    return this.s.callSince === null && this.remindersActive(t);
  }

  private remindersActive(t: Millis): boolean {
    const s = this.s;
    return (s.pauseUntil === null || t >= s.pauseUntil) && this.inWorkingHours(t);
  }

  /** Sitting counted by the break timer at `t` (the open gap provisionally, unless it is away). */
  private timerAt(t: Millis): number {
    const s = this.s;
    if (s.mode === 'break' || s.away) return Math.max(0, s.timerBaseMs);
    return s.timerBaseMs + Math.max(0, t - Math.max(s.segStart, s.timerFrom));
  }

  /**
   * Earliest instant strictly after `t` at which a rule can fire (Infinity if none). A working-hours
   * edge changes nothing while no break exists or a pause holds it (the pause's end is its own event),
   * so time passing skips those edges (a clock jump of years costs no step per edge) unless the
   * caller's wake-up (tray state) wants them: `withEdges`.
   */
  private nextEventAfter(t: Millis, withEdges = false): Millis {
    // Runs twice per observation: plain comparisons, no allocation.
    const s = this.s;
    let next = Number.POSITIVE_INFINITY;
    let c: number;
    const brk = s.brk;
    if (s.mode === 'gap' && !s.away) {
      // In a call the input never stops, so the gap never reaches the away threshold.
      c = s.callSince === null ? s.gapStart + this.awayMs() : Number.POSITIVE_INFINITY;
      if (c > t && c < next) next = c;
      const target =
        brk === null ? this.intervalMs() : brk.state === 'snoozed' ? brk.repromptAtTimerMs : -1;
      if (target >= 0) {
        c = t + (target - this.timerAt(t));
        if (c > t && c < next) next = c;
      }
    }
    if (s.pauseUntil !== null && s.pauseUntil > t && s.pauseUntil < next) next = s.pauseUntil;
    if (
      s.settings.workingHours !== false &&
      (withEdges || (brk !== null && s.pauseUntil === null))
    ) {
      this.inWorkingHours(t);
      if (this.whUntil > t && this.whUntil < next) next = this.whUntil;
    }
    if (
      brk !== null &&
      brk.state === 'pending' &&
      s.settings.autoOpen &&
      !brk.autoOpened &&
      s.callSince === null
    ) {
      c = (brk.promptedAt ?? t) + s.settings.autoOpenSeconds * 1000;
      if (c > t && c < next) next = c;
    }
    return next;
  }

  /** Moves the clock to `target`, firing every rule on the way in time order. */
  private advanceTo(target: Millis): void {
    const s = this.s;
    for (;;) {
      const next = this.nextEventAfter(s.lastAt);
      if (next > target) break;
      s.lastAt = next;
      this.settle(next);
    }
    if (target > s.lastAt) s.lastAt = target;
  }

  /** The rules at one instant, in SPEC 9 order: away threshold, due, prompt, then auto-open. */
  private settle(t: Millis): void {
    const s = this.s;
    if (s.mode === 'gap' && !s.away && s.callSince === null && t - s.gapStart >= this.awayMs())
      this.becomeAway(t);
    if (s.mode === 'gap' && !s.away) {
      const timer = this.timerAt(t);
      if (s.brk === null && timer >= this.intervalMs()) {
        s.brk = {
          dueAt: t,
          dueDate: this.day(t).key,
          state: 'due',
          shown: false,
          promptedAt: null,
          snoozes: 0,
          repromptAtTimerMs: 0,
          autoOpened: false,
        };
      } else if (s.brk && s.brk.state === 'snoozed' && timer >= s.brk.repromptAtTimerMs) {
        s.brk.state = 'due';
      }
    }
    if (s.pauseUntil !== null && t >= s.pauseUntil) {
      s.pauseUntil = null;
      if (this.inWorkingHours(t)) this.emit({ type: 'reminders', at: t, active: true });
    }
    const brk = s.brk;
    if (!brk) return;
    const active = this.mayPrompt(t);
    if (brk.state === 'due' && active) {
      const reprompt = brk.shown;
      if (!brk.shown) {
        brk.shown = true;
        this.acc(brk.dueDate).breaksPrompted++;
      }
      brk.state = 'pending';
      brk.promptedAt = t;
      brk.autoOpened = false;
      this.emit({
        type: 'prompt',
        at: t,
        dueAt: brk.dueAt,
        reprompt,
        snoozesLeft: Math.max(0, s.settings.maxSnoozes - brk.snoozes),
        ...(this.callEndedAt === t ? { afterCall: true as const } : {}),
      });
    }
    if (
      brk.state === 'pending' &&
      !brk.autoOpened &&
      s.settings.autoOpen &&
      active &&
      brk.promptedAt !== null &&
      t >= brk.promptedAt + s.settings.autoOpenSeconds * 1000
    ) {
      brk.autoOpened = true;
      this.emit({ type: 'auto-open', at: t });
    }
  }

  // ---------------------------------------------------------------- classification

  /** The open gap reached the away threshold: it is away back to its first second. */
  private becomeAway(t: Millis): void {
    const s = this.s;
    // Input before the gap is sitting; the gap itself is away from its first second.
    this.addSitting(s.segStart, s.gapStart);
    s.segStart = s.gapStart;
    s.away = true;
    const brk = s.brk;
    if (brk) {
      // A natural break ends the current break: missed if it was ever shown, else dropped.
      this.endBreakRecord(t, brk.shown ? 'missed' : 'dropped');
    }
    this.emit({ type: 'away', at: t, since: s.gapStart });
  }

  private endBreakRecord(t: Millis, outcome: BreakOutcome | 'dropped'): void {
    const brk = this.s.brk;
    if (!brk) return;
    const day = this.acc(brk.dueDate);
    if (outcome === 'missed') day.breaksMissed++;
    else if (outcome === 'skipped') day.breaksSkipped++;
    this.s.brk = null;
    this.emit({ type: 'prompt-ended', at: t, outcome });
  }

  /** Closes the open gap at `end` (by input, a break start, or the end of the record). */
  private closeGap(end: Millis): void {
    const s = this.s;
    const start = s.segStart;
    s.segStart = end;
    s.gapStart = end;
    if (!s.away) {
      // Call time is input: it marks its days as having input, like an input span.
      if (s.callSince !== null && s.mode === 'gap' && end > start) this.markInput(start, end);
      this.addSitting(start, end);
      return;
    }
    s.away = false;
    const night = nextTimeOfDay(start, s.settings.dayStartsAt) < end;
    if (!night) {
      this.acc(this.day(start).key).naturalBreaks++;
      this.segment(start, end, 2);
    }
    // Away counts only after the day's first input; it stays pending until a later input that day.
    let a = start;
    if (night && end - a > LONG_GAP_DAYS * DAY_MS) {
      // Whole days inside a gap of over a year hold only unknown time: they get no record (a clock
      // jump of decades costs nothing per day), and their time is kept on the gap's last day so sums
      // hold. Shorter gaps keep one record per day, with the rules in force then.
      const firstEnd = this.day(a).endMs;
      this.acc(this.day(a).key).unknownMs += firstEnd - a;
      this.acc(this.day(end - 1).key).unknownMs += end - firstEnd;
      a = end;
    }
    while (a < end) {
      const day = this.day(a);
      const b = Math.min(end, day.endMs);
      const acc = this.acc(day.key);
      if (!night && acc.hadInput) acc.pendingAwayMs += b - a;
      else acc.unknownMs += b - a;
      a = b;
    }
    s.stretchStart = null;
    s.timerBaseMs = 0;
    s.timerFrom = end;
    this.emit({ type: 'back', at: end, awayMs: end - start });
  }

  /** Sitting from `a` to `b`: day totals, the timer and the current sitting stretch. */
  private addSitting(a: Millis, b: Millis): void {
    if (b <= a) return;
    const s = this.s;
    const inCall = s.callSince !== null;
    this.segment(a, b, inCall ? 3 : 0);
    s.timerBaseMs += Math.max(0, b - Math.max(a, s.timerFrom));
    if (s.stretchStart === null) s.stretchStart = a;
    const stretchStart = s.stretchStart;
    while (a < b) {
      const day = this.day(a);
      const end = Math.min(b, day.endMs);
      const acc = this.acc(day.key);
      acc.sittingMs += end - a;
      if (inCall) acc.callMs += end - a;
      const stretch = end - Math.max(stretchStart, day.startMs);
      if (stretch > acc.longestSitMs) acc.longestSitMs = stretch;
      a = end;
    }
  }

  /** Marks input on the days of `[a, b]`, which turns the day's pending away time into away time. */
  private markInput(a: Millis, b: Millis): void {
    for (;;) {
      const day = this.day(a);
      const acc = this.acc(day.key);
      acc.hadInput = true;
      if (acc.pendingAwayMs > 0) {
        acc.awayMs += acc.pendingAwayMs;
        acc.pendingAwayMs = 0;
      }
      if (b < day.endMs) break;
      a = day.endMs;
    }
  }

  private input(from: Millis, to: Millis): void {
    const s = this.s;
    this.advanceTo(from);
    if (s.mode === 'break') {
      // Input during a guided break does not matter.
      this.advanceTo(to);
      return;
    }
    this.closeGap(from);
    this.markInput(from, to);
    // Continuous input until `to`: the next gap starts there, so nobody goes away before it.
    s.gapStart = to;
    this.advanceTo(to);
    this.closeGap(to);
  }

  // ---------------------------------------------------------------- calls

  /** A call starts: an input instant now (it ends an away gap), then input until the call ends. */
  private callStart(t: Millis): void {
    const s = this.s;
    if (s.callSince !== null) {
      this.advanceTo(t);
      return;
    }
    this.input(t, t);
    s.callSince = t;
  }

  /** The call ends (call-end or suspend): its time is sitting up to `t`, and the gap starts at `t`. */
  private callEnd(t: Millis): void {
    const s = this.s;
    if (s.callSince === null) return;
    if (s.mode === 'gap') this.closeGap(t);
    s.callSince = null;
    this.callEndedAt = t;
  }

  // ---------------------------------------------------------------- user actions

  private breakStart(t: Millis): void {
    const s = this.s;
    if (s.mode === 'break') return;
    this.closeGap(t);
    const brk = s.brk;
    s.breakDate = brk ? brk.dueDate : this.day(t).key;
    if (brk) {
      s.brk = null;
      this.emit({ type: 'prompt-ended', at: t, outcome: 'started' });
    }
    s.mode = 'break';
    s.segStart = t;
    s.gapStart = t;
    s.away = false;
    s.stretchStart = null;
  }

  private breakEnd(t: Millis, completed: boolean): void {
    const s = this.s;
    if (s.mode !== 'break') return;
    const start = s.segStart;
    this.addMoving(start, t);
    const durationMs = s.settings.breakDurationSeconds * 1000;
    const taken = completed || (t - start) * 10 >= durationMs * 9;
    const acc = this.acc(s.breakDate ?? this.day(start).key);
    if (taken) acc.breaksTaken++;
    else acc.breaksPartial++;
    s.breakDate = null;
    s.mode = 'gap';
    s.segStart = t;
    s.gapStart = t;
    s.away = false;
    s.timerBaseMs = 0;
    s.timerFrom = t;
    s.stretchStart = null;
  }

  /** Appends to the hour-by-hour record, extending the last piece when it simply continues. */
  private segment(a: Millis, b: Millis, kind: SegmentKind): void {
    const list = this.s.segments;
    const last = list[list.length - 1];
    if (last && last[2] === kind && last[1] === a) last[1] = b;
    else list.push([a, b, kind]);
  }

  private addMoving(a: Millis, b: Millis): void {
    if (b > a) this.segment(a, b, 1);
    while (a < b) {
      const day = this.day(a);
      const end = Math.min(b, day.endMs);
      this.acc(day.key).movingMs += end - a;
      a = end;
    }
  }

  private snooze(t: Millis): void {
    const s = this.s;
    const brk = s.brk;
    if (!brk || brk.state !== 'pending' || brk.snoozes >= s.settings.maxSnoozes) return;
    if (brk.snoozes === 0) this.acc(brk.dueDate).breaksSnoozed++;
    brk.snoozes++;
    brk.state = 'snoozed';
    brk.promptedAt = null;
    brk.repromptAtTimerMs = this.timerAt(t) + s.settings.snoozeMinutes * 60_000;
    this.emit({ type: 'prompt-ended', at: t, outcome: 'snoozed' });
  }

  private skip(t: Millis): void {
    const s = this.s;
    if (s.mode === 'break') return;
    if (s.brk) this.endBreakRecord(t, s.brk.shown ? 'skipped' : 'dropped');
    // A skip restarts the timer even with nothing pending; sitting before it stays sitting.
    s.timerFrom = t;
    s.timerBaseMs = 0;
  }

  /** Classifies whatever is still open as of lastAt (end of a replay, or a status read). */
  private finalize(): void {
    const s = this.s;
    const t = s.lastAt;
    if (s.mode === 'break') {
      this.addMoving(s.segStart, t);
      s.segStart = t;
    } else {
      this.closeGap(t);
    }
  }
}

export function rulesOf(settings: Settings): DayRules {
  return {
    dailyGoalBreaks: settings.dailyGoalBreaks,
    restDayBelowMinutes: settings.restDayBelowMinutes,
    graceDaysPerWeek: settings.graceDaysPerWeek,
  };
}

function toStats(date: string, acc: DayAcc | undefined, settings: Settings): DayStats {
  const a = acc ?? newDay(rulesOf(settings));
  const goal = a.rules.dailyGoalBreaks;
  return {
    date,
    sittingSeconds: a.sittingMs / 1000,
    movingSeconds: a.movingMs / 1000,
    awaySeconds: a.awayMs / 1000,
    breaksPrompted: a.breaksPrompted,
    breaksTaken: a.breaksTaken,
    breaksPartial: a.breaksPartial,
    breaksSkipped: a.breaksSkipped,
    breaksSnoozed: a.breaksSnoozed,
    breaksMissed: a.breaksMissed,
    naturalBreaks: a.naturalBreaks,
    longestSitSeconds: a.longestSitMs / 1000,
    callSeconds: a.callMs / 1000,
    goalMet: meetsGoal(a.breaksTaken, goal),
  };
}

// ---------------------------------------------------------------- snapshot validation

class SnapshotError extends Error {
  constructor(field: string, expected: string) {
    super(`Engine snapshot: ${field} must be ${expected}`);
    this.name = 'SnapshotError';
  }
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (o: Record<string, unknown>, k: string, path: string) => {
  if (typeof o[k] !== 'number' || !Number.isFinite(o[k]))
    throw new SnapshotError(path + k, 'a finite number');
};
const numOrNull = (o: Record<string, unknown>, k: string, path: string) => {
  if (o[k] !== null) num(o, k, path);
};

function validateSnapshot(input: unknown, settings: Settings): EngineSnapshot {
  if (!isObj(input)) throw new SnapshotError('snapshot', 'an object');
  const o = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  // Snapshots written before the session owned the settings carried a copy: it is not read.
  delete o.settings;
  if (o.v !== 1) throw new SnapshotError('v', '1');
  for (const k of ['startedAt', 'lastAt', 'segStart', 'gapStart', 'timerBaseMs', 'timerFrom'])
    num(o, k, '');
  // Instants inside the range the app accepts: a far-off one would make every date key meaningless.
  for (const k of ['startedAt', 'lastAt', 'segStart', 'gapStart', 'timerFrom'])
    if ((o[k] as number) < MIN_INSTANT || (o[k] as number) > MAX_INSTANT)
      throw new SnapshotError(k, `an instant ${INSTANT_RANGE_TEXT}`);
  numOrNull(o, 'pauseUntil', '');
  // Snapshots written before calls existed have no call state: not in a call.
  if (o.callSince === undefined) o.callSince = null;
  numOrNull(o, 'callSince', '');
  numOrNull(o, 'stretchStart', '');
  if (o.mode !== 'gap' && o.mode !== 'break') throw new SnapshotError('mode', '"gap" or "break"');
  if (typeof o.away !== 'boolean') throw new SnapshotError('away', 'a boolean');
  if (typeof o.firstDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.firstDate))
    throw new SnapshotError('firstDate', 'a date YYYY-MM-DD');
  if (o.breakDate !== null && typeof o.breakDate !== 'string')
    throw new SnapshotError('breakDate', 'a date or null');
  if (o.brk !== null) {
    if (!isObj(o.brk)) throw new SnapshotError('brk', 'an object or null');
    const b = o.brk;
    for (const k of ['dueAt', 'snoozes', 'repromptAtTimerMs']) num(b, k, 'brk.');
    numOrNull(b, 'promptedAt', 'brk.');
    if (typeof b.dueDate !== 'string') throw new SnapshotError('brk.dueDate', 'a date');
    if (!['due', 'pending', 'snoozed'].includes(b.state as string))
      throw new SnapshotError('brk.state', '"due", "pending" or "snoozed"');
    if (typeof b.shown !== 'boolean') throw new SnapshotError('brk.shown', 'a boolean');
    if (typeof b.autoOpened !== 'boolean') throw new SnapshotError('brk.autoOpened', 'a boolean');
  }
  // The hour-by-hour record is a view: keep the well-formed pieces, never fail a restore over it.
  o.segments = (Array.isArray(o.segments) ? o.segments : []).filter(
    (seg: unknown) =>
      Array.isArray(seg) &&
      seg.length === 3 &&
      Number.isFinite(seg[0]) &&
      Number.isFinite(seg[1]) &&
      [0, 1, 2, 3].includes(seg[2]),
  );
  if (!isObj(o.days)) throw new SnapshotError('days', 'an object');
  if (Object.keys(o.days).length > MAX_FILLED_DAYS)
    throw new SnapshotError('days', `at most ${MAX_FILLED_DAYS} days`);
  for (const [key, day] of Object.entries(o.days)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(key))
      throw new SnapshotError(`days.${key}`, 'keyed by YYYY-MM-DD');
    if (!isObj(day)) throw new SnapshotError(`days.${key}`, 'an object');
    const fresh = newDay(rulesOf(settings)) as unknown as Record<string, unknown>;
    if (!isObj(day.rules)) day.rules = rulesOf(settings);
    if (day.callMs === undefined) day.callMs = 0;
    const rules = day.rules as Record<string, unknown>;
    for (const k of ['dailyGoalBreaks', 'restDayBelowMinutes', 'graceDaysPerWeek'])
      num(rules, k, `days.${key}.rules.`);
    for (const k of Object.keys(fresh)) {
      if (k === 'rules') continue;
      if (k === 'hadInput') {
        if (typeof day[k] !== 'boolean') throw new SnapshotError(`days.${key}.${k}`, 'a boolean');
      } else num(day, k, `days.${key}.`);
    }
  }
  if ((o.lastAt as number) < (o.startedAt as number))
    throw new SnapshotError('lastAt', 'not before startedAt');
  return o as unknown as EngineSnapshot;
}
