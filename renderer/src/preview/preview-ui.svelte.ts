/** What the preview's own chrome shows: simulated time, the pending prompt "notification", the break overlay. */
import type { AppStatus } from '../../../electron/core/ipc-contract.ts';
import type { Millis } from '../../../electron/core/types.ts';

export class PreviewUi {
  simNow = $state<Millis>(0);
  /** The session's status, with what it offers (strict mode: neither Snooze nor Skip). */
  status = $state<AppStatus | null>(null);
  /** The desktop-notification stand-in; null when no prompt is pending. */
  prompt = $state<{ reprompt: boolean } | null>(null);
  breakOpen = $state(false);
  eyeCue = $state(false);
}
