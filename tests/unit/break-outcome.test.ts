// The one rule for a completed break (SPEC section 2): 90 % of the routine, moved (player) and lived through (host).
import { describe, expect, it } from 'vitest';
import {
  breakCompleted,
  movedEnough,
  reachesCompletedShare,
} from '../../electron/core/break-outcome.ts';

describe('break outcome', () => {
  it('90 % is the line: 108 of 120 counts, 107 does not', () => {
    expect(reachesCompletedShare(108, 120)).toBe(true);
    expect(reachesCompletedShare(107.999, 120)).toBe(false);
    expect(reachesCompletedShare(120, 120)).toBe(true);
  });

  it('the player: only time spent in moves counts, and an empty routine never completes', () => {
    expect(movedEnough(108_000, 120_000)).toBe(true);
    expect(movedEnough(10_000, 120_000)).toBe(false);
    expect(movedEnough(0, 0)).toBe(false);
  });

  it('the host: the page’s word counts only after 90 % of the break length of wall time', () => {
    const start = 1_000_000;
    const after = (ms: number) => ({ breakStartedAt: start, at: start + ms });
    expect(breakCompleted(true, after(120_000), 120)).toBe(true);
    expect(breakCompleted(true, after(108_000), 120)).toBe(true);
    expect(breakCompleted(true, after(107_999), 120)).toBe(false);
    // Clicked through in ten seconds: the page says completed, the clock says no.
    expect(breakCompleted(true, after(10_000), 120)).toBe(false);
    // A long break the page reports as partial stays partial here (the engine applies its own 90 % rule).
    expect(breakCompleted(false, after(300_000), 120)).toBe(false);
    expect(breakCompleted(true, { breakStartedAt: null, at: start }, 120)).toBe(false);
  });
});
