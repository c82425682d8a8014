// Any window size: every screen (onboarding, dashboard, settings) from a 360 px phone-narrow window to
// a 2560×1440 display. No horizontal scrolling, nothing sticking out of its card, no text clipped
// inside its own box; a screenshot of each lands in artifacts/screenshots/ for a human to look at.
// Callbacks given to page.evaluate run in the browser: this file needs the DOM types.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from '@playwright/test';
import { expect, openPreview, openSeeded, screenshot, test } from './fixtures.ts';
import { seededStore } from './seed.ts';

const SIZES = [
  { width: 360, height: 640 },
  { width: 900, height: 600 },
  { width: 1280, height: 800 },
  { width: 2560, height: 1440 },
] as const;

/** What breaks the layout: page-wide horizontal scroll, and elements outside their card or clipped. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      const wide = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .filter(
          (el) =>
            ![...el.children].some((c) => c.getBoundingClientRect().right > root.clientWidth + 1),
        )
        .slice(0, 3)
        .map((el) => `<${el.tagName.toLowerCase()} class="${String(el.getAttribute('class'))}">`);
      problems.push(
        `page scrolls sideways by ${root.scrollWidth - root.clientWidth} px: ${wide.join(', ')}`,
      );
    }
    const name = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className.split(' ')[0]}"` : ''}> "${text}"`;
    };
    const hidden = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden') return true;
        if (e.classList.contains('visually-hidden')) return true;
      }
      return false;
    };
    const boxes = document.querySelectorAll('header, .card, [data-preview-panel]');
    for (const box of boxes) {
      const outer = box.getBoundingClientRect();
      for (const el of box.querySelectorAll('*')) {
        if (hidden(el)) continue;
        // A popup menu may overlap its card's edge (the page-wide check above still holds it).
        if (el.closest('[data-popup]')) continue;
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) continue;
        if (r.left < outer.left - 1 || r.right > outer.right + 1)
          problems.push(`${name(el)} sticks out of ${name(box)}`);
        const s = getComputedStyle(el);
        const clips = s.overflowX !== 'visible' || s.textOverflow === 'ellipsis';
        if (clips && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'svg')
          problems.push(`${name(el)} is clipped (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    // Text of one element drawn over another's: sibling cards must not overlap.
    const cards = [...document.querySelectorAll('.card')].map((c) => c.getBoundingClientRect());
    for (let i = 0; i < cards.length; i++)
      for (let j = i + 1; j < cards.length; j++) {
        const a = cards[i]!;
        const b = cards[j]!;
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        if (overlap) problems.push(`cards ${i} and ${j} overlap`);
      }
    // One word broken over two lines (e.g. "1 h 41 min" split in the middle of "41"): nothing
    // marked as a number may wrap.
    for (const el of document.querySelectorAll('[data-nowrap], .num')) {
      if (hidden(el)) continue;
      const lines = new Set([...el.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) problems.push(`${name(el)} wraps over ${lines.size} lines`);
    }
    return problems;
  });
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    const tag = `${size.width}x${size.height}`;

    test('onboarding fits', async ({ page }) => {
      await openPreview(page);
      const steps = ['welcome', 'space', 'hours', 'safety'];
      for (const [i, step] of steps.entries()) {
        if (step === 'hours')
          await page.getByRole('switch', { name: 'Only remind me during working hours' }).check();
        if (step === 'welcome' || step === 'hours')
          await screenshot(page, `size-${tag}-onboarding-${step}`);
        expect(await layoutProblems(page), `onboarding ${step}`).toEqual([]);
        if (i < steps.length - 1) await page.getByRole('button', { name: 'Next' }).click();
      }
    });

    test('dashboard and settings fit', async ({ page }) => {
      await openSeeded(page);
      await expect(page.getByTestId('breaks-vs-goal')).toHaveText('2 of 5');
      await page.screenshot({
        path: `artifacts/screenshots/size-${tag}-dashboard.png`,
        fullPage: true,
      });
      expect(await layoutProblems(page), 'dashboard').toEqual([]);

      await page.getByRole('button', { name: 'Pause…' }).click();
      expect(await layoutProblems(page), 'pause menu').toEqual([]);
      await page.keyboard.press('Escape');

      // A page switch starts at the top of the new page.
      const scrollable = await page.evaluate(
        () => document.documentElement.scrollHeight > window.innerHeight + 100,
      );
      if (size.height < 1000) expect(scrollable).toBe(true);
      if (scrollable) {
        await page.mouse.wheel(0, 800);
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      }
      await page.getByRole('link', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await page.getByRole('switch', { name: 'Only remind me during working hours' }).check();
      await page.screenshot({
        path: `artifacts/screenshots/size-${tag}-settings.png`,
        fullPage: true,
      });
      expect(await layoutProblems(page), 'settings').toEqual([]);
    });
  });
}

test.describe('German on a 12-hour system', () => {
  test.use({ locale: 'en-US', viewport: { width: 1280, height: 800 } });

  test('the dashboard speaks German and keeps the 12-hour clock', async ({ page }) => {
    const at = '2026-03-10T15:40:00+01:00';
    const { key, value } = seededStore(new Date(at).getTime(), { language: 'de' });
    await page.clock.install({ time: new Date(at).getTime() - 1000 });
    await page.clock.pauseAt(new Date(at).getTime());
    await page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [key, value]);
    await page.goto('index.html');
    await expect(page.getByRole('navigation', { name: 'Hauptmenü' })).toBeVisible();
    await expect(page.getByTestId('status-pill')).toHaveText('Zählt mit');
    await expect(page.getByTestId('next-break')).toContainText(/Gegen \d{1,2}:\d{2}\s?PM/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    // The charts are drawn a frame after the dashboard's first paint, clock frozen or not.
    await expect(page.locator('.calendar path[data-kind="goal"]')).toBeAttached();
    await expect(page.locator('.timeline path.sitting')).toBeAttached();
    await screenshot(page, 'dashboard-de-12h');
    expect(await layoutProblems(page)).toEqual([]);
  });

  for (const width of [360, 1280]) {
    test(`settings in German with 12-hour time fields fit at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const at = '2026-03-10T15:40:00+01:00';
      const { key, value } = seededStore(new Date(at).getTime(), { language: 'de' });
      await page.clock.install({ time: new Date(at).getTime() - 1000 });
      await page.clock.pauseAt(new Date(at).getTime());
      await page.addInitScript(
        ([k, v]) => {
          if (sessionStorage.getItem('seeded')) return;
          localStorage.setItem(k!, v!);
          sessionStorage.setItem('seeded', '1');
        },
        [key, value],
      );
      await page.goto('index.html#/settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
      await page.getByRole('switch', { name: 'Nur während der Arbeitszeit erinnern' }).check();
      const until = page.getByRole('textbox', { name: 'Montag bis' });
      await expect(until).toHaveValue(/^5:30\sPM$/);
      await expect(page.getByRole('textbox', { name: 'Mein Tag beginnt um' })).toHaveValue(
        /^6:00\sAM$/,
      );
      // Typed on the 12-hour clock, kept across a reload as the same time.
      await until.fill('6 PM');
      await until.press('Tab');
      await expect(until).toHaveValue(/^6:00\sPM$/);
      await expect(page.getByRole('status').filter({ hasText: 'Gespeichert' })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('textbox', { name: 'Montag bis' })).toHaveValue(/^6:00\sPM$/);
      await page.screenshot({
        path: `artifacts/screenshots/settings-de-12h-${width}.png`,
        fullPage: true,
      });
      expect(await layoutProblems(page), 'settings').toEqual([]);

      await page.getByRole('link', { name: 'Übersicht' }).click();
      await expect(page.getByTestId('breaks-vs-goal')).toBeVisible();
      await page.screenshot({
        path: `artifacts/screenshots/dashboard-de-12h-${width}.png`,
        fullPage: true,
      });
      expect(await layoutProblems(page), 'dashboard').toEqual([]);
    });
  }
});

test.describe('German from the system locale, 360 px', () => {
  test.use({ locale: 'de-DE', viewport: { width: 360, height: 640 } });

  test('onboarding speaks German and fits', async ({ page }) => {
    await openPreview(page);
    await expect(page.getByRole('heading', { name: 'Willkommen bei Posture Break' })).toBeVisible();
    const steps = ['welcome', 'space', 'hours', 'safety'];
    for (const [i, step] of steps.entries()) {
      if (step === 'hours')
        await page.getByRole('switch', { name: 'Nur während der Arbeitszeit erinnern' }).check();
      await page.screenshot({
        path: `artifacts/screenshots/onboarding-de-360-${step}.png`,
        fullPage: true,
      });
      expect(await layoutProblems(page), `onboarding ${step}`).toEqual([]);
      if (i < steps.length - 1) await page.getByRole('button', { name: 'Weiter' }).click();
    }
    await page.getByRole('button', { name: 'Verstanden, los geht’s' }).click();
    await expect(page.getByRole('navigation', { name: 'Hauptmenü' })).toBeVisible();
  });
});
