/**
 * The app's two windows. The break window: always on top, on the display under the cursor (the
 * primary display on Wayland, which has no cursor position), focused, and closed (destroyed) when
 * done so no renderer lingers. The main window (dashboard / settings):
 * one instance, reopened where it was left.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Screen } from 'electron';
import { Translator } from '../core/i18n/translator.ts';
import type { EventChannel, Events, WindowView } from '../core/ipc-contract.ts';
import { pageUrl } from './app-protocol.ts';
import { centredIn, restoreBounds, type WindowState } from './window-state.ts';

export const BREAK_WINDOW_SIZE = { width: 760, height: 640 };
/** The player's layout holds from 480 × 600 up (figure, countdown and controls all visible). */
export const BREAK_WINDOW_MIN = { width: 480, height: 600 };
export const MAIN_WINDOW_SIZE = { width: 1120, height: 780 };
/** The renderer's layouts work from 900 × 600 up. */
export const MAIN_WINDOW_MIN = { width: 900, height: 600 };

export interface WindowManagerOptions {
  /** `createSecureWindow` bound to BrowserWindow and the preload: the only way to make a window. */
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  screen: Pick<
    Screen,
    'getCursorScreenPoint' | 'getDisplayNearestPoint' | 'getAllDisplays' | 'getPrimaryDisplay'
  >;
  stateFile: { load(): WindowState | null; save(state: WindowState): void };
  /** The break window was closed, by the user or the app. */
  onBreakWindowClosed: () => void;
  /** Strict mode during a routine: the user cannot close the break window (the app still can). */
  keepBreakOpen?: () => boolean;
  /** The `fullScreenBreak` setting: the break window covers the display. */
  fullScreenBreak?: () => boolean;
  iconPath?: string;
  /** The break window's title in the user's language (the notifications name it). */
  breakTitle?: () => string;
  log?: (message: string, error?: unknown) => void;
  /**
   * Native Wayland (display-server.ts): `getCursorScreenPoint()` is not supported there, and the
   * compositor may ignore always-on-top and focus, so the window may open behind others.
   */
  wayland?: boolean;
  /** Wayland: tells the user the break window is open in a way that shows on top (a notification). */
  announceBreakWindow?: () => void;
  /**
   * macOS: `app.focus({ steal: true })`. Since Electron 6 `win.focus()` does not activate an app
   * while another app is in front, and our windows open from the timer, tray, CLI or notification.
   */
  activateApp?: () => void;
}

export class WindowManager {
  private breakWin: BrowserWindow | null = null;
  private mainWin: BrowserWindow | null = null;
  /** The app itself is closing the break window: strict mode does not hold it. */
  private closingBreak = false;

  constructor(private readonly o: WindowManagerOptions) {}

  isBreakOpen(): boolean {
    return alive(this.breakWin);
  }

  isMainOpen(): boolean {
    return alive(this.mainWin);
  }

  openBreak(): void {
    const existing = this.breakWin;
    if (existing && alive(existing)) {
      this.o.activateApp?.();
      bringToFront(existing);
      if (this.o.wayland) this.o.announceBreakWindow?.();
      return;
    }
    const display = this.o.wayland
      ? this.o.screen.getPrimaryDisplay()
      : this.o.screen.getDisplayNearestPoint(this.o.screen.getCursorScreenPoint());
    const fullScreen = this.o.fullScreenBreak?.() ?? false;
    const bounds = fullScreen ? display.bounds : centredIn(display.workArea, BREAK_WINDOW_SIZE);
    const win = this.o.createWindow({
      ...bounds,
      minWidth: BREAK_WINDOW_MIN.width,
      minHeight: BREAK_WINDOW_MIN.height,
      title: this.o.breakTitle?.() ?? new Translator().t('window.breakTitle'),
      show: false,
      alwaysOnTop: true,
      minimizable: false,
      maximizable: false,
      fullscreenable: fullScreen,
      fullscreen: fullScreen,
      autoHideMenuBar: true,
      ...(this.o.iconPath ? { icon: this.o.iconPath } : {}),
    });
    this.breakWin = win;
    win.once('ready-to-show', () => {
      this.o.activateApp?.();
      bringToFront(win);
      if (this.o.wayland) this.o.announceBreakWindow?.();
    });
    win.on('close', (event) => {
      if (!this.closingBreak && this.o.keepBreakOpen?.()) event.preventDefault();
    });
    win.on('closed', () => {
      if (this.breakWin === win) this.breakWin = null;
      this.closingBreak = false;
      this.o.onBreakWindowClosed();
    });
    this.load(win, pageUrl('break'));
  }

  /** Closes the break window for good (close, not hide: its renderer process ends). */
  closeBreak(): void {
    const win = this.breakWin;
    if (!win || !alive(win)) return;
    this.closingBreak = true;
    win.close();
  }

  openMain(view: WindowView): void {
    const url = pageUrl('index', view);
    const existing = this.mainWin;
    if (existing && alive(existing)) {
      // A hash change in the same document: the renderer's router switches view without a reload.
      if (existing.webContents.getURL() !== url) this.load(existing, url);
      if (existing.isMinimized()) existing.restore();
      this.o.activateApp?.();
      existing.show();
      existing.focus();
      return;
    }
    const saved = this.o.stateFile.load();
    const bounds = restoreBounds(
      saved,
      this.o.screen.getAllDisplays().map((d) => d.workArea),
      this.o.screen.getPrimaryDisplay().workArea,
      MAIN_WINDOW_SIZE,
    );
    const win = this.o.createWindow({
      ...bounds,
      minWidth: MAIN_WINDOW_MIN.width,
      minHeight: MAIN_WINDOW_MIN.height,
      title: 'Posture Break',
      show: false,
      autoHideMenuBar: true,
      ...(this.o.iconPath ? { icon: this.o.iconPath } : {}),
    });
    this.mainWin = win;
    win.once('ready-to-show', () => {
      if (saved?.maximized) win.maximize();
      this.o.activateApp?.();
      win.show();
      win.focus();
    });
    win.on('close', () => {
      this.o.stateFile.save({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    });
    win.on('closed', () => {
      if (this.mainWin === win) this.mainWin = null;
    });
    this.load(win, url);
  }

  broadcast<C extends EventChannel>(channel: C, payload: Events[C]): void {
    for (const win of [this.mainWin, this.breakWin]) {
      if (win && alive(win) && !win.webContents.isDestroyed())
        win.webContents.send(channel, payload);
    }
  }

  closeAll(): void {
    if (alive(this.breakWin)) this.closingBreak = true;
    for (const win of [this.breakWin, this.mainWin]) if (win && alive(win)) win.close();
  }

  private load(win: BrowserWindow, url: string): void {
    win.loadURL(url).catch((error: unknown) => this.o.log?.(`could not load ${url}`, error));
  }
}

function alive(win: BrowserWindow | null): win is BrowserWindow {
  return win !== null && !win.isDestroyed();
}

function bringToFront(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.setAlwaysOnTop(true, 'floating');
  win.show();
  win.moveTop();
  win.focus();
}
