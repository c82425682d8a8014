/**
 * The words of a host without a DOM (the Electron main process: tray, notifications, notices,
 * dialogs): a Translator whose language follows the `language` setting, or the OS locale when it is
 * "system", and whose clock follows the OS locale's 12/24-hour convention, whatever the language.
 * The host reads the locales from the platform and hands them in; this module stays platform-free.
 */
import type { Language } from './settings.ts';
import { resolveLanguage, Translator } from './i18n/translator.ts';

export interface OsLocales {
  /** The OS/app language, e.g. "de-DE": what the renderer sees as `navigator.language`. */
  language: string;
  /** The locale whose regional formats times follow, e.g. "en-US". */
  format: string;
}

/** Whether a locale writes times on a 12-hour clock ("2:05 PM"), as Intl says. */
export function usesTwelveHourClock(locale: string): boolean {
  let cycle: string | undefined;
  try {
    cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  } catch {
    return false; // Not a locale Intl understands: the 24-hour clock.
  }
  return cycle === 'h12' || cycle === 'h11';
}

export class HostWords extends Translator {
  constructor(
    private readonly os: OsLocales,
    setting: Language = 'system',
  ) {
    super(resolveLanguage(setting, os.language), usesTwelveHourClock(os.format));
  }

  /** Follows the `language` setting; true when the language changed. */
  follow(setting: Language): boolean {
    const next = resolveLanguage(setting, this.os.language);
    if (next === this.language) return false;
    this.language = next;
    return true;
  }
}
