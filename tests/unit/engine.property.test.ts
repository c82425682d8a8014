/** Invariants of the engine under random timelines (fast-check): sums, signs, splitting, determinism, restore. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../electron/core/engine.ts';
import {
  applySettingsPatch,
  defaultSettings,
  type Settings,
} from '../../electron/core/settings.ts';
import type { Observation } from '../../electron/core/types.ts';

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const MIN = 60_000;

/** One step of a timeline: time passes, then something is observed. */
const step = fc.record({
  gapMs: fc.oneof(
    fc.integer({ min: 0, max: 5_000 }),
    fc.integer({ min: 0, max: 10 * MIN }),
    fc.integer({ min: 0, max: 14 * 60 * MIN }),
  ),
  kind: fc.constantFrom(
    'input',
    'input',
    'input',
    'input',
    'lock',
    'unlock',
    'suspend',
    'resume',
    'break-start',
    'break-end',
    'snooze',
    'skip',
    'pause',
    'resume-reminders',
    'call-start',
    'call-start',
    'call-end',
    'backwards',
  ),
  lengthMs: fc.integer({ min: 0, max: 45 * MIN }),
  flag: fc.boolean(),
});

const settingsArb = fc.record({
  breakIntervalMinutes: fc.integer({ min: 10, max: 60 }),
  awayAfterSeconds: fc.integer({ min: 60, max: 600 }),
  maxSnoozes: fc.integer({ min: 0, max: 5 }),
  workingHours: fc.boolean(),
});

// Starts spread over a year, including both DST changes in Europe/Berlin.
const startArb = fc.integer({
  min: Date.UTC(2026, 0, 1),
  max: Date.UTC(2026, 11, 20),
});

function buildTimeline(start: number, steps: StepValue[]): Observation[] {
  const out: Observation[] = [];
  let t = start;
  for (const s of steps) {
    t += s.gapMs;
    switch (s.kind) {
      case 'input':
        out.push({ type: 'input', at: t, to: t + s.lengthMs });
        t += s.lengthMs;
        break;
      case 'break-end':
        out.push({ type: 'break-end', at: t, completed: s.flag });
        break;
      case 'pause':
        out.push({ type: 'pause', at: t, until: s.flag ? 'tomorrow' : t + s.lengthMs });
        break;
      case 'backwards':
        // A clock set back: stamped before the latest time already seen.
        out.push({ type: 'lock', at: t - s.lengthMs - 1 });
        break;
      default:
        out.push({ type: s.kind, at: t } as Observation);
    }
  }
  return out;
}

type StepValue = { gapMs: number; kind: string; lengthMs: number; flag: boolean };

function run(settings: Settings, timeline: Observation[]) {
  const engine = Engine.start(settings, timeline[0]?.at ?? 0);
  const prompts: number[] = [];
  for (const obs of timeline) {
    for (const e of engine.observe(obs)) if (e.type === 'prompt') prompts.push(e.at);
  }
  return { engine, prompts, days: engine.dayStats() };
}

const toSettings = (s: { workingHours: boolean } & Record<string, unknown>) =>
  applySettingsPatch(defaultSettings(), s);

const timelineArb = fc.tuple(
  settingsArb,
  startArb,
  fc.array(step, { minLength: 1, maxLength: 60 }),
);

