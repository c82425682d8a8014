/**
 * The heads-up before a break (issue 11, item 6), decided by the app session: one minute of sitting before a break is due, the
 * tray says "Next break in 1 min" and, if `headsUpNotification` is on, a quiet notification lets the
 * user finish a sentence. A presentation of the engine's `nextDueAt`, not an engine rule: never in a
 * call, while paused, outside working hours, while away or on a break, or with a prompt showing.
 */
import type { EngineStatus, Millis } from './types.ts';

export const HEADS_UP_MS = 60_000;

/** When the heads-up for the coming break is due, or null if none is (see the rules above). */
export function headsUpAt(status: EngineStatus): Millis | null {
  if (status.activity !== 'sitting' || status.callSince !== null) return null;
  if (status.reminders !== 'active' || status.nextDueAt === null) return null;
  if (status.breakState === 'pending' || status.breakState === 'due') return null;
  return status.nextDueAt - HEADS_UP_MS;
}

/** Remembers which break was announced, so each coming break gets one heads-up at most. */
export class HeadsUp {
  private announcedFor: Millis | null = null;

  /** The instant to wake for the heads-up (the host's timer), or null. */
  wakeAt(status: EngineStatus): Millis | null {
    const at = headsUpAt(status);
    if (at === null || status.nextDueAt === this.announcedFor) return null;
    return at > status.at ? at : null;
  }

  /** True once per coming break, when `status.at` is within its last minute. */
  due(status: EngineStatus): boolean {
    const at = headsUpAt(status);
    if (at === null || status.at < at || status.at >= (status.nextDueAt ?? 0)) return false;
    // The same break (to the second) is announced once; sitting on moves nextDueAt by nothing.
    if (this.announcedFor !== null && Math.abs(this.announcedFor - (status.nextDueAt ?? 0)) < 1000)
      return false;
    this.announcedFor = status.nextDueAt;
    return true;
  }
}
