/**
 * Acceptance scenarios worked out by hand from SPEC.md (sections 1–3, 8, 9): every expected prompt
 * and day record below was computed from the SPEC text, not from the engine's output.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings } from '../../electron/core/settings.ts';
import { replayTimeline } from '../../electron/core/timeline.ts';

type Line = Record<string, unknown>;
interface DayExp {
  date: string;
  sittingSeconds: number;
  movingSeconds: number;
  awaySeconds: number;
  breaksPrompted: number;
  breaksTaken: number;
  breaksPartial: number;
  breaksSkipped: number;
  breaksSnoozed: number;
  breaksMissed: number;
  naturalBreaks: number;
  longestSitSeconds: number;
  callSeconds: number;
  goalMet: boolean;
}
interface Case {
  name: string;
  tz?: string;
  settings?: Record<string, unknown>;
  lines: Line[];
  prompts: string[];
  days: DayExp[];
  streak: { current: number; longest: number };
}

type Short = Partial<{
  sit: number;
  mov: number;
  away: number;
  pr: number;
  tk: number;
  pa: number;
  sk: number;
  sn: number;
  mi: number;
  nat: number;
  lng: number;
  call: number;
  goal: boolean;
}>;
const day = (date: string, f: Short = {}): DayExp => ({
  date,
  sittingSeconds: f.sit ?? 0,
  movingSeconds: f.mov ?? 0,
  awaySeconds: f.away ?? 0,
  breaksPrompted: f.pr ?? 0,
  breaksTaken: f.tk ?? 0,
  breaksPartial: f.pa ?? 0,
  breaksSkipped: f.sk ?? 0,
  breaksSnoozed: f.sn ?? 0,
  breaksMissed: f.mi ?? 0,
  naturalBreaks: f.nat ?? 0,
  longestSitSeconds: f.lng ?? 0,
  callSeconds: f.call ?? 0,
  goalMet: f.goal ?? false,
});
/** Local winter time in Berlin (+01:00). */
const W = (d: string, hm: string): string => `${d}T${hm.length === 5 ? hm + ':00' : hm}+01:00`;
const M = '2026-01-05'; // a Monday
const m = (hm: string) => W(M, hm);
const inp = (from: string, to: string): Line => ({ at: from, type: 'input', to });
const ev = (at: string, type: string, extra: Record<string, unknown> = {}): Line => ({
  at,
  type,
  ...extra,
});
const Z = { current: 0, longest: 0 };
const min = (n: number) => n * 60;

