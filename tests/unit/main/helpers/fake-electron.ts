/**
 * The one stand-in for the `electron` module: the parts main uses, typed against the real
 * `electron.d.ts` (the `satisfies` below), with the platform differences that matter selectable per
 * test through a profile. The unit wiring test loads it in a child process (fake-electron.mjs); the
 * full-stack test (tests/app) builds on it and swaps in a BrowserWindow backed by a Chromium page.
 *
 * Platform facts modelled here, from Electron 45's own API docs (node_modules/electron/electron.d.ts,
 * generated from electron/electron docs/api/power-monitor.md, screen.md, app.md; online at
 * https://www.electronjs.org/docs/latest/api/power-monitor, .../api/screen, .../api/app):
 * - powerMonitor 'lock-screen' / 'unlock-screen': `@platform darwin,win32` (never on Linux).
 * - powerMonitor 'shutdown': `@platform linux,darwin` (never on Windows).
 * - screen.getCursorScreenPoint(): "Not supported on Wayland (Linux)". Electron returns nonsense or
 *   crashes there (electron/electron#41559); the fake throws so any use on Wayland is caught.
 * - app.dock: "`Dock` on macOS, `undefined` on all other platforms"; app 'activate': `@platform darwin`.
 * - app.commandLine.getSwitchValue(): "" for a switch that was not given (docs/api/command-line.md).
 * - A Linux desktop session says which display server it runs in the environment: XDG_SESSION_TYPE
 *   ("x11" / "wayland", set by the login manager) and WAYLAND_DISPLAY (set by a Wayland compositor);
 *   Electron 38+ picks native Wayland from them (ozone platform hint "auto").
 * - ipcMain.handle on a channel that has a handler throws "Attempted to register a second handler
 *   for '<channel>'", and one without a function throws too (electron lib/browser/ipc-main-impl.ts).
 * - nativeImage.createFromPath of a missing or unreadable file returns an empty image, no error.
 * - win.close() is a request: 'close' (cancellable) fires, the window is destroyed later and
 *   'closed' fires after close() has returned.
 * - process.defaultApp is true only when run as `electron <path>`; a packaged app has it unset and
 *   app.isPackaged true.
 * This file must stay erasable TypeScript (no enums, no parameter properties): Node loads it as is.
 */
import type {
  App,
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  CallbackResponse,
  CommandLine,
  Dock,
  IpcMain,
  IpcMainInvokeEvent,
  Menu as ElectronMenu,
  MenuItemConstructorOptions,
  NativeImage,
  Notification as ElectronNotification,
  NotificationConstructorOptions,
  OnBeforeRequestListenerDetails,
  PowerMonitor,
  Protocol,
  Screen,
  Session,
  Tray as ElectronTray,
  WebContents,
  WebRequestFilter,
} from 'electron';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';

export type ProfileName = 'linux-x11' | 'linux-wayland' | 'darwin' | 'win32';
export type PowerEventName = 'lock-screen' | 'unlock-screen' | 'suspend' | 'resume' | 'shutdown';

export interface PlatformProfile {
  name: ProfileName;
  platform: 'linux' | 'darwin' | 'win32';
  /** The powerMonitor events this platform ever emits. */
  powerEvents: readonly PowerEventName[];
  /** screen.getCursorScreenPoint() works (not on Wayland). */
  cursorPoint: boolean;
  /** app.dock exists and app 'activate' can fire (macOS). */
  dock: boolean;
  /** What the desktop session sets in the environment (undefined: unset). */
  env: Readonly<Record<string, string | undefined>>;
}

