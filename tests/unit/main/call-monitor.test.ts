/** The one "in a call" answer: manual switch (for good or for a while), detection, the detectCalls setting. */
import { describe, expect, it } from 'vitest';
import type { CallDetector } from '../../../electron/main/call-detector.ts';
import { CallMonitor } from '../../../electron/main/call-monitor.ts';

class FakeDetector implements CallDetector {
  inCall = false;
  running = false;
  atDesk: boolean[] = [];
  private cb: ((inCall: boolean) => void) | null = null;
  start(onChange: (inCall: boolean) => void): void {
    this.running = true;
    this.cb = onChange;
  }
  stop(): void {
    this.running = false;
    this.cb = null;
  }
  setAtDesk(atDesk: boolean): void {
    this.atDesk.push(atDesk);
  }
  emit(inCall: boolean): void {
    this.inCall = inCall;
    this.cb?.(inCall);
  }
}

function setup(detect = true, detector: FakeDetector | null = new FakeDetector()) {
  let now = 1_000_000;
  const timers: { fn: () => void; at: number }[] = [];
  const changes: boolean[] = [];
  const monitor = new CallMonitor({
    detector,
    detect,
    now: () => now,
    onChange: (inCall) => changes.push(inCall),
    setTimer: (fn, ms) => {
      const t = { fn, at: now + ms };
      timers.push(t);
      return t;
    },
    clearTimer: (h) => timers.splice(timers.indexOf(h as (typeof timers)[0]), 1),
  });
  const advance = (ms: number) => {
    now += ms;
    for (const t of [...timers])
      if (t.at <= now) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
  };
  return { monitor, changes, detector, advance, timers, now: () => now };
}

describe('CallMonitor', () => {
  it('reports each change of the combined answer once', () => {
    const { monitor, changes, detector } = setup();
    monitor.start();
    expect(detector?.running).toBe(true);
    detector?.emit(true);
    monitor.meeting({});
    expect(changes).toEqual([true]);
    detector?.emit(false);
    expect(changes).toEqual([true]);
    monitor.meeting(false);
    expect(changes).toEqual([true, false]);
    expect(monitor.state()).toEqual({
      manual: false,
      manualUntil: null,
      detected: false,
      detecting: true,
    });
  });

  it('a meeting for 30 minutes ends by itself; turning it off earlier cancels the timer', () => {
    const { monitor, changes, advance, timers, now } = setup();
    monitor.start();
    monitor.meeting({ minutes: 30 });
    expect(monitor.state()).toMatchObject({ manual: true, manualUntil: now() + 30 * 60_000 });
    advance(29 * 60_000);
    expect(changes).toEqual([true]);
    advance(60_000);
    expect(changes).toEqual([true, false]);
    expect(monitor.state().manual).toBe(false);
    monitor.meeting({ minutes: 60 });
    monitor.meeting(false);
    expect(timers).toEqual([]);
    expect(changes).toEqual([true, false, true, false]);
  });

  it('detectCalls off stops the detector and ends a detected call; the manual switch still works', () => {
    const { monitor, changes, detector } = setup();
    monitor.start();
    detector?.emit(true);
    monitor.setDetect(false);
    expect(detector?.running).toBe(false);
    expect(changes).toEqual([true, false]);
    expect(monitor.state().detecting).toBe(false);
    monitor.meeting({});
    expect(monitor.inCall).toBe(true);
    monitor.setDetect(true);
    expect(detector?.running).toBe(true);
  });

  it('starts no detector while detectCalls is off, and none exists on macOS', () => {
    const off = setup(false);
    off.monitor.start();
    expect(off.detector?.running).toBe(false);
    const mac = setup(true, null);
    mac.monitor.start();
    expect(mac.monitor.state().detecting).toBe(false);
    mac.monitor.meeting({});
    expect(mac.changes).toEqual([true]);
  });

  it('passes "at the desk" to the detector', () => {
    const { monitor, detector } = setup();
    monitor.setAtDesk(true);
    monitor.setAtDesk(false);
    expect(detector?.atDesk).toEqual([true, false]);
  });
});
