// A controllable monotonic clock for the break player: timers fire only when the test advances time.
import type { PlayerClock } from '../../renderer/src/break/break-player.svelte.ts';

export class FakeClock implements PlayerClock {
  #now = 0;
  #nextId = 1;
  #timers = new Map<number, { at: number; fn: () => void }>();
  /** Extra delay on every timer, like a busy event loop firing late. */
  lateByMs = 0;

  now(): number {
    return this.#now;
  }

  setTimeout(fn: () => void, delayMs: number): number {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.#now + delayMs + this.lateByMs, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Moves time forward without firing anything (the machine slept), then fires what is overdue. */
  jump(ms: number): void {
    this.#now += ms;
    this.advance(0);
  }

  /** Moves time forward, firing every timer that comes due on the way, in order. */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.#timers) {
        if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      }
      if (!next) break;
      this.#timers.delete(next[0]);
      this.#now = Math.max(this.#now, next[1].at);
      next[1].fn();
    }
    this.#now = end;
  }
}
