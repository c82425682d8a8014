/**
 * Words in one language: catalog messages, durations and times of day. Platform-free, so the main
 * process (tray, notifications) and the renderer say the same thing the same way; the renderer's
 * reactive `i18n` wraps one of these.
 */
import { CATALOGS, type MessageKey, type UiLanguage } from './catalog.ts';
import { formatMessage, type MessageValues } from './format-message.ts';

/** The app's language for a `language` setting and the OS locale (anything not German is English). */
export function resolveLanguage(setting: 'system' | UiLanguage, osLocale: string): UiLanguage {
  if (setting !== 'system') return setting;
  return osLocale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export class Translator {
  constructor(
    public language: UiLanguage = 'en',
    /** Times of day on a 12-hour clock ("2:05 PM") rather than 24 ("14:05"). */
    public twelveHour = false,
  ) {}

  t(key: MessageKey, values: MessageValues = {}): string {
    return formatMessage(CATALOGS[this.language][key], values, this.language);
  }

  /** A local time of day: "14:05" or "2:05 PM". */
  clock(ms: number): string {
    const d = new Date(ms);
    const minutes = String(d.getMinutes()).padStart(2, '0');
    const h = d.getHours();
    if (!this.twelveHour) return `${String(h).padStart(2, '0')}:${minutes}`;
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
