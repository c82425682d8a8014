import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AWAY_POLL_MS,
  DESK_POLL_MS,
  IdleMonitor,
  ZERO_FOREVER_MS,
  type IdleSource,
  type InputSpan,
} from '../../../electron/main/idle-monitor.ts';

const T0 = Date.UTC(2026, 2, 9, 8, 0, 0);

/** A fake system: input happens at the instants the test says; idle time is whole seconds since the last. */
class FakeSystem implements IdleSource {
  lastInputAt: number;
  state: 'active' | 'idle' | 'locked' | 'unknown' = 'active';
  zeroForever = false;
  reads = 0;
  constructor(at: number) {
    this.lastInputAt = at;
  }
  getSystemIdleTime(): number {
    this.reads++;
    if (this.zeroForever) return 0;
    return Math.floor((Date.now() - this.lastInputAt) / 1000);
  }
  getSystemIdleState(): 'active' | 'idle' | 'locked' | 'unknown' {
    return this.state;
  }
  type(): void {
    this.lastInputAt = Date.now();
  }
}

function setup(awayAfterSeconds = 180) {
  const system = new FakeSystem(T0);
  const spans: InputSpan[] = [];
  const support: boolean[] = [];
  const polls: number[] = [];
  const monitor = new IdleMonitor({
    source: system,
    now: () => Date.now(),
    onInput: (span) => spans.push(span),
    onSupportChange: (supported) => support.push(supported),
    onPoll: (at) => polls.push(at),
    awayAfterSeconds,
  });
  return { system, spans, support, polls, monitor };
}

