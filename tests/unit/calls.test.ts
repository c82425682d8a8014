/**
 * Calls and meetings (SPEC section 2 "Calls and meetings", `callSeconds` in sections 3 and 8, the
 * Calls fine point in section 9), rule by rule. Every expected prompt and day record below was worked
 * out by hand from the SPEC text (defaults: 30 min interval, away after 180 s, snooze 5 min, 2 snoozes),
 * not from the engine's output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../electron/core/engine.ts';
import { applySettingsPatch, defaultSettings } from '../../electron/core/settings.ts';
import { parseTimelineLine, replayTimeline } from '../../electron/core/timeline.ts';
import type { DayStats } from '../../electron/core/types.ts';

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

type Line = Record<string, unknown>;
type Short = Partial<{
  sit: number;
  mov: number;
  away: number;
  pr: number;
  tk: number;
  sn: number;
  mi: number;
  nat: number;
  lng: number;
  call: number;
}>;
const min = (n: number) => n * 60;
const day = (date: string, f: Short = {}): DayStats => ({
  date,
  sittingSeconds: f.sit ?? 0,
  movingSeconds: f.mov ?? 0,
  awaySeconds: f.away ?? 0,
  breaksPrompted: f.pr ?? 0,
  breaksTaken: f.tk ?? 0,
  breaksPartial: 0,
  breaksSkipped: 0,
  breaksSnoozed: f.sn ?? 0,
  breaksMissed: f.mi ?? 0,
  naturalBreaks: f.nat ?? 0,
  longestSitSeconds: f.lng ?? 0,
  callSeconds: f.call ?? 0,
  goalMet: false,
});
/** Local winter time in Berlin (+01:00). */
const W = (d: string, hm: string): string => `${d}T${hm.length === 5 ? hm + ':00' : hm}+01:00`;
const M = '2026-01-05'; // a Monday
const TUE = '2026-01-06';
const m = (hm: string) => W(M, hm);
const inp = (from: string, to: string): Line => ({ at: from, type: 'input', to });
const ev = (at: string, type: string, extra: Record<string, unknown> = {}): Line => ({
  at,
  type,
  ...extra,
});
const text = (lines: Line[]) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
const replay = (lines: Line[], settings: Record<string, unknown> = {}) =>
  replayTimeline(text(lines), applySettingsPatch(defaultSettings(), settings));

interface Case {
  name: string;
  settings?: Record<string, unknown>;
  lines: Line[];
  prompts: string[];
  days: DayStats[];
}

