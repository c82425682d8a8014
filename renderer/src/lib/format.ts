/**
 * Calendar arithmetic on day keys, plus the formatting helpers the break screens and charts still
 * import. Words, durations, times of day and dates have one implementation, the core Translator
 * (electron/core/i18n/translator.ts), reached through `i18n`; the wrappers below only forward to it.
 */
import { i18n } from './i18n/i18n.svelte.ts';

/** "1 h 25 min", "12 min", "under a minute" in the UI language (forwards to `i18n.duration`). */
export function formatDuration(seconds: number): string {
  return i18n.duration(seconds);
}

/**
 * A short span to the second, for the parts of a break: "45 s", "2 min", "2 min 30 s". Day totals
 * use `formatDuration`, so the same total reads the same on every screen.
 */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** A countdown's face: "24" under a minute, "1:05" above. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return String(s);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Compact form for chart labels: "1.5 h", "40 m". */
export function formatDurationShort(seconds: number): string {
  const minutes = Math.round(Math.max(0, seconds) / 60);
  if (minutes < 60) return `${minutes} m`;
  const hours = minutes / 60;
  return `${hours >= 10 ? Math.round(hours) : Math.round(hours * 10) / 10} h`;
}

/** "Mon" for a 'YYYY-MM-DD' key, in the user's locale (forwards to `i18n.date`). */
export function formatWeekday(dateKey: string): string {
  return i18n.date(dateKey, 'weekday');
}

/** "Mon 9 Mar" for a 'YYYY-MM-DD' key, in the user's locale (forwards to `i18n.date`). */
export function formatDayLabel(dateKey: string): string {
  return i18n.date(dateKey, 'day');
}

/** English only ("2 breaks"): left for break/** until it uses catalog plurals; then delete it. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A 'YYYY-MM-DD' key as a UTC midnight Date, for calendar arithmetic free of DST. */
export function parseDateKey(dateKey: string): Date {
  const [y, m, d] = dateKey.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function dateKeyOf(utcDate: Date): string {
  return `${utcDate.getUTCFullYear()}-${pad(utcDate.getUTCMonth() + 1)}-${pad(utcDate.getUTCDate())}`;
}

/** Calendar arithmetic on 'YYYY-MM-DD' keys. */
export function addDays(dateKey: string, days: number): string {
  const d = parseDateKey(dateKey);
  d.setUTCDate(d.getUTCDate() + days);
  return dateKeyOf(d);
}

/** 0 = Monday … 6 = Sunday (ISO weeks, as the streak rules use). */
export function isoWeekday(dateKey: string): number {
  return (parseDateKey(dateKey).getUTCDay() + 6) % 7;
}