const cases: Case[] = [
  {
    name: 'prompt exactly 30 min after start, unanswered pending until the end',
    lines: [inp(m('09:00'), m('09:40'))],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(40), pr: 1, lng: min(40) })],
    streak: Z,
  },
  {
    name: 'threshold before due at the same instant: gap turns away at 09:30, no prompt',
    lines: [inp(m('09:00'), m('09:27')), inp(m('09:35'), m('09:40'))],
    prompts: [],
    days: [day(M, { sit: min(32), away: min(8), nat: 1, lng: min(27) })],
    streak: Z,
  },
  {
    name: 'gap of 179 s stays sitting; due at 09:30 is prompted before the input line at 09:30',
    lines: [inp(m('09:00'), m('09:27:01')), inp(m('09:30'), m('09:31'))],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(31), pr: 1, lng: min(31) })],
    streak: Z,
  },
  {
    name: 'break-start at the due instant answers the prompt shown at that instant',
    lines: [
      inp(m('09:00'), m('09:30')),
      ev(m('09:30'), 'break-start'),
      ev(m('09:32'), 'break-end', { completed: true }),
      inp(m('09:32'), m('09:40')),
    ],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(38), mov: 120, pr: 1, tk: 1, lng: min(30) })],
    streak: Z,
  },
  {
    name: 'two snoozes re-prompt after 5 min of sitting each; the third snooze is ignored',
    lines: [
      inp(m('09:00'), m('09:31')),
      ev(m('09:31'), 'snooze'),
      inp(m('09:31'), m('09:37')),
      ev(m('09:37'), 'snooze'),
      inp(m('09:37'), m('09:43')),
      ev(m('09:43'), 'snooze'),
      inp(m('09:43'), m('09:50')),
    ],
    prompts: [m('09:30'), m('09:36'), m('09:42')],
    days: [day(M, { sit: min(50), pr: 1, sn: 1, lng: min(50) })],
    streak: Z,
  },
  {
    name: 'snoozed break: gap reaches threshold at the re-prompt instant -> missed, no re-prompt',
    lines: [
      inp(m('09:00'), m('09:31')),
      ev(m('09:31'), 'snooze'),
      inp(m('09:31'), m('09:33')),
      inp(m('09:40'), m('09:45')),
    ],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(38), away: min(7), pr: 1, sn: 1, mi: 1, nat: 1, lng: min(33) })],
    streak: Z,
  },
  {
    name: 'pending prompt ended by a natural break is missed',
    lines: [inp(m('09:00'), m('09:32')), inp(m('09:40'), m('09:41'))],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(33), away: min(8), pr: 1, mi: 1, nat: 1, lng: min(32) })],
    streak: Z,
  },
  {
    name: 'pause covering the due time: prompted when the pause ends (until is exclusive)',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'pause', { until: m('09:45') }),
      inp(m('09:10'), m('09:50')),
    ],
    prompts: [m('09:45')],
    days: [day(M, { sit: min(50), pr: 1, lng: min(50) })],
    streak: Z,
  },
  {
    name: 'resume-reminders shows the break that came due while paused at once',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'pause', { until: m('10:30') }),
      inp(m('09:10'), m('09:40')),
      ev(m('09:40'), 'resume-reminders'),
      inp(m('09:40'), m('09:50')),
    ],
    prompts: [m('09:40')],
    days: [day(M, { sit: min(50), pr: 1, lng: min(50) })],
    streak: Z,
  },
  {
    name: 'break due while paused, user goes away before resume: dropped with no outcome',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'pause', { until: m('10:30') }),
      inp(m('09:10'), m('09:35')),
      inp(m('09:45'), m('09:50')),
      ev(m('09:50'), 'resume-reminders'),
      inp(m('09:50'), m('10:00')),
    ],
    prompts: [],
    days: [day(M, { sit: min(50), away: min(10), nat: 1, lng: min(35) })],
    streak: Z,
  },
  {
    name: 'pause "tomorrow" at 22:05 ends at 06:00 next day; break due 22:30 is shown then',
    lines: [
      inp(m('22:00'), m('22:05')),
      ev(m('22:05'), 'pause', { until: 'tomorrow' }),
      inp(m('22:05'), W('2026-01-06', '06:30')),
    ],
    prompts: [W('2026-01-06', '06:00')],
    days: [
      day(M, { sit: min(120), pr: 1, lng: min(120) }),
      day('2026-01-06', { sit: min(390), lng: min(390) }),
    ],
    streak: Z,
  },
  {
    name: 'pause "tomorrow" at 05:10 ends at 06:00 the same date',
    lines: [
      inp(W('2026-01-06', '05:00'), W('2026-01-06', '05:10')),
      ev(W('2026-01-06', '05:10'), 'pause', { until: 'tomorrow' }),
      inp(W('2026-01-06', '05:10'), W('2026-01-06', '06:20')),
    ],
    prompts: [W('2026-01-06', '06:00')],
    days: [day('2026-01-06', { sit: min(80), pr: 1, lng: min(80) })],
    streak: Z,
  },
  {
    name: 'workingHours true: due 08:50 shown at 09:00; skip restarts; next prompt 09:35',
    settings: { workingHours: true },
    lines: [inp(m('08:20'), m('09:05')), ev(m('09:05'), 'skip'), inp(m('09:05'), m('09:40'))],
    prompts: [m('09:00'), m('09:35')],
    days: [day(M, { sit: min(80), pr: 2, sk: 1, lng: min(80) })],
    streak: Z,
  },
  {
    name: 'workingHours true: nothing on a Saturday',
    settings: { workingHours: true },
    lines: [inp(W('2026-01-10', '09:00'), W('2026-01-10', '11:00'))],
    prompts: [],
    days: [day('2026-01-10', { sit: min(120), lng: min(120) })],
    streak: Z,
  },
  {
    name: 'workingHours with a lunch gap: due 12:10 shown at 13:00, then taken',
    settings: {
      workingHours: {
        mon: [
          ['09:00', '12:00'],
          ['13:00', '17:00'],
        ],
      },
    },
    lines: [
      inp(m('11:40'), m('13:05')),
      ev(m('13:05'), 'break-start'),
      ev(m('13:07'), 'break-end', { completed: true }),
      inp(m('13:07'), m('13:10')),
    ],
    prompts: [m('13:00')],
    days: [day(M, { sit: min(88), mov: 120, pr: 1, tk: 1, lng: min(85) })],
    streak: Z,
  },
  {
    name: 'night (contains 06:00) ends the pending prompt as missed; no away, no natural break',
    lines: [inp(m('16:00'), m('17:00')), inp(W('2026-01-06', '08:00'), W('2026-01-06', '08:10'))],
    prompts: [m('16:30')],
    days: [
      day(M, { sit: min(60), pr: 1, mi: 1, lng: min(60) }),
      day('2026-01-06', { sit: min(10), lng: min(10) }),
    ],
    streak: Z,
  },
  {
    name: 'gaps ending or starting exactly at dayStartsAt are not nights',
    lines: [inp(m('04:00'), m('05:00')), inp(m('06:00'), m('06:00')), inp(m('07:00'), m('07:05'))],
    prompts: [m('04:30')],
    days: [day(M, { sit: min(65), away: min(120), pr: 1, mi: 1, nat: 2, lng: min(60) })],
    streak: Z,
  },
  {
    name: 'away gap crossing midnight: no away seconds, one natural break on the first date',
    lines: [inp(m('22:00'), m('23:00')), inp(W('2026-01-06', '01:00'), W('2026-01-06', '01:25'))],
    prompts: [m('22:30')],
    days: [
      day(M, { sit: min(60), pr: 1, mi: 1, nat: 1, lng: min(60) }),
      day('2026-01-06', { sit: min(25), lng: min(25) }),
    ],
    streak: Z,
  },
  {
    name: 'away counted only between first and last input (start gap and end gap unknown)',
    lines: [
      ev(m('08:00'), 'lock'),
      inp(m('08:10'), m('08:35')),
      ev(m('09:00'), 'unlock'),
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'lock'),
      ev(m('09:12'), 'suspend'),
      ev(m('09:28'), 'resume'),
      ev(m('09:30'), 'lock'),
    ],
    prompts: [],
    days: [day(M, { sit: min(35), away: min(25), nat: 3, lng: min(25) })],
    streak: Z,
  },
  {
    name: 'open gap at the end shorter than the threshold is sitting',
    lines: [inp(m('09:00'), m('09:10')), ev(m('09:12'), 'lock')],
    prompts: [],
    days: [day(M, { sit: min(12), lng: min(12) })],
    streak: Z,
  },
  {
    name: 'open gap at the end past the threshold: natural break, missed, but no away seconds',
    lines: [inp(m('09:00'), m('09:32')), ev(m('09:40'), 'lock')],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(32), pr: 1, mi: 1, nat: 1, lng: min(32) })],
    streak: Z,
  },
  {
    name: 'no input at all: the start gap is a natural break with no away seconds',
    lines: [ev(m('09:00'), 'lock'), ev(m('09:10'), 'lock')],
    prompts: [],
    days: [day(M, { nat: 1 })],
    streak: Z,
  },
  {
    name: 'resume is not input: gap runs from suspend to the next real input',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'suspend'),
      ev(m('09:20'), 'resume'),
      inp(m('09:21'), m('09:25')),
    ],
    prompts: [],
    days: [day(M, { sit: min(14), away: min(11), nat: 1, lng: min(10) })],
    streak: Z,
  },
  {
    name: 'unlock is input: ends the away gap and counts as the last input',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'lock'),
      ev(m('09:20'), 'unlock'),
      ev(m('09:22'), 'lock'),
    ],
    prompts: [],
    days: [day(M, { sit: min(12), away: min(10), nat: 1, lng: min(10) })],
    streak: Z,
  },
  {
    name: 'clock set back: earlier stamps are clamped, nothing counted twice',
    lines: [
      inp(m('09:00'), m('09:20')),
      inp(m('08:50'), m('09:05')),
      inp(m('09:21'), m('09:40')),
      ev(m('09:40'), 'break-start'),
      ev(m('09:38'), 'break-end', { completed: false }),
      inp(m('09:41'), m('09:42')),
    ],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(42), pr: 1, pa: 1, lng: min(40) })],
    streak: Z,
  },
  {
    name: 'gap of exactly awayAfterSeconds is away; 179 s is sitting',
    lines: [
      inp(m('09:00'), m('09:10')),
      inp(m('09:13'), m('09:20')),
      inp(m('09:22:59'), m('09:25')),
    ],
    prompts: [],
    days: [day(M, { sit: min(22), away: 180, nat: 1, lng: min(12) })],
    streak: Z,
  },
  {
    name: 'due while a short gap is open counts provisional sitting; gap then turns away -> missed',
    lines: [
      inp(m('09:00'), m('09:29')),
      ev(m('09:29'), 'lock'),
      ev(m('09:39'), 'unlock'),
      inp(m('09:39'), m('09:45')),
    ],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(35), away: min(10), pr: 1, mi: 1, nat: 1, lng: min(29) })],
    streak: Z,
  },
  {
    name: 'custom dayStartsAt 03:00: gap 01:00-04:00 is a night (missed, no natural break)',
    settings: { dayStartsAt: '03:00' },
    lines: [inp(m('00:00'), m('01:00')), inp(m('04:00'), m('04:10'))],
    prompts: [m('00:30')],
    days: [day(M, { sit: min(70), pr: 1, mi: 1, lng: min(60) })],
    streak: Z,
  },
  {
    name: 'snoozed break ended by a night is missed',
    lines: [
      inp(m('16:00'), m('16:31')),
      ev(m('16:31'), 'snooze'),
      inp(m('16:31'), m('16:33')),
      inp(W('2026-01-06', '08:00'), W('2026-01-06', '08:05')),
    ],
    prompts: [m('16:30')],
    days: [
      day(M, { sit: min(33), pr: 1, sn: 1, mi: 1, lng: min(33) }),
      day('2026-01-06', { sit: min(5), lng: min(5) }),
    ],
    streak: Z,
  },
  {
    name: 'Berlin spring DST day has 23 hours',
    lines: [inp('2026-03-28T23:00:00+01:00', '2026-03-30T01:00:00+02:00')],
    prompts: ['2026-03-28T23:30:00+01:00'],
    days: [
      day('2026-03-28', { sit: 3600, pr: 1, lng: 3600 }),
      day('2026-03-29', { sit: 23 * 3600, lng: 23 * 3600 }),
      day('2026-03-30', { sit: 3600, lng: 3600 }),
    ],
    streak: Z,
  },
  {
    name: 'Berlin autumn DST day has 25 hours; the last observation date appears empty',
    lines: [inp('2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00')],
    prompts: ['2026-10-25T00:30:00+02:00'],
    days: [day('2026-10-25', { sit: 25 * 3600, pr: 1, lng: 25 * 3600 }), day('2026-10-26')],
    streak: Z,
  },
  {
    name: 'New York spring DST day has 23 hours',
    tz: 'America/New_York',
    lines: [inp('2026-03-07T23:00:00-05:00', '2026-03-09T00:30:00-04:00')],
    prompts: ['2026-03-07T23:30:00-05:00'],
    days: [
      day('2026-03-07', { sit: 3600, pr: 1, lng: 3600 }),
      day('2026-03-08', { sit: 23 * 3600, lng: 23 * 3600 }),
      day('2026-03-09', { sit: 1800, lng: 1800 }),
    ],
    streak: Z,
  },
  {
    name: 'New York autumn DST: 24 h of sitting on a 25 h day, then a gap over midnight',
    tz: 'America/New_York',
    lines: [
      inp('2026-11-01T00:00:00-04:00', '2026-11-01T23:00:00-05:00'),
      inp('2026-11-02T00:30:00-05:00', '2026-11-02T00:40:00-05:00'),
    ],
    prompts: ['2026-11-01T00:30:00-04:00'],
    days: [
      day('2026-11-01', { sit: 24 * 3600, pr: 1, mi: 1, nat: 1, lng: 24 * 3600 }),
      day('2026-11-02', { sit: 600, lng: 600 }),
    ],
    streak: Z,
  },
  {
    name: 'manual break before midnight; sitting stretch split at midnight; prompt after midnight',
    lines: [
      inp(m('23:00'), m('23:29')),
      ev(m('23:29'), 'break-start'),
      ev(m('23:31'), 'break-end', { completed: true }),
      inp(m('23:31'), W('2026-01-06', '00:45')),
    ],
    prompts: [W('2026-01-06', '00:01')],
    days: [
      day(M, { sit: min(58), mov: 120, tk: 1, lng: min(29) }),
      day('2026-01-06', { sit: min(45), pr: 1, lng: min(45) }),
    ],
    streak: Z,
  },
  {
    name: 'break crossing midnight: moving split, taken counted on the due date (120 s, not flagged)',
    lines: [
      inp(m('23:00'), m('23:59')),
      ev(m('23:59'), 'break-start'),
      ev(W('2026-01-06', '00:01'), 'break-end', { completed: false }),
      inp(W('2026-01-06', '00:01'), W('2026-01-06', '00:10')),
    ],
    prompts: [m('23:30')],
    days: [
      day(M, { sit: min(59), mov: 60, pr: 1, tk: 1, lng: min(59) }),
      day('2026-01-06', { sit: min(9), mov: 60, lng: min(9) }),
    ],
    streak: Z,
  },
  {
    name: '90 % rule: 108 s is taken, 107 s is partial',
    lines: [
      inp(m('09:00'), m('09:30')),
      ev(m('09:30'), 'break-start'),
      ev(m('09:31:48'), 'break-end', { completed: false }),
      inp(m('09:31:48'), m('10:01:48')),
      ev(m('10:01:48'), 'break-start'),
      ev(m('10:03:35'), 'break-end', { completed: false }),
      inp(m('10:03:35'), m('10:05')),
    ],
    prompts: [m('09:30'), m('10:01:48')],
    days: [day(M, { sit: 3685, mov: 215, pr: 2, tk: 1, pa: 1, lng: 1800 })],
    streak: Z,
  },
  {
    name: 'ignored actions: snooze/break-end with nothing open, skip/break-start during a break',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'snooze'),
      ev(m('09:10'), 'break-end', { completed: true }),
      ev(m('09:11'), 'break-start'),
      ev(m('09:12'), 'skip'),
      ev(m('09:12'), 'break-start'),
      ev(m('09:13'), 'break-end', { completed: true }),
      ev(m('09:13'), 'break-end', { completed: true }),
      inp(m('09:13'), m('09:50')),
    ],
    prompts: [m('09:43')],
    days: [day(M, { sit: min(48), mov: 120, pr: 1, tk: 1, lng: min(37) })],
    streak: Z,
  },
  {
    name: 'skip with nothing pending restarts the timer',
    lines: [inp(m('09:00'), m('09:20')), ev(m('09:20'), 'skip'), inp(m('09:20'), m('09:55'))],
    prompts: [m('09:50')],
    days: [day(M, { sit: min(55), pr: 1, lng: min(55) })],
    streak: Z,
  },
  {
    name: 'skip of a pending prompt: skipped, timer restarts',
    lines: [inp(m('09:00'), m('09:35')), ev(m('09:35'), 'skip'), inp(m('09:35'), m('10:10'))],
    prompts: [m('09:30'), m('10:05')],
    days: [day(M, { sit: min(70), pr: 2, sk: 1, lng: min(70) })],
    streak: Z,
  },
  {
    name: 'skip after midnight of a break due before midnight counts on the due date',
    lines: [
      inp(m('23:20'), W('2026-01-06', '00:10')),
      ev(W('2026-01-06', '00:10'), 'skip'),
      inp(W('2026-01-06', '00:10'), W('2026-01-06', '00:20')),
    ],
    prompts: [m('23:50')],
    days: [
      day(M, { sit: min(40), pr: 1, sk: 1, lng: min(40) }),
      day('2026-01-06', { sit: min(20), lng: min(20) }),
    ],
    streak: Z,
  },
  {
    name: 'settings line mid-timeline changes the interval from its instant on',
    lines: [
      inp(m('09:00'), m('09:05')),
      ev(m('09:05'), 'settings', { settings: { breakIntervalMinutes: 10 } }),
      inp(m('09:05'), m('09:30')),
    ],
    prompts: [m('09:10')],
    days: [day(M, { sit: min(30), pr: 1, lng: min(30) })],
    streak: Z,
  },
  {
    name: 'break-start while snoozed answers the snoozed break',
    lines: [
      inp(m('09:00'), m('09:31')),
      ev(m('09:31'), 'snooze'),
      inp(m('09:31'), m('09:33')),
      ev(m('09:33'), 'break-start'),
      ev(m('09:35'), 'break-end', { completed: true }),
      inp(m('09:35'), m('09:40')),
    ],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(38), mov: 120, pr: 1, sn: 1, tk: 1, lng: min(33) })],
    streak: Z,
  },
  {
    name: 'maxSnoozes 0: snooze is ignored, the prompt stays pending',
    settings: { maxSnoozes: 0 },
    lines: [inp(m('09:00'), m('09:31')), ev(m('09:31'), 'snooze'), inp(m('09:31'), m('09:45'))],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(45), pr: 1, lng: min(45) })],
    streak: Z,
  },
  {
    name: 'snooze then pause: re-prompt falls in the pause, shown when it ends',
    lines: [
      inp(m('09:00'), m('09:31')),
      ev(m('09:31'), 'snooze'),
      ev(m('09:31'), 'pause', { until: m('09:50') }),
      inp(m('09:31'), m('09:55')),
    ],
    prompts: [m('09:30'), m('09:50')],
    days: [day(M, { sit: min(55), pr: 1, sn: 1, lng: min(55) })],
    streak: Z,
  },
  {
    name: 'a pause does not withdraw a pending prompt; break-start answers it',
    lines: [
      inp(m('09:00'), m('09:31')),
      ev(m('09:31'), 'pause', { until: m('10:00') }),
      inp(m('09:31'), m('09:35')),
      ev(m('09:35'), 'break-start'),
      ev(m('09:37'), 'break-end', { completed: true }),
      inp(m('09:37'), m('09:40')),
    ],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(38), mov: 120, pr: 1, tk: 1, lng: min(35) })],
    streak: Z,
  },
  {
    name: 'a new pause replaces the old one',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'pause', { until: m('11:00') }),
      inp(m('09:10'), m('09:20')),
      ev(m('09:20'), 'pause', { until: m('09:40') }),
      inp(m('09:20'), m('09:45')),
    ],
    prompts: [m('09:40')],
    days: [day(M, { sit: min(45), pr: 1, lng: min(45) })],
    streak: Z,
  },
  {
    name: 'manual break while paused counts as taken',
    lines: [
      ev(m('09:00'), 'pause', { until: m('12:00') }),
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'break-start'),
      ev(m('09:12'), 'break-end', { completed: true }),
      inp(m('09:12'), m('09:20')),
    ],
    prompts: [],
    days: [day(M, { sit: min(18), mov: 120, tk: 1, lng: min(10) })],
    streak: Z,
  },
  {
    name: 'empty days between observations are listed',
    lines: [inp(m('09:00'), m('09:10')), inp(W('2026-01-08', '09:00'), W('2026-01-08', '09:05'))],
    prompts: [],
    days: [
      day(M, { sit: 600, lng: 600 }),
      day('2026-01-06'),
      day('2026-01-07'),
      day('2026-01-08', { sit: 300, lng: 300 }),
    ],
    streak: Z,
  },
];

