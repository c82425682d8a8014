/**
 * When a guided break counts as done (SPEC section 2, "Completed break"): the one rule the player,
 * main and the web preview share. Completed means at least 90 % of the routine's length.
 */
import type { EngineStatus, Millis } from './types.ts';

/** Share of the routine's length a break must fill to count as completed: 9 in 10. */
export const COMPLETED_SHARE = { numerator: 9, denominator: 10 } as const;

/** Whether `part` reaches 90 % of `whole` (integer-safe: 108 of 120 counts, 107.9 does not). */
export function reachesCompletedShare(part: number, whole: number): boolean {
  return part * COMPLETED_SHARE.denominator >= whole * COMPLETED_SHARE.numerator;
}

/**
 * The player's side: seconds actually spent in moves (pauses and get-ready excluded, skipped
 * remainders forfeited) against the routine's length.
 */
export function movedEnough(movedMs: Millis, routineMs: Millis): boolean {
  return routineMs > 0 && reachesCompletedShare(movedMs, routineMs);
}

/**
 * The app session's side (so every host gets it): what the page reports counts only when the wall
 * time from the break's start to `status.at` (now) is at least 90 % of the break length, so a page
 * cannot fake a break it never sat through. `status` is the engine's status at the break's end.
 */
export function breakCompleted(
  reported: boolean,
  status: Pick<EngineStatus, 'at' | 'breakStartedAt'>,
  breakDurationSeconds: number,
): boolean {
  if (!reported || status.breakStartedAt === null) return false;
  return reachesCompletedShare(status.at - status.breakStartedAt, breakDurationSeconds * 1000);
}