const cases: Case[] = [
  {
    name: 'an hour-long silent call is sitting, not away; the break due in it is prompted when it ends',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'call-start'),
      ev(m('10:10'), 'call-end'),
      inp(m('10:10'), m('10:15')),
    ],
    prompts: [m('10:10')],
    days: [day(M, { sit: min(75), pr: 1, lng: min(75), call: min(60) })],
  },
  {
    name: 'a prompt pending when the call starts stays pending: no second prompt at the end',
    lines: [
      inp(m('09:00'), m('09:31')),
      ev(m('09:31'), 'call-start'),
      ev(m('09:50'), 'call-end'),
      inp(m('09:50'), m('09:55')),
      ev(m('09:55'), 'break-start'),
      ev(m('09:57'), 'break-end', { completed: true }),
    ],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(55), mov: 120, pr: 1, tk: 1, lng: min(55), call: min(19) })],
  },
  {
    name: 'a locked screen in a call is still presence',
    lines: [
      inp(m('09:00'), m('09:05')),
      ev(m('09:05'), 'call-start'),
      ev(m('09:06'), 'lock'),
      ev(m('09:45'), 'call-end'),
      inp(m('09:46'), m('09:50')),
    ],
    prompts: [m('09:45')],
    days: [day(M, { sit: min(50), pr: 1, lng: min(50), call: min(40) })],
  },
  {
    name: 'a suspend ends the call: catch-up prompt at the suspend, then missed by the away gap',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'call-start'),
      ev(m('09:40'), 'suspend'),
      ev(m('10:40'), 'resume'),
      inp(m('10:40'), m('10:45')),
    ],
    prompts: [m('09:40')],
    days: [
      day(M, { sit: min(45), away: min(60), pr: 1, mi: 1, nat: 1, lng: min(40), call: min(30) }),
    ],
  },
  {
    name: 'redundant call-start and call-end lines are ignored (no input instant)',
    lines: [
      inp(m('09:00'), m('09:05')),
      ev(m('09:07'), 'call-end'),
      ev(m('09:10'), 'call-start'),
      ev(m('09:20'), 'call-start'),
      ev(m('09:40'), 'call-end'),
      ev(m('09:50'), 'call-end'),
      inp(m('09:52'), m('09:55')),
    ],
    // 09:05-09:10 away (a call-end is not input); the call-start ends it and restarts the timer, so
    // the break comes due at 09:40 and is prompted at the call-end line of that instant; the gap
    // 09:40-09:52 is away (the 09:50 call-end is not input) and makes it missed.
    prompts: [m('09:40')],
    days: [
      day(M, { sit: min(38), away: min(17), pr: 1, mi: 1, nat: 2, lng: min(30), call: min(30) }),
    ],
  },
  {
    name: 'a snoozed re-prompt falling in a call comes at its end and does not use up a snooze',
    lines: [
      inp(m('09:00'), m('09:31')),
      ev(m('09:31'), 'snooze'),
      ev(m('09:32'), 'call-start'),
      ev(m('09:50'), 'call-end'),
      ev(m('09:51'), 'snooze'),
      inp(m('09:51'), m('09:57')),
      ev(m('09:57'), 'snooze'),
    ],
    prompts: [m('09:30'), m('09:50'), m('09:56')],
    days: [day(M, { sit: min(57), pr: 1, sn: 1, lng: min(57), call: min(18) })],
  },
  {
    name: 'a call open at the end of the timeline counts to the end and leaves the break unprompted',
    lines: [inp(m('09:00'), m('09:20')), ev(m('09:20'), 'call-start'), ev(m('10:00'), 'lock')],
    prompts: [],
    days: [day(M, { sit: min(60), lng: min(60), call: min(40) })],
  },
  {
    name: 'a call-start ends an away gap and restarts the timer; a pause still holds the catch-up',
    lines: [
      inp(m('09:00'), m('09:20')),
      ev(m('09:30'), 'call-start'),
      ev(m('09:35'), 'pause', { until: m('10:30') }),
      ev(m('10:10'), 'call-end'),
      inp(m('10:10'), m('10:40')),
    ],
    prompts: [m('10:30')],
    days: [day(M, { sit: min(90), away: min(10), pr: 1, nat: 1, lng: min(70), call: min(40) })],
  },
  {
    name: 'a break held by a call and then a pause is dropped with no outcome if the user goes away',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'call-start'),
      ev(m('09:15'), 'pause', { until: m('11:00') }),
      ev(m('09:50'), 'call-end'),
      inp(m('10:30'), m('10:35')),
    ],
    prompts: [],
    days: [day(M, { sit: min(55), away: min(40), nat: 1, lng: min(50), call: min(40) })],
  },
  {
    name: 'working hours still hold the catch-up prompt after the call',
    settings: { workingHours: true },
    lines: [
      inp(m('17:00'), m('17:10')),
      ev(m('17:10'), 'call-start'),
      ev(m('17:45'), 'call-end'),
      inp(m('17:45'), m('17:50')),
    ],
    prompts: [],
    days: [day(M, { sit: min(50), lng: min(50), call: min(35) })],
  },
  {
    name: 'a break due in a call answered by break-start before it was shown: taken, not prompted',
    lines: [
      inp(m('09:00'), m('09:20')),
      ev(m('09:20'), 'call-start'),
      ev(m('09:40'), 'break-start'),
      ev(m('09:42'), 'break-end', { completed: true }),
      ev(m('09:50'), 'call-end'),
      inp(m('09:50'), m('09:55')),
    ],
    // The guided break is moving, not call time; the call is still on at break-end, so sitting
    // resumes at 09:42 with no gap.
    prompts: [],
    days: [day(M, { sit: min(53), mov: 120, tk: 1, lng: min(40), call: min(28) })],
  },
  {
    name: 'a break due at the very instant of call-start is prompted then and stays pending',
    lines: [
      inp(m('09:00'), m('09:29')),
      ev(m('09:30'), 'call-start'),
      ev(m('09:40'), 'call-end'),
      inp(m('09:40'), m('09:45')),
    ],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(45), pr: 1, lng: min(45), call: min(10) })],
  },
  {
    name: 'a call starting and ending at the same instant is one input instant',
    lines: [
      inp(m('09:00'), m('09:05')),
      ev(m('09:07'), 'call-start'),
      ev(m('09:07'), 'call-end'),
      inp(m('09:09'), m('09:10')),
    ],
    prompts: [],
    days: [day(M, { sit: min(10), lng: min(10) })],
  },
  {
    name: 'call time is split at local midnight; the catch-up counts on the date the break came due',
    lines: [
      inp(m('23:30'), m('23:35')),
      ev(m('23:40'), 'call-start'),
      ev(W(TUE, '00:20'), 'call-end'),
    ],
    prompts: [W(TUE, '00:20')],
    days: [
      day(M, { sit: min(25), away: min(5), nat: 1, lng: min(20), call: min(20) }),
      day(TUE, { sit: min(20), pr: 1, lng: min(20), call: min(20) }),
    ],
  },
  {
    name: 'a call started during a guided break: sitting (call time) resumes at break-end with no gap',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'break-start'),
      ev(m('09:10:30'), 'call-start'),
      ev(m('09:11'), 'break-end', { completed: false }),
      ev(m('09:30'), 'call-end'),
      inp(m('09:31'), m('09:32')),
    ],
    // 1 min of moving (partial); 09:11-09:30 call sitting, 09:30-09:32 sitting (a 1 min gap).
    prompts: [],
    days: [
      {
        ...day(M, { sit: min(31), mov: 60, lng: min(21), call: min(19) }),
        breaksPartial: 1,
      },
    ],
  },
];