// ---- streaks: dailyGoalBreaks 1; G = goal day, X = missed-looking day (65 min sitting, no break),
// R = rest day (20 min sitting), '-' = no data. Nights between days are not counted.
function streakCase(name: string, start: string, pattern: string, streak: Case['streak']): Case {
  const lines: Line[] = [];
  const days: DayExp[] = [];
  const t0 = Date.parse(start + 'T00:00:00Z');
  const last = pattern.length - 1;
  for (let i = 0; i < pattern.length; i++) {
    const d = new Date(t0 + i * 86_400_000).toISOString().slice(0, 10);
    const k = pattern[i];
    const w = (hm: string) => W(d, hm);
    if (k === 'G') {
      lines.push(
        inp(w('09:00'), w('09:30')),
        ev(w('09:30'), 'break-start'),
        ev(w('09:32'), 'break-end', { completed: true }),
        inp(w('09:32'), w('09:33')),
      );
      days.push(day(d, { sit: 1860, mov: 120, pr: 1, tk: 1, lng: 1800, goal: true }));
    } else if (k === 'X') {
      lines.push(inp(w('09:00'), w('10:05')));
      days.push(day(d, { sit: 3900, pr: 1, mi: i === last ? 0 : 1, lng: 3900 }));
    } else if (k === 'R') {
      lines.push(inp(w('09:00'), w('09:20')));
      days.push(day(d, { sit: 1200, lng: 1200 }));
    } else days.push(day(d));
  }
  return { name, settings: { dailyGoalBreaks: 1 }, lines, prompts: [], days, streak };
}
const withPrompts = (c: Case): Case => {
  // Every G and X day is prompted at 09:30.
  c.prompts = c.days.filter((d) => d.breaksPrompted > 0).map((d) => W(d.date, '09:30'));
  return c;
};
cases.push(
  withPrompts(
    // Mon 01-05 .. Sat 01-17: G G X(saved) G X(missed) G R | X(saved) G G - G X(today)
    streakCase(
      'streak over two ISO weeks with grace, rest and no-data days',
      '2026-01-05',
      'GGXGXGRXGG-GX',
      { current: 4, longest: 4 },
    ),
  ),
  withPrompts(
    // grace is used by the first missed workday of the week even with no streak running
    streakCase(
      'grace day used with no streak running; a later missed day breaks',
      '2026-01-05',
      'XGXGG',
      { current: 2, longest: 2 },
    ),
  ),
  withPrompts(
    // Thu 01-08 .. today Tue 01-13 meets the goal and counts; Mon 01-12 refills grace
    streakCase('today counts once met; grace refills on Monday', '2026-01-08', 'GXXGXG', {
      current: 2,
      longest: 2,
    }),
  ),
);

