/**
 * The one hardening function every window goes through: locked-down web preferences, navigation and
 * `window.open` denied, a permission handler that allows only notifications, no remote requests, and
 * a strict Content-Security-Policy on everything the app protocol serves.
 */
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Session,
  WebContents,
  WebPreferences,
} from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Same policy as the renderer's meta tag (both apply; the header also covers frame-ancestors). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True for pages the app itself serves (`app://renderer/...`); nothing else may talk to main. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Schemes a window may request: our protocol, and data/blob URLs it creates itself. */
const LOCAL_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

export function isLocalRequest(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // Middle-click would otherwise open links in new windows (denied anyway; this stops the attempt).
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
    spellcheck: false,
  };
}

/** Window options with the secure preferences forced: callers cannot weaken them. */
export function secureWindowOptions(
  options: BrowserWindowConstructorOptions,
  preloadPath: string,
): BrowserWindowConstructorOptions {
  return {
    ...options,
    webPreferences: { ...options.webPreferences, ...secureWebPreferences(preloadPath) },
  };
}

/** Denies every navigation, redirect, webview and new window a page could start on its own. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Permissions: notifications only. Requests: only the app protocol (never remote content). */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isLocalRequest(details.url) }),
  );
}

export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** The only way the app creates a window. */
export function createSecureWindow(
  Ctor: WindowConstructor,
  options: BrowserWindowConstructorOptions,
  preloadPath: string,
): BrowserWindow {
  const win = new Ctor(secureWindowOptions(options, preloadPath));
  hardenWebContents(win.webContents);
  return win;
}
