// What the break looks like: every move's figure (start, middle, end, still) light and dark, and the
// player from a 480×600 window to full HD, with its figure, countdown and controls all in view.
// Callbacks given to page.evaluate run in the browser: this file needs the DOM types.
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import {
  SCREENSHOT_DIR,
  expect,
  finishOnboarding,
  openPreview,
  screenshot,
  test,
  typeFor,
} from './fixtures.ts';

test('every move’s figure at its start, middle and end pose, light and dark', async ({ page }) => {
  mkdirSync(`${SCREENSHOT_DIR}/moves`, { recursive: true });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('gallery.html');
  const moves = page.locator('section[data-move]');
  await expect(moves).toHaveCount(24);
  const ids = await moves.evaluateAll((sections) =>
    sections.map((s) => s.getAttribute('data-move') ?? ''),
  );
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const id of ids) {
      await page
        .locator(`section[data-move="${id}"]`)
        .screenshot({ path: `${SCREENSHOT_DIR}/moves/${id}-${theme}.png`, animations: 'disabled' });
    }
  }
});

test('the prompt and the player fit every window from 480×600 to full HD', async ({ page }) => {
  await openPreview(page);
  await finishOnboarding(page);
  await typeFor(page, 30);
  await page.clock.runFor(61_000); // unanswered: the break window opens with its prompt

  const breakWindow = page.getByRole('dialog', { name: 'Posture break' });
  const sizes = [
    { width: 480, height: 600 },
    { width: 760, height: 640 },
    { width: 1920, height: 1080 },
  ];
  const overflow = () =>
    breakWindow.evaluate((el) => ({
      x: el.scrollWidth - el.clientWidth,
      y: el.scrollHeight - el.clientHeight,
    }));

  for (const size of sizes) {
    await page.setViewportSize(size);
    await expect(
      breakWindow.getByRole('heading', { name: 'Time for a posture break' }),
    ).toBeInViewport();
    await screenshot(page, `break-prompt-${size.width}x${size.height}`);
  }

  await breakWindow.getByRole('button', { name: 'Start' }).click();
  await expect(breakWindow.getByText('Get ready', { exact: true }).first()).toBeVisible();
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expect(breakWindow.getByRole('timer')).toBeInViewport({ ratio: 1 });
    await screenshot(page, `break-ready-${size.width}x${size.height}`);
  }

  await page.clock.runFor(9_000); // 4 s into the first move
  await expect(breakWindow.getByRole('timer')).toHaveAccessibleName(/left in this move/);
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const part of [
      breakWindow.getByRole('timer'),
      breakWindow.getByRole('heading', { level: 1 }),
      breakWindow.getByRole('img'),
      breakWindow.getByRole('button', { name: /Pause/ }),
      breakWindow.getByRole('button', { name: /End break/ }),
    ]) {
      await expect(part).toBeInViewport({ ratio: 1 });
    }
    expect(await overflow()).toEqual({ x: 0, y: 0 });
    await screenshot(page, `break-player-${size.width}x${size.height}`);
  }

  // The figure dominates: at the window's usual size it takes a good part of the width.
  await page.setViewportSize({ width: 760, height: 640 });
  const figure = await breakWindow.getByRole('img').boundingBox();
  expect(figure?.width ?? 0).toBeGreaterThan(380);

  // The full steps, one key away, and gone again with Esc (which does not end the break).
  await page.keyboard.press('s');
  const steps = breakWindow.getByRole('region', { name: /steps/ });
  await expect(steps).toBeVisible();
  await screenshot(page, 'break-player-steps-760x640');
  await page.keyboard.press('Escape');
  await expect(steps).toHaveCount(0);
  await expect(breakWindow.getByRole('timer')).toBeVisible();
});

test.describe('German from the system locale', () => {
  test.use({ locale: 'de-DE', viewport: { width: 480, height: 600 } });

  test('the prompt and the player speak German and fit the smallest window', async ({ page }) => {
    await openPreview(page);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Verstanden, los geht’s' }).click();
    await typeFor(page, 30);
    await page.clock.runFor(61_000);
    const breakWindow = page.getByRole('dialog', { name: 'Posture break' });
    await expect(
      breakWindow.getByRole('heading', { name: 'Zeit für eine Haltungspause' }),
    ).toBeInViewport();
    await screenshot(page, 'break-prompt-de-480x600');
    await breakWindow.getByRole('button', { name: 'Los geht’s' }).click();
    await page.clock.runFor(9_000); // 4 s into the first move
    const overflow = await breakWindow.evaluate((el) => ({
      x: el.scrollWidth - el.clientWidth,
      y: el.scrollHeight - el.clientHeight,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
    await expect(breakWindow.getByRole('timer')).toBeInViewport({ ratio: 1 });
    await expect(breakWindow.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
    await screenshot(page, 'break-player-de-480x600');
  });
});
