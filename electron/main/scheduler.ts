/**
 * The app's one timer: a single setTimeout to the next instant anything can change (what the engine
 * names, or an app deadline), replaced whenever that instant moves. No ticking while nothing happens.
 */
import type { Millis } from '../core/types.ts';

/**
 * Timers run on a monotonic clock that stops during sleep, while the schedule is wall-clock time.
 * Resume events reschedule, every idle poll checks the target against the wall clock (`refresh`), and
 * while neither happens (locked) a wake at most this far apart bounds the damage if a resume is
 * missed or the wall clock jumps: at most 0.1 wake-ups a minute on a locked screen.
 */
export const MAX_TIMER_DELAY_MS = 15 * 60_000;

export interface WakeSchedulerOptions {
  now: () => Millis;
  onWake: (at: Millis) => void;
  maxDelayMs?: number;
}

export class WakeScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private target: Millis | null = null;
  private readonly maxDelayMs: number;
  /** Counted for tests and the performance note: how often the timer actually fired. */
  wakes = 0;

  constructor(private readonly o: WakeSchedulerOptions) {
    this.maxDelayMs = o.maxDelayMs ?? MAX_TIMER_DELAY_MS;
  }

  /** The instant the timer is set for (null: none). */
  get nextAt(): Millis | null {
    return this.target;
  }

  /**
   * Sets the one timer to `at` (replacing any other); null clears it. The same instant again is armed
   * afresh from the wall clock: a timer armed before a sleep would fire the sleep's length late.
   */
  schedule(at: Millis | null): void {
    this.clear();
    if (at === null || !Number.isFinite(at)) return;
    this.arm(at);
  }

  private arm(at: Millis): void {
    this.target = at;
    const delayMs = Math.min(Math.max(0, at - this.o.now()), this.maxDelayMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.target = null;
      this.wakes++;
      this.o.onWake(this.o.now());
    }, delayMs);
  }

  /**
   * Something else woke the app (an idle poll): a target the wall clock has reached fires now, and a
   * far target's guard wake starts over, so it fires only when nothing else has woken the app.
   */
  refresh(): void {
    if (this.target === null || this.timer === null) return;
    const delayMs = this.target - this.o.now();
    if (delayMs <= 0) {
      this.clear();
      this.o.onWake(this.o.now());
    } else if (delayMs > this.maxDelayMs) {
      const target = this.target;
      this.clear();
      this.arm(target);
    }
  }

  clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.target = null;
  }
}
