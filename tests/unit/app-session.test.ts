// The app session on its own: commands in, effects out, with no host around it.
import { describe, expect, it } from 'vitest';
import { AppSession, FINISH_SCREEN_MS, START_NOTICE } from '../../electron/core/app-session.ts';
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
