/** Maps Electron `powerMonitor` events (lock, unlock, suspend, resume, shutdown) to timestamped power events. */
import type { Millis } from '../core/types.ts';

export type PowerEventKind = 'lock' | 'unlock' | 'suspend' | 'resume' | 'shutdown';

export interface PowerEvent {
  kind: PowerEventKind;
  at: Millis;
}

/** The part of Electron's `powerMonitor` we listen to. */
export interface PowerEventSource {
  on(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

const ELECTRON_EVENTS: Record<string, PowerEventKind> = {
  'lock-screen': 'lock',
  'unlock-screen': 'unlock',
  suspend: 'suspend',
  resume: 'resume',
  shutdown: 'shutdown',
};

/**
 * Subscribes to the power events and returns the unsubscribe function. A repeated lock or suspend
 * (macOS sometimes sends two) is passed on once; unlock and resume always pass, since a missed
 * lock must not hide the user's return.
 */
export function watchPowerEvents(
  source: PowerEventSource,
  now: () => Millis,
  onEvent: (event: PowerEvent) => void,
): () => void {
  let locked = false;
  let suspended = false;
  const listeners = Object.entries(ELECTRON_EVENTS).map(([name, kind]) => {
    const listener = () => {
      if (kind === 'lock') {
        if (locked) return;
        locked = true;
      } else if (kind === 'unlock') locked = false;
      else if (kind === 'suspend') {
        if (suspended) return;
        suspended = true;
      } else if (kind === 'resume') suspended = false;
      onEvent({ kind, at: now() });
    };
    source.on(name, listener);
    return [name, listener] as const;
  });
  return () => {
    for (const [name, listener] of listeners) source.removeListener(name, listener);
  };
}
