/**
 * Screen lock on Linux against a real screen locker: MATE's mate-screensaver (Debian package
 * mate-screensaver) on a private Xvfb display and D-Bus session, locked and unlocked with
 * mate-screensaver-command. It announces both on the session bus as org.mate.ScreenSaver
 * ActiveChanged, which the app hears through its one shared dbus-next connection.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusConnection } from '../../electron/main/dbus.ts';
import { LinuxLockWatcher, type LockChange } from '../../electron/main/linux-lock.ts';
import { startDesktopSession, waitFor, type DesktopSession } from './helpers/desktop-session.ts';

let session: DesktopSession;
let locker: ChildProcess | null = null;
let lockerLog = '';

function command(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('mate-screensaver-command', args, { env: session.env, timeout: 10_000 }, (e, out) =>
      e
        ? reject(new Error(`mate-screensaver-command ${args.join(' ')}: ${e.message}`))
        : resolve(String(out)),
    );
  });
}

beforeAll(async () => {
  if (spawnSync('sh', ['-c', 'command -v mate-screensaver']).status !== 0) {
    throw new Error(
      'The screen-lock test needs mate-screensaver on PATH. Install it (Debian/Ubuntu: ' +
        'apt-get install mate-screensaver); .ci/run does this.',
    );
  }
  session = await startDesktopSession();
  locker = spawn('mate-screensaver', ['--no-daemon'], {
    env: { ...session.env, NO_AT_BRIDGE: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  locker.stderr?.on('data', (chunk: Buffer) => (lockerLog += chunk.toString('utf8')));
  await waitFor(
    'mate-screensaver to answer on D-Bus',
    async () => {
      if (locker?.exitCode !== null) throw new Error(`mate-screensaver exited: ${lockerLog}`);
      return command('--query').then(
        () => true,
        () => false,
      );
    },
    30_000,
  );
}, 60_000);

afterAll(async () => {
  try {
    if (locker && locker.exitCode === null && locker.signalCode === null) {
      const exited = new Promise((r) => locker?.once('exit', r));
      locker.kill('SIGTERM');
      // A locker that ignores SIGTERM must not hang the suite or leak the session.
      const timer = setTimeout(() => locker?.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  } finally {
    await session?.stop();
  }
});

describe('LinuxLockWatcher with a real screen locker', () => {
  it('hears mate-screensaver lock and unlock on the session bus, once each', async () => {
    const bus = BusConnection.session(session.busAddress);
    const changes: LockChange[] = [];
    const watcher = new LinuxLockWatcher({
      session: bus,
      system: null,
      // The fallback must not be what answers here: it says "active" throughout.
      idle: { getSystemIdleState: () => 'active' },
      now: Date.now,
      onChange: (change) => changes.push(change),
    });
    try {
      await watcher.start();
      expect(watcher.listening).toContain('org.mate.ScreenSaver');

      await command('--lock');
      await waitFor('the lock', async () => changes.length >= 1, 20_000);
      expect(changes).toEqual(['lock']);
      expect(watcher.isLocked).toBe(true);
      // Polls while locked do not unlock what D-Bus locked.
      watcher.checkIdleState();
      expect(watcher.isLocked).toBe(true);

      await command('--deactivate');
      await waitFor('the unlock', async () => changes.length >= 2, 20_000);
      expect(changes).toEqual(['lock', 'unlock']);
    } finally {
      watcher.stop();
      bus.close();
    }
  }, 60_000);

  it('a missing system bus (no logind here) is logged, not thrown', async () => {
    const logs: string[] = [];
    const watcher = new LinuxLockWatcher({
      session: null,
      system: new BusConnection('session', 'unix:path=/nonexistent/posture-break-bus'),
      idle: { getSystemIdleState: () => 'active' },
      now: Date.now,
      onChange: () => undefined,
      log: (message) => logs.push(message),
    });
    await watcher.start();
    expect(watcher.listening).toEqual([]);
    expect(logs.join('\n')).toMatch(/logind is not reachable/);
    watcher.stop();
  }, 20_000);
});
