import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AUTOSTART_FILE,
  desktopEntry,
  LaunchAtLogin,
  quoteExecArg,
  xdgAutostartDir,
} from '../../../electron/main/launch-at-login.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'posture-autostart-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeApp() {
  const calls: unknown[] = [];
  return { calls, setLoginItemSettings: (s: unknown) => void calls.push(s) };
}

describe('Linux: XDG autostart entry', () => {
  it('writes the entry when on and removes it when off', () => {
    const autostartDir = path.join(dir, 'autostart');
    const app = fakeApp();
    const login = new LaunchAtLogin({
      platform: 'linux',
      isPackaged: true,
      app,
      command: ['/home/me/Apps/Posture Break.AppImage'],
      autostartDir,
    });
    login.apply(true);
    const file = path.join(autostartDir, AUTOSTART_FILE);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('[Desktop Entry]');
    expect(text).toContain('Type=Application');
    expect(text).toContain('Name=Posture Break');
    expect(text).toContain('Exec="/home/me/Apps/Posture Break.AppImage"');
    expect(statSync(file).mode & 0o777).toBe(0o644);
    login.apply(true); // idempotent
    login.apply(false);
    expect(existsSync(file)).toBe(false);
    login.apply(false); // nothing to remove is fine
    expect(app.calls).toEqual([]);
  });

  it('does nothing for an unpackaged (development) run', () => {
    const autostartDir = path.join(dir, 'autostart');
    new LaunchAtLogin({
      platform: 'linux',
      isPackaged: false,
      app: fakeApp(),
      command: ['/x'],
      autostartDir,
    }).apply(true);
    expect(existsSync(autostartDir)).toBe(false);
  });

  it('finds the autostart directory from XDG_CONFIG_HOME or the home directory', () => {
    expect(xdgAutostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/me')).toBe('/cfg/autostart');
    expect(xdgAutostartDir({}, '/home/me')).toBe('/home/me/.config/autostart');
    expect(xdgAutostartDir({ XDG_CONFIG_HOME: 'relative' }, '/home/me')).toBe(
      '/home/me/.config/autostart',
    );
  });

  it('quotes Exec arguments per the Desktop Entry spec', () => {
    expect(quoteExecArg('/opt/posture/posture-break')).toBe('/opt/posture/posture-break');
    expect(quoteExecArg('/opt/Posture Break/app')).toBe('"/opt/Posture Break/app"');
    expect(quoteExecArg('/a/$HOME/`x`')).toBe('"/a/\\\\$HOME/\\\\`x\\\\`"');
    expect(quoteExecArg('/a/b"c')).toBe('"/a/b\\\\"c"');
    expect(quoteExecArg('/a/back\\slash')).toBe('"/a/back\\\\\\\\slash"');
    expect(quoteExecArg('100%')).toBe('100%%');
    expect(() => desktopEntry(['/a\nInjected=1'])).toThrow(/line break/);
  });
});

describe('macOS and Windows: login items', () => {
  it.each(['darwin', 'win32'] as const)('%s uses app.setLoginItemSettings', (platform) => {
    const app = fakeApp();
    const login = new LaunchAtLogin({
      platform,
      isPackaged: true,
      app,
      command: ['/x'],
      autostartDir: dir,
    });
    login.apply(true);
    login.apply(false);
    expect(app.calls).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
  });

  it('reports a failure instead of throwing', () => {
    const errors: string[] = [];
    const login = new LaunchAtLogin({
      platform: 'darwin',
      isPackaged: true,
      app: {
        setLoginItemSettings: () => {
          throw new Error('not allowed');
        },
      },
      command: ['/x'],
      autostartDir: dir,
      log: (m) => errors.push(m),
    });
    expect(() => login.apply(true)).not.toThrow();
    expect(errors).toEqual(['could not change launch at login']);
  });
});
