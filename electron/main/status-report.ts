/** What `--status` prints: the app state as JSON, with instants as ISO 8601 strings (epoch ms stay inside). */
import type { AppState } from '../core/ipc-contract.ts';

export interface StatusReport {
  at: string;
  activity: AppState['status']['activity'];
  breakState: AppState['status']['breakState'];
  breakStartedAt: string | null;
  dueAt: string | null;
  nextBreakAt: string | null;
  minutesToNextBreak: number | null;
  sittingSinceBreakMinutes: number;
  reminders: AppState['status']['reminders'];
  pausedUntil: string | null;
  snoozesLeft: number;
  /** When the call in progress started (breaks wait), or null. */
  inCallSince: string | null;
  idleSupported: boolean;
  today: AppState['today'];
  streak: AppState['streak'];
  lifetime: AppState['lifetime'];
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function statusReport(state: AppState): StatusReport {
  const s = state.status;
  return {
    at: new Date(s.at).toISOString(),
    activity: s.activity,
    breakState: s.breakState,
    breakStartedAt: iso(s.breakStartedAt),
    dueAt: iso(s.dueAt),
    nextBreakAt: iso(s.nextDueAt),
    minutesToNextBreak:
      s.nextDueAt === null ? null : Math.max(0, Math.ceil((s.nextDueAt - s.at) / 60_000)),
    sittingSinceBreakMinutes: Math.floor(s.timerSittingMs / 60_000),
    reminders: s.reminders,
    pausedUntil: iso(s.pausedUntil),
    snoozesLeft: s.snoozesLeft,
    inCallSince: iso(s.callSince),
    idleSupported: state.idleSupported,
    today: state.today,
    streak: state.streak,
    lifetime: state.lifetime,
  };
}