/** Types continuously (an input every 500 ms) for `ms`. */
function typeFor(system: FakeSystem, ms: number): void {
  for (let t = 0; t < ms; t += 500) {
    system.type();
    vi.advanceTimersByTime(500);
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('IdleMonitor', () => {
  it('polls every 5 s at the desk and turns continuous typing into one growing span', () => {
    const { system, spans, monitor, polls } = setup();
    monitor.start(T0);
    typeFor(system, 20_000);
    expect(polls.map((p) => p - T0)).toEqual([0, 5000, 10000, 15000, 20000]);
    // Every poll that saw fresh input reported it; consecutive ones chain into one span.
    expect(spans.length).toBe(5);
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.from).toBe(spans[i - 1]?.to);
    expect(spans.at(-1)?.to).toBeGreaterThanOrEqual(T0 + 19_000);
    monitor.stop();
  });

  it('never chains input across a clock jump into one span reaching back over the jump', () => {
    const { system, spans, monitor } = setup();
    monitor.start(T0);
    typeFor(system, 10_000);
    const jump = T0 + 900 * 365 * 86_400_000;
    vi.setSystemTime(jump);
    typeFor(system, 10_000);
    const after = spans.filter((s) => s.to >= jump);
    expect(after.length).toBeGreaterThan(0);
    for (const span of after) expect(span.from).toBeGreaterThanOrEqual(jump);
    monitor.stop();
  });

  it('back-dates the last input by the idle time and does not report the same input twice', () => {
    const { system, spans, monitor } = setup();
    monitor.start(T0);
    vi.advanceTimersByTime(11_000);
    system.type(); // one keystroke at T0 + 11 s, after two idle polls
    vi.advanceTimersByTime(30_000);
    const keystroke = spans.filter((s) => s.to > T0);
    // Read at the 15 s poll as "idle 4 s", reported once, and not again by the five polls after it.
    expect(keystroke).toEqual([{ from: T0 + 11_000, to: T0 + 11_000 }]);
    monitor.stop();
  });

  it('slows to one poll per 30 s once idle past the away threshold, and speeds up on return', () => {
    const { system, polls, spans, monitor } = setup(60);
    monitor.start(T0);
    vi.advanceTimersByTime(5 * 60_000);
    const gaps = polls.slice(1).map((p, i) => p - (polls[i] as number));
    expect(gaps.slice(0, 12).every((g) => g === DESK_POLL_MS)).toBe(true);
    expect(gaps.slice(-3).every((g) => g === AWAY_POLL_MS)).toBe(true);
    // 13 desk polls up to the threshold, then one per 30 s: 21 polls in five minutes, not 61.
    expect(polls.length).toBe(21);
    const before = polls.length;
    system.type();
    vi.advanceTimersByTime(AWAY_POLL_MS);
    expect(spans.at(-1)?.to).toBe(system.lastInputAt);
    vi.advanceTimersByTime(3 * DESK_POLL_MS);
    const after = polls.slice(before);
    expect(after.slice(1).map((p, i) => p - (after[i] as number))).toEqual([5000, 5000, 5000]);
    monitor.stop();
  });

  it('does not poll at all while held (locked or asleep) and ignores lock-screen typing', () => {
    const { system, polls, spans, monitor } = setup();
    monitor.start(T0);
    monitor.hold();
    const held = polls.length;
    system.type(); // typing the password on the lock screen
    vi.advanceTimersByTime(60 * 60_000);
    expect(polls.length).toBe(held);
    expect(system.reads).toBe(held);
    const unlockAt = Date.now();
    monitor.release(unlockAt, 'unlock');
    vi.advanceTimersByTime(DESK_POLL_MS);
    expect(polls.length).toBe(held + 1);
    expect(spans.some((s) => s.to < unlockAt && s.to > T0)).toBe(false);
    monitor.stop();
  });

  it('after a resume, ignores an idle reset that is only the wake-up, then counts real input', () => {
    const { system, spans, monitor } = setup();
    monitor.start(T0);
    monitor.hold();
    vi.advanceTimersByTime(2 * 60 * 60_000);
    const resumeAt = Date.now();
    system.lastInputAt = resumeAt; // some systems reset idle time when they wake
    monitor.release(resumeAt, 'resume');
    vi.advanceTimersByTime(DESK_POLL_MS);
    expect(spans.filter((s) => s.to >= resumeAt)).toEqual([]);
    system.type();
    vi.advanceTimersByTime(DESK_POLL_MS);
    expect(spans.at(-1)?.to).toBe(system.lastInputAt);
    monitor.stop();
  });

  it('does not report input from before the app started', () => {
    const system = new FakeSystem(T0 - 10 * 60_000);
    const spans: InputSpan[] = [];
    const monitor = new IdleMonitor({
      source: system,
      now: () => Date.now(),
      onInput: (span) => spans.push(span),
      onSupportChange: () => undefined,
      awayAfterSeconds: 180,
    });
    monitor.start(T0);
    vi.advanceTimersByTime(60_000);
    expect(spans).toEqual([]);
    monitor.stop();
  });

  it('detects a platform that reports 0 forever and stops counting it as input', () => {
    const { system, support, spans, monitor } = setup();
    system.zeroForever = true;
    monitor.start(T0);
    expect(support).toEqual([true]);
    vi.advanceTimersByTime(ZERO_FOREVER_MS - DESK_POLL_MS);
    expect(support).toEqual([true]);
    vi.advanceTimersByTime(DESK_POLL_MS);
    expect(support).toEqual([true, false]);
    expect(monitor.idleSupported).toBe(false);
    const reported = spans.length;
    vi.advanceTimersByTime(10 * 60_000);
    expect(spans.length).toBe(reported);
    // Real readings come back (e.g. the session changed): supported again.
    system.zeroForever = false;
    system.lastInputAt = Date.now() - 3_000;
    vi.advanceTimersByTime(AWAY_POLL_MS);
    expect(support).toEqual([true, false, true]);
    monitor.stop();
  });

  it('takes an "unknown" idle state as unsupported at once', () => {
    const { system, support, monitor } = setup();
    system.state = 'unknown';
    monitor.start(T0);
    expect(support).toEqual([false]);
    monitor.stop();
  });

  it('stops cleanly: no timer left behind', () => {
    const { monitor } = setup();
    monitor.start(T0);
    monitor.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
