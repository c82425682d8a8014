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

class I18n {
  language = $state<UiLanguage>('en');
  /** The locale whose conventions times follow (the OS locale in the app). */
  clockLocale = $state('en-GB');
  #clock: Intl.DateTimeFormat | null = null;
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
    if (!this.#clock || this.#clockFor !== this.clockLocale) {
      this.#clock = new Intl.DateTimeFormat(this.clockLocale, { timeStyle: 'short' });
      this.#clockFor = this.clockLocale;
    }
    return this.#clock.format(ms);
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
