// The app session on its own: commands in, effects out, with no host around it.
import { describe, expect, it } from 'vitest';
import { AppSession, FINISH_SCREEN_MS, START_NOTICE } from '../../electron/core/app-session.ts';
import { emptyDay } from '../../electron/core/day-record.ts';
import { defaultSettings } from '../../electron/core/settings.ts';

const MIN = 60_000;
const T0 = new Date(2026, 2, 10, 9, 0).getTime();

function session() {
  return new AppSession({
    settings: defaultSettings(),
    snapshot: null,
    history: [],
    firstRun: true,
    notice: 'kept aside',
    now: T0,
  });
}

const types = (effects: { type: string }[]) => effects.map((e) => e.type);

describe('AppSession', () => {
  it('prompts after 30 minutes of sitting; Start opens the player; the window closes after the finish screen', () => {
    const s = session();
    expect(types(s.observe({ type: 'input', at: T0, to: T0 + 30 * MIN }))).toContain('prompt');
    const start = T0 + 30 * MIN + 30_000;
    expect(types(s.startBreak(start))).toEqual(['prompt-ended', 'open-break']);
    const end = start + 2 * MIN + 10_000;
    s.endBreak(end, true);
    expect(s.state(end).today.breaksTaken).toBe(1);
    expect(s.nextWakeAt()).toBe(end + FINISH_SCREEN_MS);
    expect(types(s.advance(end + FINISH_SCREEN_MS - 1))).not.toContain('close-break');
    expect(types(s.advance(end + FINISH_SCREEN_MS))).toContain('close-break');
  });

  it('does not take the player’s word: a break reported completed counts only after 90 % of its length', () => {
    const s = session();
    s.startBreak(T0 + MIN);
    s.endBreak(T0 + MIN + 10_000, true);
    expect(s.state(T0 + 2 * MIN).today).toMatchObject({ breaksTaken: 0, breaksPartial: 1 });
    // The default break is 120 s: 107 s of wall time is not enough, 108 s is.
    const second = T0 + 10 * MIN;
    s.startBreak(second);
    s.endBreak(second + 107_000, true);
    expect(s.state(second + 2 * MIN).today).toMatchObject({ breaksTaken: 0, breaksPartial: 2 });
    const third = T0 + 20 * MIN;
    s.startBreak(third);
    s.endBreak(third + 108_000, true);
    expect(s.state(third + 2 * MIN).today).toMatchObject({ breaksTaken: 1, breaksPartial: 2 });
  });

  it('offers Snooze and Skip on a pending prompt, and neither in strict mode (refusing both)', () => {
    const s = session();
    s.observe({ type: 'input', at: T0, to: T0 + 30 * MIN });
    const at = T0 + 30 * MIN;
    expect(s.state(at).status).toMatchObject({ canSnooze: true, canSkip: true });
    s.updateSettings(at, { strictMode: true });
    expect(s.state(at).status).toMatchObject({
      breakState: 'pending',
      canSnooze: false,
      canSkip: false,
    });
    expect(s.snooze(at)).toEqual([]);
    expect(s.skip(at)).toEqual([]);
    expect(s.status(at).breakState).toBe('pending');
    // A running break offers no Skip, strict or not.
    s.updateSettings(at, { strictMode: false });
    s.startBreak(at);
    expect(s.status(at + 1000)).toMatchObject({ canSnooze: false, canSkip: false });
  });

  it('a skipped prompt closes a break window that shows it', () => {
    const s = session();
    s.observe({ type: 'input', at: T0, to: T0 + 30 * MIN });
    expect(types(s.skip(T0 + 30 * MIN + 30_000))).toEqual(['prompt-ended', 'close-break']);
  });

  it('locking the screen ends a running break, unfinished, and closes its window', () => {
    const s = session();
    s.startBreak(T0 + MIN);
    const effects = types(s.leaveDesk(T0 + 2 * MIN, 'lock'));
    expect(effects).toContain('close-break');
    expect(s.inBreak(T0 + 2 * MIN)).toBe(false);
    expect(s.state(T0 + 2 * MIN).today).toMatchObject({ breaksTaken: 0, breaksPartial: 1 });
  });

  it('validates a settings patch once, applies it from now on and reports it', () => {
    const s = session();
    const bad = s.updateSettings(T0, { breakIntervalMinutes: 5 });
    expect(bad.result.ok).toBe(false);
    expect(bad.effects).toEqual([]);
    const good = s.updateSettings(T0, { breakIntervalMinutes: 20 });
    expect(good.result).toMatchObject({ ok: true, settings: { breakIntervalMinutes: 20 } });
    expect(good.effects).toContainEqual({
      type: 'settings-changed',
      settings: expect.objectContaining({ breakIntervalMinutes: 20 }),
      patch: { breakIntervalMinutes: 20 },
    });
    expect(s.state(T0).status.nextDueAt).toBe(T0 + 20 * MIN);
    // The snapshot it hands to the store carries no second copy of the settings.
    expect(s.takeSave(T0).snapshot).not.toHaveProperty('settings');
  });

  it('the first day on record (the install day) rests unless it met the goal; later days as usual', () => {
    // Monday 9 March, installed in the afternoon: four hours and one break. Tuesday 10: a missed
    // workday, which takes the week's grace day (the install day did not). Wednesday 11 is today.
    const wednesday = T0 + 24 * 60 * MIN;
    const s = new AppSession({
      settings: defaultSettings(),
      snapshot: null,
      history: [
        { ...emptyDay('2026-03-09'), sittingSeconds: 4 * 3600, breaksTaken: 1 },
        { ...emptyDay('2026-03-10'), sittingSeconds: 5 * 3600, breaksTaken: 2 },
      ],
      firstRun: false,
      notice: null,
      now: wednesday,
    });
    expect(s.history(wednesday, 3).kinds).toEqual({
      '2026-03-09': 'rest',
      '2026-03-10': 'saved',
      '2026-03-11': 'today',
    });
    const goalDay = { ...emptyDay('2026-03-09'), sittingSeconds: 4 * 3600, breaksTaken: 5 };
    const met = new AppSession({
      settings: defaultSettings(),
      snapshot: null,
      history: [{ ...goalDay, goalMet: true }],
      firstRun: false,
      notice: null,
      now: wednesday,
    });
    expect(met.history(wednesday, 3).kinds['2026-03-09']).toBe('goal');
    expect(met.state(wednesday).streak).toEqual({ current: 1, longest: 1 });
  });

  it('onboarding and the notice are one-time states; export names the file by local date', () => {
    const s = session();
    s.completeOnboarding();
    s.dismissNotice();
    expect(s.state(T0)).toMatchObject({ firstRun: false, notice: null });
    const file = s.exportFile(T0, 'csv');
    expect(file.fileName).toBe('posture-break-history-2026-03-10.csv');
    expect(file.body.split('\n')[0]).toMatch(/^date,sittingSeconds,/);
  });

  it("a host's notice waits behind the one it started with; each dismissal names the notice", () => {
    const s = session();
    expect(s.addNotice('tray-host', 'no tray')).toBe(true);
    expect(s.addNotice('tray-host', 'no tray again')).toBe(false);
    expect(s.state(T0).notice).toBe('kept aside');
    expect(s.dismissNotice()).toBe(START_NOTICE);
    expect(s.state(T0).notice).toBe('no tray');
    expect(s.dismissNotice()).toBe('tray-host');
    expect(s.state(T0).notice).toBeNull();
    expect(s.dismissNotice()).toBeNull();
  });
});

