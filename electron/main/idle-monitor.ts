/**
 * Turns polls of the system idle time into input spans for the engine, polling only when a reading can
 * matter: at the desk just before the engine's open gap could turn away (and at least once a minute,
 * SPEC 7), once a minute while away, not at all while the screen is locked or the machine sleeps. The
 * controller polls too before every engine wake-up, lock, sleep and settings change, so a due break,
 * a prompt or the heads-up is judged on a fresh reading. Detects platforms that cannot report idle time.
 *
 * Why this is exact at the desk: a reading gives the LAST input, to the whole second, and hides any
 * input before it. So the monitor reads one second before the open gap (from the last input reported,
 * or a later start the controller names: an unlock, the end of a break) can reach the threshold: any
 * input it hides lies in a stretch shorter than the threshold (sitting either way). If no input came,
 * one more reading at the threshold itself (SPEC 9: a gap of exactly the threshold is away) tells away
 * from a return at that very second. tests/unit/main/poll-exactness.property.test.ts checks this
 * against polling every second. Known limit: while away, the return is dated to the last input
 * before the poll that notices it, up to one away poll (a minute) after the first input that ended
 * the gap; polling every second would date it within a second.
 */
import type { Millis } from '../core/types.ts';

/** The part of Electron's `powerMonitor` the monitor reads. */
export interface IdleSource {
  /** Whole seconds since the last keyboard or mouse input. */
  getSystemIdleTime(): number;
  /** 'unknown' where the platform cannot tell. */
  getSystemIdleState(idleThresholdSeconds: number): 'active' | 'idle' | 'locked' | 'unknown';
}

export interface InputSpan {
  from: Millis;
  to: Millis;
}

export interface IdleMonitorOptions {
  source: IdleSource;
  now: () => Millis;
  onInput: (span: InputSpan) => void;
  /** Called when idle support is first known and whenever it changes. */
  onSupportChange: (supported: boolean) => void;
  /** Called after every poll (the controller re-checks do-not-disturb; the one timer catches up). */
  onPoll?: (at: Millis) => void;
  awayAfterSeconds: number;
  /** The longest time between polls at the desk (earlier when a gap could turn away sooner). */
  deskPollMs?: number;
  /** Time between polls while away (and while idle time is unsupported): how late a return is seen. */
  awayPollMs?: number;
  /** All-zero idle readings for this long mean the platform reports 0 forever. */
  zeroForeverMs?: number;
}

/**
 * At the desk at least one poll a minute: SPEC 7 saves today's totals at least every minute, and
 * input the engine was not told about is lost in a crash.
 */
export const DESK_POLL_MS = 60_000;
/** While away: the return is noticed (and dated by its last input) within a minute. */
export const AWAY_POLL_MS = 60_000;
/**
 * Some sessions (Wayland without an idle protocol) report 0 s idle forever. A person at the desk
 * leaves at least one whole second without input at some poll over half an hour; a platform that
 * never does cannot tell us when they left. (A false alarm clears at the next non-zero reading.)
 * With polls at most a minute apart that is still 30 or more readings, each of which a real person
 * reads as 0 only if they gave input in the second before it: even a typist busy half of all seconds
 * does that 30 times in a row about once in 10^9 half-hours.
 */
export const ZERO_FOREVER_MS = 30 * 60_000;
/**
 * Idle time is whole seconds, so the same input read at two polls moves by less than a second;
 * a last-input instant at least a second later is new input.
 */
const IDLE_RESOLUTION_MS = 1_000;
/** After a resume some systems reset idle time to zero; that is the wake-up, not the user. */
const RESUME_GRACE_MS = 2_000;
/** The first poll after a resume: just past the grace, one wake-up per resume. */
const RESUME_POLL_MS = 5_000;

export class IdleMonitor {
  private readonly o: Required<Omit<IdleMonitorOptions, 'onPoll'>> &
    Pick<IdleMonitorOptions, 'onPoll'>;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private held = false;
  /** Input before this instant is not reported (before we watched, or while locked/asleep). */
  private notBefore: Millis = Number.NEGATIVE_INFINITY;
  private lastReportedTo: Millis | null = null;
  /** The previous poll saw input in its interval, so input is treated as continuous across polls. */
  private activeAtLastPoll = false;
  private zeroSince: Millis | null = null;
  private supported: boolean | null = null;
  private lastPollAt: Millis | null = null;
  private gapStart: Millis | null = null;
  private startedAt: Millis = Number.NEGATIVE_INFINITY;
  /** When the pending timer fires. */
  private dueAt: Millis = Number.POSITIVE_INFINITY;
  /** A poll is under way: a nested call (the one timer waking inside `onPoll`) has nothing to add. */
  private polling = false;

  constructor(options: IdleMonitorOptions) {
    this.o = {
      deskPollMs: DESK_POLL_MS,
      awayPollMs: AWAY_POLL_MS,
      zeroForeverMs: ZERO_FOREVER_MS,
      ...options,
    };
  }

  get idleSupported(): boolean {
    return this.supported !== false;
  }

  /** Starts polling; input before `at` (the app's start) is not reported. */
  start(at: Millis): void {
    this.running = true;
    this.held = false;
    this.notBefore = at;
    this.startedAt = at;
    this.poll();
  }

  stop(): void {
    this.running = false;
    this.clear();
  }

  /** Screen locked or machine asleep: no polls (and lock-screen typing is not desk input). */
  hold(): void {
    this.held = true;
    this.activeAtLastPoll = false;
    // Time we did not watch is no evidence of a platform stuck at 0.
    this.zeroSince = null;
    this.clear();
  }

