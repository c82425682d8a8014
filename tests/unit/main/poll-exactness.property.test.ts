/**
 * Sparse idle polling classifies time like polling every second (issue 13 item 1). A simulated idle
 * source (random input patterns: bursts, gaps just under, at and just over the away threshold, locks,
 * sleeps, midnight) drives the REAL IdleMonitor, WakeScheduler, AppController and AppSession (engine),
 * wired as main.ts wires them, twice: (a) polling every second, (b) the app's own schedule. Only the
 * Electron boundary is simulated: `getSystemIdleTime()` answers whole seconds since the last input.
 *
 * Inputs, locks and sleeps fall on whole seconds, the resolution of the idle reading; both schemes
 * then read exact instants. (With inputs between whole seconds each scheme rounds to its own poll
 * phase, under a second apart.)
 *
 * The known limit, by design: a reading tells the LAST input, not the first. While away the app polls
 * once a minute, so the return is dated to the last input before the poll that notices it, up to one
 * away poll later than polling every second dates it. Hence two properties:
 * (i) when each return's first input is also the last one before the next poll (an isolated return
 *     instant), everything is equal: every effect (away, back, prompts, auto-open, heads-up), every
 *     day's statistics and today's hours;
 * (ii) for any pattern: the same away gaps (same starts, same natural breaks and moving time), every
 *     return dated no earlier and at most one away poll later, and each day's sitting time short by
 *     exactly the time the returns were dated later on that day (that time counts away instead, or
 *     not at all when it came before the day's first input).
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppSession, type SessionEffect } from '../../../electron/core/app-session.ts';
import { localDateKey } from '../../../electron/core/time.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../electron/core/settings.ts';
import type { DayStats, HourStats, Millis, Observation } from '../../../electron/core/types.ts';
import { AppController, type WindowsPort } from '../../../electron/main/app-controller.ts';
import { AWAY_POLL_MS, IdleMonitor, type IdleSource } from '../../../electron/main/idle-monitor.ts';
import type { PromptNotifier } from '../../../electron/main/notifier.ts';
import { WakeScheduler } from '../../../electron/main/scheduler.ts';

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});
afterEach(() => {
  vi.useRealTimers();
});

const S = 1_000;

// ------------------------------------------------------------------ patterns

type Event =
  { kind: 'lock'; at: Millis; until: Millis } | { kind: 'sleep'; at: Millis; until: Millis };

interface Pattern {
  start: Millis;
  awayAfterSeconds: number;
  /** Sorted input instants (whole seconds). */
  inputs: Millis[];
  events: Event[];
  end: Millis;
}

/** A stretch length relative to the threshold: just under, at, just over it, under it, or anything. */
const stretch = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(-2, -1, 0, 1, 2).map((d) => ({ nearAway: d })) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((n) => ({ underAway: n })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 240 }).map((s) => ({ seconds: s })) },
  { weight: 1, arbitrary: fc.integer({ min: 240, max: 2_400 }).map((s) => ({ seconds: s })) },
);
type Stretch = { nearAway: number } | { underAway: number } | { seconds: number };

const segment = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('burst' as const),
      steps: fc.array(fc.integer({ min: 1, max: 25 }), { minLength: 0, maxLength: 80 }),
      /** Variant (i): seconds of silence after the burst's first input. */
      isolation: fc.integer({ min: 61, max: 10_000 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('gap' as const), length: stretch }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('lock' as const),
      length: stretch,
      lockScreenTyping: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sleep' as const), length: stretch }) },
);

const patternInput = fc.record({
  /** 09:00 (a working morning) or 23:20 (across midnight; dayStartsAt 06:00 is never reached). */
  startHour: fc.constantFrom(9, 23),
  startOffsetSeconds: fc.integer({ min: 0, max: 1_800 }),
  awayAfterSeconds: fc.constantFrom(60, 90, 120, 180),
  segments: fc.array(segment, { minLength: 2, maxLength: 14 }),
});

/**
 * Lays the segments out on whole seconds. `isolated`: every burst starts with one input and then a
 * silence of more than one away poll and less than the threshold, so a return is one isolated
 * instant (a burst is the only way back from a gap but an unlock, which is exact anyway).
 */
type PatternInput = typeof patternInput extends fc.Arbitrary<infer T> ? T : never;