describe('AppSession: calls and the heads-up', () => {
  it('a call holds the prompt; it comes as a catch-up when the call ends, and the call time is sitting', () => {
    const s = session();
    s.observe({ type: 'input', at: T0, to: T0 + 10 * MIN });
    s.call(T0 + 10 * MIN, true);
    expect(types(s.advance(T0 + 70 * MIN))).not.toContain('prompt');
    expect(s.status(T0 + 70 * MIN)).toMatchObject({ activity: 'sitting', breakState: 'due' });
    const prompt = s.call(T0 + 70 * MIN, false).find((e) => e.type === 'prompt');
    expect(prompt).toMatchObject({ at: T0 + 70 * MIN, afterCall: true });
    expect(s.state(T0 + 70 * MIN).today).toMatchObject({ awaySeconds: 0, callSeconds: 60 * 60 });
  });

  it("shows the host's meeting state in the app state, and none where no host reports one", () => {
    const s = session();
    expect(s.state(T0).meeting).toBeUndefined();
    const meeting = { manual: true, manualUntil: T0 + 30 * MIN, detected: false, detecting: true };
    s.setMeeting(meeting);
    meeting.manual = false;
    expect(s.state(T0).meeting).toEqual({ ...meeting, manual: true });
  });

  it('ends a call the previous run saved, at its last saved instant, when the host starts', () => {
    const first = session();
    first.observe({ type: 'input', at: T0, to: T0 + 5 * MIN });
    first.call(T0 + 5 * MIN, true);
    first.advance(T0 + 20 * MIN);
    const snapshot = first.takeSave(T0 + 20 * MIN).snapshot;
    const again = new AppSession({
      settings: defaultSettings(),
      snapshot,
      history: [],
      firstRun: false,
      notice: null,
      now: T0 + 300 * MIN,
    });
    again.start(T0 + 300 * MIN);
    expect(again.status().callSince).toBeNull();
    expect(again.today(T0 + 300 * MIN)).toMatchObject({
      sittingSeconds: 20 * 60,
      callSeconds: 15 * 60,
    });
  });

  it('wakes a minute before a break for one heads-up, which asks for a notification only if set', () => {
    const s = session();
    // Typing until 28:30: the break is due at 30:00; away would come only at 31:30.
    s.observe({ type: 'input', at: T0, to: T0 + 28.5 * MIN });
    expect(s.nextWakeAt()).toBe(T0 + 29 * MIN);
    const effects = s.advance(T0 + 29 * MIN);
    expect(effects).toContainEqual({ type: 'heads-up', at: T0 + 29 * MIN, notify: false });
    expect(types(s.advance(T0 + 29 * MIN + 30_000))).not.toContain('heads-up');
    expect(s.nextWakeAt()).toBeGreaterThan(T0 + 29 * MIN);
  });
});