describe('engine invariants', () => {
  it('sitting + moving + away + unknown equals the elapsed time, and nothing is negative', () => {
    fc.assert(
      fc.property(timelineArb, ([s, start, steps]) => {
        const timeline = buildTimeline(start, steps);
        const { engine, days } = run(toSettings(s), timeline);
        const t = engine.totals();
        expect(t.sittingMs + t.movingMs + t.awayMs + t.unknownMs).toBe(
          engine.lastAt - timeline[0]!.at,
        );
        for (const d of days) {
          for (const [key, value] of Object.entries(d)) {
            if (typeof value === 'number')
              expect(value, `${d.date} ${key}`).toBeGreaterThanOrEqual(0);
          }
          expect(d.longestSitSeconds).toBeLessThanOrEqual(d.sittingSeconds);
          expect(d.callSeconds).toBeLessThanOrEqual(d.sittingSeconds);
          expect(
            d.breaksTaken + d.breaksPartial + d.breaksSkipped + d.breaksMissed,
          ).toBeLessThanOrEqual(d.breaksPrompted + d.breaksTaken + d.breaksPartial);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('gives the same result when an input span is split into pieces', () => {
    fc.assert(
      fc.property(
        timelineArb,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([s, start, steps], pick, where) => {
          const timeline = buildTimeline(start, steps);
          const spans = timeline
            .map((o, i) => [o, i] as const)
            .filter(([o]) => o.type === 'input' && o.to - o.at >= 2);
          fc.pre(spans.length > 0);
          const [span, index] = spans[pick % spans.length]!;
          if (span.type !== 'input') return;
          const cut = span.at + 1 + Math.floor(where * (span.to - span.at - 1));
          const split = [
            ...timeline.slice(0, index),
            { type: 'input' as const, at: span.at, to: cut },
            { type: 'input' as const, at: cut, to: span.to },
            ...timeline.slice(index + 1),
          ];
          const settings = toSettings(s);
          const a = run(settings, timeline);
          const b = run(settings, split);
          expect(b.prompts).toEqual(a.prompts);
          expect(b.days).toEqual(a.days);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('gives the same result every time for the same timeline', () => {
    fc.assert(
      fc.property(timelineArb, ([s, start, steps]) => {
        const timeline = buildTimeline(start, steps);
        const a = run(toSettings(s), timeline);
        const b = run(toSettings(s), timeline);
        expect(b.prompts).toEqual(a.prompts);
        expect(b.days).toEqual(a.days);
      }),
      { numRuns: 100 },
    );
  });

  it('replays in two halves with the state saved and restored in between exactly as in one go', () => {
    fc.assert(
      fc.property(timelineArb, fc.nat(), ([s, start, steps], cutAt) => {
        const timeline = buildTimeline(start, steps);
        const settings = toSettings(s);
        const whole = run(settings, timeline);
        const cut = cutAt % (timeline.length + 1);
        const first = Engine.start(settings, timeline[0]!.at);
        const prompts: number[] = [];
        for (const obs of timeline.slice(0, cut)) {
          for (const e of first.observe(obs)) if (e.type === 'prompt') prompts.push(e.at);
        }
        const saved = JSON.parse(JSON.stringify(first.snapshot()));
        const second = Engine.restore(saved, settings);
        for (const obs of timeline.slice(cut)) {
          for (const e of second.observe(obs)) if (e.type === 'prompt') prompts.push(e.at);
        }
        expect(prompts).toEqual(whole.prompts);
        expect(second.dayStats()).toEqual(whole.days);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });

  it('wakes exactly: nothing happens before nextWakeAt, also in a call', () => {
    fc.assert(
      fc.property(timelineArb, fc.boolean(), ([s, start, steps], inCall) => {
        const timeline = buildTimeline(start, steps);
        const { engine } = run(toSettings(s), timeline);
        if (inCall) engine.observe({ type: 'call-start', at: engine.lastAt });
        const wake = engine.nextWakeAt()!;
        const before = engine.status();
        expect(engine.advance(wake - 1)).toEqual([]);
        // The time-dependent figures move on; every state stays as it was.
        const states = ({
          activity,
          breakState,
          reminders,
          callSince,
          gapStartedAt,
        }: typeof before) => [activity, breakState, reminders, callSince, gapStartedAt];
        expect(states(engine.status())).toEqual(states(before));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });

  it('never wakes in the past and never later than the next local midnight', () => {
    fc.assert(
      fc.property(timelineArb, ([s, start, steps]) => {
        const timeline = buildTimeline(start, steps);
        const { engine } = run(toSettings(s), timeline);
        const wake = engine.nextWakeAt();
        expect(wake).not.toBeNull();
        expect(wake!).toBeGreaterThan(engine.lastAt);
        const d = new Date(engine.lastAt);
        expect(wake!).toBeLessThanOrEqual(
          new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime(),
        );
      }),
      { numRuns: 100 },
    );
  });
});
