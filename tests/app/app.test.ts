/**
 * The loop a user lives through, in the app that ships: the built main process, preload and renderer
 * pages, with Electron's native parts played by the harness (harness.ts) and the real notification
 * daemon (dunst on a private Xvfb + D-Bus). Empty profile → onboarding → 30 minutes of typing → the
 * prompt in dunst → the break window opens by itself → Start → the player runs to its end → the store
 * file holds the break → the break window is closed for good → the dashboard shows the break.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../electron/core/engine.ts';
import type { PostureApi } from '../../electron/core/ipc-contract.ts';
import { AUTOSTART_FILE } from '../../electron/main/launch-at-login.ts';
import { createConfStore } from '../../electron/main/store/conf-factory.ts';
import { openAppStore } from '../../electron/main/store/app-store.ts';
import {
  dunstHistory,
  historyMark,
  startDesktopSession,
  waitFor,
  type DesktopSession,
} from '../integration/helpers/desktop-session.ts';
import { startApp, type AppUnderTest, type ChromiumWindow } from './harness.ts';

const MIN = 60_000;
/** Monday 9 March 2026, 09:00 local time. */
const START = new Date(2026, 2, 9, 9, 0, 0).getTime();
/** The user types with pauses of up to three seconds (never 0 s for long: that means "unsupported"). */
const typing = { idleSeconds: (at: number) => Math.floor(((at - START) / 1000) % 4) };

let desktop: DesktopSession;
let app: AppUnderTest;
let userData: string;
const savedEnv: Record<string, string | undefined> = {};

beforeAll(async () => {
  desktop = await startDesktopSession();
  // notify-send, dunstctl (do-not-disturb) and the autostart entry of the packaged app use these.
  for (const key of [
    'DISPLAY',
    'DBUS_SESSION_BUS_ADDRESS',
    'WAYLAND_DISPLAY',
    'XDG_CURRENT_DESKTOP',
    'XDG_CONFIG_HOME',
  ]) {
    savedEnv[key] = process.env[key];
  }
  process.env.DISPLAY = desktop.display;
  process.env.DBUS_SESSION_BUS_ADDRESS = desktop.busAddress;
  process.env.XDG_CONFIG_HOME = desktop.env.XDG_CONFIG_HOME;
  delete process.env.WAYLAND_DISPLAY;
  delete process.env.XDG_CURRENT_DESKTOP;
  userData = mkdtempSync(path.join(os.tmpdir(), 'posture-app-'));
  app = await startApp({ userData, start: START, desk: typing });
});

afterAll(async () => {
  if (process.env.APP_TEST_LOGS) console.log(app?.logs.join('\n'));
  try {
    await app?.quit();
  } finally {
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await desktop?.stop();
    if (userData) rmSync(userData, { recursive: true, force: true });
  }
});

/**
 * Polls (real time) until the locator's text is `text`, white space normalised as Playwright's
 * toHaveText does (the dashboard keeps "29 min" together with a no-break space); the message names
 * what was there.
 */
async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  let last = '';
  await waitFor(
    `${locator} to read ${text}`,
    async () => {
      last = (
        (await locator
          .first()
          .textContent({ timeout: 1000 })
          .catch(() => '')) ?? ''
      )
        .replace(/\s+/g, ' ')
        .trim();
      return typeof text === 'string' ? last === text : text.test(last);
    },
    20_000,
  ).catch((error: Error) => {
    throw new Error(`${error.message} (last text: ${JSON.stringify(last)})`);
  });
}

function windowAt(page: string): ChromiumWindow | undefined {
  return app.windows().find((w) => !w.isDestroyed() && w.webContents.getURL().includes(page));
}

async function pageOf(file: 'index.html' | 'break.html'): Promise<Page> {
  await waitFor(`the ${file} window`, async () => !!windowAt(file)?.page, 20_000);
  const page = windowAt(file)?.page;
  if (!page) throw new Error(`no ${file} window`);
  return page;
}

const configFile = () => path.join(userData, 'config.json');

