/**
 * Dates and short durations in the charts' labels, in the user's language. Names come from the
 * catalog (messages/charts.ts), not Intl.DateTimeFormat: the first Intl formatter in a window loads
 * ICU locale data, which the dashboard's first frame cannot afford.
 */
import type { MessageKey } from '../../../electron/core/i18n/catalog.ts';
import { i18n } from '../lib/i18n/i18n.svelte.ts';
import { parseDateKey } from '../lib/format.ts';

const WEEKDAYS: readonly MessageKey[] = [
  'chart.mon',
  'chart.tue',
  'chart.wed',
  'chart.thu',
  'chart.fri',
  'chart.sat',
  'chart.sun',
];
const MONTHS: readonly MessageKey[] = [
  'chart.jan',
  'chart.feb',
  'chart.mar',
  'chart.apr',
  'chart.may',
  'chart.jun',
  'chart.jul',
  'chart.aug',
  'chart.sep',
  'chart.oct',
  'chart.nov',
  'chart.dec',
];

/** A weekday's short name, 0 = Monday … 6 = Sunday. */
export function weekdayName(isoWeekday: number): string {
  return i18n.t(WEEKDAYS[isoWeekday]!);
}

/** A month's short name, 0 = January. */
export function monthName(month: number): string {
  return i18n.t(MONTHS[month]!);
}

/** "Mon" / "Mo" for a 'YYYY-MM-DD' key. */
export function weekdayOf(dateKey: string): string {
  return weekdayName((parseDateKey(dateKey).getUTCDay() + 6) % 7);
}

/** "Mon 9 Mar" / "Mo, 9. März" for a 'YYYY-MM-DD' key. */
export function dayLabel(dateKey: string): string {
  const d = parseDateKey(dateKey);
  return i18n.t('chart.dayLabel', {
    weekday: weekdayName((d.getUTCDay() + 6) % 7),
    day: String(d.getUTCDate()),
    month: monthName(d.getUTCMonth()),
  });
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
