// The message catalog: English and German complete, ICU-style plurals through Intl.PluralRules, the
// language from the setting or the OS locale, the clock from the OS locale, and no string in a
// converted component that bypasses the catalog.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../../renderer/src/App.svelte';
import TimeField from '../../renderer/src/settings/TimeField.svelte';
import WorkingHoursEditor from '../../renderer/src/settings/WorkingHoursEditor.svelte';
import { SettingsForm } from '../../renderer/src/settings/settings-form.svelte.ts';
import AppHeader from '../../renderer/src/ui/AppHeader.svelte';
import { PreviewHost } from '../../renderer/src/preview/host.ts';
import {
  formatMessage,
  formatNumber,
  pluralCategory,
} from '../../electron/core/i18n/format-message.ts';
import { DATE_WORDS } from '../../electron/core/i18n/date-words.ts';
import {
  DATE_OPTIONS,
  parseTimeOfDay,
  Translator,
  type DateStyle,
} from '../../electron/core/i18n/translator.ts';
import { i18n, resolveLanguage } from '../../renderer/src/lib/i18n/i18n.svelte.ts';
import { de, en } from '../../electron/core/i18n/catalog.ts';
import { applySettingsPatch, DEFAULT_WORKING_HOURS } from '../../electron/core/settings.ts';
import { NOW, settings, status } from './fixtures.ts';

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
  'renderer/src/App.svelte',
  'renderer/src/dashboard/Dashboard.svelte',
  'renderer/src/dashboard/ExportCard.svelte',
  'renderer/src/gallery/Gallery.svelte',
  'renderer/src/onboarding/HoursStep.svelte',
  'renderer/src/onboarding/Onboarding.svelte',
  'renderer/src/onboarding/SafetyStep.svelte',
  'renderer/src/onboarding/SpaceStep.svelte',
  'renderer/src/onboarding/WelcomeStep.svelte',
  'renderer/src/settings/AppSettings.svelte',
  'renderer/src/settings/BreakSettings.svelte',
  'renderer/src/settings/ChoiceField.svelte',
  'renderer/src/settings/DaySettings.svelte',
  'renderer/src/settings/Field.svelte',
  'renderer/src/settings/GoalSettings.svelte',
  'renderer/src/settings/NumberField.svelte',
  'renderer/src/settings/PresetPicker.svelte',
  'renderer/src/settings/RoutineFields.svelte',
  'renderer/src/settings/RoutineSettings.svelte',
  'renderer/src/settings/Section.svelte',
  'renderer/src/settings/SettingsPage.svelte',
  'renderer/src/settings/SwitchField.svelte',
  'renderer/src/settings/TimeField.svelte',
  'renderer/src/settings/TimeInput.svelte',
  'renderer/src/settings/WorkingHoursEditor.svelte',
  'renderer/src/ui/Banner.svelte',
  'renderer/src/ui/Logo.svelte',
  'renderer/src/break/BreakPrompt.svelte',
  'renderer/src/break/BreakPlayer.svelte',
  'renderer/src/break/FinishScreen.svelte',
  'renderer/src/break/MoveDetails.svelte',
  'renderer/src/break/CountdownRing.svelte',
  'renderer/src/break/illustrations/MoveIllustration.svelte',
  'renderer/src/break-window/BreakWindow.svelte',
  'renderer/src/dashboard/HourTimeline.svelte',
  'renderer/src/dashboard/WeekChart.svelte',
  'renderer/src/dashboard/MonthChart.svelte',
  'renderer/src/dashboard/StreakCalendar.svelte',
];

/**
 * Not part of the app: the web preview's developer tools, in English on purpose: the time machine bar
 * and its frame, and the stand-ins for what the OS shows in the app (the notification toast, the
 * break window's frame), whose words the app takes from main (branch i18n-break).
 */
