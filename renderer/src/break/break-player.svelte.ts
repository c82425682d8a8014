/**
 * The break player's state: which move, get-ready or moving, how long is left, paused or not. Time
 * comes from an injected monotonic clock and one timer aligned to the next whole second, so the
 * countdown never drifts. Only seconds spent in moves count toward a completed break.
 */
import type { Routine } from '../../../electron/core/routine-builder.ts';
import { movedEnough } from '../../../electron/core/break-outcome.ts';
import { getReadyLine } from '../../../electron/core/break-words.ts';
import {
  describeDose,
  moveText,
  type MoveText,
  type Words,
} from '../../../electron/core/move-words.ts';
import { getMove, type Move } from '../../../electron/core/routines.ts';
import { i18n } from '../lib/i18n/i18n.svelte.ts';

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
  /** Seconds spent in moves reached 90 % of the routine's length (SPEC section 2). */
  completed: boolean;
  /** Seconds spent in moves: pauses and get-ready excluded, skipped remainders forfeited. */
  elapsedSeconds: number;
  /** Seconds of moving the routine asked for. */
  routineSeconds: number;
}

/** `ready`: a get-ready before a move; `move`: a move starts; `finish`: the routine is over. */
export type CueKind = 'ready' | 'move' | 'finish';

/** What the finish screen shows besides the break itself: the streak and today's progress. */
export interface FinishSummary {
  streakDays: number;
  breaksToday: number;
  dailyGoal: number;
  /** Moving time today, this break included, if known. */
  movingSecondsToday?: number;
}

/** `finished`: the routine reached its end; `ended`: the user ended it early. */
export type PlayerPhase = 'playing' | 'paused' | 'finished' | 'ended';
/** Within a running routine: the get-ready before a move, or the move itself. */
export type PlayerStage = 'ready' | 'move';

export interface PlayerOptions {
  clock?: PlayerClock;
  /** The language the moves and announcements are said in (default: the app's `i18n`). */
  words?: Words;
  /** A get-ready or move started, or the routine finished (the player plays a sound here). */
  onCue?: (kind: CueKind) => void;
  onFinish?: (result: BreakResult) => void;
}

/**
 * A gap between two wake-ups longer than this (machine asleep, window frozen) is not counted: the
 * routine should not fast-forward to its end behind the user's back.
 */
export const MAX_GAP_MS = 5000;
/** The get-ready before every move: time to read the next move and change position; not moving time. */
export const GET_READY_SECONDS = 5;
/** Strict mode's emergency exit: Esc held this long ends the break (as partial). */
export const EMERGENCY_HOLD_MS = 3000;

export interface PlayerMove {
  move: Move;
  /** The move's words in the player's language. */
  text: MoveText;
  seconds: number;
  dose: string;
  /** What the get-ready before this move says, e.g. "Down to the floor: bird-dog". */
  getReady: string;
}

export class BreakPlayerState {
  phase = $state<PlayerPhase>('playing');
  stage = $state<PlayerStage>('ready');
  index = $state(0);
  /** Milliseconds left in the current stage as of the last wake-up (whole seconds while running). */
  remainingMs = $state(0);
  /** Text for the aria-live region. */
  announcement = $state('');
  /** Active milliseconds already in the current stage when its countdown ring was (re)created. */
  ringOffsetMs = $state(0);
  /** Changes whenever the ring must restart from `ringOffsetMs` (new stage, resume). */
  ringKey = $state(0);
  /** Esc is being held for the emergency exit. */
  exitHeld = $state(false);

  readonly moves: readonly PlayerMove[];
  readonly #clock: PlayerClock;
  readonly #onCue: (kind: CueKind) => void;
  readonly #onFinish: (result: BreakResult) => void;
  /** Active ms spent in moves before the current one. */
  #doneMs = 0;
  /** Active ms counted in the current stage before `#runningSince`. */
  #stageMs = 0;
  #runningSince = 0;
  #lastWake = 0;
  #timer: unknown = null;
  #exitTimer: unknown = null;
  #lastSpoken = 0;
  #words: Words;

