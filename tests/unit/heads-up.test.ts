/** The heads-up before a break: when it is due, and once per coming break. */
import { describe, expect, it } from 'vitest';
import type { EngineStatus } from '../../electron/core/types.ts';
import { HEADS_UP_MS, HeadsUp, headsUpAt } from '../../electron/core/heads-up.ts';

const AT = Date.UTC(2026, 2, 10, 9, 0);
const status = (fields: Partial<EngineStatus> = {}): EngineStatus => ({
  at: AT,
  activity: 'sitting',
  breakStartedAt: null,
  breakState: 'none',
  dueAt: null,
  promptedAt: null,
  snoozesLeft: 2,
  canSnooze: false,
  reminders: 'active',
  pausedUntil: null,
  timerSittingMs: 0,
  nextDueAt: AT + 30 * 60_000,
  gapStartedAt: AT,
  callSince: null,
  ...fields,
});

describe('heads-up', () => {
  it('is one minute before the next break while sitting with reminders on', () => {
    expect(headsUpAt(status())).toBe(AT + 30 * 60_000 - HEADS_UP_MS);
    expect(headsUpAt(status({ breakState: 'snoozed' }))).toBe(AT + 29 * 60_000);
  });

  it('never in a call, while paused, outside working hours, away, on a break or with a prompt', () => {
    for (const s of [
      status({ callSince: AT }),
      status({ reminders: 'paused' }),
      status({ reminders: 'outside-hours' }),
      status({ activity: 'away' }),
      status({ activity: 'break' }),
      status({ breakState: 'pending', nextDueAt: null }),
      status({ breakState: 'due' }),
    ])
      expect(headsUpAt(s)).toBeNull();
  });

  it('wakes for it and announces each coming break once', () => {
    const h = new HeadsUp();
    expect(h.wakeAt(status())).toBe(AT + 29 * 60_000);
    expect(h.due(status({ at: AT + 28 * 60_000 }))).toBe(false);
    expect(h.due(status({ at: AT + 29 * 60_000 }))).toBe(true);
    expect(h.due(status({ at: AT + 29 * 60_000 + 5_000 }))).toBe(false);
    expect(h.wakeAt(status({ at: AT + 29 * 60_000 }))).toBeNull();
    // The next break (after a break or a natural break) is announced again.
    const later = { nextDueAt: AT + 80 * 60_000 };
    expect(h.due(status({ ...later, at: AT + 79 * 60_000 }))).toBe(true);
  });
});