export const PROFILES: Readonly<Record<ProfileName, PlatformProfile>> = {
  'linux-x11': {
    name: 'linux-x11',
    platform: 'linux',
    powerEvents: ['suspend', 'resume', 'shutdown'],
    cursorPoint: true,
    dock: false,
    env: { XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: undefined },
  },
  'linux-wayland': {
    name: 'linux-wayland',
    platform: 'linux',
    powerEvents: ['suspend', 'resume', 'shutdown'],
    cursorPoint: false,
    dock: false,
    env: { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' },
  },
  darwin: {
    name: 'darwin',
    platform: 'darwin',
    powerEvents: ['lock-screen', 'unlock-screen', 'suspend', 'resume', 'shutdown'],
    cursorPoint: true,
    dock: true,
    env: {},
  },
  win32: {
    name: 'win32',
    platform: 'win32',
    powerEvents: ['lock-screen', 'unlock-screen', 'suspend', 'resume'],
    cursorPoint: true,
    dock: false,
    env: {},
  },
};

export function profileNamed(name: string | undefined): PlatformProfile {
  if (name === undefined || name === '') return PROFILES['linux-x11'];
  const profile = (PROFILES as Record<string, PlatformProfile | undefined>)[name];
  if (!profile) {
    throw new Error(`Unknown platform profile "${name}"; use ${Object.keys(PROFILES).join(', ')}`);
  }
  return profile;
}

/** What the app asked of Electron, for assertions (the wiring test reads it as JSON). */
export interface FakeReport {
  exitCode: number | null;
  privileged: unknown[];
  protocolHandlers: string[];
  lockData: unknown;
  userData: string | null;
  sessionHardened: Record<string, boolean>;
  windows: WindowRecord[];
  tray: {
    images: string[];
    tooltips: string[];
    menus: number;
    destroyed: boolean;
    lastMenu?: string[];
  };
  ipcHandle: string[];
  ipcOn: string[];
  powerListeners: string[];
  applicationMenu: unknown;
  served: { url: string; status: number; csp: string | null }[];
  events: string[];
}

export interface WindowRecord {
  options: BrowserWindowConstructorOptions;
  urls: string[];
  contentsEvents: string[];
  sent: string[];
  closed: boolean;
  shown: boolean;
  windowOpenDenied?: string;
  alwaysOnTop?: [boolean, string | undefined];
}

/** Per-test choices: the platform, a packaged or `electron .` run, the profile folder. */
export interface FakeElectronOptions {
  profile?: PlatformProfile;
  /** A packaged app (process.defaultApp unset, app.isPackaged true); default: `electron .`. */
  packaged?: boolean;
  userData?: string;
  /** What requestSingleInstanceLock answers. */
  lockTaken?: boolean;
  /** Every nativeImage comes back empty (as when the files are missing or unreadable). */
  emptyImages?: boolean;
  /** Seconds since the last input, read by powerMonitor.getSystemIdleTime(). */
  idleSeconds?: () => number;
  idleState?: () => 'active' | 'idle' | 'locked' | 'unknown';
  /** Chromium switches given on the command line (app.commandLine), e.g. { 'ozone-platform': 'x11' }. */
  switches?: Readonly<Record<string, string>>;
  /** Replaces the recording BrowserWindow (the full-stack harness: one backed by Chromium). */
  BrowserWindow?: typeof FakeBrowserWindow;
  /** What app.getLocale() answers (the app locale Chromium picked from the OS); default "en-US". */
  locale?: string;
  /** What app.getSystemLocale() answers (the OS's regional format); default: `locale`. */
  systemLocale?: string;
}

// ---- Types: what main uses, as the real electron.d.ts declares it ----------------------------

/**
 * Electron's `on`/`once` overloads return the full class (`this`), which no stand-in is; main never
 * chains them, so the fake's are checked as plain emitters and everything else by Electron's types.
 */
interface Emitter {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: string, listener: (...args: any[]) => void): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  once(event: string, listener: (...args: any[]) => void): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
}
type Used<T, K extends keyof T> = Pick<T, Exclude<K, 'on' | 'once' | 'removeListener'>> & Emitter;

type UsedWebContents = Used<
  WebContents,
  'send' | 'getURL' | 'isDestroyed' | 'setWindowOpenHandler'
>;
type UsedWindow = Used<
  ElectronBrowserWindow,
  | 'loadURL'
  | 'isDestroyed'
  | 'isMinimized'
  | 'isMaximized'
  | 'maximize'
  | 'restore'
  | 'show'
  | 'focus'
  | 'moveTop'
  | 'setAlwaysOnTop'
  | 'getNormalBounds'
  | 'close'
