/**
 * The renderer's language and clock. The language comes from the `language` setting, or from the OS
 * locale (navigator.language) when it is "system"; the 12/24-hour clock always follows the OS locale,
 * so a German text on a 12-hour system shows "2:05 PM".
 */
import type { Language } from '../../../../electron/core/settings.ts';
import { formatMessage, type MessageValues } from './format-message.ts';
import { CATALOGS, type MessageKey, type UiLanguage } from './messages.ts';

export function resolveLanguage(setting: Language, osLocale: string): UiLanguage {
  if (setting !== 'system') return setting;
  return osLocale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

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
  #twelveHour = false;
  #clockFor = '';

  use(setting: Language, osLocale: string): void {
    this.language = resolveLanguage(setting, osLocale);
    this.clockLocale = osLocale;
  }

  t(key: MessageKey, values: MessageValues = {}): string {
    return formatMessage(CATALOGS[this.language][key], values, this.language);
  }

  /** A time of day in the OS locale's convention: "14:05" or "2:05 PM". */
  clock(ms: number): string {
    if (this.#clockFor !== this.clockLocale) {
      this.#twelveHour = usesTwelveHours(this.clockLocale);
      this.#clockFor = this.clockLocale;
    }
    const d = new Date(ms);
    const minutes = String(d.getMinutes()).padStart(2, '0');
    const h = d.getHours();
    if (!this.#twelveHour) return `${String(h).padStart(2, '0')}:${minutes}`;
    return `${h % 12 || 12}:${minutes}\u202f${h < 12 ? 'AM' : 'PM'}`;
  }

  /** "1 h 25 min", "12 min", "under a minute" (rounded to whole minutes). */
  duration(seconds: number): string {
    const minutes = Math.round(Math.max(0, seconds) / 60);
    if (minutes === 0)
      return seconds > 0 ? this.t('duration.underMinute') : this.t('duration.minutes', { m: 0 });
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return this.t('duration.minutes', { m });
    return m === 0 ? this.t('duration.hours', { h }) : this.t('duration.hoursMinutes', { h, m });
  }

  /** "in 12 min", "in under a minute", "now". */
  until(ms: number): string {
    if (ms <= 0) return this.t('until.now');
    if (ms < 60_000) return this.t('until.underMinute');
    return this.t('until.in', { duration: this.duration(Math.ceil(ms / 60_000) * 60) });
  }
}

export const i18n = new I18n();
export const t = (key: MessageKey, values?: MessageValues) => i18n.t(key, values);
