/** The preview's simulated clock: real time plus an offset the user can fast-forward. */
import type { Millis } from '../../../electron/core/types.ts';

export class SimClock {
  offsetMs: Millis;
  #realNow: () => Millis;

  constructor(offsetMs = 0, realNow: () => Millis = () => Date.now()) {
    this.offsetMs = offsetMs;
    this.#realNow = realNow;
  }

  now(): Millis {
    return this.#realNow() + this.offsetMs;
  }

  /** Jumps the simulated time forward; time never goes back. */
  skip(ms: Millis): Millis {
    this.offsetMs += Math.max(0, ms);
    return this.now();
  }
}