> & { webContents: UsedWebContents };
/** The parts of `typeof import('electron')` that electron/main (and electron-store) use. */
export interface UsedElectron {
  app: Used<
    App,
    | 'setPath'
    | 'getPath'
    | 'getVersion'
    | 'getName'
    | 'getLocale'
    | 'getSystemLocale'
    | 'setAppUserModelId'
    | 'requestSingleInstanceLock'
    | 'whenReady'
    | 'exit'
    | 'quit'
    | 'setLoginItemSettings'
    | 'isPackaged'
    | 'dock'
    | 'focus'
  > & { commandLine: Pick<CommandLine, 'getSwitchValue' | 'hasSwitch' | 'appendSwitch'> };
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => UsedWindow;
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'> & Pick<Emitter, 'on'>;
  powerMonitor: Used<PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'>;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  screen: Pick<
    Screen,
    'getCursorScreenPoint' | 'getDisplayNearestPoint' | 'getAllDisplays' | 'getPrimaryDisplay'
  >;
  session: {
    defaultSession: Pick<
      Session,
      'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
    > & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };
  };
  Tray: new (
    image: NativeImage,
  ) => Used<ElectronTray, 'setImage' | 'setToolTip' | 'setContextMenu' | 'destroy'>;
  Menu: {
    buildFromTemplate(template: MenuItemConstructorOptions[]): ElectronMenu;
    setApplicationMenu(menu: ElectronMenu | null): void;
  };
  nativeImage: { createFromPath(path: string): NativeImage };
  Notification: new (
    options: NotificationConstructorOptions,
  ) => Used<ElectronNotification, 'show' | 'close'>;
  dialog: Pick<typeof import('electron').dialog, 'showSaveDialog'>;
  shell: Pick<typeof import('electron').shell, 'openPath'>;
}

type BeforeRequest = (
  details: OnBeforeRequestListenerDetails,
  callback: (response: CallbackResponse) => void,
) => void;
type ProtocolHandler = Parameters<Protocol['handle']>[1];
type IpcListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

// ---- The pieces ---------------------------------------------------------------------------

export class FakeWebContents extends EventEmitter {
  url = '';
  destroyed = false;
  readonly record: WindowRecord;
  /** The window it belongs to (the harness routes `send` to its page). */
  readonly owner: FakeBrowserWindow;
  windowOpenHandler: Parameters<WebContents['setWindowOpenHandler']>[0] | null = null;

  constructor(owner: FakeBrowserWindow) {
    super();
    this.owner = owner;
    this.record = owner.record;
  }
  setWindowOpenHandler(handler: Parameters<WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
    this.record.windowOpenDenied = JSON.stringify(
      handler({ url: 'https://example.com' } as Parameters<typeof handler>[0]),
    );
  }
  override on(event: string | symbol, listener: (...args: never[]) => void): this {
    this.record.contentsEvents.push(String(event));
    return super.on(event, listener as (...args: unknown[]) => void);
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.record.sent.push(channel);
    this.owner.deliver(channel, args);
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/**
 * A BrowserWindow that records what it is asked. Subclasses (the Chromium harness) override
 * `navigate`, `deliver` and `teardown`; the Electron behaviours (close → destroyed later → 'closed',
 * 'ready-to-show' after the first load) stay here, in one place.
 */
export class FakeBrowserWindow extends EventEmitter {
  /** Set on the class each createFakeElectron() makes: the app windows belong to and its report. */
  static env: { app: EventEmitter; report: FakeReport } | null = null;
  readonly record: WindowRecord;
  readonly webContents: FakeWebContents;
  private destroyed = false;
  private closing = false;
  private shownOnce = false;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    const env = (new.target as typeof FakeBrowserWindow).env;
    if (!env) throw new Error('BrowserWindow used before createFakeElectron()');
    this.record = { options, urls: [], contentsEvents: [], sent: [], closed: false, shown: false };
    env.report.windows.push(this.record);
    this.webContents = new FakeWebContents(this);
    env.app.emit('web-contents-created', {}, this.webContents);
  }

  /** Loads the page; Electron resolves when it has loaded (did-finish-load). */
  async loadURL(url: string): Promise<void> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.record.urls.push(url);
    this.webContents.url = url;
    await this.navigate(url);
    if (!this.shownOnce && !this.destroyed) {
      this.shownOnce = true;
      this.emit('ready-to-show');
    }
  }

