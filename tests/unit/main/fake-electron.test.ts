/**
 * The fake Electron models the platform differences main must live with; these tests pin each one
 * to what Electron documents (see the header of helpers/fake-electron.ts for the sources).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFakeElectron,
  FakeBrowserWindow,
  PROFILES,
  profileNamed,
  type PowerEventName,
  type ProfileName,
} from './helpers/fake-electron.ts';

const ALL_POWER: PowerEventName[] = [
  'lock-screen',
  'unlock-screen',
  'suspend',
  'resume',
  'shutdown',
];

describe('platform profiles', () => {
  const emitted: Record<ProfileName, PowerEventName[]> = {
    'linux-x11': ['suspend', 'resume', 'shutdown'],
    'linux-wayland': ['suspend', 'resume', 'shutdown'],
    darwin: ['lock-screen', 'unlock-screen', 'suspend', 'resume', 'shutdown'],
    win32: ['lock-screen', 'unlock-screen', 'suspend', 'resume'],
  };

  it.each(Object.keys(PROFILES) as ProfileName[])(
    '%s emits only the power events Electron documents for it',
    (name) => {
      const fake = createFakeElectron({ profile: PROFILES[name] });
      const heard: string[] = [];
      for (const event of ALL_POWER) fake.electron.powerMonitor.on(event, () => heard.push(event));
      for (const event of ALL_POWER) {
        if (emitted[name].includes(event)) fake.power(event);
        else
          expect(() => fake.power(event)).toThrow(`powerMonitor never emits '${event}' on ${name}`);
      }
      expect(heard).toEqual(emitted[name]);
    },
  );

  it('has no cursor position on Wayland, one elsewhere', () => {
    expect(() =>
      createFakeElectron({
        profile: PROFILES['linux-wayland'],
      }).electron.screen.getCursorScreenPoint(),
    ).toThrow(/not supported on Wayland/);
    for (const name of ['linux-x11', 'darwin', 'win32'] as const) {
      expect(
        createFakeElectron({ profile: PROFILES[name] }).electron.screen.getCursorScreenPoint(),
      ).toEqual({
        x: 10,
        y: 10,
      });
    }
  });

  it('has app.dock and the activate event on macOS only', () => {
    const mac = createFakeElectron({ profile: PROFILES.darwin });
    expect(mac.electron.app.dock).toBeDefined();
    let activated = 0;
    mac.electron.app.on('activate', () => activated++);
    mac.activate();
    expect(activated).toBe(1);
    for (const name of ['linux-x11', 'linux-wayland', 'win32'] as const) {
      const fake = createFakeElectron({ profile: PROFILES[name] });
      expect(fake.electron.app.dock).toBeUndefined();
      expect(() => fake.activate()).toThrow(/macOS only/);
    }
  });

  it('names an unknown profile and the ones that exist', () => {
    expect(profileNamed(undefined)).toBe(PROFILES['linux-x11']);
    expect(() => profileNamed('beos')).toThrow(
      'Unknown platform profile "beos"; use linux-x11, linux-wayland, darwin, win32',
    );
  });

  it('sets process.platform and process.defaultApp as Electron does, packaged or not', () => {
    const dev = { platform: 'linux', defaultApp: undefined as boolean | undefined };
    createFakeElectron({ profile: PROFILES.darwin }).applyToProcess(dev);
    expect(dev).toMatchObject({ platform: 'darwin', defaultApp: true });

    const packaged = { platform: 'linux', defaultApp: true as boolean | undefined };
    const fake = createFakeElectron({ profile: PROFILES.win32, packaged: true });
    fake.applyToProcess(packaged);
    expect(packaged.platform).toBe('win32');
    expect('defaultApp' in packaged).toBe(false);
    expect(fake.electron.app.isPackaged).toBe(true);
  });

  it("sets the desktop session's environment: Wayland, or X11 with no Wayland display left over", () => {
    const wayland = { platform: 'linux', env: {} as Record<string, string | undefined> };
    createFakeElectron({ profile: PROFILES['linux-wayland'] }).applyToProcess(wayland);
    expect(wayland.env).toEqual({ XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' });
    const x11 = { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-1', HOME: '/h' } };
    createFakeElectron({ profile: PROFILES['linux-x11'] }).applyToProcess(x11);
    expect(x11.env).toEqual({ XDG_SESSION_TYPE: 'x11', HOME: '/h' });
  });

  it('app.commandLine answers the switches given ("" for others); app.focus is recorded', () => {
    const { electron, report } = createFakeElectron({ switches: { 'ozone-platform': 'x11' } });
    expect(electron.app.commandLine.getSwitchValue('ozone-platform')).toBe('x11');
    expect(electron.app.commandLine.getSwitchValue('ozone-platform-hint')).toBe('');
    expect(electron.app.commandLine.hasSwitch('ozone-platform-hint')).toBe(false);
    electron.app.focus({ steal: true });
    expect(report.events).toContain('app-focus:{"steal":true}');
  });
});

describe('Electron behaviours every profile shares', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it('ipcMain.handle a second time on one channel throws', () => {
    const { electron } = createFakeElectron();
    electron.ipcMain.handle('state:get', () => 1);
    expect(() => electron.ipcMain.handle('state:get', () => 2)).toThrow(
      "Attempted to register a second handler for 'state:get'",
    );
    expect(() => electron.ipcMain.handle('state:set', 'nope' as never)).toThrow(
      "Expected handler to be a function, but found type 'string'",
    );
    electron.ipcMain.removeHandler('state:get');
    expect(() => electron.ipcMain.handle('state:get', () => 3)).not.toThrow();
  });

  it('nativeImage is empty for a missing file (no error), and on request', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'fake-electron-'));
    const file = path.join(dir, 'icon.png');
    writeFileSync(file, 'png');
    const { electron } = createFakeElectron();
    expect(electron.nativeImage.createFromPath(file).isEmpty()).toBe(false);
    expect(electron.nativeImage.createFromPath(path.join(dir, 'gone.png')).isEmpty()).toBe(true);
    expect(electron.nativeImage.createFromPath(path.join(dir, 'gone.png')).getSize()).toEqual({
      width: 0,
      height: 0,
    });
    const empty = createFakeElectron({ emptyImages: true }).electron;
    expect(empty.nativeImage.createFromPath(file).isEmpty()).toBe(true);
  });

  it('close() fires close now, destroys the window later, and closed after close() returned', async () => {
    const { electron } = createFakeElectron();
    const win = new electron.BrowserWindow({ width: 100, height: 100 });
    const order: string[] = [];
    win.on('close', () => order.push('close'));
    win.on('closed', () => order.push(`closed (destroyed: ${win.isDestroyed()})`));
    win.close();
    order.push(`returned (destroyed: ${win.isDestroyed()})`);
    expect(order).toEqual(['close', 'returned (destroyed: false)']);
    await new Promise((resolve) => win.once('closed', resolve));
    expect(order).toEqual(['close', 'returned (destroyed: false)', 'closed (destroyed: true)']);
    expect(win.webContents.isDestroyed()).toBe(true);
    expect(() => win.webContents.send('state:changed', {})).toThrow('Object has been destroyed');
  });

  it('a close the page prevents keeps the window', async () => {
    const { electron } = createFakeElectron();
    const win = new electron.BrowserWindow({});
    win.once('close', (event: { preventDefault(): void }) => event.preventDefault());
    win.close();
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(win.isDestroyed()).toBe(false);
  });

  it('ready-to-show fires once, after the first load', async () => {
    const { electron } = createFakeElectron();
    const win = new electron.BrowserWindow({});
    let shown = 0;
    win.on('ready-to-show', () => shown++);
    await win.loadURL('app://renderer/index.html');
    await win.loadURL('app://renderer/index.html#/settings');
    expect(shown).toBe(1);
    expect(win).toBeInstanceOf(FakeBrowserWindow);
  });

  it('the session filter and the protocol handler main registers are reachable', async () => {
    const fake = createFakeElectron();
    fake.electron.session.defaultSession.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: !details.url.startsWith('app:') }),
    );
    fake.electron.protocol.handle('app', (request) => new Response(`served ${request.url}`));
    expect(await fake.blocks('https://example.com/')).toBe(true);
    expect(await fake.blocks('app://renderer/index.html')).toBe(false);
    expect(await (await fake.serve('app://renderer/index.html')).text()).toBe(
      'served app://renderer/index.html',
    );
  });
});
