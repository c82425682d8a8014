/**
 * ICU-style messages, the subset the app needs: `{name}` arguments and
 * `{count, plural, =0 {…} one {# day} other {# days}}` with `#` as the locale-formatted count.
 * Plural categories come from the platform's Intl.PluralRules (no library: the browser and Node
 * already ship CLDR plural rules for every locale, and our catalogs need nothing more).
 */
export type MessageValues = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Languages whose whole-number plural rule is CLDR's "one for exactly 1, other for the rest". */
const ONE_OR_OTHER = new Set(['en', 'de']);

/**
 * The plural category of `n`. English and German whole numbers without Intl: the first Intl object
 * in a window loads ICU locale data (35–60 ms in Chromium here), and the break window's first frame
 * says "2 moves". Same answer as Intl.PluralRules (tests/component/i18n.test.ts); others ask Intl.
 */
export function pluralCategory(locale: string, n: number): string {
  if (ONE_OR_OTHER.has(locale) && Number.isInteger(n)) return Math.abs(n) === 1 ? 'one' : 'other';
  let r = pluralRules.get(locale);
  if (!r) pluralRules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(n);
}

/** Digit-group separators of the languages we ship, for the fast path below. */
const GROUP: Record<string, string> = { en: ',', de: '.' };

export function formatNumber(locale: string, n: number): string {
  // Whole numbers in English and German without Intl: the first Intl.NumberFormat in a window loads
  // ICU locale data (35–60 ms measured in Chromium here), more than the dashboard's whole first
  // frame may take. Same output as Intl.NumberFormat for these (tests/component/i18n.test.ts).
  const group = GROUP[locale];
  if (group !== undefined && Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
    return n < 0 ? `-${digits}` : digits;
  }
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}

/** The index of the brace closing the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces in message "${text.slice(0, 40)}"`);
}

function plural(body: string, n: number, locale: string, values: MessageValues): string {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const selector = body.slice(i, open).trim();
    const end = closing(body, open);
    branches.set(selector, body.slice(open + 1, end));
    i = end + 1;
  }
  const branch =
    branches.get(`=${n}`) ?? branches.get(pluralCategory(locale, n)) ?? branches.get('other');
  if (branch === undefined) throw new Error(`plural without an "other" branch: "${body}"`);
  return formatMessage(branch, values, locale, n);
}

export function formatMessage(
  template: string,
  values: MessageValues,
  locale: string,
  count?: number,
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch === '#' && count !== undefined) {
      out += formatNumber(locale, count);
      i++;
    } else if (ch === '{') {
      const end = closing(template, i);
      const inner = template.slice(i + 1, end);
      const [name, kind, ...rest] = inner.split(',');
      const key = name!.trim();
      const value = values[key];
      if (value === undefined) throw new Error(`message argument "${key}" is missing`);
      if (kind?.trim() === 'plural') out += plural(rest.join(','), Number(value), locale, values);
      else out += typeof value === 'number' ? formatNumber(locale, value) : value;
      i = end + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
