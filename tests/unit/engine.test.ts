/** SPEC sections 1–3 and 9, rule by rule, through the same replay path the CLI uses. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../electron/core/engine.ts';
import { defaultSettings } from '../../electron/core/settings.ts';
import { day, ev, input, local, promptTimes, replay, withTz } from './helpers/timeline.ts';

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const D = '2026-03-10'; // a Tuesday
const at = (hm: string) => `${D} ${hm}`;

describe('classification', () => {
  it('counts continuous input as sitting and prompts after 30 minutes of it', () => {
    const r = replay([input(at('09:00'), at('09:40'))]);
    expect(promptTimes(r)).toEqual(['09:30']);
    expect(day(r, D)).toMatchObject({
      sittingSeconds: 2400,
      breaksPrompted: 1,
      longestSitSeconds: 2400,
    });
  });

  it('treats a gap shorter than awayAfterSeconds as sitting', () => {
    const r = replay([input(at('09:00'), at('09:10')), input(`${D} 09:12:59`, at('09:20'))]);
    expect(day(r, D)).toMatchObject({ sittingSeconds: 1200, awaySeconds: 0, naturalBreaks: 0 });
  });

  it('makes a gap of exactly awayAfterSeconds away, back-dated to its first second', () => {
    const r = replay([input(at('09:00'), at('09:10')), input(at('09:13'), at('09:20'))]);
    expect(day(r, D)).toMatchObject({ sittingSeconds: 1020, awaySeconds: 180, naturalBreaks: 1 });
  });

  it('restarts the timer at the end of an away gap', () => {
    const r = replay([input(at('09:00'), at('09:25')), input(at('09:35'), at('10:10'))]);
    expect(promptTimes(r)).toEqual(['10:05']);
  });

  it('takes back provisional sitting when an open gap turns away: the prompt shown in it is missed', () => {
    // 29 min of input, then nothing: the break comes due 1 min into the gap, the gap turns away at 3 min.
    const r = replay([input(at('09:00'), at('09:29')), input(at('09:40'), at('09:45'))]);
    expect(promptTimes(r)).toEqual(['09:30']);
    expect(day(r, D)).toMatchObject({
      sittingSeconds: 29 * 60 + 5 * 60,
      awaySeconds: 11 * 60,
      breaksPrompted: 1,
      breaksMissed: 1,
      naturalBreaks: 1,
    });
  });

  it('counts lock/unlock as a gap, and unlock as input', () => {
    const r = replay([
      input(at('09:00'), at('09:10')),
      ev(at('09:10'), 'lock'),
      ev(at('09:12'), 'unlock'),
      input(at('09:12'), at('09:20')),
      ev(at('09:20'), 'lock'),
      ev(at('09:50'), 'unlock'),
      ev(at('09:51'), 'lock'),
    ]);
    // 09:10–09:12 sitting; 09:20–09:50 away; 09:50 unlock is input, 09:50–09:51 sitting.
    expect(day(r, D)).toMatchObject({ sittingSeconds: 1260, awaySeconds: 1800, naturalBreaks: 1 });
  });

  it('does not treat resume as input', () => {
    const r = replay([
      input(at('09:00'), at('09:10')),
      ev(at('09:10'), 'suspend'),
      ev(at('09:30'), 'resume'),
      ev(at('09:31'), 'lock'),
    ]);
    // The whole 09:10–09:31 is one open gap: away, and after the day's last input, so unknown.
    expect(day(r, D)).toMatchObject({ sittingSeconds: 600, awaySeconds: 0, naturalBreaks: 1 });
  });

  it('counts the stretch from the app start to the first input as a gap', () => {
    const r = replay([ev(at('08:00'), 'resume'), input(at('08:02'), at('08:10'))]);
    expect(day(r, D).sittingSeconds).toBe(600);
    const r2 = replay([ev(at('08:00'), 'resume'), input(at('09:00'), at('09:10'))]);
    // Away before the day's first input is unknown, but it is still a natural break.
    expect(day(r2, D)).toMatchObject({ sittingSeconds: 600, awaySeconds: 0, naturalBreaks: 1 });
  });

  it('ignores input during a guided break and bounds gaps by the break', () => {
    const r = replay([
      input(at('09:00'), at('09:10')),
      ev(at('09:12'), 'break-start'),
      input(at('09:12'), at('09:13')),
      ev(at('09:14'), 'break-end', { completed: true }),
      input(at('09:16'), at('09:20')),
    ]);
    expect(day(r, D)).toMatchObject({
      sittingSeconds: 12 * 60 + 6 * 60,
      movingSeconds: 120,
      breaksTaken: 1,
      longestSitSeconds: 12 * 60,
    });
  });

  it('classifies an open gap at the end of the timeline as of that moment', () => {
    const short = replay([input(at('09:00'), at('09:10')), ev(at('09:12'), 'lock')]);
    expect(day(short, D)).toMatchObject({ sittingSeconds: 720, naturalBreaks: 0 });
    const long = replay([input(at('09:00'), at('09:10')), ev(at('09:20'), 'lock')]);
    expect(day(long, D)).toMatchObject({ sittingSeconds: 600, naturalBreaks: 1, awaySeconds: 0 });
  });

  it('counts away only between the first and last input of a day', () => {
    const r = replay([
      input(at('09:00'), at('09:10')),
      ev(at('09:10'), 'lock'),
      ev(at('12:00'), 'break-start'),
      ev(at('12:02'), 'break-end', { completed: true }),
    ]);
    // The gap ends at a break start, not an input, and no input follows that day: unknown.
    expect(day(r, D).awaySeconds).toBe(0);
    const r2 = replay([
      input(at('09:00'), at('09:10')),
      ev(at('12:00'), 'break-start'),
      ev(at('12:02'), 'break-end', { completed: true }),
      input(at('12:03'), at('12:04')),
    ]);
    expect(day(r2, D).awaySeconds).toBe((12 * 60 - (9 * 60 + 10)) * 60);
  });
});

describe('nights, midnight and clocks', () => {
  it('splits sitting at local midnight and counts each part on its own date', () => {
    const r = replay([input('2026-03-10 23:50', '2026-03-11 00:10')]);
    expect(day(r, '2026-03-10')).toMatchObject({ sittingSeconds: 600, longestSitSeconds: 600 });
    expect(day(r, '2026-03-11')).toMatchObject({ sittingSeconds: 600, longestSitSeconds: 600 });
  });

  it('counts an away gap crossing midnight as one natural break on its first date and no away time', () => {
    const r = replay([
      input('2026-03-10 22:00', '2026-03-10 23:30'),
      input('2026-03-11 00:30', '2026-03-11 00:40'),
    ]);
    expect(day(r, '2026-03-10')).toMatchObject({ awaySeconds: 0, naturalBreaks: 1 });
    expect(day(r, '2026-03-11')).toMatchObject({
      awaySeconds: 0,
      naturalBreaks: 0,
      sittingSeconds: 600,
    });
  });

  it('treats an away gap containing dayStartsAt as a night: no away, no natural break, pending break missed', () => {
    const r = replay([
      input('2026-03-10 17:00', '2026-03-10 17:31'),
      ev('2026-03-10 17:31', 'suspend'),
      ev('2026-03-11 08:00', 'resume'),
      input('2026-03-11 08:05', '2026-03-11 08:40'),
    ]);
    expect(promptTimes(r)).toEqual(['17:30', '08:35']);
    expect(day(r, '2026-03-10')).toMatchObject({
      naturalBreaks: 0,
      awaySeconds: 0,
      breaksMissed: 1,
    });
    expect(day(r, '2026-03-11')).toMatchObject({
      naturalBreaks: 0,
      awaySeconds: 0,
      sittingSeconds: 35 * 60,
    });
  });

  it('needs dayStartsAt strictly inside the gap for a night', () => {
    const r = replay([input(at('05:00'), at('06:00')), input(at('06:30'), at('06:40'))], {
      breakIntervalMinutes: 120,
    });
    // The gap starts exactly at 06:00: not a night, so a natural break with away time.
    expect(day(r, D)).toMatchObject({ naturalBreaks: 1, awaySeconds: 1800 });
  });

  it('clamps a line stamped earlier than the latest seen, counting nothing twice', () => {
    const r = replay([
      input(at('09:00'), at('09:20')),
      input(at('09:10'), at('09:25')), // overlaps: clamped to 09:20–09:25
      ev(at('08:00'), 'lock'), // clock set back: taken as 09:25
      ev(at('09:26'), 'unlock'),
    ]);
    expect(day(r, D).sittingSeconds).toBe(26 * 60);
    expect(r.days).toHaveLength(1);
  });

  it('counts real elapsed time across DST in Europe/Berlin (spring forward and fall back)', () => {
    withTz('Europe/Berlin', () => {
      const spring = replay([input('2026-03-29 01:30', '2026-03-29 03:30')], {
        breakIntervalMinutes: 120,
      });
      expect(day(spring, '2026-03-29').sittingSeconds).toBe(3600);
      const fall = replay(
        [
          { at: '2026-10-25T02:30:00+02:00', type: 'input', to: '2026-10-25T02:30:00+01:00' },
          { at: '2026-10-25T02:30:00+01:00', type: 'input', to: '2026-10-25T02:40:00+01:00' },
        ],
        { breakIntervalMinutes: 120 },
      );
      expect(day(fall, '2026-10-25').sittingSeconds).toBe(3600 + 600);
    });
  });

  it('gives a DST day 23 or 25 hours in America/New_York', () => {
    withTz('America/New_York', () => {
      // Work straight through each DST day with an hourly break pattern; sums must match the real day.
      for (const [date, hours] of [
        ['2026-03-08', 23],
        ['2026-11-01', 25],
      ] as const) {
        const r = replay(
          [
            input(`${date} 00:00`, `${date} 23:59`),
            input(`${date} 23:59`, `${addDayKey(date)} 00:00`),
          ],
          {
            breakIntervalMinutes: 120,
          },
        );
        const d = day(r, date);
        expect(d.sittingSeconds + d.movingSeconds + d.awaySeconds).toBe(hours * 3600);
      }
    });
  });

  it('splits at local midnight in New York, not UTC midnight', () => {
    withTz('America/New_York', () => {
      const r = replay([input('2026-07-01 19:30', '2026-07-01 20:30')], {
        breakIntervalMinutes: 120,
      });
      expect(r.days.map((d) => d.date)).toEqual(['2026-07-01']);
    });
  });
});

function addDayKey(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y!, m! - 1, d! + 1));
  return next.toISOString().slice(0, 10);
}

describe('prompts', () => {
  it('answers a prompt with a break-start at the same instant it came due', () => {
    const r = replay([
      input(at('09:00'), at('09:30')),
      ev(at('09:30'), 'break-start'),
      ev(at('09:32'), 'break-end', { completed: true }),
    ]);
    expect(promptTimes(r)).toEqual(['09:30']);
    expect(day(r, D)).toMatchObject({ breaksPrompted: 1, breaksTaken: 1, movingSeconds: 120 });
  });

  it('makes no second prompt while one is pending', () => {
    const r = replay([input(at('09:00'), at('11:00'))]);
    expect(promptTimes(r)).toEqual(['09:30']);
  });

  it('re-prompts after snoozeMinutes more sitting, at most maxSnoozes times, counting one snoozed break', () => {
    const r = replay([
      input(at('09:00'), at('09:31')),
      ev(at('09:31'), 'snooze'),
      input(at('09:31'), at('09:37')),
      ev(at('09:37'), 'snooze'),
      input(at('09:37'), at('09:43')),
      ev(at('09:43'), 'snooze'), // third: beyond maxSnoozes (2), ignored
      input(at('09:43'), at('10:30')),
    ]);
    expect(promptTimes(r)).toEqual(['09:30', '09:36', '09:42']);
    expect(day(r, D)).toMatchObject({ breaksPrompted: 1, breaksSnoozed: 1, breaksMissed: 0 });
  });

  it('ignores a snooze with nothing pending', () => {
    const r = replay([
      input(at('09:00'), at('09:10')),
      ev(at('09:10'), 'snooze'),
      input(at('09:10'), at('09:40')),
    ]);
    expect(day(r, D).breaksSnoozed).toBe(0);
    expect(promptTimes(r)).toEqual(['09:30']);
  });

  it('counts a snoozed break interrupted by a natural break as missed', () => {
    const r = replay([
      input(at('09:00'), at('09:31')),
      ev(at('09:31'), 'snooze'),
      input(at('09:35'), at('09:36')),
      input(at('09:50'), at('09:51')),
    ]);
    // 09:31–09:35 is away: the snoozed break is missed; 09:36–09:50 is a second natural break.
    expect(day(r, D)).toMatchObject({ breaksSnoozed: 1, breaksMissed: 1, naturalBreaks: 2 });
  });

  it('skips: counts skipped, restarts the timer, and restarts it even with nothing pending', () => {
    const r = replay([
      input(at('09:00'), at('09:31')),
      ev(at('09:31'), 'skip'),
      input(at('09:31'), at('10:05')),
    ]);
    expect(promptTimes(r)).toEqual(['09:30', '10:01']);
    expect(day(r, D).breaksSkipped).toBe(1);
    const r2 = replay([
      input(at('09:00'), at('09:20')),
      ev(at('09:20'), 'skip'),
      input(at('09:20'), at('09:55')),
    ]);
    expect(promptTimes(r2)).toEqual(['09:50']);
    expect(day(r2, D).breaksSkipped).toBe(0);
  });

  it('counts a break with at least 90 % of its length as taken, less as partial', () => {
    const r = replay([
      input(at('09:00'), at('09:30')),
      ev(at('09:30'), 'break-start'),
      ev(`${D} 09:31:48`, 'break-end', { completed: false }), // 108 s of 120 s
      input(at('09:32'), at('10:02')),
      ev(at('10:02'), 'break-start'),
      ev(`${D} 10:03:47`, 'break-end', { completed: false }), // 107 s
    ]);
    expect(day(r, D)).toMatchObject({ breaksTaken: 1, breaksPartial: 1, movingSeconds: 108 + 107 });
  });

  it('counts a manual break with nothing pending and restarts the timer when it ends', () => {
    const r = replay([
      input(at('09:00'), at('09:20')),
      ev(at('09:20'), 'break-start'),
      ev(at('09:22'), 'break-end', { completed: true }),
      input(at('09:22'), at('09:55')),
    ]);
    expect(promptTimes(r)).toEqual(['09:52']);
    expect(day(r, D)).toMatchObject({ breaksTaken: 1, breaksPrompted: 1 });
  });

  it('ignores a break-end with no break open and a break-start or skip during a break', () => {
    const r = replay([
      input(at('09:00'), at('09:10')),
      ev(at('09:10'), 'break-end', { completed: true }),
      ev(at('09:11'), 'break-start'),
      ev(at('09:12'), 'break-start'),
      ev(at('09:12'), 'skip'),
      ev(at('09:13'), 'break-end', { completed: true }),
    ]);
    expect(day(r, D)).toMatchObject({ breaksTaken: 1, breaksSkipped: 0, movingSeconds: 120 });
  });
});

describe('pauses and working hours', () => {
  it('holds a break that came due while paused and prompts it when the pause ends', () => {
    const r = replay([
      ev(at('09:00'), 'pause', { until: local(at('10:00')) }),
      input(at('09:00'), at('10:10')),
    ]);
    expect(promptTimes(r)).toEqual(['10:00']);
    expect(day(r, D).breaksPrompted).toBe(1);
  });

  it('prompts at resume-reminders, and drops an unshown break if the user went away first', () => {
    const resumed = replay([
      ev(at('09:00'), 'pause', { until: 'tomorrow' }),
      input(at('09:00'), at('09:40')),
      ev(at('09:41'), 'resume-reminders'),
    ]);
    expect(promptTimes(resumed)).toEqual(['09:41']);
    const away = replay([
      ev(at('09:00'), 'pause', { until: local(at('10:00')) }),
      input(at('09:00'), at('09:35')),
      input(at('09:50'), at('10:05')),
    ]);
    expect(promptTimes(away)).toEqual([]);
    expect(day(away, D)).toMatchObject({ breaksPrompted: 0, breaksMissed: 0, naturalBreaks: 1 });
  });

  it('ends a pause "until tomorrow" at the next dayStartsAt', () => {
    const r = replay([
      input('2026-03-10 22:00', '2026-03-10 22:01'),
      ev('2026-03-10 22:01', 'pause', { until: 'tomorrow' }),
      input('2026-03-10 22:01', '2026-03-11 06:10'),
    ]);
    expect(promptTimes(r)).toEqual(['06:00']);
    expect(day(r, '2026-03-10').breaksPrompted).toBe(1); // counted on the date it came due (22:30)
  });

  it('does not withdraw a prompt already pending when a pause starts', () => {
    const r = replay([
      input(at('09:00'), at('09:31')),
      ev(at('09:31'), 'pause', { until: local(at('11:00')) }),
      ev(at('09:32'), 'break-start'),
      ev(at('09:34'), 'break-end', { completed: true }),
    ]);
    expect(day(r, D)).toMatchObject({ breaksPrompted: 1, breaksTaken: 1 });
  });

  it('prompts only inside working hours, at the edge when the break was due before it', () => {
    const r = replay([input(at('08:00'), at('09:05')), input(at('17:00'), at('17:45'))], {
      workingHours: true,
    });
    expect(promptTimes(r)).toEqual(['09:00']);
    // 17:00–17:30 counts to 17:30 (the range end is exclusive): due at 17:30 is outside.
    expect(day(r, D).breaksPrompted).toBe(1);
  });

  it('supports several ranges per weekday', () => {
    const r = replay(
      [input(at('11:00'), at('11:31')), ev(at('11:31'), 'skip'), input(at('11:31'), at('13:10'))],
      {
        workingHours: {
          tue: [
            ['09:00', '12:00'],
            ['13:00', '17:00'],
          ],
        },
      },
    );
    // Due again at 12:01, in the lunch gap between ranges: shown when the afternoon range opens.
    expect(promptTimes(r)).toEqual(['11:30', '13:00']);
  });

  it('lets a manual break start while paused', () => {
    const r = replay([
      ev(at('09:00'), 'pause', { until: 'tomorrow' }),
      input(at('09:00'), at('09:10')),
      ev(at('09:10'), 'break-start'),
      ev(at('09:12'), 'break-end', { completed: true }),
    ]);
    expect(day(r, D).breaksTaken).toBe(1);
  });
});

describe('settings lines', () => {
  it('changes settings from their instant on', () => {
    const r = replay([
      input(at('09:00'), at('09:05')),
      ev(at('09:05'), 'settings', { settings: { breakIntervalMinutes: 10 } }),
      input(at('09:05'), at('09:12')),
    ]);
    expect(promptTimes(r)).toEqual(['09:10']);
  });
});

describe('engine API', () => {
  it('names the next instant anything can change', () => {
    const start = new Date(2026, 2, 10, 9, 0).getTime();
    const e = Engine.start(defaultSettings(), start);
    e.observe({ type: 'input', at: start, to: start + 60_000 });
    // The gap after 09:01 turns away at 09:04 before the timer could reach 30 minutes.
    expect(e.nextWakeAt()).toBe(start + 4 * 60_000);
    e.observe({ type: 'input', at: start + 60_000, to: start + 29 * 60_000 });
    expect(e.nextWakeAt()).toBe(start + 30 * 60_000);
    const effects = e.advance(start + 30 * 60_000);
    expect(effects.map((x) => x.type)).toEqual(['prompt']);
    // Pending: the next change is the auto-open after 60 s.
    expect(e.nextWakeAt()).toBe(start + 31 * 60_000);
    expect(e.advance(start + 31 * 60_000).map((x) => x.type)).toEqual(['auto-open']);
  });

  it('restores from a snapshot and rejects a damaged one naming the field', () => {
    const start = new Date(2026, 2, 10, 9, 0).getTime();
    const e = Engine.start(defaultSettings(), start);
    e.observe({ type: 'input', at: start, to: start + 10 * 60_000 });
    const again = Engine.restore(JSON.parse(JSON.stringify(e.snapshot())), defaultSettings());
    expect(again.dayStats()).toEqual(e.dayStats());
    expect(() => Engine.restore({ ...e.snapshot(), lastAt: 'soon' }, defaultSettings())).toThrow(
      /lastAt/,
    );
    expect(() => Engine.restore(null, defaultSettings())).toThrow(/snapshot/);
  });

  it('hands over settled days and keeps the ones that can still change', () => {
    const e = Engine.start(defaultSettings(), new Date(2026, 2, 9, 9).getTime());
    e.observe({
      type: 'input',
      at: new Date(2026, 2, 9, 9).getTime(),
      to: new Date(2026, 2, 9, 10).getTime(),
    });
    e.observe({
      type: 'input',
      at: new Date(2026, 2, 10, 9).getTime(),
      to: new Date(2026, 2, 10, 9, 5).getTime(),
    });
    const settled = e.takeSettledDays();
    expect(settled.map((d) => d.date)).toEqual(['2026-03-09']);
    expect(settled[0]?.sittingSeconds).toBe(3600);
    expect(e.dayStats().map((d) => d.date)).toEqual(['2026-03-10']);
  });

  it('reports sitting, moving and away per local clock hour of today', () => {
    const t = (h: number, m: number) => new Date(2026, 2, 10, h, m).getTime();
    const e = Engine.start(defaultSettings(), t(9, 0));
    e.observe({ type: 'input', at: t(9, 0), to: t(9, 50) });
    e.observe({ type: 'break-start', at: t(9, 50) });
    e.observe({ type: 'break-end', at: t(9, 52), completed: true });
    e.observe({ type: 'input', at: t(9, 52), to: t(10, 10) });
    e.observe({ type: 'input', at: t(10, 40), to: t(10, 45) });
    const hours = e.hourly();
    expect(hours).toHaveLength(24);
    expect(hours[9]).toEqual({
      hour: 9,
      sittingSeconds: 58 * 60,
      movingSeconds: 120,
      awaySeconds: 0,
      callSeconds: 0,
    });
    expect(hours[10]).toEqual({
      hour: 10,
      sittingSeconds: 15 * 60,
      movingSeconds: 0,
      awaySeconds: 30 * 60,
      callSeconds: 0,
    });
    expect(hours[8]?.sittingSeconds).toBe(0);
  });
});
