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
  it('polls once a minute while typing goes on and turns continuous typing into one growing span', () => {
    const { system, spans, monitor, polls } = setup();
    monitor.start(T0);
    typeFor(system, 3 * 60_000);
    expect(polls.map((p) => p - T0)).toEqual([0, 60_000, 120_000, 180_000]);
    expect(DESK_POLL_MS).toBe(60_000);
    // Every poll that saw fresh input reported it; consecutive ones chain into one span.
    expect(spans.length).toBe(4);
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.from).toBe(spans[i - 1]?.to);
    expect(spans.at(-1)?.to).toBeGreaterThanOrEqual(T0 + 179_000);
    monitor.stop();
  });

  it('never chains input across a clock jump into one span reaching back over the jump', () => {
    const { system, spans, monitor } = setup();
    monitor.start(T0);
    typeFor(system, 2 * 60_000);
    const jump = T0 + 900 * 365 * 86_400_000;
    vi.setSystemTime(jump);
    typeFor(system, 2 * 60_000);
    const after = spans.filter((s) => s.to >= jump);
    expect(after.length).toBeGreaterThan(0);
    for (const span of after) expect(span.from).toBeGreaterThanOrEqual(jump);
    monitor.stop();
  });

  it('back-dates the last input by the idle time and does not report the same input twice', () => {
    const { system, spans, monitor } = setup();
    monitor.start(T0);
    vi.advanceTimersByTime(11_000);
    system.type(); // one keystroke at T0 + 11 s
    vi.advanceTimersByTime(5 * 60_000);
    const keystroke = spans.filter((s) => s.to > T0);
    // Read at the 60 s poll as "idle 49 s", reported once, and not again by the polls after it
    // (chained to the input the first poll saw: the 11 s between are far below the threshold).
    expect(keystroke).toEqual([{ from: T0, to: T0 + 11_000 }]);
    monitor.stop();
  });

  it('polls when the last input can first turn away, then once a minute while away', () => {
    const { system, polls, spans, monitor } = setup(180);
    monitor.start(T0);
    vi.advanceTimersByTime(10_000);
    system.type(); // the last keystroke before leaving, at T0 + 10 s
    vi.advanceTimersByTime(310_000 - 10_000);
    // Desk polls a minute apart; one second before the gap can turn away (10 s + 179 s: a later
    // reading could hide input that keeps it under the threshold); exactly when it does (SPEC 9: a
    // gap of exactly the threshold is away); then one a minute.
    expect(polls.map((p) => (p - T0) / 1000)).toEqual([0, 60, 120, 180, 189, 190, 250, 310]);
    expect(AWAY_POLL_MS).toBe(60_000);
    // Back at 330 s, typing a little until 345 s: the next away poll (370 s) dates the return to
    // the last input it can see, then desk polls resume.
    vi.advanceTimersByTime(20_000);
    typeFor(system, 15_500);
    vi.advanceTimersByTime(370_000 - (Date.now() - T0));
    expect(spans.at(-1)).toEqual({ from: T0 + 345_000, to: T0 + 345_000 });
    vi.advanceTimersByTime(60_000);
    expect(polls.map((p) => (p - T0) / 1000).slice(-2)).toEqual([370, 430]);
    monitor.stop();
  });

  it('never chains input across a gap of exactly the threshold, even when polls see both ends', () => {
    const { system, spans, polls, monitor } = setup(60);
    monitor.start(T0); // the fake's last input is T0: reported as an instant
    vi.advanceTimersByTime(59_000); // the last reading that could still see a gap under 60 s
    // The next input lands exactly as the next poll (T0 + 60 s) reads: idle 0.
    system.lastInputAt = T0 + 60_000;
    vi.advanceTimersByTime(1_000);
    expect(polls.map((p) => (p - T0) / 1000)).toEqual([0, 59, 60]);
    expect(spans).toEqual([
      { from: T0, to: T0 },
      { from: T0 + 60_000, to: T0 + 60_000 },
    ]);
    monitor.stop();
  });

  it('polls before the threshold of a gap that starts after the last input (unlock, break end)', () => {
    const { polls, monitor } = setup(60);
    monitor.start(T0); // input at T0
    vi.advanceTimersByTime(30_000);
    monitor.setGapStart(T0 + 30_000); // e.g. a guided break ended here
    vi.advanceTimersByTime(150_000 - 30_000);
    expect(polls.map((p) => (p - T0) / 1000)).toEqual([0, 59, 89, 90, 150]);
    monitor.stop();
  });

  it('lets the one timer poll too: a poll resets the next one, and a nested poll does nothing', () => {
    const { system, polls, monitor } = setup(180);
    monitor.start(T0);
    vi.advanceTimersByTime(30_000);
    monitor.poll(); // e.g. the app's one timer woke for a due break
    vi.advanceTimersByTime(59_000);
    expect(polls.map((p) => (p - T0) / 1000)).toEqual([0, 30]);
    vi.advanceTimersByTime(1_000);
    expect(polls.map((p) => (p - T0) / 1000)).toEqual([0, 30, 90]);
    const reads = system.reads;
    const nested = new IdleMonitor({
      source: system,
      now: () => Date.now(),
      onInput: () => undefined,
      onSupportChange: () => undefined,
      onPoll: () => nested.poll(),
      awayAfterSeconds: 180,
    });
    nested.start(Date.now());
    expect(system.reads).toBe(reads + 1);
    nested.stop();
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
    vi.advanceTimersByTime(DESK_POLL_MS - 1);
    expect(polls.length).toBe(held);
    vi.advanceTimersByTime(1);
    expect(polls.length).toBe(held + 1);
    expect(spans.some((s) => s.to < unlockAt && s.to > T0)).toBe(false);
    monitor.stop();
  });

  it('after a resume, ignores an idle reset that is only the wake-up, then counts real input', () => {
    const { system, spans, polls, monitor } = setup();
    monitor.start(T0);
    monitor.hold();
    vi.advanceTimersByTime(2 * 60 * 60_000);
    const resumeAt = Date.now();
    system.lastInputAt = resumeAt; // some systems reset idle time when they wake
    monitor.release(resumeAt, 'resume');
    // The first reading comes soon after the wake-up, to date the return.
    vi.advanceTimersByTime(5_000);
    expect(polls.at(-1)).toBe(resumeAt + 5_000);
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
