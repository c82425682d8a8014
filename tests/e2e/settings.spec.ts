// Settings in the browser: validation messages next to the field, nothing saved on a bad value,
// good values applied at once and kept across a reload, the theme switching live.
// Callbacks given to page.evaluate run in the browser: this file needs the DOM types.
/// <reference lib="dom" />
import { expect, finishOnboarding, openPreview, test } from './fixtures.ts';

test('shows validation errors next to the field and keeps the old value', async ({ page }) => {
  await openPreview(page);
  await finishOnboarding(page);
  await page.getByRole('link', { name: 'Settings' }).click();

  const interval = page.getByRole('spinbutton', { name: 'Remind me after sitting for' });
  await interval.fill('5');
  await interval.press('Tab');
  await expect(interval).toHaveAttribute('aria-invalid', 'true');
  await expect(interval).toHaveAccessibleDescription(
    /Must be a whole number of minutes from 10 to 120 \(you entered 5\)\./,
  );

  const away = page.getByRole('spinbutton', { name: 'Count me away after' });
  await away.fill('');
  await away.press('Tab');
  await expect(away).toHaveAccessibleDescription(/from 60 to 1,800 \(the box is empty\)/);

  const end = page.getByLabel('Monday until');
  await page.getByRole('switch', { name: 'Only remind me during working hours' }).check();
  await end.fill('08:00');
  await end.press('Tab');
  await expect(end).toHaveAccessibleDescription('The end time must be after the start time.');

  // Nothing invalid reached the store: a reload shows the saved values.
  await page.reload();
  await expect(interval).toHaveValue('30');
  await expect(interval).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByLabel('Monday until')).toHaveValue('17:30');
});

test('applies a good value at once, keeps it after a reload, and switches the theme live', async ({
  page,
}) => {
  await openPreview(page);
  await finishOnboarding(page);
  await page.getByRole('link', { name: 'Settings' }).click();

  const interval = page.getByRole('spinbutton', { name: 'Remind me after sitting for' });
  await interval.fill('45');
  await interval.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.getByRole('button', { name: /Every 20 min, 2 min/ }).click();
  await expect(interval).toHaveValue('20');

  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(16, 21, 19)');

  await page.reload();
  await expect(interval).toHaveValue('20');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('next-break')).toContainText('in 20 min');
});
