/** The time engine (SPEC sections 1–3): classifies wall time, decides prompts, keeps day statistics. */
import type { Settings } from './settings.ts';
import type { DayStats, EngineEffect, EngineStatus, Millis, Observation } from './types.ts';

/** JSON-serialisable engine state; `Engine.restore` validates it. */
export type EngineSnapshot = { v: 1 } & Record<string, unknown>;

export class Engine {
  /** A new engine whose first observation (the app's start) is `at`. */
  static start(settings: Settings, at: Millis): Engine {
    void settings;
    void at;
    throw new Error('not implemented yet');
  }

  /** Rebuilds an engine from `snapshot()` output; throws an Error naming the bad field. */
  static restore(snapshot: unknown, settings: Settings): Engine {
    void snapshot;
    void settings;
    throw new Error('not implemented yet');
  }

  get settings(): Settings {
    throw new Error('not implemented yet');
  }

  /** The latest instant seen; observations stamped earlier are clamped to it. */
  get lastAt(): Millis {
    throw new Error('not implemented yet');
  }

  /** Advances to the observation's instant (clamped), then applies it. */
  observe(obs: Observation): EngineEffect[] {
    void obs;
    throw new Error('not implemented yet');
  }

  /** Lets time pass with no new observation (the caller's one timer fired). */
  advance(now: Millis): EngineEffect[] {
    void now;
    throw new Error('not implemented yet');
  }

  /** The state as of `now` (default: lastAt) without changing anything. */
  status(now?: Millis): EngineStatus {
    void now;
    throw new Error('not implemented yet');
  }

  /** The next instant at which anything can change if no observation arrives (null: nothing pending). */
  nextWakeAt(): Millis | null {
    throw new Error('not implemented yet');
  }

  /** Every date the engine still holds, in order, empty days filled, open gap classified as of `now`. */
  dayStats(now?: Millis): DayStats[] {
    void now;
    throw new Error('not implemented yet');
  }

  /** Removes and returns days that can no longer change, for the store's history. */
  takeSettledDays(): DayStats[] {
    throw new Error('not implemented yet');
  }

  snapshot(): EngineSnapshot {
    throw new Error('not implemented yet');
  }
}