  constructor(routine: Routine, options: PlayerOptions = {}) {
    if (routine.moves.length === 0) throw new Error('BreakPlayerState: the routine has no moves');
    const words = (this.#words = options.words ?? i18n);
    let previous: Move | null = null;
    this.moves = routine.moves.map(({ moveId, seconds }) => {
      if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new Error(
          `BreakPlayerState: move "${moveId}" needs a positive length (got ${seconds})`,
        );
      }
      const move = getMove(moveId);
      const item = {
        move,
        text: moveText(words, move.id),
        seconds,
        dose: describeDose(words, move.dose, seconds),
        getReady: getReadyLine(words, previous, move),
      };
      previous = move;
      return item;
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

  /** Length of the current stage in seconds (the ring's full circle). */
  get stageSeconds(): number {
    return this.stage === 'ready' ? GET_READY_SECONDS : this.current.seconds;
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

  /** Seconds spent in moves so far, pauses and get-ready excluded. */
  elapsedSeconds(): number {
    return Math.round(this.#movedMs() / 1000);
  }

  /** Starts with the get-ready before the first move. */
  start(): void {
    const now = this.#clock.now();
    this.#lastWake = now;
    this.#enter(0, 'ready', now, 0);
  }

  pause(): void {
    if (this.phase !== 'playing') return;
    const now = this.#clock.now();
    this.#stageMs += this.#countedSince(now);
    this.#cancel();
    this.phase = 'paused';
    this.remainingMs = this.#stageLengthMs() - this.#stageMs;
    this.announcement = this.#words.t('break.say.paused', { count: this.secondsLeft });
  }

  resume(): void {
    if (this.phase !== 'paused') return;
    const now = this.#clock.now();
    this.#runningSince = now;
    this.#lastWake = now;
    this.phase = 'playing';
    this.ringOffsetMs = this.#stageMs;
    this.ringKey++;
    this.announcement = this.#words.t('break.say.resumed', { name: this.current.text.name });
    this.#schedule();
  }

  toggle(): void {
    if (this.phase === 'playing') this.pause();
    else if (this.phase === 'paused') this.resume();
  }

  /**
   * In a get-ready: starts the move now. In a move: moves on, forfeiting the rest of it (SPEC: a
   * skipped remainder is not moving time). Past the last move the routine is over.
   */
  next(): void {
    if (this.isOver) return;
    const now = this.#clock.now();
    const counted = this.#stageMs + (this.phase === 'playing' ? this.#countedSince(now) : 0);
    if (this.stage === 'ready') return this.#enter(this.index, 'move', now, 0);
    this.#doneMs += counted;
    if (this.index + 1 >= this.moves.length) return this.#finish('finished');
    this.#enter(this.index + 1, 'ready', now, 0);
  }

  /** Ends the break early. */
  end(): void {
    if (this.isOver) return;
    this.#doneMs = this.#movedMs();
    this.#stageMs = 0;
    this.#finish('ended');
  }

  /** Strict mode's emergency exit: Esc went down; held for EMERGENCY_HOLD_MS, it ends the break. */
  holdExit(): void {
    if (this.isOver || this.exitHeld) return;
    this.exitHeld = true;
    this.announcement = this.#words.t('break.say.holdEsc');
    this.#exitTimer = this.#clock.setTimeout(() => {
      this.#exitTimer = null;
      this.exitHeld = false;
      this.end();
    }, EMERGENCY_HOLD_MS);
  }

  /** Esc came up before the emergency exit fired. */
  releaseExit(): void {
    if (this.#exitTimer !== null) this.#clock.clearTimeout(this.#exitTimer);
    this.#exitTimer = null;
    this.exitHeld = false;
  }

  /** Stops the timers (component unmount). */
  dispose(): void {
    this.#cancel();
    this.releaseExit();
  }

  /** Active ms in moves so far, the running part of the current move included. */
  #movedMs(): number {
    if (this.isOver) return this.#doneMs;
    if (this.stage === 'ready') return this.#doneMs;
    const running = this.phase === 'playing' ? this.#countedSince(this.#clock.now()) : 0;
    return this.#doneMs + this.#stageMs + running;
  }

  #stageLengthMs(i = this.index, stage = this.stage): number {
    return stage === 'ready' ? GET_READY_SECONDS * 1000 : (this.moves[i]?.seconds ?? 0) * 1000;
  }

  /** Time since the stage (re)started running, with any overlong gap since the last wake left out. */
  #countedSince(now: number): number {
    const gap = now - this.#lastWake;
    const skipped = gap > MAX_GAP_MS ? gap - MAX_GAP_MS : 0;
    this.#runningSince += skipped;
    this.#lastWake = now;
    return Math.max(0, now - this.#runningSince);
  }

  /** Enters a stage of move `i` with `carryMs` of it already counted (a late wake-up carries over). */
  #enter(i: number, stage: PlayerStage, now: number, carryMs: number): void {
    this.#cancel();
    this.index = i;
    this.stage = stage;
    this.#stageMs = 0;
    this.#runningSince = now - carryMs;
    this.#lastWake = now;
    this.ringOffsetMs = carryMs;
    this.ringKey++;
    this.#lastSpoken = 0;
    this.phase = 'playing';
    this.remainingMs = this.#stageLengthMs() - carryMs;
    const { text, seconds, dose, getReady } = this.current;
    const w = this.#words;
    if (stage === 'ready') {
      this.announcement = w.t('break.say.getReady', {
        line: getReady,
        n: i + 1,
        total: this.moves.length,
      });
      this.#onCue('ready');
    } else {
      const next = this.upNext
        ? w.t('break.say.next', { name: this.upNext.text.name })
        : w.t('break.say.last');
      this.announcement = `${w.t('break.say.go', { name: text.name, count: seconds, dose })} ${next}`;
      this.#onCue('move');
    }
    this.#schedule();
  }

  #tick = (): void => {
    this.#timer = null;
    if (this.phase !== 'playing') return;
    const now = this.#clock.now();
    const counted = this.#stageMs + this.#countedSince(now);
    const length = this.#stageLengthMs();
    if (counted >= length) {
      const carry = counted - length;
      if (this.stage === 'ready') {
        return this.#enter(
          this.index,
          'move',
          now,
          Math.min(carry, this.#stageLengthMs(this.index, 'move') - 1),
        );
      }
      this.#doneMs += length;
      if (this.index + 1 >= this.moves.length) return this.#finish('finished');
      return this.#enter(
        this.index + 1,
        'ready',
        now,
        Math.min(carry, this.#stageLengthMs(this.index + 1, 'ready') - 1),
      );
    }
    this.remainingMs = length - counted;
    const left = this.secondsLeft;
    if (this.stage === 'move' && left <= 3 && left >= 1 && left !== this.#lastSpoken) {
      this.#lastSpoken = left;
      this.announcement = String(left);
    }
    this.#schedule();
  };

  /** One timer to the next whole second of the countdown (or the stage's end). */
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
    this.releaseExit();
    this.phase = phase;
    this.remainingMs = 0;
    const routineSeconds = this.totalSeconds;
    const result: BreakResult = {
      completed: movedEnough(this.#doneMs, routineSeconds * 1000),
      elapsedSeconds: Math.round(this.#doneMs / 1000),
      routineSeconds,
    };
    this.announcement = result.completed
      ? this.#words.t('break.say.complete')
      : this.#words.t('break.say.partial', { count: result.elapsedSeconds });
    if (phase === 'finished') this.#onCue('finish');
    this.#onFinish(result);
  }
}