function layOut(p: PatternInput, isolated: boolean): Pattern {
  const away = isolated ? Math.max(p.awayAfterSeconds, 90) : p.awayAfterSeconds;
  const d = new Date(2026, 2, 10, p.startHour, p.startHour === 9 ? 0 : 20, 0);
  const start = d.getTime() + p.startOffsetSeconds * S;
  const seconds = (l: Stretch) =>
    'nearAway' in l
      ? away + l.nearAway
      : 'underAway' in l
        ? 1 + (l.underAway % (away - 3))
        : l.seconds;
  const inputs: Millis[] = [];
  const events: Event[] = [];
  let cursor = start + 7 * S;
  for (const seg of p.segments) {
    if (seg.kind === 'burst') {
      inputs.push(cursor);
      if (isolated) cursor += (61 + (seg.isolation % (away - 61))) * S;
      for (const step of seg.steps) {
        inputs.push(cursor);
        cursor += step * S;
      }
      inputs.push(cursor);
    } else if (seg.kind === 'gap') {
      cursor += seconds(seg.length) * S;
    } else {
      const at = cursor + S;
      const until = at + Math.max(1, seconds(seg.length)) * S;
      events.push({ kind: seg.kind, at, until });
      if (seg.kind === 'lock' && seg.lockScreenTyping && until - at > 3 * S)
        inputs.push(until - 2 * S);
      // Input within two seconds of a resume is the wake-up's, not the user's (idle-monitor.ts).
      cursor = seg.kind === 'sleep' && isolated ? until + 3 * S : until;
    }
  }
  const sorted = [...new Set(inputs)].sort((a, b) => a - b);
  return { start, awayAfterSeconds: away, inputs: sorted, events, end: cursor + (away + 130) * S };
}

// ------------------------------------------------------------------ the simulated machine

/** powerMonitor's idle readings for a pattern: whole seconds since the last input at or before now. */
class SimulatedIdle implements IdleSource {
  constructor(private readonly inputs: readonly Millis[]) {}
  getSystemIdleTime(): number {
    const now = Date.now();
    let lo = 0;
    let hi = this.inputs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.inputs[mid] as number) <= now) lo = mid + 1;
      else hi = mid;
    }
    const last = lo > 0 ? (this.inputs[lo - 1] as number) : (this.inputs[0] ?? now) - 3_600 * S;
    return Math.floor((now - last) / S);
  }
  getSystemIdleState(): 'active' | 'idle' | 'locked' | 'unknown' {
    return 'active';
  }
}

/** The real session, recording what it decides (the effects the controller carries out). */
class RecordingSession extends AppSession {
  readonly effects: string[] = [];
  readonly aways: Millis[] = [];
  readonly backs: Millis[] = [];
  private record(effects: SessionEffect[]): SessionEffect[] {
    for (const e of effects) {
      if (e.type === 'away') this.aways.push(e.since);
      if (e.type === 'back') this.backs.push(e.at);
      if ('at' in e) this.effects.push(`${e.type}@${new Date(e.at).toISOString()}`);
      else if (e.type !== 'settings-changed') this.effects.push(e.type);
    }
    return effects;
  }
  override start(now: Millis): SessionEffect[] {
    return this.record(super.start(now));
  }
  override advance(now: Millis): SessionEffect[] {
    return this.record(super.advance(now));
  }
  override observe(obs: Observation): SessionEffect[] {
    return this.record(super.observe(obs));
  }
  override leaveDesk(at: Millis, kind: 'lock' | 'suspend' | 'shutdown'): SessionEffect[] {
    return this.record(super.leaveDesk(at, kind));
  }
}

interface Outcome {
  days: DayStats[];
  hours: HourStats[];
  effects: string[];
  aways: Millis[];
  backs: Millis[];
  polls: number;
}

const noWindows: WindowsPort = {
  openBreak: () => undefined,
  closeBreak: () => undefined,
  isBreakOpen: () => false,
  openMain: () => undefined,
  broadcast: () => undefined,
};
const silentNotifier: PromptNotifier = {
  supportsActions: true,
  showPrompt: () => undefined,
  withdraw: () => undefined,
};