  /** Unlocked or resumed at `at`: input from then on counts again. */
  release(at: Millis, reason: 'unlock' | 'resume'): void {
    if (!this.running) return;
    this.held = false;
    this.notBefore = reason === 'resume' ? at + RESUME_GRACE_MS : at;
    this.activeAtLastPoll = false;
    this.clear();
    // Unlocked: at the desk (the unlock is input, where the engine's gap now starts), so a desk
    // poll. Resumed: whoever opened the lid is usually typing at once, and the first reading after
    // the wake-up dates the return.
    const deskMs = this.nextPollMs(at - this.quietSince());
    this.schedule(reason === 'resume' ? Math.min(RESUME_POLL_MS, deskMs) : deskMs);
  }

  setAwayAfterSeconds(seconds: number): void {
    this.o.awayAfterSeconds = seconds;
  }

  /** One poll now (also what the timers call: this monitor's and the app's one timer). */
  poll(): void {
    if (!this.running || this.held || this.polling) return;
    this.clear();
    this.polling = true;
    let nextMs = this.o.awayPollMs;
    try {
      const at = this.o.now();
      const idleSeconds = this.o.source.getSystemIdleTime();
      this.updateSupport(at, idleSeconds);
      if (this.supported === false) {
        this.activeAtLastPoll = false;
      } else {
        this.report(at - Math.max(0, Math.floor(idleSeconds)) * 1000, at);
        nextMs = this.nextPollMs(at - this.quietSince());
      }
      this.lastPollAt = at;
      this.o.onPoll?.(at);
    } finally {
      this.polling = false;
    }
    if (this.running && !this.held && this.timer === null) this.schedule(nextMs);
  }

  /**
   * The engine's open gap began at `at` (null: none, e.g. a guided break); the controller says so
   * after every change. A gap can start later than the last input reported (an unlock, the end of
   * a break or a call), and its threshold then comes later too; the next poll moves up if needed.
   */
  setGapStart(at: Millis | null): void {
    if (at === this.gapStart) return;
    this.gapStart = at;
    if (!this.running || this.held || this.polling || this.timer === null) return;
    const now = this.o.now();
    const dueAt = now + this.nextPollMs(now - this.quietSince());
    if (dueAt < this.dueAt) {
      this.clear();
      this.schedule(dueAt - now);
    }
  }

  /** Since when the engine has been told of no input: where its open gap (if any) starts. */
  private quietSince(): Millis {
    return Math.max(
      this.lastReportedTo ?? this.startedAt,
      this.gapStart ?? Number.NEGATIVE_INFINITY,
    );
  }

  /**
   * When to read again, `quietMs` after the last input the engine knows of. A reading shows only
   * the latest input, hiding any before it, so it must come while every gap it could hide is still
   * under the threshold: one resolution step before the gap can turn away. Then one more at the
   * instant it does (SPEC 9: a gap of exactly the threshold is away), once a minute after that.
   */
  private nextPollMs(quietMs: number): number {
    const awayMs = this.o.awayAfterSeconds * 1000;
    const lastSafeMs = awayMs - IDLE_RESOLUTION_MS;
    if (quietMs < lastSafeMs) return Math.min(lastSafeMs - quietMs, this.o.deskPollMs);
    if (quietMs < awayMs) return awayMs - quietMs;
    return this.o.awayPollMs;
  }

  private report(lastInput: Millis, at: Millis): void {
    const isNew =
      lastInput >= this.notBefore &&
      (this.lastReportedTo === null || lastInput - this.lastReportedTo >= IDLE_RESOLUTION_MS);
    if (!isNew) {
      this.activeAtLastPoll = false;
      return;
    }
    // Input seen at two polls in a row is one span: every pause inside it is shorter than the two
    // inputs are apart, and that is below the away threshold, so it cannot change how the time is
    // classified (polls at the desk are never further apart than the threshold).
    const sincePollMs = this.lastPollAt === null ? Infinity : at - this.lastPollAt;
    const awayMs = this.o.awayAfterSeconds * 1000;
    // Polls further apart than the away threshold (a missed sleep, a clock that jumped years) say
    // nothing about the time between them: that is never one span.
    const continuous =
      this.activeAtLastPoll &&
      this.lastReportedTo !== null &&
      sincePollMs <= awayMs &&
      lastInput - this.lastReportedTo < awayMs &&
      lastInput - this.lastReportedTo <= sincePollMs + IDLE_RESOLUTION_MS;
    const from = continuous && this.lastReportedTo !== null ? this.lastReportedTo : lastInput;
    this.lastReportedTo = lastInput;
    this.activeAtLastPoll = true;
    this.o.onInput({ from, to: lastInput });
  }

  private updateSupport(at: Millis, idleSeconds: number): void {
    let supported: boolean;
    if (!Number.isFinite(idleSeconds) || idleSeconds < 0) supported = false;
    else if (this.o.source.getSystemIdleState(this.o.awayAfterSeconds) === 'unknown')
      supported = false;
    else if (idleSeconds === 0) {
      // A long silence between polls (a sleep we were not told about) restarts the evidence.
      const missedPolls = this.lastPollAt !== null && at - this.lastPollAt > 2 * this.o.awayPollMs;
      if (missedPolls) this.zeroSince = null;
      this.zeroSince ??= at;
      supported = at - this.zeroSince < this.o.zeroForeverMs;
    } else {
      this.zeroSince = null;
      supported = true;
    }
    if (supported !== this.supported) {
      this.supported = supported;
      this.o.onSupportChange(supported);
    }
  }

  private schedule(delayMs: number): void {
    this.dueAt = this.o.now() + delayMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.poll();
    }, delayMs);
    // Never keep a process alive just to poll (tests, `--status`).
    (this.timer as { unref?: () => void }).unref?.();
  }

  private clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