describe('calls in the replay (hand-computed from SPEC 2, 3, 8, 9)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const out = replay(c.lines, c.settings);
      expect(out.prompts.map(Date.parse)).toEqual(c.prompts.map(Date.parse));
      expect(out.days).toEqual(c.days);
    });
  }

  it('prints callSeconds between longestSitSeconds and goalMet (SPEC 8 order)', () => {
    const out = replay([inp(m('09:00'), m('09:10'))]);
    const keys = Object.keys(out.days[0] as DayStats);
    expect(keys.slice(-3)).toEqual(['longestSitSeconds', 'callSeconds', 'goalMet']);
  });
});

describe('calls through the engine API', () => {
  const t = (hm: string) => Date.parse(m(hm));

  it('status names the call; no away, no prompt and no auto-open effect inside it', () => {
    const e = Engine.start(defaultSettings(), t('09:00'));
    e.observe({ type: 'input', at: t('09:00'), to: t('09:29') });
    e.observe({ type: 'call-start', at: t('09:29') });
    expect(e.status().callSince).toBe(t('09:29'));
    const effects = e.advance(t('11:00'));
    expect(effects).toEqual([]);
    expect(e.status()).toMatchObject({ activity: 'sitting', breakState: 'due', promptedAt: null });
    const end = e.observe({ type: 'call-end', at: t('11:00') });
    expect(end.map((x) => x.type)).toEqual(['prompt']);
    expect(end[0]).toMatchObject({
      at: t('11:00'),
      dueAt: t('09:30'),
      reprompt: false,
      afterCall: true,
    });
    expect(e.status().callSince).toBeNull();
  });

  it('a pending prompt auto-opens only after the call, like after a pause', () => {
    const e = Engine.start(defaultSettings(), t('09:00'));
    e.observe({ type: 'input', at: t('09:00'), to: t('09:30') });
    e.observe({ type: 'call-start', at: t('09:30') });
    expect(e.advance(t('09:45'))).toEqual([]);
    expect(e.observe({ type: 'call-end', at: t('09:45') })).toEqual([
      { type: 'auto-open', at: t('09:45') },
    ]);
  });

  it('nextWakeAt in a call skips the away threshold and is exact for the due instant', () => {
    const e = Engine.start(defaultSettings(), t('09:00'));
    e.observe({ type: 'input', at: t('09:00'), to: t('09:05') });
    e.observe({ type: 'call-start', at: t('09:05') });
    // Not 09:08 (the away threshold): the break comes due at 09:30.
    expect(e.nextWakeAt()).toBe(t('09:30'));
    e.advance(t('09:30'));
    expect(e.status().breakState).toBe('due');
    // Nothing more until local midnight while the call lasts.
    expect(e.nextWakeAt()).toBe(new Date(2026, 0, 6).getTime());
    e.observe({ type: 'call-end', at: t('09:40') });
    expect(e.nextWakeAt()).toBe(t('09:41'));
  });

  it('hour-by-hour view marks call time as part of sitting', () => {
    const e = Engine.start(defaultSettings(), t('09:00'));
    e.observe({ type: 'input', at: t('09:00'), to: t('09:40') });
    e.observe({ type: 'call-start', at: t('09:40') });
    e.observe({ type: 'call-end', at: t('10:20') });
    const hours = e.hourly(t('10:20'));
    expect(hours[9]).toEqual({
      hour: 9,
      sittingSeconds: 3600,
      movingSeconds: 0,
      awaySeconds: 0,
      callSeconds: 1200,
    });
    expect(hours[10]).toMatchObject({ sittingSeconds: 1200, callSeconds: 1200 });
  });

  it('restores mid-call from a snapshot, and from an older snapshot with no call state', () => {
    const e = Engine.start(defaultSettings(), t('09:00'));
    e.observe({ type: 'input', at: t('09:00'), to: t('09:10') });
    e.observe({ type: 'call-start', at: t('09:10') });
    const saved = JSON.parse(JSON.stringify(e.snapshot()));
    const r = Engine.restore(saved, defaultSettings());
    expect(r.status().callSince).toBe(t('09:10'));
    r.observe({ type: 'call-end', at: t('10:00') });
    expect(r.dayStats()[0]).toMatchObject({ sittingSeconds: 3600, callSeconds: 3000 });

    // A snapshot written before calls existed: no callSince, no callMs in its days.
    const old = JSON.parse(JSON.stringify(saved));
    delete old.callSince;
    for (const d of Object.values(old.days) as Record<string, unknown>[]) delete d.callMs;
    const legacy = Engine.restore(old, defaultSettings());
    expect(legacy.status().callSince).toBeNull();
    expect(legacy.dayStats()[0]?.callSeconds).toBe(0);
  });

  it('refuses a snapshot whose callSince is not a number or null, naming the field', () => {
    const saved = JSON.parse(
      JSON.stringify(Engine.start(defaultSettings(), t('09:00')).snapshot()),
    );
    saved.callSince = 'yes';
    expect(() => Engine.restore(saved, defaultSettings())).toThrow(/callSince/);
  });
});

describe('call lines in timelines', () => {
  it('parses call-start and call-end', () => {
    expect(parseTimelineLine(JSON.stringify(ev(m('09:00'), 'call-start')), 1)).toEqual({
      type: 'call-start',
      at: t0(),
    });
    expect(parseTimelineLine(JSON.stringify(ev(m('09:00'), 'call-end')), 7)).toEqual({
      type: 'call-end',
      at: t0(),
    });
  });

  it('a call line with a bad instant names its line', () => {
    expect(() => parseTimelineLine('{"at": "09:00", "type": "call-start"}', 4)).toThrow(
      /^line 4: "at"/,
    );
    expect(() => parseTimelineLine('{"type": "call-end"}', 9)).toThrow(/^line 9: "at"/);
  });
});

function t0(): number {
  return Date.parse(m('09:00'));
}
