/** What the preview's own chrome shows: simulated time, the pending prompt "notification", the break overlay. */
import type { EngineStatus, Millis } from '../../../electron/core/types.ts';

export class PreviewUi {
  simNow = $state<Millis>(0);
  status = $state<EngineStatus | null>(null);
  /** The desktop-notification stand-in; null when no prompt is pending. */
  prompt = $state<{ reprompt: boolean } | null>(null);
  breakOpen = $state(false);
  eyeCue = $state(false);
  strictMode = $state(false);
  canSnooze = $derived(!!this.status?.canSnooze && !this.strictMode);
}
