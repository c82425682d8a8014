/**
 * Runs the BUILT app (dist/main/main.cjs, dist/preload/preload.cjs, dist/renderer) in plain Node with
 * Electron's native parts played by the shared fake (tests/unit/main/helpers/fake-electron.ts), where
 * every BrowserWindow is a real Chromium page driven by playwright-core:
 * - `require('electron')` in main (and in the bundled electron-store) gets the fake;
 * - main's `Date` and timers are a VirtualClock the test advances (a scripted desk day);
 * - `powerMonitor.getSystemIdleTime()` answers from the test's desk script;
 * - each page gets the real preload bundle, run before the page's scripts with a `require('electron')`
 *   that gives it a contextBridge (copies into the page, functions proxied, results frozen) and an
 *   ipcRenderer whose `invoke` reaches main's `ipcMain.handle` handlers through a Playwright binding,
 *   with a sender frame (URL, parent) taken from the real frame;
 * - every request of every page goes through main's session `onBeforeRequest` and, for the app's
 *   pages, main's own `protocol.handle('app', …)` handler, whose response (with its CSP header) is
 *   what Chromium gets. Chromium cannot load a custom scheme from outside, so `app://renderer/` is
 *   served at https://app-renderer.invalid/ (never on the network: every request is fulfilled or
 *   aborted here), and the harness maps URLs both ways (main only ever sees app:// URLs).
 * What only a real Electron shows is listed in tests/app/README.md.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import {
  createFakeElectron,
  FakeBrowserWindow,
  PROFILES,
  type FakeElectron,
} from '../unit/main/helpers/fake-electron.ts';
import { VirtualClock } from './virtual-clock.ts';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
const DIST = path.join(REPO, 'dist');
const APP_PREFIX = 'app://renderer/';
const SERVED_PREFIX = 'https://app-renderer.invalid/';

export const toServedUrl = (url: string) =>
  url.startsWith(APP_PREFIX) ? SERVED_PREFIX + url.slice(APP_PREFIX.length) : url;
export const toAppUrl = (url: string) =>
  url.startsWith(SERVED_PREFIX) ? APP_PREFIX + url.slice(SERVED_PREFIX.length) : url;

/** Runs in the page before its own scripts: the sandboxed preload's world, then the preload. */
function preloadScript(preloadCode: string): string {
  return `(() => {
  const invokeMain = window.__postureHarnessInvoke;
  const closeWindow = window.__postureHarnessClose;
  delete window.__postureHarnessInvoke;
  delete window.__postureHarnessClose;
  // In Electron, window.close() in a window's top page asks its BrowserWindow to close ('close',
  // then destroyed); Chromium alone ignores it in a tab it did not open by script.
  Object.defineProperty(window, 'close', {
    value: () => void closeWindow(),
    writable: true,
    configurable: true,
  });
  const listeners = new Map();
  // contextBridge copies values (structured clone) and proxies functions, in both directions.
  const bridge = (value) => {
    if (typeof value === 'function') return (...args) => bridgeResult(value(...args.map(bridge)));
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Promise) return value.then(bridge);
    if (Array.isArray(value)) return Object.freeze(value.map(bridge));
    const plain = Object.values(value).some((v) => typeof v === 'function');
    if (!plain) return structuredClone(value);
    const out = {};
    for (const [key, v] of Object.entries(value)) out[key] = bridge(v);
    return Object.freeze(out);
  };
  const bridgeResult = (result) => (result instanceof Promise ? result.then(bridge) : bridge(result));
  const ipcRenderer = {
    invoke(channel, ...args) {
      return invokeMain(channel, structuredClone(args)).then(
        (reply) => (reply.ok ? reply.value : Promise.reject(new Error(
          "Error invoking remote method '" + channel + "': Error: " + reply.message))),
      );
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  Object.defineProperty(window, '__postureHarnessDeliver', {
    value: (channel, args) => {
      for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: ipcRenderer }, ...args);
    },
  });
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: bridge(api), enumerable: true });
    },
  };
  const require = (id) => {
    if (id === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('a sandboxed preload cannot require ' + id);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadCode}
  })(require, module, module.exports);
})();`;
}

export interface DeskDay {
  /** Seconds since the last keyboard or mouse input at virtual time `at`. */
  idleSeconds(at: number): number;
}

export interface AppUnderTest {
  fake: FakeElectron;
  clock: VirtualClock;
  context: BrowserContext;
  /** The Chromium-backed windows that are open now. */
  windows(): ChromiumWindow[];
  /** Advances main's clock and the pages' clock together, in steps of `stepMs`. */
  advance(ms: number, stepMs?: number): Promise<void>;
  /** Lets pending I/O and IPC finish (real time). */
  settle(): Promise<void>;
  /** Quits the app as the tray's Quit does and closes Chromium. */
  quit(): Promise<void>;
  /** Everything main logged. */
  logs: string[];
  /** Windows pages tried to open (window.open), whatever main decided. */
  popups: string[];
  /** Navigations pages started themselves, and whether main's 'will-navigate' stopped them. */
  navigations: { url: string; prevented: boolean }[];
}

