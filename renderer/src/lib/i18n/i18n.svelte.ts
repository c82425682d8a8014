/**
 * The renderer's language and clock. The language comes from the `language` setting, or from the OS
 * locale (navigator.language) when it is "system"; the 12/24-hour clock always follows the OS locale,
 * so a German text on a 12-hour system shows "2:05 PM". Dates are written in the OS locale when it
 * is in the app's language ("en-US": "Mon, Mar 9"), else in the language's own ("Mo., 9. März").
 */
import type { Language } from '../../../../electron/core/settings.ts';
import type { MessageKey, UiLanguage } from '../../../../electron/core/i18n/catalog.ts';
import type { MessageValues } from '../../../../electron/core/i18n/format-message.ts';
import {
  dateLocaleFor,
  parseTimeOfDay,
  resolveLanguage,
  Translator,
  type DateStyle,
} from '../../../../electron/core/i18n/translator.ts';

export { parseTimeOfDay, resolveLanguage };

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

  /** The translator for the current language and locale (reading it tracks both). */
  get #now(): Translator {
    this.#words.language = this.language;
    this.#words.dateLocale = dateLocaleFor(this.language, this.clockLocale);
    return this.#words;
  }

  /** The same, with the clock settled: only times of day need it (it may ask Intl, see above). */
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

  /** Whether times of day are written on a 12-hour clock here (the OS locale's convention). */
  get twelveHour(): boolean {
    return this.#withClock.twelveHour;
  }

  /** A stored "HH:MM" on the user's clock: "17:30" or "5:30 PM". */
  timeOfDay(hhmm: string): string {
    return this.#withClock.timeOfDay(hhmm);
  }

  /** A 'YYYY-MM-DD' day in the user's locale, as Intl writes it: "Mon 9 Mar", "Mo., 9. März". */
  date(dateKey: string, style?: DateStyle): string {
    return this.#now.date(dateKey, style);
  }

  /** "1 h 25 min", "12 min", "under a minute" (rounded to whole minutes). */
  duration(seconds: number): string {
    return keepTogether(this.#now.duration(seconds));
  }

  /** "in 12 min", "in under a minute", "now". */
  until(ms: number): string {
    return keepTogether(this.#now.until(ms));
  }
}

/**
 * On screen a number stays on the line of its unit ("3 Std." never breaks before "Std."): a long
 * German duration may wrap only between its hours and its minutes.
 */
const keepTogether = (text: string) => text.replace(/(\d) /g, '$1\u00a0');

export const i18n = new I18n();
export const t = (key: MessageKey, values?: MessageValues) => i18n.t(key, values);