/** Runs the pattern through the app's wiring (as main.ts), polling every second or sparsely. */
async function run(pattern: Pattern, everySecond: boolean): Promise<Outcome> {
  vi.useFakeTimers({ now: pattern.start, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    awayAfterSeconds: pattern.awayAfterSeconds,
    breakIntervalMinutes: 10,
    snoozeMinutes: 1,
    autoOpenSeconds: 30,
    headsUpNotification: true,
    launchAtLogin: false,
    detectCalls: false,
  };
  const session = new RecordingSession({
    settings,
    snapshot: null,
    history: [],
    firstRun: false,
    notice: null,
    now: pattern.start,
  });
  let polls = 0;
  let ctl: AppController | null = null;
  const scheduler = new WakeScheduler({ now: () => Date.now(), onWake: (at) => ctl?.tick(at) });
  const idle = new IdleMonitor({
    source: new SimulatedIdle(pattern.inputs),
    now: () => Date.now(),
    awayAfterSeconds: pattern.awayAfterSeconds,
    onInput: (span) => ctl?.input(span),
    onSupportChange: (supported) => ctl?.setIdleSupported(supported),
    onPoll: (at) => {
      polls++;
      ctl?.poll(at);
      scheduler.refresh();
    },
    ...(everySecond ? { deskPollMs: S, awayPollMs: S } : {}),
  });
  const controller = new AppController({
    session,
    store: {
      saveSettings: () => undefined,
      saveEngine: () => undefined,
      heartbeat: () => undefined,
      completeOnboarding: () => undefined,
      acknowledgeRecovery: () => undefined,
    },
    now: () => Date.now(),
    notifier: silentNotifier,
    dnd: { isActive: () => Promise.resolve(false) },
    tray: { update: () => undefined },
    windows: noWindows,
    idle,
    schedule: (at) => scheduler.schedule(at),
    firstMove: () => 'a move',
  });
  ctl = controller;
  controller.start();
  idle.start(Date.now());
  const until = async (at: Millis) => {
    if (at > Date.now()) await vi.advanceTimersByTimeAsync(at - Date.now());
  };
  for (const event of pattern.events) {
    await until(event.at);
    if (event.kind === 'lock') {
      controller.power({ kind: 'lock', at: event.at });
      await until(event.until);
      controller.power({ kind: 'unlock', at: event.until });
    } else {
      controller.power({ kind: 'suspend', at: event.at });
      // Asleep: the wall clock jumps, no timer runs.
      vi.setSystemTime(event.until);
      controller.power({ kind: 'resume', at: event.until });
    }
  }
  await until(pattern.end);
  await controller.settled();
  const now = Date.now();
  const outcome: Outcome = {
    days: session.allDays(now),
    hours: session.state(now).todayHours,
    effects: session.effects,
    aways: session.aways,
    backs: session.backs,
    polls,
  };
  idle.stop();
  controller.stop();
  vi.useRealTimers();
  return outcome;
}

/** Milliseconds of [from, to) on each local date. */
function perDay(from: Millis, to: Millis, into: Map<string, number>): void {
  let t = from;
  while (t < to) {
    const d = new Date(t);
    const midnight = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
    const end = Math.min(to, midnight);
    const key = localDateKey(t);
    into.set(key, (into.get(key) ?? 0) + (end - t));
    t = end;
  }
}

// ------------------------------------------------------------------ the properties

/** Sized for a loaded machine: each case simulates hours, once with a poll every second. */
const RUNS = 150;
const seen = { returns: 0, prompts: 0, sparsePolls: 0, everySecondPolls: 0 };

describe('sparse idle polling against polling every second', () => {
  it('(i) isolated return instants: every effect, every day and every hour are equal', async () => {
    await fc.assert(
      fc.asyncProperty(patternInput, async (input) => {
        const pattern = layOut(input, true);
        const dense = await run(pattern, true);
        const sparse = await run(pattern, false);
        expect(sparse.effects).toEqual(dense.effects);
        expect(sparse.days).toEqual(dense.days);
        expect(sparse.hours).toEqual(dense.hours);
        seen.returns += dense.backs.length;
        seen.prompts += dense.effects.filter((e) => e.startsWith('prompt@')).length;
        seen.sparsePolls += sparse.polls;
        seen.everySecondPolls += dense.polls;
      }),
      { numRuns: RUNS },
    );
    // The patterns did exercise returns and prompts, and the schedule was sparse.
    expect(seen.returns).toBeGreaterThan(RUNS);
    expect(seen.prompts).toBeGreaterThan(RUNS / 4);
    expect(seen.sparsePolls * 20).toBeLessThan(seen.everySecondPolls);
  }, 120_000);

  it('(ii) any pattern: the same away gaps; returns dated at most one away poll later', async () => {
    await fc.assert(
      fc.asyncProperty(patternInput, async (input) => {
        const pattern = layOut(input, false);
        const dense = await run(pattern, true);
        const sparse = await run(pattern, false);
        expect(sparse.aways).toEqual(dense.aways);
        expect(sparse.backs).toHaveLength(dense.backs.length);
        const late = new Map<string, number>();
        dense.backs.forEach((back, i) => {
          const sparseBack = sparse.backs[i] as number;
          expect(sparseBack).toBeGreaterThanOrEqual(back);
          expect(sparseBack - back).toBeLessThanOrEqual(AWAY_POLL_MS);
          perDay(back, sparseBack, late);
        });
        expect(sparse.days.map((d) => d.date)).toEqual(dense.days.map((d) => d.date));
        dense.days.forEach((day, i) => {
          const other = sparse.days[i] as DayStats;
          const lateSeconds = (late.get(day.date) ?? 0) / S;
          expect(other.naturalBreaks).toBe(day.naturalBreaks);
          expect(other.movingSeconds).toBe(day.movingSeconds);
          expect(day.sittingSeconds - other.sittingSeconds).toBe(lateSeconds);
          expect(other.awaySeconds - day.awaySeconds).toBeGreaterThanOrEqual(0);
          expect(other.awaySeconds - day.awaySeconds).toBeLessThanOrEqual(lateSeconds);
        });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
