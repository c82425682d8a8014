/**
 * Dates and short durations in the charts' labels, in the user's language. Day and month names come
 * from the one date implementation (the core Translator through `i18n.date`), which writes the
 * shipped locales without Intl: the first Intl formatter in a window loads ICU locale data, which
 * the dashboard's first frame cannot afford.
 */
import { i18n } from '../lib/i18n/i18n.svelte.ts';
import { addDays } from '../../../electron/core/time.ts';

/** A Monday, to name weekdays by their ISO number. */
const A_MONDAY = '2024-01-01';

/** A weekday's short name, 0 = Monday … 6 = Sunday. */
export function weekdayName(isoWeekday: number): string {
  return i18n.date(addDays(A_MONDAY, isoWeekday), 'weekday');
}

/** A month's short name, 0 = January. */
export function monthName(month: number): string {
  return i18n.date(`2024-${String(month + 1).padStart(2, '0')}-01`, 'month');
}

/** "Mon" / "Mo" for a 'YYYY-MM-DD' key. */
export function weekdayOf(dateKey: string): string {
  return i18n.date(dateKey, 'weekday');
}

/** "Mon 9 Mar" / "Mo., 9. März" for a 'YYYY-MM-DD' key. */
export function dayLabel(dateKey: string): string {
  return i18n.date(dateKey, 'day');
}

/** Compact span for chart labels: "40 m", "1.5 h" ("40 min", "1,5 h" in German). */
export function durationShort(seconds: number): string {
  const minutes = Math.round(Math.max(0, seconds) / 60);
  if (minutes < 60) return i18n.t('chart.minutesShort', { m: minutes });
  const hours = minutes / 60;
  const shown = hours >= 10 ? String(Math.round(hours)) : String(Math.round(hours * 10) / 10);
  return i18n.t('chart.hoursShort', { h: shown.replace('.', i18n.t('chart.decimalPoint')) });
}

/** An hour of the day on the locale's clock: "09:00" or "9:00 AM". */
export function hourLabel(hour: number, dayAt: number): string {
  const d = new Date(dayAt);
  d.setHours(hour, 0, 0, 0);
  return i18n.clock(d.getTime());
}
