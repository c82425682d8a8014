/**
 * Linux: is there anything to show our tray icon? Electron's Linux tray is a StatusNotifierItem, shown
 * only when a StatusNotifierWatcher owns `org.kde.StatusNotifierWatcher` on the session bus (KDE,
 * Xfce and Cinnamon panels; GNOME only with the AppIndicator extension). Without one the app would be
 * invisible after onboarding, so the dashboard says so once, with what to install; every tray action
 * is also in the dashboard.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Translator } from '../core/i18n/translator.ts';

export const STATUS_NOTIFIER_WATCHER = 'org.kde.StatusNotifierWatcher';

export function trayMissingText(
  env: Record<string, string | undefined>,
  words: Translator = new Translator(),
): string {
  const desktop = (env.XDG_CURRENT_DESKTOP ?? '').toUpperCase();
  const how = words.t(
    desktop.includes('GNOME') ? 'notice.trayMissingGnome' : 'notice.trayMissingOther',
  );
  return words.t('notice.trayMissing', { how });
}

/** The id of the tray notice in the app session's notices. */
export const TRAY_NOTICE_ID = 'tray-host';

/** The dashboard notice about a missing tray: shown until dismissed, then never again. */
export class TrayHostNotice {
  /** `markerFile` remembers the dismissal across runs (in userData). */
  constructor(private readonly markerFile: string) {}

  /**
   * Asks the bus once: the notice's text, or null. A bus that cannot be asked says nothing (no false
   * alarm); a watcher that is missing gives the notice unless the user dismissed it before.
   */
  async check(
    bus: { nameHasOwner(name: string): Promise<boolean> },
    env: Record<string, string | undefined>,
    log?: (message: string, error?: unknown) => void,
    words?: Translator,
  ): Promise<string | null> {
    if (existsSync(this.markerFile)) return null;
    let owned: boolean;
    try {
      owned = await bus.nameHasOwner(STATUS_NOTIFIER_WATCHER);
    } catch (error) {
      log?.('could not ask the session bus for a tray host', error);
      return null;
    }
    return owned ? null : trayMissingText(env, words);
  }

  /** The user dismissed the notice: remember it. */
  dismiss(): void {
    try {
      mkdirSync(path.dirname(this.markerFile), { recursive: true });
      writeFileSync(this.markerFile, 'dismissed\n');
    } catch {
      // Then it shows again next run; nothing worse.
    }
  }
}