cases.push(
  {
    name: 'gap after a guided break starts at break-end: 4 min untouched is a natural break',
    lines: [
      inp(m('09:00'), m('09:30')),
      ev(m('09:30'), 'break-start'),
      inp(m('09:31'), m('09:31:30')),
      ev(m('09:32'), 'break-end', { completed: true }),
      inp(m('09:36'), m('10:10')),
    ],
    prompts: [m('09:30'), m('10:06')],
    days: [day(M, { sit: min(64), mov: 120, away: 240, pr: 2, tk: 1, nat: 1, lng: min(34) })],
    streak: Z,
  },
  {
    name: 'gap before a break reaches the threshold at the break-start instant: missed, then manual',
    lines: [
      inp(m('09:00'), m('09:31')),
      ev(m('09:34'), 'break-start'),
      ev(m('09:36'), 'break-end', { completed: true }),
      inp(m('09:37'), m('09:40')),
    ],
    prompts: [m('09:30')],
    days: [
      day(M, { sit: min(35), mov: 120, away: 180, pr: 1, tk: 1, mi: 1, nat: 1, lng: min(31) }),
    ],
    streak: Z,
  },
  {
    name: 'away before a guided break with no input after it is not counted as away',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:14'), 'break-start'),
      ev(m('09:16'), 'break-end', { completed: true }),
      ev(m('09:17'), 'lock'),
    ],
    prompts: [],
    days: [day(M, { sit: min(11), mov: 120, tk: 1, nat: 1, lng: min(10) })],
    streak: Z,
  },
  {
    name: 'timeline ends during a guided break: moving up to the end, no outcome',
    lines: [inp(m('09:00'), m('09:30')), ev(m('09:30'), 'break-start'), ev(m('09:31'), 'lock')],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(30), mov: 60, pr: 1, lng: min(30) })],
    streak: Z,
  },
  {
    name: 'gap reaching the threshold exactly when a pause ends: the due break is dropped',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'pause', { until: m('09:45') }),
      inp(m('09:10'), m('09:42')),
      inp(m('09:50'), m('09:55')),
    ],
    prompts: [],
    days: [day(M, { sit: min(47), away: min(8), nat: 1, lng: min(42) })],
    streak: Z,
  },
  {
    name: 'lowering awayAfterSeconds mid-gap turns the open gap away at that instant',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'lock'),
      ev(m('09:12'), 'settings', { settings: { awayAfterSeconds: 60 } }),
      inp(m('09:15'), m('09:20')),
    ],
    prompts: [],
    days: [day(M, { sit: min(15), away: min(5), nat: 1, lng: min(10) })],
    streak: Z,
  },
  {
    name: 'app start before the first input: short start gap is sitting and feeds the timer',
    lines: [ev(m('09:00'), 'lock'), ev(m('09:02'), 'unlock'), inp(m('09:02'), m('09:35'))],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(35), pr: 1, lng: min(35) })],
    streak: Z,
  },
  {
    name: 'prompt interval is real time across the spring DST jump',
    lines: [inp('2026-03-29T01:50:00+01:00', '2026-03-29T03:25:00+02:00')],
    prompts: ['2026-03-29T03:20:00+02:00'],
    days: [day('2026-03-29', { sit: min(35), pr: 1, lng: min(35) })],
    streak: Z,
  },
  {
    name: 'manual break crossing midnight is dated at its start',
    lines: [
      inp(m('23:40'), m('23:59')),
      ev(m('23:59'), 'break-start'),
      ev(W('2026-01-06', '00:02'), 'break-end', { completed: true }),
      inp(W('2026-01-06', '00:02'), W('2026-01-06', '00:05')),
    ],
    prompts: [],
    days: [
      day(M, { sit: min(19), mov: 60, tk: 1, lng: min(19) }),
      day('2026-01-06', { sit: min(3), mov: 120, lng: min(3) }),
    ],
    streak: Z,
  },
  {
    name: 'skip of a snoozed break counts as skipped and restarts the timer',
    lines: [
      inp(m('09:00'), m('09:31')),
      ev(m('09:31'), 'snooze'),
      inp(m('09:31'), m('09:33')),
      ev(m('09:33'), 'skip'),
      inp(m('09:33'), m('10:05')),
    ],
    prompts: [m('09:30'), m('10:03')],
    days: [day(M, { sit: min(65), pr: 2, sn: 1, sk: 1, lng: min(65) })],
    streak: Z,
  },
  {
    name: 'working hours end: a break due after 17:30 on Friday is not prompted',
    settings: { workingHours: true },
    lines: [inp(W('2026-01-09', '17:05'), W('2026-01-09', '17:50'))],
    prompts: [],
    days: [day('2026-01-09', { sit: min(45), lng: min(45) })],
    streak: Z,
  },
  {
    name: 'working hours: due at 17:29 on Friday is prompted',
    settings: { workingHours: true },
    lines: [inp(W('2026-01-09', '16:59'), W('2026-01-09', '17:50'))],
    prompts: [W('2026-01-09', '17:29')],
    days: [day('2026-01-09', { sit: min(51), pr: 1, lng: min(51) })],
    streak: Z,
  },
);