const DEVELOPER_TOOLS = [
  'renderer/src/preview/ControlPanel.svelte',
  'renderer/src/preview/PreviewChrome.svelte',
  'renderer/src/preview/PromptToast.svelte',
  'renderer/src/preview/BreakOverlay.svelte',
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

afterEach(() => {
  i18n.use('en', 'en-GB');
  location.hash = '';
});

const PRODUCT = 'renderer/src/';
const file = (key: string) => key.replace('../../', '');

describe('message catalog', () => {
  it('has every English key in German, with the same arguments, and no empty text', () => {
    const args = (s: string) =>
      [...new Set([...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]))].sort();
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(de[key].trim(), key).not.toBe('');
      expect(args(de[key]), key).toEqual(args(en[key]));
    }
  });

  it('formats every message in both languages', () => {
    // Every argument a message names (numbers serve for text arguments too).
    const args = (s: string) => [...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]!);
    for (const catalog of [en, de])
      for (const [key, template] of Object.entries(catalog)) {
        const values = Object.fromEntries(args(template).map((a) => [a, 2]));
        expect(() => formatMessage(template, values, 'en'), key).not.toThrow();
      }
  });

  it('picks the plural category of English and German whole numbers exactly as Intl does', () => {
    for (const locale of ['en', 'de']) {
      const intl = new Intl.PluralRules(locale);
      for (let n = -3; n <= 2000; n++)
        expect(pluralCategory(locale, n), `${locale} ${n}`).toBe(intl.select(n));
      expect(pluralCategory(locale, 1.5)).toBe(intl.select(1.5));
    }
    expect(pluralCategory('pl', 5)).toBe(new Intl.PluralRules('pl').select(5));
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
    // On screen each number keeps to its unit: a wrap may come only between hours and minutes.
    expect(i18n.duration(2 * 3600 + 56 * 60)).toBe('2\u00a0Std. 56\u00a0Min.');
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

  it('fails on a string in any component outside the lists of exceptions', () => {
    const all = Object.keys(SOURCES).map(file);
    const excepted = DEVELOPER_TOOLS;
    // The lists name real files, so a rename does not quietly take a component out of the check.
    for (const listed of [...CONVERTED, ...excepted]) expect(all, listed).toContain(listed);
    const checked = all.filter((f) => f.startsWith(PRODUCT) && !excepted.includes(f));
    expect(checked.length).toBeGreaterThan(CONVERTED.length - 1);
    for (const f of checked) expect(literalText(SOURCES[`../../${f}`]!), f).toEqual([]);
  });

  it('writes dates through Intl in the user’s locale', () => {
    expect(new Translator('en', false, 'en-GB').date('2026-03-09')).toBe('Mon 9 Mar');
    expect(new Translator('en', true, 'en-US').date('2026-03-09')).toBe('Mon, Mar 9');
    expect(new Translator('de', false, 'de-DE').date('2026-03-09', 'long')).toBe(
      'Montag, 9. März 2026',
    );
    i18n.use('de', 'en-US'); // German words on an American system: German dates, 12-hour clock
    expect(i18n.date('2026-03-09', 'weekday')).toBe('Mo');
    expect(i18n.timeOfDay('17:30')).toMatch(/^5:30\sPM$/);
  });

  it('writes the shipped locales’ dates without Intl exactly as Intl does, every day of a year', () => {
    for (const locale of Object.keys(DATE_WORDS)) {
      const words = new Translator('en', false, locale);
      for (const style of Object.keys(DATE_OPTIONS) as DateStyle[]) {
        const intl = new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[style], timeZone: 'UTC' });
        for (let day = 0; day < 366; day++) {
          const utc = Date.UTC(2028, 0, 1 + day);
          const key = new Date(utc).toISOString().slice(0, 10);
          expect(words.date(key, style), `${locale} ${style} ${key}`).toBe(intl.format(utc));
        }
      }
    }
    // Any other locale goes to Intl.
    expect(new Translator('de', false, 'de-AT').date('2026-01-05', 'long')).toBe(
      'Montag, 5. Jänner 2026',
    );
  });

  it('reads a typed time on either clock and stores it as 24-hour HH:MM', () => {
    const cases: [string, string | null][] = [
      ['2:05 PM', '14:05'],
      ['2:05\u202fpm', '14:05'],
      ['2 pm', '14:00'],
      ['12:30 AM', '00:30'],
      ['12 PM', '12:00'],
      ['14:05', '14:05'],
      ['14.05 Uhr', '14:05'],
      ['905', '09:05'],
      ['24:00', '24:00'],
      ['13 PM', null],
      ['25:00', null],
      ['9:75', null],
      ['soon', null],
      ['1'.repeat(10_000), null],
    ];
    for (const [typed, stored] of cases) expect(parseTimeOfDay(typed), typed).toBe(stored);
  });

  it('switches the settings screen to German as soon as the language setting changes', async () => {
    const storage = new Map<string, string>();
    const host = new PreviewHost(
      {
        getItem: (k: string) => storage.get(k) ?? null,
        setItem: (k: string, v: string) => void storage.set(k, v),
        removeItem: (k: string) => void storage.delete(k),
        clear: () => storage.clear(),
        key: () => null,
        length: 0,
      },
      () => NOW,
    );
    await host.completeOnboarding();
    location.hash = '#/settings';
    render(App, { props: { api: host } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    // Each language is named in its own words, whatever the screen's language.
    await fireEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Einstellungen' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Tagesziel' })).toBeInTheDocument();
    // The confirmation of the change itself is in the new language too.
    expect(await screen.findByText('Gespeichert')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toHaveAttribute('value', 'en');
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('navigation', { name: 'Hauptmenü' })).toBeInTheDocument();
  });

  it('takes times in the 12-hour clock where the locale uses it: typing 2:05 PM stores 14:05', async () => {
    i18n.use('en', 'en-US');
    const onCommit = vi.fn();
    const onInvalid = vi.fn();
    render(TimeField, {
      props: { id: 't', label: 'Starts at', hint: 'h', value: '09:30', onCommit, onInvalid },
    });
    const field = screen.getByRole('textbox', { name: 'Starts at' });
    expect(field).toHaveValue('9:30\u202fAM');
    await fireEvent.change(field, { target: { value: '2:05 PM' } });
    expect(onCommit).toHaveBeenLastCalledWith('14:05');
    expect(field).toHaveValue('2:05\u202fPM');
    await fireEvent.keyDown(field, { key: 'ArrowUp' });
    expect(onCommit).toHaveBeenLastCalledWith('14:15');
    await fireEvent.change(field, { target: { value: 'after lunch' } });
    expect(onInvalid).toHaveBeenLastCalledWith('Enter a time such as 5:30\u202fPM.');
    expect(onCommit).toHaveBeenCalledTimes(2);
  });

  it('edits working hours on a 12-hour clock, midnight ending the day', async () => {
    i18n.use('en', 'en-US');
    let current = settings({ workingHours: DEFAULT_WORKING_HOURS });
    const form = new SettingsForm(current, async (patch) => {
      current = applySettingsPatch(current, patch);
      return { ok: true, settings: current };
    });
    render(WorkingHoursEditor, { props: { form } });
    const end = screen.getByRole('textbox', { name: 'Monday until' });
    expect(end).toHaveValue('5:30\u202fPM');
    await fireEvent.change(end, { target: { value: '12:00 AM' } });
    await vi.waitFor(() =>
      expect(current.workingHours && current.workingHours.mon).toEqual([['09:00', '24:00']]),
    );
    expect(end).toHaveValue('12:00\u202fAM');
    await fireEvent.change(end, { target: { value: '8 AM' } });
    expect(end).toHaveAccessibleDescription('The end time must be after the start time.');
  });
});
