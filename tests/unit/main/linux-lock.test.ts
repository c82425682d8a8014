/**
 * LinuxLockWatcher's logind and fallback paths. logind cannot run here (no system bus in CI), so its
 * replies stand in at the bus boundary; the screen-saver path runs against a real locker in
 * tests/integration/linux-lock.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Bus, MethodCall, Signal, SignalMatch } from '../../../electron/main/dbus.ts';
import {
  LinuxLockWatcher,
  LOCKED_POLL_MS,
  SCREENSAVER_INTERFACES,
  type LockChange,
} from '../../../electron/main/linux-lock.ts';

function standInBus(replies: (call: MethodCall) => unknown[]) {
  const subs: { match: SignalMatch; listener: (s: Signal) => void }[] = [];
  const bus: Bus & { emit(s: Omit<Signal, 'sender'>): void; subs: typeof subs } = {
    subs,
    call: async (call) => replies(call),
    onSignal: async (match, listener) => {
      subs.push({ match, listener });
      return () => undefined;
    },
    close: () => undefined,
    emit(s) {
      for (const { match, listener } of subs) {
        if (match.interface !== s.interface) continue;
        if (match.member !== undefined && match.member !== s.member) continue;
        if (match.path !== undefined && match.path !== s.path) continue;
        listener({ sender: ':1.9', ...s });
      }
    },
  };
  return bus;
}

const SESSION = '/org/freedesktop/login1/session/_32';

describe('LinuxLockWatcher', () => {
  it('listens for ActiveChanged on every common desktop screen saver interface', async () => {
    const session = standInBus(() => []);
    const w = new LinuxLockWatcher({
      session,
      system: null,
      idle: { getSystemIdleState: () => 'active' },
      now: () => 0,
      onChange: () => undefined,
    });
    await w.start();
    expect(session.subs.map((s) => s.match.interface)).toEqual([...SCREENSAVER_INTERFACES]);
    expect(SCREENSAVER_INTERFACES).toEqual(
      expect.arrayContaining([
        'org.freedesktop.ScreenSaver',
        'org.gnome.ScreenSaver',
        'org.mate.ScreenSaver',
        'org.cinnamon.ScreenSaver',
      ]),
    );
  });

  it('follows logind Lock/Unlock and LockedHint of the session named by XDG_SESSION_ID', async () => {
    const calls: MethodCall[] = [];
    const system = standInBus((call) => {
      calls.push(call);
      if (call.member === 'GetSession') return [SESSION];
      if (call.member === 'Get') return [{ signature: 'b', value: false }];
      return [];
    });
    const changes: LockChange[] = [];
    const w = new LinuxLockWatcher({
      session: null,
      system,
      idle: { getSystemIdleState: () => 'active' },
      now: () => 0,
      onChange: (c) => changes.push(c),
      env: { XDG_SESSION_ID: '32' },
    });
    await w.start();
    expect(calls[0]).toMatchObject({ member: 'GetSession', body: ['32'] });
    system.emit({
      path: SESSION,
      interface: 'org.freedesktop.login1.Session',
      member: 'Lock',
      body: [],
    });
    system.emit({
      path: SESSION,
      interface: 'org.freedesktop.login1.Session',
      member: 'Lock',
      body: [],
    });
    system.emit({
      path: SESSION,
      interface: 'org.freedesktop.DBus.Properties',
      member: 'PropertiesChanged',
      body: ['org.freedesktop.login1.Session', { LockedHint: { value: false } }, []],
    });
    system.emit({
      path: SESSION,
      interface: 'org.freedesktop.DBus.Properties',
      member: 'PropertiesChanged',
      body: ['org.freedesktop.login1.Session', { LockedHint: { value: true } }, []],
    });
    system.emit({
      path: SESSION,
      interface: 'org.freedesktop.login1.Session',
      member: 'Unlock',
      body: [],
    });
    // Another session's lock is not ours.
    system.emit({
      path: '/org/freedesktop/login1/session/_7',
      interface: 'org.freedesktop.login1.Session',
      member: 'Lock',
      body: [],
    });
    expect(changes).toEqual(['lock', 'unlock', 'lock', 'unlock']);
  });

  it('starts locked when logind says the session already is (LockedHint)', async () => {
    const system = standInBus((call) => {
      if (call.member === 'GetSessionByPID') return [SESSION];
      if (call.member === 'Get') return [{ signature: 'b', value: true }];
      return [];
    });
    const changes: LockChange[] = [];
    const w = new LinuxLockWatcher({
      session: null,
      system,
      idle: { getSystemIdleState: () => 'active' },
      now: () => 0,
      onChange: (c) => changes.push(c),
      env: {},
      pid: 4242,
    });
    await w.start();
    expect(changes).toEqual(['lock']);
  });

  it('falls back to getSystemIdleState "locked" at each poll, and looks for the unlock itself', async () => {
    vi.useFakeTimers();
    try {
      let state: 'active' | 'locked' = 'active';
      const changes: LockChange[] = [];
      const w = new LinuxLockWatcher({
        session: null,
        system: null,
        idle: { getSystemIdleState: () => state },
        now: () => 0,
        onChange: (c) => changes.push(c),
      });
      await w.start();
      w.checkIdleState();
      expect(changes).toEqual([]);
      state = 'locked';
      w.checkIdleState();
      expect(changes).toEqual(['lock']);
      vi.advanceTimersByTime(LOCKED_POLL_MS);
      expect(changes).toEqual(['lock']);
      state = 'active';
      // One reading a minute while locked: the unlock is seen at the next one, not before.
      vi.advanceTimersByTime(LOCKED_POLL_MS - 1);
      expect(changes).toEqual(['lock']);
      vi.advanceTimersByTime(1);
      expect(changes).toEqual(['lock', 'unlock']);
      expect(LOCKED_POLL_MS).toBeLessThanOrEqual(60_000);
      w.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
