// The break player with the keyboard only: Space pauses and resumes, → skips to the next move, Esc ends.
// Callbacks given to page.evaluate run in the browser: this file needs the DOM types.
/// <reference lib="dom" />
import { expect, finishOnboarding, openPreview, test } from './fixtures.ts';

test('starts a break and drives the player with Space, → and Esc', async ({ page }) => {
  await openPreview(page);
  await finishOnboarding(page);

  // Keyboard only from here: reach "Take a break now" with Tab and press Enter.
  const takeBreak = page.getByRole('button', { name: 'Take a break now' });
  for (let i = 0; i < 30 && !(await takeBreak.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(takeBreak).toBeFocused();
  await page.keyboard.press('Enter');

  const breakWindow = page.getByRole('dialog', { name: 'Posture break' });
  await expect(breakWindow.getByText('Move 1 of 4', { exact: true })).toBeVisible();
  const title = breakWindow.getByRole('heading', { level: 1 });
  const firstMove = await title.textContent();

  await page.keyboard.press('Space');
  await expect(breakWindow.getByRole('button', { name: /Resume/ })).toBeVisible();
  await expect(breakWindow.getByText('Paused', { exact: true })).toBeVisible();
  await page.clock.runFor(40_000);
  await expect(breakWindow.getByText('Move 1 of 4', { exact: true })).toBeVisible(); // paused: time does not run
  await page.keyboard.press('Space');
  await expect(breakWindow.getByRole('button', { name: /Pause/ })).toBeVisible();

  // → in the get-ready starts the move at once; → in a move goes on to the next one.
  await page.keyboard.press('ArrowRight');
  await expect(breakWindow.getByRole('timer')).toHaveAccessibleName(/left in this move/);
  await page.keyboard.press('ArrowRight');
  await expect(breakWindow.getByText('Move 2 of 4', { exact: true })).toBeVisible();
  await expect(title).not.toHaveText(firstMove ?? '');

  await page.keyboard.press('Escape');
  await expect(breakWindow.getByRole('heading', { level: 1 })).toHaveText(
    'A shorter break this time',
  );
  await expect(breakWindow.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(breakWindow).toHaveCount(0);
  // Ended early: counted as moving time, not as a taken break.
  await expect(page.getByTestId('breaks-vs-goal')).toHaveText('0 of 5');
  await expect(page.getByText('1 cut short')).toBeVisible();
});
