import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_DELAY_MS, WakeScheduler } from '../../../electron/main/scheduler.ts';

const T0 = Date.UTC(2026, 2, 9, 8, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('WakeScheduler', () => {
  it('keeps exactly one timer, replaced when the target moves', () => {
    const wakes: number[] = [];
    const s = new WakeScheduler({ now: () => Date.now(), onWake: (at) => wakes.push(at) });
    s.schedule(T0 + 60_000);
    s.schedule(T0 + 30_000);
    s.schedule(T0 + 90_000);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(89_999);
    expect(wakes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(wakes).toEqual([T0 + 90_000]);
    expect(s.nextAt).toBeNull();
  });

  it('fires at once for a target in the past, and clears on null', () => {
    const wakes: number[] = [];
    const s = new WakeScheduler({ now: () => Date.now(), onWake: (at) => wakes.push(at) });
    s.schedule(T0 - 5_000);
    vi.advanceTimersByTime(0);
    expect(wakes).toEqual([T0]);
    s.schedule(T0 + 10_000);
    s.schedule(null);
    vi.advanceTimersByTime(60_000);
    expect(wakes).toEqual([T0]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('wakes at most every 15 minutes for far targets (a guard against missed resume events)', () => {
    const wakes: number[] = [];
    const s = new WakeScheduler({
      now: () => Date.now(),
      onWake: (at) => {
        wakes.push(at);
        s.schedule(T0 + 24 * 3_600_000);
      },
    });
    s.schedule(T0 + 24 * 3_600_000);
    vi.advanceTimersByTime(60 * 60_000);
    expect(MAX_TIMER_DELAY_MS).toBe(15 * 60_000);
    expect(wakes.length).toBe(4);
    expect(wakes[0]).toBe(T0 + MAX_TIMER_DELAY_MS);
  });

  it('refresh (an idle poll woke the app): the guard wake starts over, a reached target fires now', () => {
    const wakes: number[] = [];
    const s = new WakeScheduler({ now: () => Date.now(), onWake: (at) => wakes.push(at) });
    s.schedule(T0 + 24 * 3_600_000);
    // Polls every minute for an hour: the guard never fires, the target stays.
    for (let i = 0; i < 60; i++) {
      vi.advanceTimersByTime(60_000);
      s.refresh();
    }
    expect(wakes).toEqual([]);
    expect(s.nextAt).toBe(T0 + 24 * 3_600_000);
    // The wall clock jumps past the target (the monotonic timer has not run out): the next poll fires it.
    vi.setSystemTime(T0 + 25 * 3_600_000);
    s.refresh();
    expect(wakes).toEqual([T0 + 25 * 3_600_000]);
    expect(s.nextAt).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    s.refresh();
    expect(wakes).toHaveLength(1);
  });

  it('asked for the same instant again (as after a resume), fires at it, not a sleep late', () => {
    const wakes: number[] = [];
    const s = new WakeScheduler({ now: () => Date.now(), onWake: (at) => wakes.push(at) });
    s.schedule(T0 + 10_000);
    vi.advanceTimersByTime(6_000);
    s.schedule(T0 + 10_000);
    vi.advanceTimersByTime(4_000);
    expect(wakes).toEqual([T0 + 10_000]);
    s.schedule(T0 + 10 * 60_000);
    vi.advanceTimersByTime(60_000);
    // Asleep for two minutes: the wall clock jumps, the timer's own clock does not move.
    vi.setSystemTime(Date.now() + 2 * 60_000);
    s.schedule(T0 + 10 * 60_000);
    vi.advanceTimersByTime(T0 + 10 * 60_000 - Date.now());
    expect(wakes).toEqual([T0 + 10_000, T0 + 10 * 60_000]);
  });
});
