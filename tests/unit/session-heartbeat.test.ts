// The session's side of the store heartbeat: what a save says about input at the desk, and what a
// restart after a crash credits (only sitting the snapshot vouches for, never away or a break).
import { describe, expect, it } from 'vitest';
import { AppSession, isNews } from '../../electron/core/app-session.ts';
import { defaultSettings } from '../../electron/core/settings.ts';
import type { Millis } from '../../electron/core/types.ts';

const MIN = 60_000;
const T0 = new Date(2026, 2, 10, 9, 0).getTime();

function fresh(now: Millis = T0): AppSession {
  const s = new AppSession({
    settings: defaultSettings(),
    snapshot: null,
    history: [],
    firstRun: false,
    notice: null,
    now,
  });
  s.start(now);
  return s;
}

/** A restart from what `session` saved at `savedAt`, with the store's heartbeat. */
function restart(session: AppSession, savedAt: Millis, heartbeatAt: Millis | null, now: Millis) {
  const save = session.takeSave(savedAt);
  const again = new AppSession({
    settings: defaultSettings(),
    snapshot: save.snapshot,
    history: save.settled,
    recent: save.recent,
    firstRun: false,
    notice: null,
    heartbeatAt,
    now,
  });
  again.start(now);
  return again;
}

describe('heartbeat', () => {
  it('a save names the end of the last input while at the desk, and nothing while away or in a break', () => {
    const s = fresh();
    s.observe({ type: 'input', at: T0, to: T0 + 10 * MIN });
    expect(s.takeSave(T0 + 10 * MIN + 30_000).inputUntil).toBe(T0 + 10 * MIN);
    s.advance(T0 + 20 * MIN);
    expect(s.takeSave(T0 + 20 * MIN).inputUntil).toBeNull();
    s.observe({ type: 'input', at: T0 + 21 * MIN, to: T0 + 22 * MIN });
    s.startBreak(T0 + 22 * MIN);
    expect(s.takeSave(T0 + 23 * MIN).inputUntil).toBeNull();
  });

  it('coming back and going away are news; prompts and other effects of time are not', () => {
    expect(isNews({ type: 'back', at: T0, awayMs: 5 * MIN })).toBe(true);
    expect(isNews({ type: 'away', at: T0, since: T0 - 5 * MIN })).toBe(true);
    expect(isNews({ type: 'prompt', at: T0, dueAt: T0, reprompt: false, snoozesLeft: 2 })).toBe(
      false,
    );
    expect(isNews({ type: 'close-break' })).toBe(false);
  });

  it('after a crash at the desk the sitting up to the heartbeat counts as if the app had run', () => {
    const ran = fresh();
    ran.observe({ type: 'input', at: T0, to: T0 + 10 * MIN });
    const saved = T0 + 10 * MIN;
    const twin = restart(ran, saved, null, saved);
    // The run that did not crash saw input to 09:25, then nothing.
    ran.observe({ type: 'input', at: saved, to: T0 + 25 * MIN });
    const now = T0 + 60 * MIN;
    const crashed = new AppSession({
      settings: defaultSettings(),
      snapshot: twin.takeSave(saved).snapshot,
      history: [],
      firstRun: false,
      notice: null,
      heartbeatAt: T0 + 25 * MIN,
      now,
    });
    crashed.start(now);
    ran.advance(now);
    expect(crashed.state(now).today.sittingSeconds).toBe(ran.state(now).today.sittingSeconds);
    expect(crashed.state(now).today.awaySeconds).toBe(ran.state(now).today.awaySeconds);
  });

  it('credits nothing to a snapshot that says away, nor past `now`, nor a heartbeat before it', () => {
    const away = fresh();
    away.observe({ type: 'input', at: T0, to: T0 + 10 * MIN });
    away.advance(T0 + 30 * MIN);
    const fromAway = restart(away, T0 + 30 * MIN, T0 + 50 * MIN, T0 + 60 * MIN);
    expect(fromAway.state(T0 + 60 * MIN).today.sittingSeconds).toBe(10 * 60);

    const early = fresh();
    early.observe({ type: 'input', at: T0, to: T0 + 10 * MIN });
    const stale = restart(early, T0 + 10 * MIN, T0 + 5 * MIN, T0 + 60 * MIN);
    expect(stale.state(T0 + 60 * MIN).today.sittingSeconds).toBe(10 * 60);

    const late = fresh();
    late.observe({ type: 'input', at: T0, to: T0 + 10 * MIN });
    // A heartbeat after `now` (the clock was set back): credited up to now only.
    const clamped = restart(late, T0 + 10 * MIN, T0 + 90 * MIN, T0 + 20 * MIN);
    expect(clamped.state(T0 + 20 * MIN).today.sittingSeconds).toBe(20 * 60);
  });

  it('credits nothing when the snapshot could not be restored (the running totals are the fallback)', () => {
    const s = new AppSession({
      settings: defaultSettings(),
      snapshot: { v: 1, mode: 'sideways' },
      history: [],
      firstRun: false,
      notice: null,
      heartbeatAt: T0 + 30 * MIN,
      now: T0 + 60 * MIN,
    });
    s.start(T0 + 60 * MIN);
    expect(s.restoreProblem).not.toBeNull();
    expect(s.state(T0 + 60 * MIN).today.sittingSeconds).toBe(0);
  });
});
