/**
 * The packaged app's real behaviour under Electron: launch, hardening, the tray state through
 * `--status`, `--pause` and `--break-now` forwarded by a second launch, and a completed break stored
 * across a restart. Without an Electron binary these tests are reported as skipped, with the reason.
 */
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import type { AppState, PostureApi } from '../../electron/core/ipc-contract.ts';
import {
  startDesktopSession,
  type DesktopSession,
} from '../integration/helpers/desktop-session.ts';
import {
  assertBuilt,
  findElectronBinary,
  launchApp,
  newProfile,
  runSecondLaunch,
} from './helpers/electron-app.ts';

/** What the page's global scope offers (the root tsconfig has no DOM types; these run in the page). */
interface PageGlobals {
  posture?: PostureApi;
  require?: unknown;
  process?: unknown;
  location: { href: string };
  open(url: string): unknown;
  fetch(url: string): Promise<unknown>;
}

const electron = findElectronBinary();
const binary = 'path' in electron ? electron.path : null;
if (!binary) {
  console.warn(
    `\n[electron suite] No Electron binary installed (${'missing' in electron ? electron.missing : ''}) — the _electron tests did not run.\n`,
  );
}
test.skip(
  binary === null,
  `No Electron binary installed (${'missing' in electron ? electron.missing : ''}) — these tests did not run`,
);

// Launches, a relaunch and a 20 s finish screen: more than the web suite's per-test budget.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let desktop: DesktopSession | null = null;
let env: NodeJS.ProcessEnv = process.env;

test.beforeAll(async () => {
  assertBuilt();
  if (process.platform === 'linux') {
    // Our own X display and session bus (tray, notifications) even where CI has no desktop.
    desktop = await startDesktopSession();
    env = desktop.env;
  }
});

test.afterAll(async () => {
  await desktop?.stop();
});

async function windowWith(app: ElectronApplication, fragment: string): Promise<Page> {
  const existing = app.windows().find((w) => w.url().includes(fragment));
  if (existing) return existing;
  return app.waitForEvent('window', {
    predicate: (w) => w.url().includes(fragment),
    timeout: 15_000,
  });
}

async function stateOf(page: Page): Promise<AppState> {
  return page.evaluate(() =>
    ((globalThis as unknown as PageGlobals).posture as PostureApi).getState(),
  );
}

test('first launch opens the dashboard, hardened, with only window.posture exposed', async () => {
  const profile = newProfile();
  const app = await launchApp({ profile, env });
  try {
    const page = await windowWith(app, 'index.html');
    expect(page.url()).toBe('app://renderer/index.html#/dashboard');
    const exposed = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      return {
        require: typeof page.require,
        process: typeof page.process,
        keys: Object.keys(page.posture ?? {}).sort(),
      };
    });
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.keys).toHaveLength(16);
    const state = await stateOf(page);
    expect(state.firstRun).toBe(true);
    expect(state.status.reminders).toBe('active');

    // Navigation, new windows and remote requests are refused; bad payloads get a clear error.
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toContain('app://renderer/index.html');
    expect(
      await page.evaluate(
        () => (globalThis as unknown as PageGlobals).open('https://example.com/') === null,
      ),
    ).toBe(true);
    const fetched = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).fetch('https://example.com/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
    const error = await page.evaluate(() =>
      ((globalThis as unknown as PageGlobals).posture as PostureApi).pause({ minutes: 0 }).then(
        () => 'accepted',
        (e: Error) => e.message,
      ),
    );
    expect(error).toContain('Invalid payload for reminders:pause');
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('--status, --pause and --break-now from a second launch reach the running app', async () => {
  const profile = newProfile();
  const app = await launchApp({ profile, env });
  try {
    await windowWith(app, 'index.html');
    const first = await runSecondLaunch(binary as string, { profile, env, args: ['--status'] });
    expect(first.code, first.stderr).toBe(0);
    const status = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(status).toMatchObject({
      breakState: 'none',
      reminders: 'active',
      idleSupported: expect.any(Boolean),
    });
    expect(String(status.at)).toMatch(/^\d{4}-\d\d-\d\dT/);

    const paused = await runSecondLaunch(binary as string, {
      profile,
      env,
      args: ['--pause', '30'],
    });
    expect(paused.code, paused.stderr).toBe(0);
    await expect
      .poll(async () => {
        const r = await runSecondLaunch(binary as string, { profile, env, args: ['--status'] });
        return (JSON.parse(r.stdout) as { reminders: string }).reminders;
      })
      .toBe('paused');

    const bad = await runSecondLaunch(binary as string, {
      profile,
      env,
      args: ['--pause', 'soon'],
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--pause needs a number of minutes');

    const breakNow = await runSecondLaunch(binary as string, {
      profile,
      env,
      args: ['--break-now'],
    });
    expect(breakNow.code, breakNow.stderr).toBe(0);
    const breakPage = await windowWith(app, 'break.html');
    expect(breakPage.url()).toBe('app://renderer/break.html');
    const during = await stateOf(breakPage);
    expect(during.status.activity).toBe('break');
    const breakWindow = await app.browserWindow(breakPage);
    expect(await breakWindow.evaluate((w) => w.isAlwaysOnTop())).toBe(true);
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a completed break is stored, the break window closes (not hides), and a restart keeps it', async () => {
  const profile = newProfile();
  let app = await launchApp({ profile, env });
  try {
    const dashboard = await windowWith(app, 'index.html');
    await dashboard.evaluate(() =>
      ((globalThis as unknown as PageGlobals).posture as PostureApi).startBreak(),
    );
    const breakPage = await windowWith(app, 'break.html');
    const after = await breakPage.evaluate(() =>
      ((globalThis as unknown as PageGlobals).posture as PostureApi).endBreak({ completed: true }),
    );
    expect(after.today.breaksTaken).toBe(1);
    expect(after.status.activity).not.toBe('break');
    // Closed after its finish screen: the page (and its renderer) goes away.
    await breakPage.waitForEvent('close', { timeout: 40_000 });
    expect(app.windows().some((w) => w.url().includes('break.html'))).toBe(false);
    await app.close();

    app = await launchApp({ profile, env });
    const again = await windowWith(app, 'index.html');
    const state = await stateOf(again);
    expect(state.today.breaksTaken).toBe(1);
    expect(state.lifetime.breaksTaken).toBe(1);
    const status = await runSecondLaunch(binary as string, { profile, env, args: ['--status'] });
    expect(
      (JSON.parse(status.stdout) as { today: { breaksTaken: number } }).today.breaksTaken,
    ).toBe(1);
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('--status with no app running answers from the saved state and starts nothing', async () => {
  const profile = newProfile();
  try {
    const result = await runSecondLaunch(binary as string, { profile, env, args: ['--status'] });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      breakState: 'none',
      today: { breaksTaken: 0 },
    });
    const help = await runSecondLaunch(binary as string, { profile, env, args: ['--help'] });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--pause <minutes|tomorrow>');
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