cases.push(
  {
    name: 'pause ending exactly at the due instant: prompt at that instant',
    lines: [
      inp(m('09:00'), m('09:10')),
      ev(m('09:10'), 'pause', { until: m('09:30') }),
      inp(m('09:10'), m('09:35')),
    ],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(35), pr: 1, lng: min(35) })],
    streak: Z,
  },
  {
    name: 'pause line at the due instant: prompt shown first and not withdrawn',
    lines: [
      inp(m('09:00'), m('09:30')),
      ev(m('09:30'), 'pause', { until: m('10:00') }),
      inp(m('09:30'), m('09:40')),
      ev(m('09:40'), 'skip'),
      inp(m('09:40'), m('09:45')),
    ],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(45), pr: 1, sk: 1, lng: min(45) })],
    streak: Z,
  },
  {
    name: 'snooze at the re-prompt instant snoozes the re-prompt (second snooze)',
    lines: [
      inp(m('09:00'), m('09:31')),
      ev(m('09:31'), 'snooze'),
      inp(m('09:31'), m('09:36')),
      ev(m('09:36'), 'snooze'),
      inp(m('09:36'), m('09:45')),
    ],
    prompts: [m('09:30'), m('09:36'), m('09:41')],
    days: [day(M, { sit: min(45), pr: 1, sn: 1, lng: min(45) })],
    streak: Z,
  },
  {
    name: 'away gap that starts before midnight and turns away after it: natural break on day one',
    lines: [inp(m('23:00'), m('23:58')), inp(W('2026-01-06', '00:30'), W('2026-01-06', '00:35'))],
    prompts: [m('23:30')],
    days: [
      day(M, { sit: min(58), pr: 1, mi: 1, nat: 1, lng: min(58) }),
      day('2026-01-06', { sit: min(5), lng: min(5) }),
    ],
    streak: Z,
  },
  {
    name: 'short suspend is part of a sitting gap and feeds the timer',
    lines: [
      inp(m('09:00'), m('09:20')),
      ev(m('09:20'), 'suspend'),
      ev(m('09:22'), 'resume'),
      inp(m('09:22:30'), m('09:35')),
    ],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(35), pr: 1, lng: min(35) })],
    streak: Z,
  },
  {
    name: 'skip at the due instant: skipped, timer restarts there',
    lines: [inp(m('09:00'), m('09:30')), ev(m('09:30'), 'skip'), inp(m('09:30'), m('10:00'))],
    prompts: [m('09:30'), m('10:00')],
    days: [day(M, { sit: min(60), pr: 2, sk: 1, lng: min(60) })],
    streak: Z,
  },
  {
    name: 'break due outside working hours, user goes away before hours start: dropped',
    settings: { workingHours: true },
    lines: [inp(m('08:00'), m('08:40')), inp(m('08:50'), m('09:30'))],
    prompts: [m('09:20')],
    days: [day(M, { sit: min(80), away: min(10), pr: 1, nat: 1, lng: min(40) })],
    streak: Z,
  },
);