/** A BrowserWindow whose web contents are a Chromium page; Electron's semantics come from the fake. */
export class ChromiumWindow extends FakeBrowserWindow {
  static harness: {
    context: BrowserContext;
    all: Set<ChromiumWindow>;
    navigations: { url: string; prevented: boolean }[];
  } | null = null;
  page: Page | null = null;
  private pageReady: Promise<Page> | null = null;
  private delivery: Promise<unknown> = Promise.resolve();

  private ensurePage(): Promise<Page> {
    const h = ChromiumWindow.harness;
    if (!h) throw new Error('ChromiumWindow used outside the harness');
    this.pageReady ??= (async () => {
      const page = await h.context.newPage();
      this.page = page;
      pages.set(page, this);
      h.all.add(this);
      page.on('close', () => {
        h.all.delete(this);
        this.pageClosed();
      });
      return page;
    })();
    return this.pageReady;
  }

  /** The URL loadURL is loading now (its navigation is main's own, not the page's). */
  private loading: string | null = null;

  protected override async navigate(url: string): Promise<void> {
    const page = await this.ensurePage();
    this.loading = url.split('#')[0] ?? url;
    try {
      await page.goto(toServedUrl(url), { waitUntil: 'load' });
    } finally {
      this.loading = null;
    }
  }

  /**
   * A navigation Chromium is about to make in this window's top frame: main's own loadURL goes
   * ahead; one the page starts is offered to main first, as Electron's 'will-navigate' and
   * 'will-frame-navigate' events, and cancelled if a listener calls preventDefault().
   */
  allowNavigation(url: string): boolean {
    if (this.loading !== null && url.split('#')[0] === this.loading) return true;
    let prevented = false;
    const event = {
      url,
      isMainFrame: true,
      preventDefault: () => {
        prevented = true;
      },
    };
    this.webContents.emit('will-navigate', event, url, false, true);
    this.webContents.emit('will-frame-navigate', event);
    ChromiumWindow.harness?.navigations.push({ url, prevented });
    return !prevented;
  }

  override deliver(channel: string, args: unknown[]): void {
    const payload = structuredClone(args);
    this.delivery = this.delivery
      .then(() => this.ensurePage())
      .then((page) =>
        page.evaluate(
          ([c, a]) =>
            (
              window as unknown as { __postureHarnessDeliver?: (c: string, a: unknown[]) => void }
            ).__postureHarnessDeliver?.(c, a),
          [channel, payload] as const,
        ),
      )
      .catch(() => undefined);
  }

  /** Waits until everything sent to the page so far has arrived. */
  delivered(): Promise<unknown> {
    return this.delivery;
  }

  protected override async teardown(): Promise<void> {
    const page = this.page;
    if (page && !page.isClosed()) await page.close();
  }
}

const pages = new WeakMap<Page, ChromiumWindow>();

const realSettle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
};

export interface StartOptions {
  userData: string;
  start: number;
  desk: DeskDay;
}

/** Starts Chromium and the built main process (a packaged Linux X11 app, as shipped). */
export async function startApp(options: StartOptions): Promise<AppUnderTest> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    return await startIn(browser, options);
  } catch (error) {
    ChromiumWindow.harness = null;
    await browser.close();
    throw error;
  }
}

