/**
 * The real notification path on Linux: node-notifier → notify-send → dunst, on a private Xvfb display
 * and D-Bus session started by the test, read back with dunstctl; and the real do-not-disturb probe
 * (dunst paused, over D-Bus) holding a prompt until dunst announces the end of the pause.
 */
import dbus from 'dbus-next';
import nodeNotifier from 'node-notifier';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppSession } from '../../electron/core/app-session.ts';
import { defaultSettings } from '../../electron/core/settings.ts';
import { AppController } from '../../electron/main/app-controller.ts';
import { BusConnection } from '../../electron/main/dbus.ts';
import { LinuxDndProbe } from '../../electron/main/do-not-disturb.ts';
import { Translator } from '../../electron/core/i18n/translator.ts';
import { firstMoveName } from '../../electron/main/first-move.ts';
import { NodeNotifierPrompt, type PromptNotice } from '../../electron/main/notifier.ts';
import {
  dunstCount,
  dunstHistory,
  historyMark,
  startDesktopSession,
  waitFor,
  type DesktopSession,
} from './helpers/desktop-session.ts';

const ENGLISH = new Translator('en');

const ICON = path.resolve('build/icons/256x256.png');
const MIN = 60_000;

let session: DesktopSession;
const savedEnv: Record<string, string | undefined> = {};

beforeAll(async () => {
  session = await startDesktopSession();
  // node-notifier and the DND probe run their commands with this process's environment.
  for (const key of [
    'DISPLAY',
    'DBUS_SESSION_BUS_ADDRESS',
    'WAYLAND_DISPLAY',
    'XDG_CURRENT_DESKTOP',
  ]) {
    savedEnv[key] = process.env[key];
  }
  process.env.DISPLAY = session.display;
  process.env.DBUS_SESSION_BUS_ADDRESS = session.busAddress;
  delete process.env.WAYLAND_DISPLAY;
  delete process.env.XDG_CURRENT_DESKTOP;
}, 30_000);

afterAll(async () => {
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await session?.stop();
}, 30_000);

let mark = 0;
beforeEach(async () => {
  await session.dunstctl('set-paused', 'false');
  mark = await historyMark(session);
});

const notice: PromptNotice = {
  breakDurationSeconds: 120,
  firstMove: 'Band pull-apart',
  canSnooze: true,
  canSkip: true,
  autoOpenSeconds: 60,
  sound: false,
  eyeCue: false,
  reprompt: false,
};

describe('node-notifier → notify-send → dunst', () => {
  it('shows the prompt, which dunst reports with our title, body, app name and icon', async () => {
    const errors: Error[] = [];
    const prompt = new NodeNotifierPrompt({
      backend: nodeNotifier,
      platform: 'linux',
      iconPath: ICON,
      onError: (error) => errors.push(error),
    });
    expect(prompt.supportsActions).toBe(false);
    prompt.showPrompt(notice, () => undefined);
    await waitFor(
      'dunst to display the notification',
      async () => (await dunstCount(session, 'displayed')) === 1,
    );
    const history = await dunstHistory(session, mark);
    expect(errors).toEqual([]);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      appname: 'Posture Break',
      summary: 'Time for a 2-minute posture break',
      category: 'presence',
      iconPath: ICON,
    });
    expect(history[0]?.body).toContain('First up: Band pull-apart.');
    expect(history[0]?.body).toContain('Start, snooze or skip it from the tray menu.');
  }, 20_000);

  it('carries text with quotes and dollar signs through the shell unchanged', async () => {
    const prompt = new NodeNotifierPrompt({ backend: nodeNotifier, platform: 'linux' });
    prompt.showPrompt({ ...notice, firstMove: 'Chin tuck ("yes" nod) $HOME `x`' }, () => undefined);
    await waitFor('the notification', async () => (await dunstCount(session, 'displayed')) === 1);
    const [shown] = await dunstHistory(session, mark);
    expect(shown?.body).toContain('First up: Chin tuck ("yes" nod) $HOME `x`.');
  }, 20_000);
});

