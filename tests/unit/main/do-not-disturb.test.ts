/**
 * The do-not-disturb probe over a fake session bus: what it reads once, which announcements it
 * follows, and that a question costs no bus call and no process. (tests/integration/notifier.test.ts
 * runs it against a real dunst.)
 */
import { describe, expect, it } from 'vitest';
import type { Bus, MethodCall, Signal, SignalMatch } from '../../../electron/main/dbus.ts';
import {
  DCONF_WRITER,
  dndProbeFor,
  DUNST,
  LinuxDndProbe,
  neverDnd,
  NOTIFICATIONS,
  NOTIFICATIONS_PATH,
  type CommandRunner,
} from '../../../electron/main/do-not-disturb.ts';

const PROPERTIES = 'org.freedesktop.DBus.Properties';

/** A session bus with a notification daemon whose properties the test sets. */
class FakeBus implements Bus {
  /** `interface.property` → value; absent: the daemon has no such property. */
  properties = new Map<string, unknown>();
  daemon = true;
  calls: string[] = [];
  private readonly subscriptions: { match: SignalMatch; listener: (s: Signal) => void }[] = [];

  async call(request: MethodCall): Promise<unknown[]> {
    this.calls.push(`${request.interface}.${request.member} ${JSON.stringify(request.body)}`);
    if (!this.daemon)
      throw new Error('org.freedesktop.DBus.Error.ServiceUnknown: no notification daemon');
    const [iface, name] = request.body as [string, string];
    const key = `${iface}.${name}`;
    if (!this.properties.has(key))
      throw new Error(`org.freedesktop.DBus.Error.InvalidArgs: No such property ${name}`);
    return [{ signature: 'b', value: this.properties.get(key) }];
  }

  async onSignal(match: SignalMatch, listener: (s: Signal) => void): Promise<() => void> {
    this.subscriptions.push({ match, listener });
    return () => undefined;
  }

  close(): void {}

  emit(signal: Omit<Signal, 'sender'>): void {
    for (const { match, listener } of this.subscriptions) {
      if (match.interface !== signal.interface) continue;
      if (match.member !== undefined && match.member !== signal.member) continue;
      if (match.path !== undefined && match.path !== signal.path) continue;
      if (match.arg0 !== undefined && match.arg0 !== signal.body[0]) continue;
      listener({ ...signal, sender: ':1.7' });
    }
  }

  /** What the daemon sends when a property changes. */
  changed(iface: string, name: string, value: boolean): void {
    this.properties.set(`${iface}.${name}`, value);
    this.emit({
      path: NOTIFICATIONS_PATH,
      interface: PROPERTIES,
      member: 'PropertiesChanged',
      body: [iface, { [name]: { signature: 'b', value } }, []],
    });
  }
}