  /** Shows the page. The recording window only waits a turn, as a load would. */
  protected navigate(_url: string): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }
  /** Main sent `channel` to this window's page. */
  deliver(_channel: string, _args: unknown[]): void {}
  /** The window is being destroyed: free what backs it. */
  protected teardown(): Promise<void> {
    return Promise.resolve();
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  maximize(): void {}
  restore(): void {}
  show(): void {
    this.record.shown = true;
  }
  focus(): void {}
  moveTop(): void {}
  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.record.alwaysOnTop = [flag, level];
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    const o = this.record.options;
    return { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 };
  }

  /** Like Electron: 'close' now (cancellable), destroyed and 'closed' later, after close() returns. */
  close(): void {
    if (this.destroyed || this.closing) return;
    let prevented = false;
    this.emit('close', {
      preventDefault: () => {
        prevented = true;
      },
    });
    if (prevented) return;
    this.closing = true;
    setImmediate(() => void this.destroy());
  }

  /** Destroys the window (Electron's destroy(); also what a page closing itself leads to). */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.record.closed = true;
    await this.teardown();
    this.emit('closed');
  }

  /** What backs the window went away by itself (not through close()): the window is destroyed. */
  protected pageClosed(): void {
    if (this.destroyed) return;
    this.emit('close', { preventDefault() {} });
    void this.destroy();
  }
}

class FakeNativeImage {
  readonly path: string;
  readonly empty: boolean;
  template = false;
  constructor(path: string, empty: boolean) {
    this.path = path;
    this.empty = empty;
  }
  isEmpty(): boolean {
    return this.empty;
  }
  getSize(): { width: number; height: number } {
    return this.empty ? { width: 0, height: 0 } : { width: 16, height: 16 };
  }
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
}

export interface FakeElectron {
  /** The module main gets for `require('electron')` (its app is a Node EventEmitter). */
  electron: Omit<UsedElectron, 'app'> & { app: UsedElectron['app'] & EventEmitter };
  report: FakeReport;
  profile: PlatformProfile;
  packaged: boolean;
  /** Resolves app.whenReady() and emits 'ready'. */
  ready(): void;
  /** Emits a powerMonitor event; throws if the profile's platform never emits it. */
  power(event: PowerEventName): void;
  /** Emits app 'activate' (macOS only). */
  activate(): void;
  /** Calls main's handler for `channel` as Electron would for a page at `url` (top frame). */
  invoke(channel: string, arg?: unknown, url?: string): Promise<unknown>;
  /** Calls main's handler with the arguments a page sent, from `frame`, for `sender`'s window. */
  invokeFrom(
    channel: string,
    args: unknown[],
    frame: { url: string; parent: unknown },
    sender?: unknown,
  ): Promise<unknown>;
  /** Serves a URL through the handler main registered with protocol.handle. */
  serve(url: string, method?: string): Promise<Response>;
  /** The onBeforeRequest verdict main's session gives `url`: true if it is cancelled. */
  blocks(url: string): Promise<boolean>;
  /**
   * The `process` values Electron sets for this profile (platform, defaultApp) and, given `env`, what
   * the profile's desktop session sets there.
   */
  applyToProcess(target: {
    platform: string;
    defaultApp?: boolean;
    env?: Record<string, string | undefined>;
  }): void;
}