cases.push(
  {
    name: 'start gap containing dayStartsAt is a night: no natural break',
    lines: [ev(m('05:00'), 'lock'), ev(m('07:00'), 'unlock'), inp(m('07:00'), m('07:20'))],
    prompts: [],
    days: [day(M, { sit: min(20), lng: min(20) })],
    streak: Z,
  },
  {
    name: 'open gap at the end containing dayStartsAt is a night: missed, no natural break',
    lines: [inp(m('22:00'), m('23:00')), ev(W('2026-01-06', '07:00'), 'lock')],
    prompts: [m('22:30')],
    days: [day(M, { sit: min(60), pr: 1, mi: 1, lng: min(60) }), day('2026-01-06')],
    streak: Z,
  },
  {
    name: 'due during a short open gap at the end: prompted, sitting, no outcome',
    lines: [inp(m('09:00'), m('09:29')), ev(m('09:31'), 'lock')],
    prompts: [m('09:30')],
    days: [day(M, { sit: min(31), pr: 1, lng: min(31) })],
    streak: Z,
  },
  {
    name: 'New York: pause "tomorrow" across the spring DST night ends at 06:00 EDT',
    tz: 'America/New_York',
    lines: [
      inp('2026-03-07T21:50:00-05:00', '2026-03-07T22:00:00-05:00'),
      ev('2026-03-07T22:00:00-05:00', 'pause', { until: 'tomorrow' }),
      inp('2026-03-07T22:00:00-05:00', '2026-03-08T06:10:00-04:00'),
    ],
    prompts: ['2026-03-08T06:00:00-04:00'],
    days: [
      day('2026-03-07', { sit: min(130), pr: 1, lng: min(130) }),
      day('2026-03-08', { sit: min(310), lng: min(310) }),
    ],
    streak: Z,
  },
);

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const toText = (lines: Line[]) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