async function startIn(browser: Browser, options: StartOptions): Promise<AppUnderTest> {
  for (const built of ['main/main.cjs', 'preload/preload.cjs', 'renderer/index.html']) {
    if (!existsSync(path.join(DIST, built))) {
      throw new Error(
        `dist/${built} is missing: run \`npm run build\` first (npm run test:app does)`,
      );
    }
  }
  const clock = new VirtualClock(options.start);
  const context = await browser.newContext({ viewport: { width: 1120, height: 780 } });
  // The pages' clock (one per browser context) is main's: the player times itself with it.
  await context.clock.install({ time: options.start });
  await context.clock.pauseAt(options.start);
  const all = new Set<ChromiumWindow>();
  const popups: string[] = [];
  const navigations: { url: string; prevented: boolean }[] = [];
  ChromiumWindow.harness = { context, all, navigations };

  const fake = createFakeElectron({
    profile: PROFILES['linux-x11'],
    packaged: true,
    userData: options.userData,
    idleSeconds: () => options.desk.idleSeconds(clock.now),
    BrowserWindow: ChromiumWindow,
  });

  // The preload: the real bundle, in every page before the page's own scripts.
  await context.exposeBinding(
    '__postureHarnessInvoke',
    async ({ frame }: { frame: Frame }, channel: string, args: unknown[]) => {
      const win = pages.get(frame.page());
      try {
        const value = await fake.invokeFrom(
          channel,
          args,
          {
            url: toAppUrl(frame.url()),
            parent: frame.parentFrame() ? {} : null,
          },
          win?.webContents,
        );
        return { ok: true, value: value === undefined ? null : structuredClone(value) };
      } catch (error) {
        return { ok: false, message: (error as Error).message };
      }
    },
  );
  await context.exposeBinding('__postureHarnessClose', ({ frame }: { frame: Frame }) => {
    if (frame.parentFrame() === null) pages.get(frame.page())?.close();
  });
  await context.addInitScript({
    content: preloadScript(readFileSync(path.join(DIST, 'preload', 'preload.cjs'), 'utf8')),
  });

  // Every request: main's session filter, then main's app:// handler (its status, headers, CSP).
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = toAppUrl(request.url());
    if (request.isNavigationRequest()) {
      // A new window's first request comes before its frame exists: no window of ours owns it.
      let frame: Frame | null;
      try {
        frame = request.frame();
      } catch {
        frame = null;
      }
      const win = frame && frame.parentFrame() === null ? pages.get(frame.page()) : undefined;
      if (win && !win.allowNavigation(url)) return route.abort('aborted');
    }
    if (await fake.blocks(url)) return route.abort('blockedbyclient');
    if (!url.startsWith(APP_PREFIX)) return route.abort('blockedbyclient');
    const response = await fake.serve(url, route.request().method());
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    await route.fulfill({
      status: response.status,
      headers,
      body: Buffer.from(await response.arrayBuffer()),
    });
  });

  // window.open: main's setWindowOpenHandler decides, as in Electron; a denied window goes at once.
  context.on('page', (page) => {
    void page.opener().then(async (opener) => {
      if (!opener) return;
      const handler = opener && pages.get(opener)?.webContents.windowOpenHandler;
      const verdict = handler?.({
        url: toAppUrl(page.url()),
      } as Parameters<NonNullable<typeof handler>>[0]);
      popups.push(toAppUrl(page.url()));
      if (verdict?.action !== 'allow') await page.close();
    });
  });

  const logs: string[] = [];
  const mainPath = path.join(DIST, 'main', 'main.cjs');
  const realRequire = createRequire(mainPath);
  const requireForMain = (id: string) => (id === 'electron' ? fake.electron : realRequire(id));
  const module = { exports: {} };
  const g = clock.globals;
  const consoleForMain = {
    ...console,
    error: (...args: unknown[]) => logs.push(args.map(String).join(' ')),
    log: (...args: unknown[]) => logs.push(args.map(String).join(' ')),
    warn: (...args: unknown[]) => logs.push(args.map(String).join(' ')),
  };
  const run = vm.compileFunction(
    readFileSync(mainPath, 'utf8'),
    [
      'exports',
      'require',
      'module',
      '__filename',
      '__dirname',
      'Date',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'console',
    ],
    { filename: mainPath },
  );
  // A packaged app's argv is [binary, ...user args]; main reads it while it loads.
  const argv = process.argv;
  process.argv = ['/opt/Posture Break/posture-break'];
  try {
    run(
      module.exports,
      requireForMain,
      module,
      mainPath,
      path.dirname(mainPath),
      g.Date,
      g.setTimeout,
      g.clearTimeout,
      g.setInterval,
      g.clearInterval,
      consoleForMain,
    );
  } finally {
    process.argv = argv;
  }
  let exited = false;
  fake.electron.app.on('exited', () => (exited = true));
  fake.ready();
  // main's start-up awaits the status socket; it is done when it listens for 'before-quit'.
  const deadline = Date.now() + 20_000;
  while (fake.electron.app.listenerCount('before-quit') === 0) {
    if (Date.now() > deadline) throw new Error(`main did not start: ${logs.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await realSettle();

  const settle = async () => {
    await realSettle();
    for (const win of all) await win.delivered();
  };

  return {
    fake,
    clock,
    context,
    logs,
    popups,
    navigations,
    windows: () => [...all],
    settle,
    async advance(ms, stepMs = 5_000) {
      for (let done = 0; done < ms; done += stepMs) {
        const step = Math.min(stepMs, ms - done);
        await clock.advance(step, realSettle);
        await context.clock.runFor(step);
        await settle();
      }
    },
    async quit() {
      if (!exited) fake.electron.app.quit();
      await settle();
      ChromiumWindow.harness = null;
      if (browser.isConnected()) await browser.close();
    },
  };
}
