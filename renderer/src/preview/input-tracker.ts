/**
 * Turns keyboard and mouse activity in the page into input spans, the way the app's idle monitor turns
 * system idle time into spans: events less than a second apart join one span, flushed every few seconds.
 */
import type { Millis } from '../../../electron/core/types.ts';

const JOIN_MS = 1000;
const FLUSH_MS = 5000;
const EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel'] as const;

export class InputTracker {
  #span: { from: Millis; to: Millis } | null = null;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #now: () => Millis;
  #emit: (from: Millis, to: Millis) => void;
  #ignore: (target: EventTarget | null) => boolean;

  constructor(
    now: () => Millis,
    emit: (from: Millis, to: Millis) => void,
    ignore: (target: EventTarget | null) => boolean = () => false,
  ) {
    this.#now = now;
    this.#emit = emit;
    this.#ignore = ignore;
  }

  attach(target: Window): () => void {
    const onEvent = (e: Event) => {
      if (!this.#ignore(e.target)) this.record(this.#now());
    };
    for (const type of EVENTS)
      target.addEventListener(type, onEvent, { passive: true, capture: true });
    return () => {
      for (const type of EVENTS) target.removeEventListener(type, onEvent, { capture: true });
      this.flush();
    };
  }

  record(at: Millis): void {
    if (this.#span && at - this.#span.to <= JOIN_MS && at >= this.#span.to) {
      this.#span.to = at;
    } else {
      this.flush();
      this.#span = { from: at, to: at };
    }
    this.#dirty = true;
    if (this.#timer === null) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.flush();
      }, FLUSH_MS);
    }
  }

  /** Hands the open span to the engine now (before any action, so order is kept). */
  flush(): void {
    if (!this.#span || !this.#dirty) return;
    this.#emit(this.#span.from, this.#span.to);
    this.#dirty = false;
    // Keep joining from where we reported, so a continuing span never repeats time.
    this.#span = { from: this.#span.to, to: this.#span.to };
  }

  /** Forgets the open span (the clock jumped: what follows is a new span). */
  reset(): void {
    this.flush();
    this.#span = null;
  }
}
