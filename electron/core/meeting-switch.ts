/**
 * The manual "In a meeting" switch's rule (SPEC section 2), one place for main's CallMonitor and the
 * web preview: on until turned off, on for a while (it ends by itself at `manualUntil`), or off.
 */
import type { Millis } from './types.ts';

/** `{ minutes }` for a while, `{}` until turned off, `false` to end the manual meeting. */
export type MeetingRequest = { minutes?: number } | false;

export interface ManualMeeting {
  manual: boolean;
  manualUntil: Millis | null;
}

/** The switch after `request` at `now`. */
export function switchMeeting(request: MeetingRequest, now: Millis): ManualMeeting {
  if (request === false) return { manual: false, manualUntil: null };
  const minutes = request.minutes;
  return { manual: true, manualUntil: minutes === undefined ? null : now + minutes * 60_000 };
}

/** Whether a timed manual meeting has run out by `now`. */
export function meetingExpired(meeting: ManualMeeting, now: Millis): boolean {
  return meeting.manual && meeting.manualUntil !== null && now >= meeting.manualUntil;
}