function dunstBus(paused: boolean): FakeBus {
  const bus = new FakeBus();
  bus.properties.set(`${DUNST}.paused`, paused);
  return bus;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LinuxDndProbe over D-Bus', () => {
  it('reads dunst paused once, then answers from what dunst announces: no call per question', async () => {
    const bus = dunstBus(true);
    const probe = new LinuxDndProbe({ bus, env: {} });
    expect(await probe.isActive()).toBe(true);
    const calls = bus.calls.length;
    let changes = 0;
    probe.onChange(() => changes++);
    bus.changed(DUNST, 'paused', false);
    expect(changes).toBe(1);
    for (let i = 0; i < 10; i++) expect(await probe.isActive()).toBe(false);
    expect(bus.calls.length).toBe(calls);
    expect(probe.listening).toEqual(['Notifications PropertiesChanged', 'Notifications owner']);
    expect(probe.spawned).toBe(0);
  });

  it('follows the freedesktop Inhibited property (KDE Plasma and others)', async () => {
    const bus = new FakeBus();
    bus.properties.set(`${NOTIFICATIONS}.Inhibited`, false);
    const probe = new LinuxDndProbe({ bus, env: {} });
    expect(await probe.isActive()).toBe(false);
    bus.changed(NOTIFICATIONS, 'Inhibited', true);
    expect(await probe.isActive()).toBe(true);
    // Another interface's change on the same object says nothing about do-not-disturb.
    bus.emit({
      path: NOTIFICATIONS_PATH,
      interface: PROPERTIES,
      member: 'PropertiesChanged',
      body: ['org.example.Other', { Inhibited: { value: false } }, []],
    });
    expect(await probe.isActive()).toBe(true);
  });

  it('reads both again when the daemon restarts, and when a change comes without its value', async () => {
    const bus = dunstBus(false);
    const probe = new LinuxDndProbe({ bus, env: {} });
    expect(await probe.isActive()).toBe(false);
    bus.properties.set(`${DUNST}.paused`, true); // a new dunst that starts paused
    bus.emit({
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'NameOwnerChanged',
      body: [NOTIFICATIONS, ':1.7', ':1.9'],
    });
    await settle();
    expect(await probe.isActive()).toBe(true);
    bus.properties.set(`${DUNST}.paused`, false);
    bus.emit({
      path: NOTIFICATIONS_PATH,
      interface: PROPERTIES,
      member: 'PropertiesChanged',
      body: [DUNST, {}, ['paused']],
    });
    await settle();
    expect(await probe.isActive()).toBe(false);
  });

  it('no daemon, no bus: never holds a prompt and never throws', async () => {
    const bus = new FakeBus();
    bus.daemon = false;
    expect(await new LinuxDndProbe({ bus, env: {} }).isActive()).toBe(false);
    expect(await new LinuxDndProbe({ bus: null, env: {} }).isActive()).toBe(false);
    const failing: Bus = {
      call: () => Promise.reject(new Error('the D-Bus session bus is not available')),
      onSignal: () => Promise.reject(new Error('the D-Bus session bus is not available')),
      close: () => undefined,
    };
    const logged: string[] = [];
    const probe = new LinuxDndProbe({ bus: failing, env: {}, log: (m) => logged.push(m) });
    expect(await probe.isActive()).toBe(false);
    expect(logged.length).toBeGreaterThan(0);
  });

  it('GNOME: show-banners read once, and again only when dconf announces the key changed', async () => {
    const bus = new FakeBus();
    let banners = 'false';
    const ran: string[] = [];
    const run: CommandRunner = async (file, args) => {
      ran.push([file, ...args].join(' '));
      return { stdout: `${banners}\n` };
    };
    const probe = new LinuxDndProbe({ bus, env: { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, run });
    let changes = 0;
    probe.onChange(() => changes++);
    for (let i = 0; i < 5; i++) expect(await probe.isActive()).toBe(true);
    expect(ran).toEqual(['gsettings get org.gnome.desktop.notifications show-banners']);
    const notify = (prefix: string, keys: string[]) =>
      bus.emit({
        path: '/ca/desrt/dconf/Writer/user',
        interface: DCONF_WRITER,
        member: 'Notify',
        body: [prefix, keys, 'tag'],
      });
    // Some other key: not read again.
    notify('/org/gnome/desktop/interface/', ['color-scheme']);
    await settle();
    expect(ran).toHaveLength(1);
    banners = 'true';
    notify('/org/gnome/desktop/notifications/show-banners', ['']);
    await settle();
    expect(ran).toHaveLength(2);
    expect(changes).toBe(2); // on at the first read, off now
    expect(await probe.isActive()).toBe(false);
    // A whole directory reset covers the key too.
    notify('/org/gnome/desktop/', ['notifications/']);
    await settle();
    expect(ran).toHaveLength(3);
    expect(probe.spawned).toBe(3);
  });

  it('outside GNOME asks no gsettings at all; other platforms never hold', async () => {
    const ran: string[] = [];
    const run: CommandRunner = async (file) => {
      ran.push(file);
      return { stdout: 'false\n' };
    };
    const probe = new LinuxDndProbe({
      bus: dunstBus(false),
      env: { XDG_CURRENT_DESKTOP: 'KDE' },
      run,
    });
    expect(await probe.isActive()).toBe(false);
    expect(ran).toEqual([]);
    expect(dndProbeFor('darwin', { bus: () => null, env: {} })).toBe(neverDnd);
    expect(await neverDnd.isActive()).toBe(false);
    expect(dndProbeFor('linux', { bus: () => null, env: {} })).toBeInstanceOf(LinuxDndProbe);
  });
});
