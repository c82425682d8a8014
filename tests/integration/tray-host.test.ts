/**
 * The tray-host check on a real D-Bus session bus (the private one the desktop helper starts): no
 * StatusNotifierWatcher there → the dashboard notice, with what to install; once a program owns the
 * watcher's name → no notice. A dismissal is remembered across runs.
 */
import dbus from 'dbus-next';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusConnection } from '../../electron/main/dbus.ts';
import { STATUS_NOTIFIER_WATCHER, TrayHostNotice } from '../../electron/main/tray-host.ts';
import { startDesktopSession, type DesktopSession } from './helpers/desktop-session.ts';

let session: DesktopSession;
let dir: string;

beforeAll(async () => {
  session = await startDesktopSession();
  dir = mkdtempSync(path.join(os.tmpdir(), 'tray-host-'));
}, 60_000);

afterAll(async () => {
  await session?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('TrayHostNotice on a real session bus', () => {
  it('tells GNOME users to install the AppIndicator extension, once', async () => {
    const bus = BusConnection.session(session.busAddress);
    try {
      const marker = path.join(dir, 'a', 'tray-notice-dismissed');
      const notice = new TrayHostNotice(marker);
      const text = await notice.check(bus, { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' });
      expect(text).toMatch(/gnome-shell-extension-appindicator/);
      expect(text).toMatch(/everything in the tray menu is here/);
      notice.dismiss();

      const nextRun = new TrayHostNotice(marker);
      expect(await nextRun.check(bus, { XDG_CURRENT_DESKTOP: 'GNOME' })).toBeNull();
    } finally {
      bus.close();
    }
  });

  it('says nothing when a StatusNotifierWatcher is on the bus', async () => {
    const owner = dbus.sessionBus({ busAddress: session.busAddress });
    const bus = BusConnection.session(session.busAddress);
    try {
      await owner.requestName(STATUS_NOTIFIER_WATCHER, 0);
      const notice = new TrayHostNotice(path.join(dir, 'b', 'tray-notice-dismissed'));
      expect(await notice.check(bus, { XDG_CURRENT_DESKTOP: 'KDE' })).toBeNull();
    } finally {
      bus.close();
      owner.disconnect();
    }
  });

  it('an unreachable bus is no reason to alarm the user', async () => {
    const logs: string[] = [];
    const notice = new TrayHostNotice(path.join(dir, 'c', 'marker'));
    const bus = BusConnection.session('unix:path=/nonexistent/posture-break-bus');
    expect(await notice.check(bus, {}, (m) => logs.push(m))).toBeNull();
    expect(logs).toEqual(['could not ask the session bus for a tray host']);
  });
});
