// Every screen, light and dark: axe-core finds no serious or critical problem, and a screenshot of
// each lands in artifacts/screenshots/ for a human to look at.
// Callbacks given to page.evaluate run in the browser: this file needs the DOM types.
/// <reference lib="dom" />
import {
  expect,
  expectNoSeriousA11yIssues,
  openPreview,
  openSeeded,
  screenshot,
  test,
  typeFor,
} from './fixtures.ts';

// Each tour test runs axe several times (a few seconds each on a loaded 2-core machine): twice the
// suite's 60 s default leaves room for load without hiding a hang.
test.describe.configure({ timeout: 120_000 });

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('onboarding', async ({ page }) => {
      await openPreview(page);
      const steps = ['welcome', 'space', 'hours', 'safety'];
      for (const [i, step] of steps.entries()) {
        if (step === 'hours')
          await page.getByRole('switch', { name: 'Only remind me during working hours' }).check();
        await expectNoSeriousA11yIssues(page, `onboarding ${step} (${theme})`);
        await screenshot(page, `onboarding-${i + 1}-${step}-${theme}`);
        if (i < steps.length - 1) await page.getByRole('button', { name: 'Next' }).click();
      }
    });

    test('dashboard and settings', async ({ page }) => {
      await openSeeded(page);
      await expect(page.getByTestId('breaks-vs-goal')).toHaveText('2 of 5');
      await expectNoSeriousA11yIssues(page, `dashboard (${theme})`);
      await screenshot(page, `dashboard-${theme}`);
      await page.screenshot({
        path: `artifacts/screenshots/dashboard-full-${theme}.png`,
        fullPage: true,
      });

      await page.getByRole('button', { name: 'Pause…' }).click();
      await expectNoSeriousA11yIssues(page, `pause menu (${theme})`, '#pause-menu');
      await page.getByRole('button', { name: 'For 1 hour' }).click();
      await expect(page.getByTestId('status-pill')).toHaveText('Paused');
      await screenshot(page, `dashboard-paused-${theme}`);

      await page.getByRole('link', { name: 'Settings' }).click();
      await expectNoSeriousA11yIssues(page, `settings (${theme})`);
      await screenshot(page, `settings-${theme}`);
      const interval = page.getByRole('spinbutton', { name: 'Remind me after sitting for' });
      await interval.fill('200');
      await interval.press('Tab');
      await page.getByRole('switch', { name: 'Only remind me during working hours' }).check();
      await page.getByLabel('Tuesday until').fill('07:00');
      await page.getByLabel('Tuesday until').press('Tab');
      await expect(interval).toHaveAttribute('aria-invalid', 'true');
      await expectNoSeriousA11yIssues(page, `settings with errors (${theme})`, 'main');
      await page.screenshot({
        path: `artifacts/screenshots/settings-errors-full-${theme}.png`,
        fullPage: true,
      });
    });

    test('prompt, break window, player and finish', async ({ page }) => {
      await openSeeded(page);
      // The seeded morning is 5 min 20 s from its next break; 6 minutes brings the prompt but not
      // yet the break window that opens 60 s after an unanswered prompt.
      await expect(page.getByTestId('next-break')).toContainText('in 6 min');
      await typeFor(page, 6);
      const toast = page.getByRole('alertdialog');
      await expect(toast).toBeVisible();
      await expectNoSeriousA11yIssues(page, `prompt toast (${theme})`, '[role="alertdialog"]');
      await screenshot(page, `prompt-${theme}`);

      await page.clock.runFor(61_000); // unanswered: the break window opens by itself
      const breakWindow = page.getByRole('dialog', { name: 'Posture break' });
      await expect(
        breakWindow.getByRole('heading', { name: 'Time for a posture break' }),
      ).toBeVisible();
      const overlay = '[role="dialog"][aria-label="Posture break"]';
      await expectNoSeriousA11yIssues(page, `break prompt (${theme})`, overlay);
      await screenshot(page, `break-prompt-${theme}`);

      await breakWindow.getByRole('button', { name: /Start/ }).click();
      await expect(breakWindow.getByText('Move 1 of 4', { exact: true })).toBeVisible();
      await page.clock.runFor(12_000);
      await expectNoSeriousA11yIssues(page, `player (${theme})`, overlay);
      await screenshot(page, `break-player-${theme}`);
      await page.keyboard.press('Space');
      await screenshot(page, `break-player-paused-${theme}`);
      await page.keyboard.press('Space');

      // Run to the end, but stop before the finish screen closes by itself (20 s after it shows).
      const done = breakWindow.getByRole('button', { name: 'Done' });
      for (let i = 0; i < 30 && !(await done.isVisible()); i++) await page.clock.runFor(5_000);
      await expect(done).toBeVisible();
      await expectNoSeriousA11yIssues(page, `finish screen (${theme})`, overlay);
      await screenshot(page, `break-finish-${theme}`);
    });
  });
}

test('README screenshots: the break player and the dashboard', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 720 });
  await openSeeded(page);
  await expect(page.getByTestId('breaks-vs-goal')).toHaveText('2 of 5');
  // The README shows the app, not the preview's control bar (CSSOM edits are allowed by the CSP).
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-preview-panel]')!.style.display = 'none';
    document.documentElement.classList.remove('with-preview-bar');
  });
  await page.screenshot({ path: 'artifacts/screenshots/readme-dashboard.png', fullPage: true });
  await page.getByRole('button', { name: 'Take a break now' }).click();
  const breakWindow = page.getByRole('dialog', { name: 'Posture break' });
  await expect(breakWindow.getByText('Move 1 of 4', { exact: true })).toBeVisible();
  await page.clock.runFor(9_000); // past the 5 s get-ready, into the first move
  await expect(breakWindow.getByRole('timer')).toHaveAccessibleName(/left in this move/);
  // SMIL runs on the document's own timeline: show the figure mid-move, not at its first frame.
  await page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('[role="dialog"] svg.illustration');
    svg?.pauseAnimations();
    svg?.setCurrentTime(1.6);
  });
  await page.screenshot({ path: 'artifacts/screenshots/readme-break.png' });
});

test('a 900×600 window: every screen fits its width', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 600 });
  await openSeeded(page);
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  await expect(page.getByTestId('breaks-vs-goal')).toHaveText('2 of 5');
  expect(await overflow()).toBe(0);
  await screenshot(page, 'small-dashboard');

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('switch', { name: 'Only remind me during working hours' }).check();
  expect(await overflow()).toBe(0);
  await screenshot(page, 'small-settings');

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('button', { name: 'Take a break now' }).click();
  const breakWindow = page.getByRole('dialog', { name: 'Posture break' });
  await expect(breakWindow.getByText('Move 1 of 4', { exact: true })).toBeVisible();
  expect(await overflow()).toBe(0);
  await expect(breakWindow.getByRole('button', { name: /End break/ })).toBeInViewport();
  await screenshot(page, 'small-break-player');
});
