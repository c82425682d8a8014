// Shared e2e fixtures: a fixed simulated start time, no page errors or CSP violations, and helpers.
// Callbacks given to page.evaluate run in the browser: this file needs the DOM types.
/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { seededStore } from './seed.ts';

/** Monday 9 March 2026, 08:55 in Berlin (the browser's time zone in tests/e2e/playwright.config.ts). */
export const START = '2026-03-09T08:55:00+01:00';
export const SCREENSHOT_DIR = 'artifacts/screenshots';

export const test = base.extend<{ problems: string[] }>({
  // Every test fails if the page throws, logs an error, or breaks the Content Security Policy.
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
        );
      });
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Freezes the page clock at `at`: from then on it moves only when a test moves it. */
async function freezeClock(page: Page, at: string): Promise<void> {
  const ms = new Date(at).getTime();
  await page.clock.install({ time: ms - 1000 });
  await page.clock.pauseAt(ms);
}

/** Opens the preview with the page clock frozen at `at` (the app starts at exactly that instant). */
export async function openPreview(page: Page, at = START, path = 'index.html'): Promise<void> {
  await freezeClock(page, at);
  await page.goto(path);
}

/** Opens the preview on five weeks of engine-made history, at `at` (a Tuesday late morning). */
export async function openSeeded(page: Page, at = '2026-03-10T11:40:00+01:00'): Promise<void> {
  const { key, value } = seededStore(new Date(at).getTime());
  await freezeClock(page, at);
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k!, v!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, value],
  );
  await page.goto('index.html');
  // The charts are drawn a frame after the dashboard's first paint, clock frozen or not.
  await expect(page.locator('.calendar path[data-kind="goal"]')).toBeAttached();
  await expect(page.locator('.timeline path.sitting')).toBeAttached();
}

export async function finishOnboarding(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Welcome to Posture Break' })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: "I understand, let's start" }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** "Type for N min" in the preview's control bar: one input span of N minutes from now. */
export async function typeFor(page: Page, minutes: number): Promise<void> {
  const bar = page.getByRole('complementary', { name: 'Web preview controls' });
  await bar.getByRole('spinbutton', { name: 'Type for' }).fill(String(minutes));
  await bar.getByRole('button', { name: 'Type', exact: true }).click();
}

/**
 * Pauses the running page clock a second ahead of its time. On a loaded machine more than a second
 * can pass between reading the page's time and the pause, and pausing in the past is an error
 * ("Cannot fast-forward to the past"): read the time again and retry.
 */
async function pauseSoon(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const at = (await page.evaluate(() => Date.now())) + 1000;
    try {
      await page.clock.pauseAt(at);
      return;
    } catch (error) {
      if (attempt >= 5 || !/fast-forward to the past/.test(String(error))) throw error;
    }
  }
}

/**
 * axe-core on the page, or only on `include` (a CSS selector) when the rest of the page was checked
 * just before and has not changed (a menu opened, an overlay shown): the same rules on far fewer
 * nodes, which keeps each check to a second or two on a loaded machine.
 */
export async function expectNoSeriousA11yIssues(
  page: Page,
  what: string,
  include?: string,
): Promise<void> {
  // axe waits on timers, which a paused page clock never fires: let time run while it works.
  await page.clock.resume();
  let results;
  try {
    // Violations only: axe then skips collecting every passing node (most of its cost on a page
    // this size); every rule still runs.
    const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
    results = await (include ? axe.include(include) : axe).analyze();
  } finally {
    await pauseSoon(page);
  }
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(serious, `axe on ${what}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, animations: 'disabled' });
}
