/**
 * The break player's state: which move, how long is left, paused or not. Time comes from an injected
 * monotonic clock and one timer aligned to the next whole second, so the countdown never drifts.
 */
import type { Routine } from '../../../electron/core/routine-builder.ts';
import { describeDose, getMove, type Move } from '../../../electron/core/routines.ts';

/** A monotonic clock and one-shot timers; the real one is `performance.now()` + `setTimeout`. */
export interface PlayerClock {
  now(): number;
  setTimeout(fn: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: PlayerClock = {
  now: () => performance.now(),
  setTimeout: (fn, delayMs) => setTimeout(fn, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface BreakResult {
  /** The routine reached its end (by time, or by moving past the last move). */
  completed: boolean;
  /** Seconds spent in the routine, pauses excluded. */
  elapsedSeconds: number;
}

export type CueKind = 'move' | 'finish';

/** What the finish screen shows besides the break itself: the streak and today's progress. */
export interface FinishSummary {
  streakDays: number;
  breaksToday: number;
  dailyGoal: number;
  /** Moving time today, this break included, if known. */
  movingSecondsToday?: number;
}

export type PlayerPhase = 'playing' | 'paused' | 'finished' | 'ended';

export interface PlayerOptions {
  clock?: PlayerClock;
  /** A move started or the routine finished (the player plays a sound here when sound is on). */
  onCue?: (kind: CueKind) => void;
  onFinish?: (result: BreakResult) => void;
}

/**
 * A gap between two wake-ups longer than this (machine asleep, window frozen) is not counted: the
 * routine should not fast-forward to its end behind the user's back.
 */
export const MAX_GAP_MS = 5000;

export interface PlayerMove {
  move: Move;
  seconds: number;
  dose: string;
}

export class BreakPlayerState {
  phase = $state<PlayerPhase>('playing');
  index = $state(0);
  /** Milliseconds left in the current move as of the last wake-up (whole seconds while running). */
  remainingMs = $state(0);
  /** Text for the aria-live region. */
  announcement = $state('');
  /** Active milliseconds already in the current move when its countdown ring was (re)created. */
  ringOffsetMs = $state(0);
  /** Changes whenever the ring must restart from `ringOffsetMs` (new move, resume). */
  ringKey = $state(0);

  readonly moves: readonly PlayerMove[];
  readonly #clock: PlayerClock;
  readonly #onCue: (kind: CueKind) => void;
  readonly #onFinish: (result: BreakResult) => void;
  /** Active ms of the moves before the current one. */
  #doneMs = 0;
  /** Active ms counted in the current move before `#runningSince`. */
  #moveMs = 0;
  #runningSince = 0;
  #lastWake = 0;
  #timer: unknown = null;
  #lastSpoken = 0;

  constructor(routine: Routine, options: PlayerOptions = {}) {
    if (routine.moves.length === 0) throw new Error('BreakPlayerState: the routine has no moves');
    this.moves = routine.moves.map(({ moveId, seconds }) => {
      if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new Error(
          `BreakPlayerState: move "${moveId}" needs a positive length (got ${seconds})`,
        );
      }
      const move = getMove(moveId);
      return { move, seconds, dose: describeDose(move.dose, seconds) };
    });
    this.#clock = options.clock ?? systemClock;
    this.#onCue = options.onCue ?? (() => {});
    this.#onFinish = options.onFinish ?? (() => {});
  }

  get current(): PlayerMove {
    return this.moves[this.index] ?? (this.moves[0] as PlayerMove);
  }

  get upNext(): PlayerMove | null {
    return this.moves[this.index + 1] ?? null;
  }

  get secondsLeft(): number {
    return Math.max(0, Math.ceil(this.remainingMs / 1000));
  }

  get totalSeconds(): number {
    return this.moves.reduce((sum, m) => sum + m.seconds, 0);
  }

  get isRunning(): boolean {
    return this.phase === 'playing';
  }

  get isOver(): boolean {
    return this.phase === 'finished' || this.phase === 'ended';
  }

  /** Active seconds so far, pauses excluded. */
  elapsedSeconds(): number {
    const running = this.phase === 'playing' ? this.#clock.now() - this.#runningSince : 0;
    return Math.round((this.#doneMs + this.#moveMs + running) / 1000);
  }

  /** Starts the first move. */
  start(): void {
    const now = this.#clock.now();
    this.#lastWake = now;
    this.#enterMove(0, now, 0);
  }

  pause(): void {
    if (this.phase !== 'playing') return;
    const now = this.#clock.now();
    this.#moveMs += this.#countedSince(now);
    this.#cancel();
    this.phase = 'paused';
    this.remainingMs = this.#moveLengthMs() - this.#moveMs;
    this.announcement = `Paused, ${this.secondsLeft} seconds left. Press Space to resume.`;
  }

  resume(): void {
    if (this.phase !== 'paused') return;
    const now = this.#clock.now();
    this.#runningSince = now;
    this.#lastWake = now;
    this.phase = 'playing';
    this.ringOffsetMs = this.#moveMs;
    this.ringKey++;
    this.announcement = `Resumed: ${this.current.move.name}.`;
    this.#schedule();
  }

  toggle(): void {
    if (this.phase === 'playing') this.pause();
    else if (this.phase === 'paused') this.resume();
  }

  /** Moves on now; past the last move the routine is complete. */
  next(): void {
    if (this.isOver) return;
    const now = this.#clock.now();
    const counted = this.#moveMs + (this.phase === 'playing' ? this.#countedSince(now) : 0);
    this.#doneMs += counted;
    if (this.index + 1 >= this.moves.length) return this.#finish('finished');
    this.#enterMove(this.index + 1, now, 0);
  }

  /** Ends the break early. */
  end(): void {
    if (this.isOver) return;
    const now = this.#clock.now();
    this.#doneMs += this.#moveMs + (this.phase === 'playing' ? this.#countedSince(now) : 0);
    this.#moveMs = 0;
    this.#finish('ended');
  }

  /** Stops the timer (component unmount). */
  dispose(): void {
    this.#cancel();
  }

  #moveLengthMs(i = this.index): number {
    return (this.moves[i]?.seconds ?? 0) * 1000;
  }

  /** Time since the move (re)started running, with any overlong gap since the last wake left out. */
  #countedSince(now: number): number {
    const gap = now - this.#lastWake;
    const skipped = gap > MAX_GAP_MS ? gap - MAX_GAP_MS : 0;
    this.#runningSince += skipped;
    this.#lastWake = now;
    return Math.max(0, now - this.#runningSince);
  }

  /** Enters move `i` with `carryMs` of it already counted (a late wake-up carries into the next move). */
  #enterMove(i: number, now: number, carryMs: number): void {
    this.#cancel();
    this.index = i;
    this.#moveMs = 0;
    this.#runningSince = now - carryMs;
    this.#lastWake = now;
    this.ringOffsetMs = carryMs;
    this.ringKey++;
    this.#lastSpoken = 0;
    this.phase = 'playing';
    this.remainingMs = this.#moveLengthMs() - carryMs;
    const { move, seconds, dose } = this.current;
    const nextName = this.upNext ? ` Next: ${this.upNext.move.name}.` : ' Last move.';
    this.announcement = `Move ${i + 1} of ${this.moves.length}: ${move.name}, ${seconds} seconds, ${dose}.${nextName}`;
    this.#onCue('move');
    this.#schedule();
  }

  #tick = (): void => {
    this.#timer = null;
    if (this.phase !== 'playing') return;
    const now = this.#clock.now();
    const counted = this.#moveMs + this.#countedSince(now);
    const length = this.#moveLengthMs();
    if (counted >= length) {
      this.#doneMs += length;
      const carry = counted - length;
      if (this.index + 1 >= this.moves.length) return this.#finish('finished');
      return this.#enterMove(
        this.index + 1,
        now,
        Math.min(carry, this.#moveLengthMs(this.index + 1) - 1),
      );
    }
    this.remainingMs = length - counted;
    const left = this.secondsLeft;
    if (left <= 3 && left >= 1 && left !== this.#lastSpoken) {
      this.#lastSpoken = left;
      this.announcement = String(left);
    }
    this.#schedule();
  };

  /** One timer to the next whole second of the countdown (or the move's end). */
  #schedule(): void {
    this.#cancel();
    const remaining = Math.max(0, this.remainingMs);
    const delay = remaining % 1000 || Math.min(1000, remaining) || 0;
    this.#timer = this.#clock.setTimeout(this.#tick, Math.max(1, Math.round(delay)));
  }

  #cancel(): void {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #finish(phase: 'finished' | 'ended'): void {
    this.#cancel();
    this.phase = phase;
    this.remainingMs = 0;
    const result: BreakResult = {
      completed: phase === 'finished',
      elapsedSeconds: Math.round(this.#doneMs / 1000),
    };
    this.announcement = phase === 'finished' ? 'Break complete. Well done!' : 'Break ended early.';
    if (phase === 'finished') this.#onCue('finish');
    this.#onFinish(result);
  }
}
