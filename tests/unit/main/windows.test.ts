import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { WindowState } from '../../../electron/main/window-state.ts';
import {
  BREAK_WINDOW_MIN,
  BREAK_WINDOW_SIZE,
  WindowManager,
} from '../../../electron/main/windows.ts';

class FakeWindow extends EventEmitter {
  destroyed = false;
  minimized = false;
  maximized = false;
  visible = false;
  focused = false;
  alwaysOnTop: unknown[] = [];
  url = '';
  loads: string[] = [];
  sent: [string, unknown][] = [];
  bounds: { x: number; y: number; width: number; height: number };
  webContents = {
    getURL: () => this.url,
    isDestroyed: () => this.destroyed,
    send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
  };
  constructor(public options: BrowserWindowConstructorOptions) {
    super();
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
  }
  loadURL(url: string) {
    this.url = url;
    this.loads.push(url);
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
  isMaximized() {
    return this.maximized;
  }
  restore() {
    this.minimized = false;
  }
  maximize() {
    this.maximized = true;
  }
  show() {
    this.visible = true;
  }
  focus() {
    this.focused = true;
  }
  moveTop() {}
  setAlwaysOnTop(...args: unknown[]) {
    this.alwaysOnTop.push(args);
  }
  getNormalBounds() {
    return this.bounds;
  }
  /** Like Electron: a 'close' listener may call preventDefault() and the window stays. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

const displays = [
  {
    id: 1,
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  },
  {
    id: 2,
    bounds: { x: 1920, y: 0, width: 2560, height: 1440 },
    workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
  },
];

function setup(
  saved: WindowState | null = null,
  more: {
    keepBreakOpen?: () => boolean;
    fullScreenBreak?: () => boolean;
    wayland?: boolean;
    activateApp?: () => void;
    announceBreakWindow?: () => void;
  } = {},
) {
  const made: FakeWindow[] = [];
  const savedStates: WindowState[] = [];
  let breakClosed = 0;
  let cursor = { x: 100, y: 100 };
  let cursorReads = 0;
  const manager = new WindowManager({
    createWindow: (options) => {
      const win = new FakeWindow(options);
      made.push(win);
      return win as unknown as BrowserWindow;
    },
    screen: {
      getCursorScreenPoint: () => {
        cursorReads++;
        return cursor;
      },
      getDisplayNearestPoint: (p: { x: number }) => (p.x >= 1920 ? displays[1] : displays[0]),
      getAllDisplays: () => displays,
      getPrimaryDisplay: () => displays[0],
    } as never,
    stateFile: { load: () => saved, save: (s) => savedStates.push(s) },
    onBreakWindowClosed: () => breakClosed++,
    ...more,
  });
  return {
    manager,
    made,
    savedStates,
    moveCursor: (x: number, y: number) => (cursor = { x, y }),
    breakClosed: () => breakClosed,
    cursorReads: () => cursorReads,
  };
}

describe('break window', () => {
  it('opens always on top, centred on the display under the cursor, shown and focused when ready', () => {
    const { manager, made, moveCursor } = setup();
    moveCursor(3000, 500);
    manager.openBreak();
    const win = made[0] as FakeWindow;
    expect(win.options).toMatchObject({ alwaysOnTop: true, show: false, minimizable: false });
    expect(win.bounds).toEqual({
      x: 1920 + (2560 - BREAK_WINDOW_SIZE.width) / 2,
      y: (1400 - BREAK_WINDOW_SIZE.height) / 2,
      ...BREAK_WINDOW_SIZE,
    });
    expect(win.url).toBe('app://renderer/break.html');
    win.emit('ready-to-show');
    expect(win.visible && win.focused).toBe(true);
  });

  it('is one window: a second open brings it to the front instead', () => {
    const { manager, made } = setup();
    manager.openBreak();
    (made[0] as FakeWindow).minimized = true;
    manager.openBreak();
    expect(made).toHaveLength(1);
    expect((made[0] as FakeWindow).minimized).toBe(false);
    expect((made[0] as FakeWindow).focused).toBe(true);
  });

  it('is closed (destroyed), not hidden, and reports it', () => {
    const { manager, made, breakClosed } = setup();
    manager.openBreak();
    manager.closeBreak();
    expect((made[0] as FakeWindow).destroyed).toBe(true);
    expect(manager.isBreakOpen()).toBe(false);
    expect(breakClosed()).toBe(1);
    manager.openBreak();
    expect(made).toHaveLength(2);
  });
});

describe('break window size, full screen and strict mode', () => {
  it('has a minimum size the player is laid out for', () => {
    const { manager, made } = setup();
    manager.openBreak();
    expect((made[0] as FakeWindow).options).toMatchObject({
      minWidth: BREAK_WINDOW_MIN.width,
      minHeight: BREAK_WINDOW_MIN.height,
      fullscreen: false,
    });
  });

  it('covers the display under the cursor when fullScreenBreak is on', () => {
    const { manager, made, moveCursor } = setup(null, { fullScreenBreak: () => true });
    moveCursor(3000, 500);
    manager.openBreak();
    const win = made[0] as FakeWindow;
    expect(win.options).toMatchObject({ fullscreen: true, fullscreenable: true });
    expect(win.bounds).toEqual(displays[1]?.bounds);
  });

  it('strict mode: the user cannot close it during the routine, the app still can', () => {
    let strictBreak = true;
    const { manager, made, breakClosed } = setup(null, { keepBreakOpen: () => strictBreak });
    manager.openBreak();
    const win = made[0] as FakeWindow;
    win.close(); // the title bar's close button, Alt+F4, Cmd+W
    expect(win.destroyed).toBe(false);
    expect(breakClosed()).toBe(0);
    manager.closeBreak(); // lock, suspend, the finish screen's time is up
    expect(win.destroyed).toBe(true);
    expect(breakClosed()).toBe(1);
    // After the routine (finish screen), the user's own close works again.
    manager.openBreak();
    strictBreak = false;
    (made[1] as FakeWindow).close();
    expect((made[1] as FakeWindow).destroyed).toBe(true);
  });

  it('closeAll (quitting) is not held by strict mode', () => {
    const { manager, made } = setup(null, { keepBreakOpen: () => true });
    manager.openBreak();
    manager.closeAll();
    expect((made[0] as FakeWindow).destroyed).toBe(true);
  });
});

describe('main window', () => {
  it('restores the saved bounds and maximised state', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1000, height: 700 }, maximized: true };
    const { manager, made } = setup(saved);
    manager.openMain('dashboard');
    const win = made[0] as FakeWindow;
    expect(win.bounds).toEqual(saved.bounds);
    expect(win.options).toMatchObject({ minWidth: 900, minHeight: 600 });
    win.emit('ready-to-show');
    expect(win.maximized).toBe(true);
  });

  it('is a single instance that switches view by hash', () => {
    const { manager, made } = setup();
    manager.openMain('dashboard');
    manager.openMain('settings');
    manager.openMain('settings');
    expect(made).toHaveLength(1);
    expect((made[0] as FakeWindow).loads).toEqual([
      'app://renderer/index.html#/dashboard',
      'app://renderer/index.html#/settings',
    ]);
  });

  it('saves its size and position when closed', () => {
    const { manager, made, savedStates } = setup();
    manager.openMain('dashboard');
    const win = made[0] as FakeWindow;
    win.bounds = { x: 5, y: 6, width: 1000, height: 700 };
    win.close();
    expect(savedStates).toEqual([
      { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: false },
    ]);
    expect(manager.isMainOpen()).toBe(false);
  });
});

describe('broadcast', () => {
  it('sends to every open window and skips closed ones', () => {
    const { manager, made } = setup();
    manager.openMain('dashboard');
    manager.openBreak();
    manager.broadcast('settings:changed', { sound: false } as never);
    manager.closeBreak();
    manager.broadcast('state:changed', { n: 2 } as never);
    expect((made[0] as FakeWindow).sent.map(([c]) => c)).toEqual([
      'settings:changed',
      'state:changed',
    ]);
    expect((made[1] as FakeWindow).sent.map(([c]) => c)).toEqual(['settings:changed']);
  });
});

describe('Wayland and macOS focus', () => {
  it('on Wayland opens on the primary display without asking for the cursor, and announces itself', () => {
    let announced = 0;
    const { manager, made, moveCursor, cursorReads } = setup(null, {
      wayland: true,
      announceBreakWindow: () => announced++,
    });
    moveCursor(3000, 500);
    manager.openBreak();
    const win = made[0] as FakeWindow;
    // The cursor position is not supported on Wayland (it crashes or reads 0,0): never asked.
    expect(cursorReads()).toBe(0);
    expect(win.bounds.x).toBe((1920 - BREAK_WINDOW_SIZE.width) / 2);
    expect(announced).toBe(0);
    win.emit('ready-to-show');
    // The compositor may keep it behind other windows: the notification says it is open.
    expect(announced).toBe(1);
    manager.openBreak();
    expect(announced).toBe(2);
  });

  it('off Wayland nothing is announced (the window comes to the front)', () => {
    let announced = 0;
    const { manager, made } = setup(null, { announceBreakWindow: () => announced++ });
    manager.openBreak();
    (made[0] as FakeWindow).emit('ready-to-show');
    expect(announced).toBe(0);
  });

  it('activates the app (macOS app.focus steal) whenever a window is shown or brought forward', () => {
    const order: string[] = [];
    const { manager, made } = setup(null, { activateApp: () => order.push('activate') });
    manager.openBreak();
    const brk = made[0] as FakeWindow;
    const focus = brk.focus.bind(brk);
    brk.focus = () => {
      order.push('focus');
      focus();
    };
    brk.emit('ready-to-show');
    expect(order).toEqual(['activate', 'focus']);
    manager.openBreak();
    manager.openMain('dashboard');
    (made[1] as FakeWindow).emit('ready-to-show');
    manager.openMain('settings');
    expect(order.filter((o) => o === 'activate')).toHaveLength(4);
  });
});
