/**
 * Screen lock on Linux, where Electron's `lock-screen` / `unlock-screen` events do not exist (they
 * are macOS and Windows only). Three sources, any of which may be missing:
 * - logind (system bus): the session's `Lock` / `Unlock` signals (`loginctl lock-session`) and its
 *   `LockedHint` property, which lockers set through `SetLockedHint`;
 * - the screen savers' `ActiveChanged(bool)` signal on the session bus, under each desktop's name;
 * - `powerMonitor.getSystemIdleState(...) === 'locked'` at each idle poll, as the fallback; while
 *   it alone says locked, it looks for the unlock once a minute (`LOCKED_POLL_MS`).
 * A lock from any source is one lock; the matching unlock ends it.
 */
import type { Millis } from '../core/types.ts';
import type { Bus, Signal } from './dbus.ts';
import type { IdleSource } from './idle-monitor.ts';

/**
 * `ActiveChanged` interfaces: freedesktop (KDE Plasma, light-locker, xfce4-screensaver), GNOME
 * (gnome-screensaver, GNOME Shell), MATE (mate-screensaver), Cinnamon (cinnamon-screensaver),
 * Xfce (xfce4-screensaver's own name).
 */
export const SCREENSAVER_INTERFACES = [
  'org.freedesktop.ScreenSaver',
  'org.gnome.ScreenSaver',
  'org.mate.ScreenSaver',
  'org.cinnamon.ScreenSaver',
  'org.xfce.ScreenSaver',
] as const;

const LOGIN1 = 'org.freedesktop.login1';
const LOGIN1_SESSION = 'org.freedesktop.login1.Session';

export type LockChange = 'lock' | 'unlock';

/**
 * While only the fallback says locked (idle polls stop then), the unlock is looked for this often:
 * one reading a minute, so a return is noticed within a minute (the session's own locker, heard over
 * D-Bus, tells it at once and needs no reading at all).
 */
export const LOCKED_POLL_MS = 60_000;
type Source = 'logind' | 'screensaver' | 'poll';

export interface LinuxLockOptions {
  /** The shared session bus, or null when there is none. */
  session: Bus | null;
  /** The shared system bus (logind), or null when there is none. */
  system: Bus | null;
  idle: Pick<IdleSource, 'getSystemIdleState'>;
  now: () => Millis;
  onChange: (change: LockChange, at: Millis) => void;
  /** XDG_SESSION_ID picks the logind session; otherwise the one this process belongs to. */
  env?: Record<string, string | undefined>;
  pid?: number;
  /** While locked by the fallback alone, how often it looks for the unlock (idle polls stop then). */
  lockedPollMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export class LinuxLockWatcher {
  private locked: Source | null = null;
  private readonly unsubscribe: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  /** The sources that are listening, for the log and the tests. */
  readonly listening: string[] = [];

  constructor(private readonly o: LinuxLockOptions) {}

  /** Subscribes to every source that exists; resolves when all have answered (never rejects). */
  async start(): Promise<void> {
    const tasks: Promise<void>[] = [];
    if (this.o.session) {
      for (const iface of SCREENSAVER_INTERFACES) {
        tasks.push(
          this.listen(this.o.session, iface, { interface: iface, member: 'ActiveChanged' }, (s) => {
            const active = s.body[0];
            if (typeof active === 'boolean') this.set(active, 'screensaver');
          }),
        );
      }
    }
    if (this.o.system) tasks.push(this.startLogind(this.o.system));
    await Promise.all(tasks);
  }

  /** At each idle poll: the fallback for sessions whose locker says nothing on D-Bus. */
  checkIdleState(): void {
    if (this.stopped) return;
    const state = this.o.idle.getSystemIdleState(60);
    if (state === 'locked') this.set(true, 'poll');
    else if (this.locked === 'poll') this.set(false, 'poll');
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
    for (const off of this.unsubscribe.splice(0)) off();
  }

  get isLocked(): boolean {
    return this.locked !== null;
  }

  private async startLogind(bus: Bus): Promise<void> {
    let sessionPath: string;
    try {
      sessionPath = await this.logindSessionPath(bus);
    } catch (error) {
      this.o.log?.(
        'logind is not reachable; screen lock comes from the screen saver or polls',
        error,
      );
      return;
    }
    await Promise.all([
      this.listen(bus, 'logind Lock', { interface: LOGIN1_SESSION, path: sessionPath }, (s) => {
        if (s.member === 'Lock') this.set(true, 'logind');
        else if (s.member === 'Unlock') this.set(false, 'logind');
      }),
      this.listen(
        bus,
        'logind LockedHint',
        {
          interface: 'org.freedesktop.DBus.Properties',
          member: 'PropertiesChanged',
          path: sessionPath,
        },
        (s) => {
          const [iface, changed] = s.body as [string, Record<string, { value?: unknown }>];
          if (iface !== LOGIN1_SESSION) return;
          const hint = changed?.LockedHint?.value;
          if (typeof hint === 'boolean') this.set(hint, 'logind');
        },
      ),
    ]);
    // Already locked when we started (an autostart behind the lock screen).
    try {
      const [hint] = await bus.call({
        destination: LOGIN1,
        path: sessionPath,
        interface: 'org.freedesktop.DBus.Properties',
        member: 'Get',
        signature: 'ss',
        body: [LOGIN1_SESSION, 'LockedHint'],
      });
      const value = (hint as { value?: unknown } | undefined)?.value;
      if (value === true) this.set(true, 'logind');
    } catch {
      // An older logind without LockedHint: the signals still work.
    }
  }

  private async logindSessionPath(bus: Bus): Promise<string> {
    const id = this.o.env?.XDG_SESSION_ID;
    const [path] = id
      ? await bus.call({
          destination: LOGIN1,
          path: '/org/freedesktop/login1',
          interface: 'org.freedesktop.login1.Manager',
          member: 'GetSession',
          signature: 's',
          body: [id],
        })
      : await bus.call({
          destination: LOGIN1,
          path: '/org/freedesktop/login1',
          interface: 'org.freedesktop.login1.Manager',
          member: 'GetSessionByPID',
          signature: 'u',
          body: [this.o.pid ?? process.pid],
        });
    if (typeof path !== 'string') throw new Error('logind returned no session path');
    return path;
  }

  private async listen(
    bus: Bus,
    name: string,
    match: Parameters<Bus['onSignal']>[0],
    handle: (signal: Signal) => void,
  ): Promise<void> {
    try {
      const off = await bus.onSignal(match, (signal) => {
        if (!this.stopped) handle(signal);
      });
      if (this.stopped) off();
      else {
        this.unsubscribe.push(off);
        this.listening.push(name);
      }
    } catch (error) {
      this.o.log?.(`cannot listen for ${name}`, error);
    }
  }

  private set(locked: boolean, source: Source): void {
    if (locked) {
      if (this.locked !== null) return;
      this.locked = source;
      this.o.onChange('lock', this.o.now());
      if (source === 'poll') this.pollWhileLocked();
      return;
    }
    if (this.locked === null) return;
    this.locked = null;
    this.clearTimer();
    this.o.onChange('unlock', this.o.now());
  }

  /** Idle polls stop while locked, so the fallback looks for the unlock itself. */
  private pollWhileLocked(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.locked !== 'poll' || this.stopped) return;
      this.checkIdleState();
      if (this.locked === 'poll') this.pollWhileLocked();
    }, this.o.lockedPollMs ?? LOCKED_POLL_MS);
    (this.timer as { unref?: () => void }).unref?.();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