describe('do not disturb, for real', () => {
  it('the probe follows dunst paused and unpaused as dunst announces it, asking nothing per question', async () => {
    const bus = BusConnection.session(session.busAddress);
    try {
      const probe = new LinuxDndProbe({ bus, env: {} });
      expect(await probe.isActive()).toBe(false);
      let changes = 0;
      probe.onChange(() => changes++);
      await session.dunstctl('set-paused', 'true');
      await waitFor('dunst to announce the pause', async () => changes === 1);
      expect(await probe.isActive()).toBe(true);
      await session.dunstctl('set-paused', 'false');
      await waitFor('dunst to announce the end of the pause', async () => changes === 2);
      expect(await probe.isActive()).toBe(false);
      expect(probe.listening).toContain('Notifications PropertiesChanged');
      expect(probe.spawned).toBe(0);
    } finally {
      bus.close();
    }
  }, 20_000);

  it("a match on the first argument hears only that name's owner changes (a daemon restart)", async () => {
    const bus = BusConnection.session(session.busAddress);
    const other = dbus.sessionBus({ busAddress: session.busAddress });
    try {
      const heard: unknown[] = [];
      await bus.onSignal(
        {
          interface: 'org.freedesktop.DBus',
          member: 'NameOwnerChanged',
          path: '/org/freedesktop/DBus',
          arg0: 'org.example.PostureDaemon',
        },
        (signal) => heard.push(signal.body[0]),
      );
      await other.requestName('org.example.Unrelated', 0);
      await other.requestName('org.example.PostureDaemon', 0);
      await waitFor('the owner change', async () => heard.length === 1);
      expect(heard).toEqual(['org.example.PostureDaemon']);
    } finally {
      other.disconnect();
      bus.close();
    }
  }, 20_000);

  it('a prompt due while dunst is paused is not sent, and is shown once DND ends', async () => {
    const T0 = new Date(2026, 2, 10, 9, 0, 0).getTime();
    let now = T0;
    const bus = BusConnection.session(session.busAddress);
    const dnd = new LinuxDndProbe({ bus, env: {} });
    const settings = defaultSettings();
    const noop = () => undefined;
    const controller = new AppController({
      session: new AppSession({
        settings,
        snapshot: null,
        history: [],
        firstRun: false,
        notice: null,
        now: T0,
      }),
      store: {
        saveSettings: noop,
        saveEngine: noop,
        heartbeat: noop,
        completeOnboarding: noop,
        acknowledgeRecovery: noop,
      },
      now: () => now,
      notifier: new NodeNotifierPrompt({
        backend: nodeNotifier,
        platform: 'linux',
        iconPath: ICON,
      }),
      dnd,
      tray: { update: noop },
      windows: {
        openBreak: noop,
        closeBreak: noop,
        isBreakOpen: () => false,
        openMain: noop,
        broadcast: noop,
      },
      idle: { poll: noop, setGapStart: noop, hold: noop, release: noop, setAwayAfterSeconds: noop },
      schedule: noop,
      firstMove: (settings, today) => firstMoveName(ENGLISH, settings, today),
    });
    controller.start();
    await session.dunstctl('set-paused', 'true');
    // 30 minutes at the desk, reported as the idle monitor would.
    for (let t = 5_000; t <= 30 * MIN; t += 5_000) {
      now = T0 + t;
      controller.input({ from: now - 5_000, to: now });
    }
    controller.tick(now);
    await controller.settled();
    expect(controller.getState().status.breakState).toBe('pending');
    // Nothing reached the daemon: not on screen, not queued behind the pause.
    expect(await dunstCount(session, 'waiting')).toBe(0);
    expect(await dunstCount(session, 'displayed')).toBe(0);

    // No poll: dunst's own announcement releases the held prompt.
    now += 5_000;
    await session.dunstctl('set-paused', 'false');
    await waitFor('the announcement to reach the controller', async () => {
      await controller.settled();
      return (await dunstCount(session, 'displayed')) === 1;
    });
    await waitFor(
      'the held prompt on screen',
      async () => (await dunstCount(session, 'displayed')) === 1,
    );
    const [shown] = await dunstHistory(session, mark);
    expect(shown?.summary).toBe('Time for a 2-minute posture break');
    expect(shown?.body).toContain(
      `First up: ${firstMoveName(ENGLISH, settings, controller.getState().today)}.`,
    );
    controller.stop();
    bus.close();
  }, 30_000);
});
