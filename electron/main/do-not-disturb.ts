/**
 * Is the user in do-not-disturb? Linux asks the desktop over the one shared session-bus connection
 * (dbus.ts) and then listens, so answering costs nothing and a held prompt is released by the
 * desktop's own announcement, never by asking at every poll:
 * - dunst's `paused` property (interface `org.dunstproject.cmd0`; `dunstctl set-paused true`), and
 * - the freedesktop Notifications `Inhibited` property (KDE Plasma and others),
 *   both on /org/freedesktop/Notifications, both announced with PropertiesChanged, read again when
 *   the notification daemon (re)starts (NameOwnerChanged);
 * - GNOME's switch, `show-banners = false` in org.gnome.desktop.notifications. It lives in dconf,
 *   which has no D-Bus method to read a key (readers map its database file) and whose writer only
 *   announces which keys changed (`ca.desrt.dconf.Writer.Notify`); the settings portal serves a fixed
 *   list of schemas without this one. So one `gsettings get` reads it at the first question and
 *   again only when dconf announces that it changed: no process per poll.
 * Not asked any more: whether another app is fullscreen (it took two `xprop` processes per question,
 * saw only X11 windows, and nothing announces it; Electron has no API for other apps' windows).
 * macOS and Windows have no well-kept package for this; there the OS itself holds back the
 * notification banner in Focus / Focus Assist.
 */
import { execFile } from 'node:child_process';
import type { Bus, Signal } from './dbus.ts';

export interface DndProbe {
  /** True while prompts should be held back. Never throws. */
  isActive(): Promise<boolean>;
  /** `listener` runs whenever the answer may have changed (the desktop announced it). */
  onChange?(listener: () => void): void;
}

/** Runs a program with arguments (no shell); rejects on a non-zero exit, a timeout or a missing binary. */
export type CommandRunner = (file: string, args: readonly string[]) => Promise<{ stdout: string }>;

export const runCommand: CommandRunner = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: 1500, windowsHide: true }, (error, stdout) => {
      if (error) reject(error);
      else resolve({ stdout: String(stdout) });
    });
  });

export const NOTIFICATIONS = 'org.freedesktop.Notifications';
export const NOTIFICATIONS_PATH = '/org/freedesktop/Notifications';
export const DUNST = 'org.dunstproject.cmd0';
const PROPERTIES = 'org.freedesktop.DBus.Properties';
export const DCONF_WRITER = 'ca.desrt.dconf.Writer';
export const SHOW_BANNERS_KEY = '/org/gnome/desktop/notifications/show-banners';

type Source = 'dunst' | 'inhibited' | 'gnome';

export interface LinuxDndOptions {
  /** The shared session bus (dbus.ts `sessionBus()`), or null when there is none. */
  bus: Bus | null;
  env?: Record<string, string | undefined>;
  /** Runs `gsettings` (GNOME only); tests stand in for it. */
  run?: CommandRunner;
  log?: (message: string, error?: unknown) => void;
}

export class LinuxDndProbe implements DndProbe {
  private readonly state: Record<Source, boolean> = {
    dunst: false,
    inhibited: false,
    gnome: false,
  };
  private readonly listeners: (() => void)[] = [];
  private started: Promise<void> | null = null;
  private readonly gnome: boolean;
  private readonly run: CommandRunner;
  /** Signals subscribed, for the tests and the log. */
  readonly listening: string[] = [];
  /** `gsettings` processes started so far (at the first question and per announced change). */
  spawned = 0;

  constructor(private readonly o: LinuxDndOptions) {
    this.gnome = (o.env?.XDG_CURRENT_DESKTOP ?? '').toUpperCase().includes('GNOME');
    this.run = o.run ?? runCommand;
  }

  /** Reads the current state and subscribes, once (at the first question); never rejects. */
  start(): Promise<void> {
    this.started ??= this.subscribeAndRead();
    return this.started;
  }

