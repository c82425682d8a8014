// The message catalog: English and German complete, ICU-style plurals through Intl.PluralRules, the
// language from the setting or the OS locale, the clock from the OS locale, and no string in a
// converted component that bypasses the catalog.
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import AppHeader from '../../renderer/src/ui/AppHeader.svelte';
import { formatMessage, formatNumber } from '../../electron/core/i18n/format-message.ts';
import { i18n, resolveLanguage } from '../../renderer/src/lib/i18n/i18n.svelte.ts';
import { de, en } from '../../electron/core/i18n/catalog.ts';
import { NOW, status } from './fixtures.ts';

/** Every component's source, as text (Vite's raw import). */
const SOURCES = import.meta.glob<string>('../../renderer/src/**/*.svelte', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Components whose every user-facing string comes from the catalog. */
const CONVERTED = [
  'renderer/src/ui/AppHeader.svelte',
  'renderer/src/dashboard/NextBreakCard.svelte',
  'renderer/src/dashboard/GoalCard.svelte',
  'renderer/src/dashboard/StreakCard.svelte',
  'renderer/src/dashboard/TodayCard.svelte',
  'renderer/src/dashboard/HourTimeline.svelte',
  'renderer/src/dashboard/WeekChart.svelte',
  'renderer/src/dashboard/MonthChart.svelte',
  'renderer/src/dashboard/StreakCalendar.svelte',
];

/** Literal text left in a component's markup or in string attributes a user reads or hears. */
function literalText(source: string): string[] {
  const markup = source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const found: string[] = [];
  for (const m of markup.matchAll(/(?:aria-label|title|alt|placeholder)="([^"{]*[A-Za-z][^"]*)"/g))
    found.push(m[1]!);
  // Expressions and blocks first, innermost out (they may hold "=>"), then tags.
  let text = markup;
  for (let prev = ''; prev !== text;) [prev, text] = [text, text.replace(/\{[^{}]*\}/g, '\n')];
  text = text.replace(/<[^>]*>/g, '\n');
  for (const m of text.matchAll(/[A-Za-zÄÖÜäöüß][^\n<{]*/g)) found.push(m[0].trim());
  return found.filter((s) => s !== 'Posture Break'); // the product name is not translated
}

afterEach(() => i18n.use('en', 'en-GB'));

describe('message catalog', () => {
  it('has every English key in German, with the same arguments, and no empty text', () => {
    const args = (s: string) => [...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]).sort();
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(de[key].trim(), key).not.toBe('');
      expect(args(de[key]), key).toEqual(args(en[key]));
    }
  });

  it('formats every message in both languages', () => {
    const values = {
      count: 2,
      left: 1,
      taken: 2,
      goal: 5,
      m: 5,
      h: 1,
      days: 'x',
      time: 'x',
      duration: 'x',
      threshold: 'x',
      ...{ met: 1, breaks: 2, weeks: 3, saved: 1, missed: 1, rest: 2, weekday: 'x', day: 'x' },
      ...{ month: 'x', kind: 'x' },
    };
    for (const catalog of [en, de])
      for (const [key, template] of Object.entries(catalog))
        expect(() => formatMessage(template, values, 'en'), key).not.toThrow();
  });

  it('picks plural forms with Intl.PluralRules and formats numbers for the locale', () => {
    const days = '{count, plural, one {# day} other {# days}}';
    expect(formatMessage(days, { count: 1 }, 'en')).toBe('1 day');
    expect(formatMessage(days, { count: 1200 }, 'en')).toBe('1,200 days');
    expect(formatMessage(de['streak.days'], { count: 1200 }, 'de')).toBe('1.200 Tage');
    expect(formatMessage(de['goal.left'], { left: 1 }, 'de')).toBe(
      'Noch eine Pause bis zum Tagesziel.',
    );
    expect(formatMessage(de['goal.left'], { left: 3 }, 'de')).toBe(
      'Noch 3 Pausen bis zum Tagesziel.',
    );
    expect(() => formatMessage('{x}', {}, 'en')).toThrow('message argument "x" is missing');
  });

  it('formats whole numbers without Intl exactly as Intl.NumberFormat does', () => {
    for (const locale of ['en', 'de'])
      for (const n of [0, 7, 999, 1000, 1200, 12345, 999999, 1234567, -4321])
        expect(formatNumber(locale, n), `${locale} ${n}`).toBe(
          new Intl.NumberFormat(locale).format(n),
        );
  });

  it('takes the language from the setting, else from the OS locale', () => {
    expect(resolveLanguage('system', 'de-AT')).toBe('de');
    expect(resolveLanguage('system', 'fr-FR')).toBe('en');
    expect(resolveLanguage('de', 'en-US')).toBe('de');
    expect(resolveLanguage('en', 'de-DE')).toBe('en');
  });

  it('follows the OS locale for the 12/24-hour clock, whatever the language', () => {
    const at = new Date(2026, 2, 10, 14, 5).getTime();
    i18n.use('de', 'en-US');
    expect(i18n.clock(at)).toMatch(/^2:05\sPM$/);
    expect(i18n.duration(2 * 3600 + 56 * 60)).toBe('2 Std. 56 Min.');
    i18n.use('system', 'de-DE');
    expect(i18n.clock(at)).toBe('14:05');
  });

  it('renders the header in German', () => {
    i18n.use('de', 'de-DE');
    render(AppHeader, { props: { route: 'dashboard', status: status({ at: NOW }) } });
    expect(screen.getByRole('navigation', { name: 'Hauptmenü' })).toHaveTextContent('Übersicht');
    expect(screen.getByTestId('status-pill')).toHaveTextContent('Zählt mit');
  });

  it('fails on a string in a converted component that is not in the catalog', () => {
    expect(
      literalText('<p class="x">Hello {name}</p><button aria-label="Close">x</button>'),
    ).toEqual(['Close', 'Hello', 'x']);
    for (const file of CONVERTED) {
      const source = SOURCES[`../../${file}`];
      expect(source, file).toBeDefined();
      expect(literalText(source!), file).toEqual([]);
    }
  });
});