describe('SPEC scenarios (hand-computed)', () => {
  it('has at least 30 scenarios', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  for (const c of cases) {
    it(c.name, () => {
      process.env.TZ = c.tz ?? 'Europe/Berlin';
      try {
        const out = replayTimeline(
          toText(c.lines),
          applySettingsPatch(defaultSettings(), c.settings ?? {}),
        );
        expect(out.prompts.map(Date.parse)).toEqual(c.prompts.map(Date.parse));
        expect(out.days).toEqual(c.days);
        expect(out.streak).toEqual(c.streak);
      } finally {
        process.env.TZ = 'Europe/Berlin';
      }
    });
  }
});

describe('replay CLI: malformed input (SPEC 8) and out-of-bounds settings (SPEC 4)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spec-scenarios-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/replay.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Europe/Berlin' },
    });
  const good = JSON.stringify(inp(m('09:00'), m('09:10')));
  const bad: [string, string][] = [
    ['truncated JSON', '{"at": "2026-01-05T09:20:00+01:00", "type": "input", "to":'],
    ['unknown type', '{"at": "2026-01-05T09:20:00+01:00", "type": "dance"}'],
    ['instant without offset', '{"at": "2026-01-05T09:20:00", "type": "lock"}'],
    ['input without "to"', '{"at": "2026-01-05T09:20:00+01:00", "type": "input"}'],
    ['pause until garbage', '{"at": "2026-01-05T09:20:00+01:00", "type": "pause", "until": "x"}'],
    [
      'settings line out of bounds',
      '{"at": "2026-01-05T09:20:00+01:00", "type": "settings", "settings": {"breakIntervalMinutes": 5}}',
    ],
    ['not an object', '[1, 2]'],
  ];
  for (const [what, line] of bad) {
    it(`${what} on line 3: exit 2, line number on stderr, nothing on stdout`, () => {
      const r = run(file(`bad-${what.replace(/\W+/g, '-')}.jsonl`, `${good}\n${good}\n${line}\n`));
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/line 3\b/);
    });
  }

  it('a settings file out of bounds is refused naming the key and its bounds', () => {
    const timeline = file('ok.jsonl', `${good}\n`);
    const r = run(timeline, '--settings', file('oob.json', '{"breakIntervalMinutes": 121}'));
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/breakIntervalMinutes/);
    expect(r.stderr).toMatch(/10/);
    expect(r.stderr).toMatch(/120/);
  });

  it('a valid settings file is applied', () => {
    const timeline = file('ok2.jsonl', `${JSON.stringify(inp(m('09:00'), m('09:15')))}\n`);
    const r = run(timeline, '--settings', file('ten.json', '{"breakIntervalMinutes": 10}'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).prompts.map(Date.parse)).toEqual([Date.parse(m('09:10'))]);
  });
});
