/**
 * A clock for the main process under test: `Date`, `setTimeout` and friends that move only when the
 * test advances them, handed to the bundled main as its globals (see harness.ts). The test's own
 * timers, Playwright's and Node's stay real, so I/O (the store, notify-send, Chromium) runs as usual.
 */

interface Timer {
  id: number;
  at: number;
  fn: (...args: unknown[]) => void;
  args: unknown[];
  repeat: number | null;
}

/** What setTimeout returns in Node: a handle with ref/unref that converts to its id. */
class TimerHandle {
  readonly id: number;
  constructor(id: number) {
    this.id = id;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  hasRef(): boolean {
    return false;
  }
  refresh(): this {
    return this;
  }
  [Symbol.toPrimitive](): number {
    return this.id;
  }
}

export class VirtualClock {
  private current: number;
  private nextId = 1;
  private readonly timers = new Map<number, Timer>();
  /** The globals main gets instead of the real ones. */
  readonly globals: {
    Date: DateConstructor;
    setTimeout: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => TimerHandle;
    clearTimeout: (handle: unknown) => void;
    setInterval: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => TimerHandle;
    clearInterval: (handle: unknown) => void;
  };

  constructor(start: number) {
    this.current = start;
    const now = () => this.current;
    class VirtualDate extends Date {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(now());
        else super(...(args as [number]));
      }
      static override now(): number {
        return now();
      }
    }
    const add = (fn: Timer['fn'], ms: number | undefined, args: unknown[], repeat: boolean) => {
      const delay = Math.max(0, Number(ms) || 0);
      const id = this.nextId++;
      this.timers.set(id, {
        id,
        at: this.current + delay,
        fn,
        args,
        repeat: repeat ? Math.max(1, delay) : null,
      });
      return new TimerHandle(id);
    };
    const clear = (handle: unknown) => {
      if (handle !== null && handle !== undefined) this.timers.delete(Number(handle));
    };
    this.globals = {
      Date: VirtualDate as DateConstructor,
      setTimeout: (fn, ms, ...args) => add(fn, ms, args, false),
      clearTimeout: clear,
      setInterval: (fn, ms, ...args) => add(fn, ms, args, true),
      clearInterval: clear,
    };
  }

  get now(): number {
    return this.current;
  }

  /** Timers waiting to fire (for a test that wants to see main is idle). */
  get pending(): number {
    return this.timers.size;
  }

  /**
   * The machine sleeps for `ms`: the wall clock (`Date`) jumps ahead, while timers keep the delay
   * they had left, as Node's timers run on the monotonic clock, which stands still during a suspend
   * (Linux CLOCK_MONOTONIC); nothing fires while asleep.
   */
  suspend(ms: number): void {
    this.current += ms;
    for (const timer of this.timers.values()) timer.at += ms;
  }

  /**
   * Moves time forward by `ms`, firing every timer that comes due in order, each at its own instant.
   * `settle` runs after each one (real time: let promises and I/O that the timer started finish).
   */
  async advance(ms: number, settle: () => Promise<void>): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      let next: Timer | null = null;
      for (const timer of this.timers.values()) {
        if (timer.at <= target && (next === null || timer.at < next.at)) next = timer;
      }
      if (next === null) break;
      this.current = Math.max(this.current, next.at);
      if (next.repeat === null) this.timers.delete(next.id);
      else next.at += next.repeat;
      next.fn(...next.args);
      await settle();
    }
    this.current = target;
    await settle();
  }
}
