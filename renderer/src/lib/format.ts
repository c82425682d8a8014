/** Plain-language formatting of durations, times and dates for every screen. */

/** "1 h 25 min", "12 min", "under a minute". Rounds to whole minutes. */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(Math.max(0, seconds) / 60);
  if (minutes === 0) return seconds > 0 ? 'under a minute' : '0 min';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
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

/** "in 12 min", "in under a minute", "now". */
export function formatUntil(ms: number): string {
  if (ms <= 0) return 'now';
  if (ms < 60_000) return 'in under a minute';
  return `in ${formatDuration(Math.ceil(ms / 60_000) * 60)}`;
}

/** Local time of day, "14:05". */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Plain lookups, not toLocaleDateString: the dashboard labels hundreds of days, and each
// toLocaleDateString call builds a new Intl formatter.

/** "Mon 9 Mar" for a 'YYYY-MM-DD' key. */
export function formatDayLabel(dateKey: string): string {
  const d = parseDateKey(dateKey);
  return `${WEEKDAYS[d.getUTCDay()]!.slice(0, 3)} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!.slice(0, 3)}`;
}

/** "Monday 9 March 2026" for a 'YYYY-MM-DD' key. */
export function formatLongDate(dateKey: string): string {
  const d = parseDateKey(dateKey);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

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