export function createFakeElectron(options: FakeElectronOptions = {}): FakeElectron {
  const profile = options.profile ?? PROFILES['linux-x11'];
  const packaged = options.packaged ?? false;
  const report: FakeReport = {
    exitCode: null,
    privileged: [],
    protocolHandlers: [],
    lockData: null,
    userData: null,
    sessionHardened: {},
    windows: [],
    tray: { images: [], tooltips: [], menus: 0, destroyed: false },
    ipcHandle: [],
    ipcOn: [],
    powerListeners: [],
    applicationMenu: 'unset',
    served: [],
    events: [],
  };
  let userData = options.userData ?? '/tmp/fake-electron-user-data';
  const switches: Record<string, string> = { ...options.switches };
  let readyResolve: () => void = () => undefined;
  let isReady = false;
  const readyPromise = new Promise<void>((resolve) => (readyResolve = resolve));

  const dock: Pick<Dock, 'hide' | 'show'> = {
    hide: () => void report.events.push('dock:hide'),
    show: async () => void report.events.push('dock:show'),
  };

  class FakeApp extends EventEmitter {
    readonly isPackaged = packaged;
    readonly dock = (profile.dock ? dock : undefined) as Dock | undefined;
    setPath(name: string, value: string): void {
      if (name === 'userData') userData = value;
    }
    getPath(name: string): string {
      if (name === 'userData') return userData;
      return `/tmp/fake-electron-${name}`;
    }
    getVersion(): string {
      return '0.1.0';
    }
    getName(): string {
      return 'Posture Break';
    }
    // Electron's docs (api/app.md, Electron 45): getLocale() is the app locale Chromium's l10n_util
    // chose from the OS (e.g. "en-US", "de"), getSystemLocale() the OS locale for regional formats
    // (e.g. "de-DE"); both "must be called after the ready event is emitted".
    getLocale(): string {
      if (!isReady) throw new Error('app.getLocale() must be called after the ready event');
      return options.locale ?? 'en-US';
    }
    getSystemLocale(): string {
      if (!isReady) throw new Error('app.getSystemLocale() must be called after the ready event');
      return options.systemLocale ?? options.locale ?? 'en-US';
    }
    setAppUserModelId(_id: string): void {}
    requestSingleInstanceLock(data?: Record<string, unknown>): boolean {
      report.lockData = data ?? null;
      report.userData = userData;
      return !options.lockTaken;
    }
    whenReady(): Promise<void> {
      return readyPromise;
    }
    exit(code = 0): void {
      report.exitCode = code;
      report.events.push(`exit:${code}`);
      this.emit('exited', code);
    }
    quit(): void {
      report.events.push('quit');
      let prevented = false;
      this.emit('before-quit', {
        preventDefault: () => {
          prevented = true;
        },
      });
      if (!prevented) this.exit(0);
    }
    setLoginItemSettings(settings: { openAtLogin?: boolean }): void {
      report.events.push(`login-item:${JSON.stringify(settings)}`);
    }
    focus(focusOptions?: { steal: boolean }): void {
      report.events.push(`app-focus:${JSON.stringify(focusOptions ?? {})}`);
    }
    readonly commandLine = {
      getSwitchValue: (name: string): string => switches[name] ?? '',
      hasSwitch: (name: string): boolean => name in switches,
      appendSwitch: (name: string, value = ''): void => void (switches[name] = value),
    };
  }
  const app = new FakeApp();

  let protocolHandler: ProtocolHandler | null = null;
  const protocol = {
    registerSchemesAsPrivileged(schemes: Parameters<Protocol['registerSchemesAsPrivileged']>[0]) {
      report.privileged.push(...schemes);
    },
    handle(scheme: string, handler: ProtocolHandler) {
      report.protocolHandlers.push(scheme);
      protocolHandler = handler;
    },
  };

  let beforeRequest: BeforeRequest | null = null;
  const defaultSession = {
    setPermissionRequestHandler() {
      report.sessionHardened.permissionRequest = true;
    },
    setPermissionCheckHandler() {
      report.sessionHardened.permissionCheck = true;
    },
    setDevicePermissionHandler() {
      report.sessionHardened.device = true;
    },
    webRequest: {
      onBeforeRequest(
        filterOrListener: WebRequestFilter | BeforeRequest | null,
        listener?: BeforeRequest | null,
      ) {
        report.sessionHardened.beforeRequest = true;
        beforeRequest =
          typeof filterOrListener === 'function' ? filterOrListener : (listener ?? null);
      },
    },
  };

  const handlers = new Map<string, IpcListener>();
  const ipcMain = {
    handle(channel: string, listener: IpcListener) {
      if (handlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      if (typeof listener !== 'function') {
        throw new Error(`Expected handler to be a function, but found type '${typeof listener}'`);
      }
      report.ipcHandle.push(channel);
      handlers.set(channel, listener);
    },
    removeHandler(channel: string) {
      handlers.delete(channel);
    },
    on(channel: string, _listener: (...args: never[]) => void) {
      report.ipcOn.push(channel);
      return ipcMain;
    },
  };

  class FakePowerMonitor extends EventEmitter {
    override on(event: string | symbol, listener: (...args: never[]) => void): this {
      report.powerListeners.push(String(event));
      return super.on(event, listener as (...args: unknown[]) => void);
    }
    getSystemIdleTime(): number {
      return options.idleSeconds?.() ?? 0;
    }
    getSystemIdleState(_threshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
      return options.idleState?.() ?? 'active';
    }
  }
  const powerMonitor = new FakePowerMonitor();

  const display = {
    id: 1,
    workArea: { x: 0, y: 0, width: 1920, height: 1080 },
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  } as ReturnType<Screen['getPrimaryDisplay']>;
  const screen = {
    getCursorScreenPoint() {
      if (!profile.cursorPoint) {
        throw new Error('screen.getCursorScreenPoint() is not supported on Wayland');
      }
      return { x: 10, y: 10 };
    },
    getDisplayNearestPoint: () => display,
    getAllDisplays: () => [display],
    getPrimaryDisplay: () => display,
  };

  class FakeTray extends EventEmitter {
    constructor(image: NativeImage) {
      super();
      report.tray.images.push((image as unknown as FakeNativeImage).path);
    }
    setImage(image: NativeImage | string): void {
      report.tray.images.push(
        typeof image === 'string' ? image : (image as unknown as FakeNativeImage).path,
      );
    }
    setToolTip(text: string): void {
      report.tray.tooltips.push(text);
    }
    setContextMenu(menu: ElectronMenu | null): void {
      report.tray.menus++;
      const template = (menu as unknown as { template?: MenuItemConstructorOptions[] } | null)
        ?.template;
      report.tray.lastMenu = (template ?? []).map((item) => item.label ?? item.type ?? '');
    }
    destroy(): void {
      report.tray.destroyed = true;
    }
  }

  /** Records what is shown; the test answers with emit('action' | 'click' | 'failed', ...). */
  class FakeNotification extends EventEmitter {
    readonly options: NotificationConstructorOptions;
    constructor(notificationOptions: NotificationConstructorOptions) {
      super();
      this.options = notificationOptions;
    }
    static isSupported(): boolean {
      return true;
    }
    show(): void {
      report.events.push(`notification:show:${this.options.title ?? ''}`);
    }
    close(): void {
      report.events.push(`notification:close:${this.options.title ?? ''}`);
    }
  }

  // Each fake gets its own window class, so windows report to their own app.
  const WindowClass = class BrowserWindow extends (options.BrowserWindow ?? FakeBrowserWindow) {
    static override env = { app, report };
  };

  const electron = {
    app,
    BrowserWindow: WindowClass,
    ipcMain,
    powerMonitor,
    protocol,
    screen,
    session: { defaultSession },
    Tray: FakeTray,
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) =>
        ({ template }) as unknown as ElectronMenu,
      setApplicationMenu(menu: ElectronMenu | null) {
        report.applicationMenu = menu;
      },
    },
    nativeImage: {
      createFromPath(path: string): NativeImage {
        let readable: boolean;
        try {
          readable = !options.emptyImages && fs.statSync(path).isFile();
        } catch {
          readable = false;
        }
        return new FakeNativeImage(path, !readable) as unknown as NativeImage;
      },
    },
    dialog: {
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    },
    shell: { openPath: async () => '' },
    Notification: FakeNotification,
  } satisfies UsedElectron;

  return {
    electron,
    report,
    profile,
    packaged,
    ready() {
      isReady = true;
      readyResolve();
      app.emit('ready');
    },
    power(event) {
      if (!profile.powerEvents.includes(event)) {
        throw new Error(`powerMonitor never emits '${event}' on ${profile.name}`);
      }
      powerMonitor.emit(event, { preventDefault() {} });
    },
    activate() {
      if (!profile.dock) throw new Error(`app 'activate' is macOS only, not ${profile.name}`);
      app.emit('activate', {}, false);
    },
    invoke(channel, arg, url = 'app://renderer/index.html#/dashboard') {
      return this.invokeFrom(channel, arg === undefined ? [] : [arg], { url, parent: null });
    },
    async invokeFrom(channel, args, frame, sender) {
      const handler = handlers.get(channel);
      // Electron's own reply when nothing handles the channel.
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      const event = { senderFrame: frame, sender } as unknown as IpcMainInvokeEvent;
      return handler(event, ...args);
    },
    async serve(url, method = 'GET') {
      if (!protocolHandler) throw new Error('protocol.handle was not called');
      // Electron hands the handler a GlobalRequest; undici's Request refuses app:// URLs.
      return protocolHandler({ url, method, headers: new Headers() } as GlobalRequest);
    },
    blocks(url) {
      const handler = beforeRequest;
      if (!handler) return Promise.resolve(false);
      return new Promise((resolve) =>
        handler({ url } as OnBeforeRequestListenerDetails, (response) =>
          resolve(response.cancel === true),
        ),
      );
    },
    applyToProcess(target) {
      Object.defineProperty(target, 'platform', { value: profile.platform, configurable: true });
      if (packaged) delete target.defaultApp;
      else target.defaultApp = true;
      const env = target.env;
      if (env) {
        for (const [name, value] of Object.entries(profile.env)) {
          if (value === undefined) delete env[name];
          else env[name] = value;
        }
      }
    },
  };
}
