/**
 * Calendar days in the locales the app ships, without Intl: the first Intl.DateTimeFormat in a window
 * loads ICU locale data (35–60 ms measured in Chromium here), and the dashboard labels days in its
 * first frame. Same output as Intl.DateTimeFormat with the options in translator.ts (checked for
 * every day of a year in tests/component/i18n.test.ts); any other locale goes to Intl.
 */
import type { DateStyle } from './translator.ts';

interface DateWords {
  weekdays: readonly string[];
  weekdaysLong: readonly string[];
  months: readonly string[];
  /** A short month on its own ("Mär" in German, where a date says "9. März"). */
  monthsAlone: readonly string[];
  monthsLong: readonly string[];
  day: (weekday: string, date: number, month: string) => string;
  long: (weekday: string, date: number, month: string, year: number) => string;
}

const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_WEEKDAYS_LONG = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
const EN_MONTHS_LONG = [
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
const EN_MONTHS = EN_MONTHS_LONG.map((m) => m.slice(0, 3));

const EN_US: DateWords = {
  weekdays: EN_WEEKDAYS,
  weekdaysLong: EN_WEEKDAYS_LONG,
  months: EN_MONTHS,
  monthsAlone: EN_MONTHS,
  monthsLong: EN_MONTHS_LONG,
  day: (w, d, m) => `${w}, ${m} ${d}`,
  long: (w, d, m, y) => `${w}, ${m} ${d}, ${y}`,
};

const EN_GB: DateWords = {
  weekdays: EN_WEEKDAYS,
  weekdaysLong: EN_WEEKDAYS_LONG,
  months: EN_MONTHS.map((m) => (m === 'Sep' ? 'Sept' : m)),
  monthsAlone: EN_MONTHS.map((m) => (m === 'Sep' ? 'Sept' : m)),
  monthsLong: EN_MONTHS_LONG,
  day: (w, d, m) => `${w} ${d} ${m}`,
  long: (w, d, m, y) => `${w}, ${d} ${m} ${y}`,
};

const DE: DateWords = {
  weekdays: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
  weekdaysLong: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  months: [
    'Jan.',
    'Feb.',
    'März',
    'Apr.',
    'Mai',
    'Juni',
    'Juli',
    'Aug.',
    'Sept.',
    'Okt.',
    'Nov.',
    'Dez.',
  ],
  monthsAlone: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  monthsLong: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  day: (w, d, m) => `${w}., ${d}. ${m}`,
  long: (w, d, m, y) => `${w}, ${d}. ${m} ${y}`,
};

/** The locales written without Intl (Austrian German says "Jänner": it goes to Intl). */
export const DATE_WORDS: Readonly<Record<string, DateWords>> = {
  en: EN_US,
  'en-US': EN_US,
  'en-GB': EN_GB,
  de: DE,
  'de-DE': DE,
};

/** A day (UTC midnight of its key) in one of DATE_WORDS' locales, or null for any other locale. */
export function formatDateWithoutIntl(locale: string, utc: Date, style: DateStyle): string | null {
  const words = DATE_WORDS[locale];
  if (!words) return null;
  const weekday = utc.getUTCDay();
  if (style === 'weekday') return words.weekdays[weekday]!;
  const date = utc.getUTCDate();
  const month = utc.getUTCMonth();
  if (style === 'month') return words.monthsAlone[month]!;
  if (style === 'day') return words.day(words.weekdays[weekday]!, date, words.months[month]!);
  return words.long(
    words.weekdaysLong[weekday]!,
    date,
    words.monthsLong[month]!,
    utc.getUTCFullYear(),
  );
}