  async isActive(): Promise<boolean> {
    await this.start();
    return this.state.dunst || this.state.inhibited || this.state.gnome;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private async subscribeAndRead(): Promise<void> {
    const bus = this.o.bus;
    if (bus) {
      await Promise.all([
        this.listen(
          bus,
          'Notifications PropertiesChanged',
          { interface: PROPERTIES, member: 'PropertiesChanged', path: NOTIFICATIONS_PATH },
          (s) => this.propertiesChanged(s),
        ),
        this.listen(
          bus,
          'Notifications owner',
          {
            interface: 'org.freedesktop.DBus',
            member: 'NameOwnerChanged',
            path: '/org/freedesktop/DBus',
            arg0: NOTIFICATIONS,
          },
          () => void this.readDaemon(bus),
        ),
        this.gnome
          ? this.listen(bus, 'dconf Notify', { interface: DCONF_WRITER, member: 'Notify' }, (s) =>
              this.dconfChanged(s),
            )
          : Promise.resolve(),
      ]);
      await this.readDaemon(bus);
    }
    if (this.gnome) await this.readBanners();
  }

  private async listen(
    bus: Bus,
    name: string,
    match: Parameters<Bus['onSignal']>[0],
    handle: (signal: Signal) => void,
  ): Promise<void> {
    try {
      await bus.onSignal(match, handle);
      this.listening.push(name);
    } catch (error) {
      this.o.log?.(`do-not-disturb: cannot listen for ${name}`, error);
    }
  }

  /** Both daemon properties, e.g. at the start or when the daemon (re)started; absent ones are off. */
  private async readDaemon(bus: Bus): Promise<void> {
    const [dunst, inhibited] = await Promise.all([
      getBoolean(bus, DUNST, 'paused'),
      getBoolean(bus, NOTIFICATIONS, 'Inhibited'),
    ]);
    this.set('dunst', dunst);
    this.set('inhibited', inhibited);
  }

  private propertiesChanged(signal: Signal): void {
    const [iface, changed, invalidated] = signal.body as [
      unknown,
      Record<string, { value?: unknown }> | undefined,
      unknown,
    ];
    const name = iface === DUNST ? 'paused' : iface === NOTIFICATIONS ? 'Inhibited' : null;
    if (name === null) return;
    const source: Source = iface === DUNST ? 'dunst' : 'inhibited';
    const value = changed?.[name]?.value;
    if (typeof value === 'boolean') this.set(source, value);
    else if (Array.isArray(invalidated) && invalidated.includes(name) && this.o.bus)
      void this.readDaemon(this.o.bus);
  }

  private dconfChanged(signal: Signal): void {
    const [prefix, keys] = signal.body as [unknown, unknown];
    if (typeof prefix !== 'string') return;
    const paths = Array.isArray(keys) && keys.length > 0 ? keys : [''];
    if (paths.some((k) => typeof k === 'string' && SHOW_BANNERS_KEY.startsWith(prefix + k)))
      void this.readBanners();
  }

  private async readBanners(): Promise<void> {
    this.spawned++;
    try {
      const { stdout } = await this.run('gsettings', [
        'get',
        'org.gnome.desktop.notifications',
        'show-banners',
      ]);
      const answer = stdout.trim();
      if (answer === 'false' || answer === 'true') this.set('gnome', answer === 'false');
    } catch (error) {
      this.o.log?.('do-not-disturb: cannot read GNOME show-banners', error);
    }
  }

  private set(source: Source, value: boolean): void {
    if (this.state[source] === value) return;
    this.state[source] = value;
    for (const listener of this.listeners) listener();
  }
}

/** A property as a boolean; false when the daemon or the property is not there. */
async function getBoolean(bus: Bus, iface: string, name: string): Promise<boolean> {
  try {
    const [value] = await bus.call({
      destination: NOTIFICATIONS,
      path: NOTIFICATIONS_PATH,
      interface: PROPERTIES,
      member: 'Get',
      signature: 'ss',
      body: [iface, name],
    });
    const unwrapped = (value as { value?: unknown } | undefined)?.value ?? value;
    return unwrapped === true;
  } catch {
    return false;
  }
}

/** Platforms where we cannot tell: never holds a prompt. */
export const neverDnd: DndProbe = { isActive: async () => false };

export function dndProbeFor(
  platform: NodeJS.Platform,
  options: {
    bus: () => Bus | null;
    env: Record<string, string | undefined>;
    log?: LinuxDndOptions['log'];
  },
): DndProbe {
  return platform === 'linux'
    ? new LinuxDndProbe({ bus: options.bus(), env: options.env, log: options.log })
    : neverDnd;
}
