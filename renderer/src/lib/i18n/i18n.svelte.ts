/**
 * The renderer's language and clock. The language comes from the `language` setting, or from the OS
 * locale (navigator.language) when it is "system"; the 12/24-hour clock always follows the OS locale,
 * so a German text on a 12-hour system shows "2:05 PM".
 */
import type { Language } from '../../../../electron/core/settings.ts';
import type { MessageKey, UiLanguage } from '../../../../electron/core/i18n/catalog.ts';
import type { MessageValues } from '../../../../electron/core/i18n/format-message.ts';
import { resolveLanguage, Translator } from '../../../../electron/core/i18n/translator.ts';

export { resolveLanguage };

const HOUR_CYCLE_KEY = 'pb:hour-cycle:';

/**
 * Whether the locale writes times on a 12-hour clock. Asking Intl loads ICU locale data (~40 ms the
 * first time in a window), so the answer is kept per locale in localStorage: only the very first
 * window of a new locale pays it.
 */
function usesTwelveHours(locale: string): boolean {
  let cached: string | null = null;
  try {
    cached = localStorage.getItem(HOUR_CYCLE_KEY + locale);
  } catch {
    // No storage (tests, locked-down profile): ask Intl every time.
  }
  if (cached === 'h12' || cached === 'h23') return cached === 'h12';
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const twelve = cycle === 'h12' || cycle === 'h11';
  try {
    localStorage.setItem(HOUR_CYCLE_KEY + locale, twelve ? 'h12' : 'h23');
  } catch {
    // As above.
  }
  return twelve;
}

class I18n {
  language = $state<UiLanguage>('en');
  /** The locale whose conventions times follow (the OS locale in the app). */
  clockLocale = $state('en-GB');
  #words = new Translator();
  #clockFor = '';

  use(setting: Language, osLocale: string): void {
    this.language = resolveLanguage(setting, osLocale);
    this.clockLocale = osLocale;
  }

  /** The translator for the current language (reading it tracks the language). */
  get #now(): Translator {
    this.#words.language = this.language;
    return this.#words;
  }

  /**
   * The translator with the clock of the current locale too (reading it tracks both). Only times
   * ask for the clock, so a window that shows none never looks it up (nor caches it).
   */
  get #withClock(): Translator {
    const words = this.#now;
    if (this.#clockFor !== this.clockLocale) {
      words.twelveHour = usesTwelveHours(this.clockLocale);
      this.#clockFor = this.clockLocale;
    }
    return words;
  }

  t(key: MessageKey, values: MessageValues = {}): string {
    return this.#now.t(key, values);
  }

  /** A time of day in the OS locale's convention: "14:05" or "2:05 PM". */
  clock(ms: number): string {
    return this.#withClock.clock(ms);
  }

  /** "1 h 25 min", "12 min", "under a minute" (rounded to whole minutes). */
  duration(seconds: number): string {
    return this.#now.duration(seconds);
  }

  /** "in 12 min", "in under a minute", "now". */
  until(ms: number): string {
    return this.#now.until(ms);
  }
}

export const i18n = new I18n();
export const t = (key: MessageKey, values?: MessageValues) => i18n.t(key, values);
