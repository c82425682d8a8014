/**
 * The app's one timer: a single setTimeout to the next instant anything can change (what the engine
 * names, or an app deadline), replaced whenever that instant moves. No ticking while nothing happens.
 */
import type { Millis } from '../core/types.ts';

/**
 * Timers run on a monotonic clock that stops during sleep, while the schedule is wall-clock time.
 * Resume events reschedule, and a wake at most this far apart bounds the damage if one is missed
 * or the wall clock jumps.
 */
export const MAX_TIMER_DELAY_MS = 5 * 60_000;

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

  /** Sets the one timer to `at` (replacing any other); null clears it. */
  schedule(at: Millis | null): void {
    if (at !== null && at === this.target && this.timer !== null) return;
    this.clear();
    if (at === null || !Number.isFinite(at)) return;
    this.target = at;
    const delayMs = Math.min(Math.max(0, at - this.o.now()), this.maxDelayMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.target = null;
      this.wakes++;
      this.o.onWake(this.o.now());
    }, delayMs);
  }

  clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.target = null;
  }
}
