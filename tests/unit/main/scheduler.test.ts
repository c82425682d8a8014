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

  it('wakes at most every five minutes for far targets (a guard against missed resume events)', () => {
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
    expect(wakes.length).toBe(60 / 5);
    expect(wakes[0]).toBe(T0 + MAX_TIMER_DELAY_MS);
  });

  it('does not restart the timer when asked for the same instant again', () => {
    const wakes: number[] = [];
    const s = new WakeScheduler({ now: () => Date.now(), onWake: (at) => wakes.push(at) });
    s.schedule(T0 + 10_000);
    vi.advanceTimersByTime(6_000);
    s.schedule(T0 + 10_000);
    vi.advanceTimersByTime(4_000);
    expect(wakes).toEqual([T0 + 10_000]);
  });
});