/** Today's totals as the store file on disk has them, read with the app's own store code. */
function storedToday() {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'posture-app-read-'));
  try {
    cpSync(configFile(), path.join(copy, 'config.json'));
    const store = openAppStore({ createStore: createConfStore, cwd: copy });
    const snapshot = store.engineSnapshot;
    expect(snapshot).not.toBeNull();
    const days = Engine.restore(snapshot, store.settings).dayStats(app.clock.now);
    const today = days.find((day) => day.date === '2026-03-09');
    if (!today)
      throw new Error(`the store has no 2026-03-09: ${days.map((d) => d.date).join(', ')}`);
    return today;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

describe('the built app in Chromium, from an empty profile through one break', () => {
  let dashboard: Page;

  it('starts with the onboarding in the dashboard window, served by main with its CSP', async () => {
    expect(existsSync(configFile())).toBe(true);
    dashboard = await pageOf('index.html');
    expect(app.fake.report.windows[0]?.urls).toEqual(['app://renderer/index.html#/dashboard']);
    // Packaged on Linux, launch at login (on by default) is an XDG autostart entry naming the binary.
    const autostart = path.join(String(desktop.env.XDG_CONFIG_HOME), 'autostart', AUTOSTART_FILE);
    expect(readFileSync(autostart, 'utf8')).toContain(`Exec=`);
    await dashboard.getByRole('heading', { name: 'Welcome to Posture Break' }).waitFor();
    // The page runs under main's Content-Security-Policy header: an inline script does not run.
    expect(
      await dashboard.evaluate(async () => {
        const violation = new Promise<string>((resolve) =>
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective)),
        );
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.append(script);
        return [String('inlineRan' in window), await violation];
      }),
    ).toEqual(['false', 'script-src-elem']);
    // The preload exposed the API and nothing else of Electron.
    expect(
      await dashboard.evaluate(() => ({
        posture: typeof (window as unknown as { posture?: object }).posture,
        require: typeof (window as unknown as { require?: unknown }).require,
        ipc: typeof (window as unknown as { __postureHarnessInvoke?: unknown })
          .__postureHarnessInvoke,
        close: typeof (window as unknown as { __postureHarnessClose?: unknown })
          .__postureHarnessClose,
      })),
    ).toEqual({ posture: 'object', require: 'undefined', ipc: 'undefined', close: 'undefined' });

    for (let i = 0; i < 3; i++) await dashboard.getByRole('button', { name: 'Next' }).click();
    await dashboard.getByRole('button', { name: "I understand, let's start" }).click();
    await dashboard.getByRole('navigation', { name: 'Main' }).waitFor();
    await expectText(dashboard.getByTestId('breaks-vs-goal'), '0 of 5');
  });

  it('keeps the page where it is: no navigation away, no new windows', async () => {
    const before = dashboard.url();
    await dashboard.evaluate(() => {
      window.open('https://example.com/popup');
      location.href = 'https://example.com/elsewhere';
    });
    await waitFor('the popup to be refused', async () => app.popups.length === 1, 20_000);
    await waitFor(
      'the navigation to be offered to main',
      async () => app.navigations.length === 1,
      20_000,
    );
    expect(app.navigations).toEqual([{ url: 'https://example.com/elsewhere', prevented: true }]);
    await app.settle();
    expect(dashboard.url()).toBe(before);
    await dashboard.getByRole('navigation', { name: 'Main' }).waitFor();
    await waitFor(
      'only the dashboard page to remain',
      async () => app.context.pages().length === 1,
    );
  });

  it('refuses a malformed payload from the page and changes nothing', async () => {
    await app.settle();
    const before = readFileSync(configFile(), 'utf8');
    const outcomes = await dashboard.evaluate(async () => {
      const api = (window as unknown as { posture: PostureApi }).posture;
      const results: string[] = [];
      for (const call of [
        () => api.updateSettings('loud' as never),
        () => api.updateSettings({ breakIntervalMinutes: 'soon' } as never),
        () => api.pause({ minutes: -5 }),
        () => api.endBreak({ completed: 'yes' } as never),
      ]) {
        results.push(
          await call().then(
            (value) => `resolved ${JSON.stringify(value)}`,
            (error: Error) => `rejected ${error.message}`,
          ),
        );
      }
      return results;
    });
    expect(outcomes).toHaveLength(4);
    expect(outcomes[0]).toMatch(/^rejected .*Invalid payload for settings:update/);
    // A settings patch that parses but breaks the rules comes back as a list of issues.
    expect(outcomes[1]).toMatch(/^resolved \{"ok":false,"issues":\[.*breakIntervalMinutes/);
    expect(outcomes[2]).toMatch(/^rejected .*Invalid payload for reminders:pause: minutes/);
    expect(outcomes[3]).toMatch(/^rejected .*Invalid payload for break:end: completed/);
    await app.settle();
    expect(readFileSync(configFile(), 'utf8')).toBe(before);
    await expectText(dashboard.getByTestId('status-pill'), 'Counting');
  });

  it('30 minutes of typing bring the prompt to the notification daemon', async () => {
    const mark = await historyMark(desktop);
    await app.advance(29 * MIN, MIN);
    expect(await dunstHistory(desktop, mark)).toEqual([]);
    await expectText(dashboard.getByTestId('today-sitting'), '29 min');
    await app.advance(1 * MIN, 5_000);
    let shown: Awaited<ReturnType<typeof dunstHistory>> = [];
    await waitFor(
      'the prompt in dunst',
      async () => {
        shown = await dunstHistory(desktop, mark);
        return shown.length > 0;
      },
      20_000,
    );
    expect(shown[0]?.summary).toBe('Time for a 2-minute posture break');
    expect(shown[0]?.appname).toBe('Posture Break');
    await expectText(dashboard.getByTestId('status-pill'), 'Break due');
  });

  it('the break window opens by itself, and the player runs to its end', async () => {
    expect(windowAt('break.html')).toBeUndefined();
    await app.advance(1 * MIN, 5_000);
    const breakPage = await pageOf('break.html');
    expect(app.fake.report.windows[1]?.options.alwaysOnTop).toBe(true);
    await breakPage.getByRole('heading', { name: 'Time for a posture break' }).waitFor();
    await breakPage.getByRole('button', { name: /Start/ }).click();
    await expectText(breakPage.getByText(/^Move \d of \d$/), 'Move 1 of 4');
    // Play it through on the shared clock, noting each move as it comes, until the finish screen.
    const seen = ['Move 1 of 4'];
    const done = breakPage.getByRole('heading', { name: 'Break done. Nice work!' });
    let playedMs = 0;
    while (!(await done.isVisible())) {
      if (playedMs > 4 * MIN)
        throw new Error(`the player did not finish; it showed ${seen.join(', ')}`);
      await app.advance(5_000, 5_000);
      playedMs += 5_000;
      const move = await breakPage
        .getByText(/^Move \d of \d$/)
        .textContent({ timeout: 1000 })
        .catch(() => null);
      if (move && move !== seen.at(-1)) seen.push(move);
    }
    expect(seen).toEqual(['Move 1 of 4', 'Move 2 of 4', 'Move 3 of 4', 'Move 4 of 4']);
    // The default break is two minutes of moves, each after a 5-second get-ready (the player's
    // GET_READY_SECONDS, not moving time); a few seconds of slack: the clock moves in 5-second steps.
    const routineMs = 2 * MIN + seen.length * 5_000;
    expect(playedMs).toBeGreaterThanOrEqual(routineMs);
    expect(playedMs).toBeLessThanOrEqual(routineMs + 10_000);
    await expectText(breakPage.getByRole('heading', { level: 1 }), 'Break done. Nice work!');
  });

  it('the store file on disk holds the taken break', async () => {
    await app.settle();
    const today = storedToday();
    expect(today.breaksTaken).toBe(1);
    expect(today.movingSeconds).toBeGreaterThanOrEqual(120);
  });

  it('the break window closes after its finish screen and leaves no page behind', async () => {
    const win = windowAt('break.html');
    const page = win?.page;
    expect(page?.isClosed()).toBe(false);
    await app.advance(20_000, 5_000);
    await waitFor(
      'the break window to be destroyed',
      async () => win?.isDestroyed() === true,
      20_000,
    );
    await waitFor('its page to close', async () => page?.isClosed() === true, 20_000);
    expect(app.fake.report.windows[1]?.closed).toBe(true);
    expect(app.windows()).toHaveLength(1);
    expect(app.context.pages()).toEqual([dashboard]);
  });

  it('the dashboard shows the break', async () => {
    await expectText(dashboard.getByTestId('breaks-vs-goal'), '1 of 5');
    await expectText(dashboard.getByTestId('today-moving'), '2 min');
    await expectText(dashboard.getByTestId('status-pill'), 'Counting');
  });

  it('a break window the user closes mid-break ends the break as partial and leaves no page', async () => {
    await dashboard.getByRole('button', { name: 'Take a break now' }).click();
    const breakPage = await pageOf('break.html');
    const win = windowAt('break.html');
    await expectText(breakPage.getByText(/^Move \d of \d$/), 'Move 1 of 4');
    await app.advance(10_000, 5_000);
    let closed = false;
    win?.once('closed', () => (closed = true));
    // The page closes its own window (the title bar's close button does the same in Electron).
    await breakPage.evaluate(() => window.close());
    await waitFor('the break window to be closed', async () => closed, 20_000);
    expect(win?.isDestroyed()).toBe(true);
    // 'closed' comes once what backed the window is gone.
    expect(breakPage.isClosed()).toBe(true);
    expect(app.context.pages()).toEqual([dashboard]);
    await app.settle();
    const today = storedToday();
    expect(today.breaksTaken).toBe(1);
    expect(today.breaksPartial).toBe(1);
    await expectText(dashboard.getByTestId('status-pill'), 'Counting');
  });

  it('quits cleanly and keeps the day', async () => {
    await app.quit();
    expect(app.fake.report.exitCode).toBe(0);
    expect(app.fake.report.tray.destroyed).toBe(true);
    expect(storedToday().breaksTaken).toBe(1);
  });
});
