/**
 * Words in one language: catalog messages, durations and times of day. Platform-free, so the main
 * process (tray, notifications) and the renderer say the same thing the same way; the renderer's
 * reactive `i18n` wraps one of these.
 */
import { CATALOGS, type MessageKey, type UiLanguage } from './catalog.ts';
import { formatDateWithoutIntl } from './date-words.ts';
import { formatMessage, type MessageValues } from './format-message.ts';

/** The app's language for a `language` setting and the OS locale (anything not German is English). */
export function resolveLanguage(setting: 'system' | UiLanguage, osLocale: string): UiLanguage {
  if (setting !== 'system') return setting;
  return osLocale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** How a calendar day is written: "Mon", "Mar", "Mon 9 Mar", "Monday, 9 March 2026" (en-GB). */
export type DateStyle = 'weekday' | 'month' | 'day' | 'long';

export const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  weekday: { weekday: 'short' },
  month: { month: 'short' },
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
};

/**
 * One formatter per locale and style, kept for the life of the process: building an
 * Intl.DateTimeFormat is the expensive part (the first one in a window loads ICU locale data,
 * 35–60 ms in Chromium here); formatting with a built one is cheap.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    // Day keys are calendar days, read as UTC midnight: no time zone or DST can shift them.
    f = new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[style], timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/** The locale dates are written in: the OS locale when it is in the app's language, else the language. */
export function dateLocaleFor(language: UiLanguage, osLocale: string): string {
  return osLocale.toLowerCase().split(/[-_]/)[0] === language ? osLocale : language;
}

/**
 * A time of day as typed on either clock: "2:05 PM", "2 pm", "2:05p", "14:05", "14.05", "1405",
 * "9", "14:05 Uhr". Returns the stored form "HH:MM" (24-hour), or null when it is not a time.
 * Without AM/PM the hour is read on the 24-hour clock. Input longer than a time is rejected unread.
 */
export function parseTimeOfDay(text: string): string | null {
  if (text.length > 20) return null;
  const m = /^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:(a|p)\.?\s*m?\.?|uhr)?\s*$/i.exec(text);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (minutes > 59) return null;
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  } else if (hours > 24 || (hours === 24 && minutes > 0)) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export class Translator {
  constructor(
    public language: UiLanguage = 'en',
    /** Times of day on a 12-hour clock ("2:05 PM") rather than 24 ("14:05"). */
    public twelveHour = false,
    /** The locale whose conventions dates follow ("en-GB": "Mon 9 Mar"; "en-US": "Mon, Mar 9"). */
    public dateLocale: string = language,
  ) {}

  t(key: MessageKey, values: MessageValues = {}): string {
    return formatMessage(CATALOGS[this.language][key], values, this.language);
  }

  /** A local time of day: "14:05" or "2:05 PM". */
  clock(ms: number): string {
    const d = new Date(ms);
    return this.#hoursMinutes(d.getHours(), d.getMinutes());
  }

  /**
   * A stored time of day ("HH:MM", 24-hour; "24:00" is the end of the day) on this clock:
   * "17:30" or "5:30 PM". Anything else is returned as it is.
   */
  timeOfDay(hhmm: string): string {
    const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
    if (!m) return hhmm;
    const h = Number(m[1]);
    if (h === 24 && !this.twelveHour) return hhmm;
    return this.#hoursMinutes(h % 24, Number(m[2]));
  }

  #hoursMinutes(h: number, min: number): string {
    const minutes = String(min).padStart(2, '0');
    if (!this.twelveHour) return `${String(h).padStart(2, '0')}:${minutes}`;
    return `${h % 12 || 12}:${minutes}\u202f${h < 12 ? 'AM' : 'PM'}`;
  }

  /**
   * A calendar day ('YYYY-MM-DD') in the date locale: "Mon 9 Mar", "Mo., 9. März". Intl's output;
   * for the locales the app ships, the same words without Intl (see date-words.ts).
   */
  date(dateKey: string, style: DateStyle = 'day'): string {
    const [y, m, d] = dateKey.split('-').map(Number);
    const utc = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
    return (
      formatDateWithoutIntl(this.dateLocale, utc, style) ??
      dateFormat(this.dateLocale, style).format(utc)
    );
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
