import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createSecureWindow,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isLocalRequest,
  secureWindowOptions,
  type WindowConstructor,
} from '../../../electron/main/harden.ts';

type Listener = (event: { preventDefault(): void }, ...rest: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => unknown) | null = null;
  const contents = {
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      openHandler = handler;
    },
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
  };
  return {
    contents: contents as unknown as WebContents,
    open: (url: string) => openHandler?.({ url }),
    fire(event: string, url: string): boolean {
      let prevented = false;
      listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
  };
}

describe('secure window options', () => {
  it('force the secure web preferences, whatever the caller asked for', () => {
    const options = secureWindowOptions(
      {
        width: 800,
        webPreferences: {
          nodeIntegration: true,
          contextIsolation: false,
          sandbox: false,
          webSecurity: false,
        },
      },
      '/app/dist/preload/preload.cjs',
    );
    expect(options.width).toBe(800);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('every window made by createSecureWindow is hardened', () => {
    const made: BrowserWindowConstructorOptions[] = [];
    const fake = fakeContents();
    class FakeWindow {
      webContents = fake.contents;
      constructor(options: BrowserWindowConstructorOptions) {
        made.push(options);
      }
    }
    createSecureWindow(FakeWindow as unknown as WindowConstructor, { title: 'x' }, '/p.cjs');
    expect(made[0]?.webPreferences?.sandbox).toBe(true);
    expect(fake.open('https://example.com')).toEqual({ action: 'deny' });
  });
});

describe('hardenWebContents', () => {
  it('denies window.open and every navigation, redirect and webview', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.open('app://renderer/index.html')).toEqual({ action: 'deny' });
    expect(fake.fire('will-navigate', 'https://evil.example')).toBe(true);
    expect(fake.fire('will-navigate', 'app://renderer/index.html')).toBe(true);
    expect(fake.fire('will-frame-navigate', 'https://evil.example')).toBe(true);
    expect(fake.fire('will-redirect', 'https://evil.example')).toBe(true);
    expect(fake.fire('will-attach-webview', 'https://evil.example')).toBe(true);
  });
});

describe('hardenSession', () => {
  type RequestHandler = (c: unknown, permission: string, cb: (ok: boolean) => void) => void;
  type CheckHandler = (c: unknown, permission: string) => boolean;
  type BeforeRequest = (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;

  function fakeSession() {
    const s: {
      request: RequestHandler | null;
      check: CheckHandler | null;
      device: (() => boolean) | null;
      beforeRequest: BeforeRequest | null;
    } = { request: null, check: null, device: null, beforeRequest: null };
    const session = {
      setPermissionRequestHandler: (h: RequestHandler) => void (s.request = h),
      setPermissionCheckHandler: (h: CheckHandler) => void (s.check = h),
      setDevicePermissionHandler: (h: () => boolean) => void (s.device = h),
      webRequest: { onBeforeRequest: (h: BeforeRequest) => void (s.beforeRequest = h) },
    };
    return { s, session: session as unknown as Session };
  }

  it('allows notifications and nothing else', () => {
    const { s, session } = fakeSession();
    hardenSession(session);
    const asked = (permission: string) => {
      let answer: boolean | null = null as boolean | null;
      s.request?.(null, permission, (ok) => (answer = ok));
      return answer;
    };
    expect(asked('notifications')).toBe(true);
    for (const p of [
      'media',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'midi',
    ]) {
      expect(asked(p)).toBe(false);
      expect(s.check?.(null, p)).toBe(false);
    }
    expect(s.check?.(null, 'notifications')).toBe(true);
    expect(s.device?.()).toBe(false);
  });

  it('cancels every request that is not local (never remote content)', () => {
    const { s, session } = fakeSession();
    hardenSession(session);
    const cancelled = (url: string) => {
      let result: { cancel: boolean } | null = null;
      s.beforeRequest?.({ url }, (r) => (result = r));
      return result;
    };
    expect(cancelled('app://renderer/assets/index.js')).toEqual({ cancel: false });
    expect(cancelled('data:image/png;base64,AAAA')).toEqual({ cancel: false });
    expect(cancelled('https://fonts.example/font.woff2')).toEqual({ cancel: true });
    expect(cancelled('http://127.0.0.1:5173/')).toEqual({ cancel: true });
    expect(cancelled('file:///etc/passwd')).toEqual({ cancel: true });
    expect(cancelled('wss://example.com')).toEqual({ cancel: true });
  });
});

describe('URL checks and CSP', () => {
  it('recognises only our own pages', () => {
    expect(isAppUrl('app://renderer/index.html#/dashboard')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://renderer/index.html')).toBe(false);
    expect(isAppUrl('file:///app/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isLocalRequest('blob:app://renderer/1234')).toBe(true);
  });

  it('has a CSP that allows scripts only from the app and nothing inline', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
