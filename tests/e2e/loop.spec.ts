// The whole loop in the web preview: sit → prompt → start → play the routine to its end → the
// dashboard shows one more break, the moving minutes and the streak.
import { expect, finishOnboarding, openPreview, test, typeFor } from './fixtures.ts';

test('sit, get prompted, take the break to the end, see it on the dashboard', async ({ page }) => {
  await openPreview(page);
  await finishOnboarding(page);

  // A goal of one break makes today a goal day as soon as the break is taken.
  await page.getByRole('link', { name: 'Settings' }).click();
  const goal = page.getByRole('spinbutton', { name: 'Daily goal' });
  await goal.fill('1');
  await goal.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.getByRole('link', { name: 'Dashboard' }).click();

  await expect(page.getByTestId('breaks-vs-goal')).toHaveText('0 of 1');
  await expect(page.getByTestId('streak-current')).toHaveText('0 days');
  await expect(page.getByTestId('today-moving')).toHaveText('0 min');

  // Sit: 29 minutes of typing is not enough, the 30th minute brings the prompt.
  await typeFor(page, 29);
  await expect(page.getByTestId('next-break')).toContainText('in 1 min');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await typeFor(page, 1);
  const toast = page.getByRole('alertdialog', { name: 'Time for a 2-minute posture break' });
  await expect(toast).toBeVisible();
  await expect(page.getByTestId('status-pill')).toHaveText('Break due');
  await expect(page.getByTestId('today-sitting')).toHaveText('30 min');

  await toast.getByRole('button', { name: 'Start' }).click();
  const breakWindow = page.getByRole('dialog', { name: 'Posture break' });
  await expect(breakWindow).toBeVisible();
  await expect(breakWindow.getByText('Move 1 of 4', { exact: true })).toBeVisible();

  // Play it through: the player's clock is the page clock.
  // Each move: a 5 s get-ready, then 30 s of moving.
  for (let move = 2; move <= 4; move++) {
    await page.clock.runFor(35_000);
    await expect(breakWindow.getByText(`Move ${move} of 4`, { exact: true })).toBeVisible();
  }
  await page.clock.runFor(36_000);
  await expect(breakWindow.getByRole('heading', { level: 1 })).toHaveText('Break done. Nice work!');
  await expect(breakWindow.getByText('1 of 1 break', { exact: true })).toBeVisible();
  await expect(breakWindow.getByText('Daily goal reached.', { exact: false })).toBeVisible();
  await breakWindow.getByRole('button', { name: 'Done' }).click();
  await expect(breakWindow).toHaveCount(0);

  await expect(page.getByTestId('breaks-vs-goal')).toHaveText('1 of 1');
  await expect(page.getByTestId('today-moving')).toHaveText('2 min');
  await expect(page.getByTestId('streak-current')).toHaveText('1 day');
  await expect(page.getByTestId('lifetime')).toHaveText('All time: 1 break · 2 min moving');
  await expect(page.getByText("Today's goal is reached. Nice work.")).toBeVisible();
  await expect(page.getByTestId('next-break')).toContainText('in 30 min');
  await expect(page.locator('path[data-kind="goal"]')).toHaveAttribute('data-days', /2026-03-09/);

  // It is all stored: a reload shows the same day.
  await page.reload();
  await expect(page.getByTestId('breaks-vs-goal')).toHaveText('1 of 1');
  await expect(page.getByTestId('streak-current')).toHaveText('1 day');
});

test('an unanswered prompt opens the break window by itself, which waits for Start', async ({
  page,
}) => {
  await openPreview(page);
  await finishOnboarding(page);
  await typeFor(page, 30);
  await expect(page.getByRole('alertdialog')).toBeVisible();

  await page.clock.runFor(61_000);
  const breakWindow = page.getByRole('dialog', { name: 'Posture break' });
  await expect(
    breakWindow.getByRole('heading', { name: 'Time for a posture break' }),
  ).toBeVisible();
  await expect(breakWindow.getByRole('button', { name: /Start/ })).toBeFocused();
  await breakWindow.getByRole('button', { name: /Snooze/ }).click();
  await expect(breakWindow).toHaveCount(0);
  await expect(page.getByTestId('status-pill')).toHaveText('Counting');
  await expect(page.getByTestId('next-break')).toContainText('in 5 min');
});

test('exports the history as CSV and JSON files', async ({ page }) => {
  await openPreview(page);
  await finishOnboarding(page);
  await typeFor(page, 20);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('posture-break-history-2026-03-09.csv');
  const csvText = await (await csv.createReadStream()).toArray();
  const lines = Buffer.concat(csvText).toString('utf8').trim().split('\n');
  expect(lines[0]).toMatch(/^date,sittingSeconds,movingSeconds,awaySeconds,/);
  expect(lines.at(-1)).toMatch(/^2026-03-09,1200,0,0,/);
  await expect(page.getByText('Saved posture-break-history-2026-03-09.csv')).toBeVisible();

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const body = JSON.parse(
    Buffer.concat(await (await json.createReadStream()).toArray()).toString('utf8'),
  ) as { days: { date: string; sittingSeconds: number }[] };
  expect(body.days.at(-1)).toMatchObject({ date: '2026-03-09', sittingSeconds: 1200 });
});
