/**
 * One long-lived D-Bus connection per bus (session, system), shared by everything in main that asks
 * the desktop a question or listens to it: screen lock, the tray watcher, do-not-disturb.
 * Pure JS (dbus-next), no process per question. A bus that is not there (no session bus, a container
 * without a system bus) fails each call with a clear error instead of throwing at start-up.
 */
import type dbus from 'dbus-next';

let loaded: typeof dbus | null = null;
/** dbus-next (about 50 ms to load) comes with the first connection: never on macOS and Windows. */
function dbusNext(): typeof dbus {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('dbus-next') as typeof dbus);
}

export interface MethodCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: unknown[];
}

export interface SignalMatch {
  interface: string;
  member?: string;
  path?: string;
  /** The signal's first argument, a string (e.g. the name in NameOwnerChanged). */
  arg0?: string;
}

export interface Signal {
  sender: string;
  path: string;
  interface: string;
  member: string;
  body: unknown[];
}

/** What callers need from a bus; tests may stand in for it, but the real one is `BusConnection`. */
export interface Bus {
  /** The reply's body; rejects with the D-Bus error name and text, or after `CALL_TIMEOUT_MS`. */
  call(request: MethodCall): Promise<unknown[]>;
  /** Subscribes (AddMatch) and resolves to the unsubscribe function once the bus has the rule. */
  onSignal(match: SignalMatch, listener: (signal: Signal) => void): Promise<() => void>;
  close(): void;
}

/** A call that gets no answer within this time is an error (a hung service must not stall us). */
export const CALL_TIMEOUT_MS = 3_000;

const BUS_NAME = 'org.freedesktop.DBus';
const BUS_PATH = '/org/freedesktop/DBus';

export class BusConnection implements Bus {
  private bus: dbus.MessageBus | null = null;
  private failure: Error | null = null;
  /** Calls waiting for a reply, failed at once when the connection dies. */
  private readonly waiting = new Set<(error: Error) => void>();
  private readonly listeners = new Set<{
    match: SignalMatch;
    listener: (signal: Signal) => void;
  }>();

  /** `open()` makes the socket; nothing is sent until the first call. */
  constructor(
    private readonly which: 'session' | 'system',
    private readonly address?: string,
  ) {}

  static session(address?: string): BusConnection {
    return new BusConnection('session', address);
  }

  static system(): BusConnection {
    return new BusConnection('system');
  }

  private open(): dbus.MessageBus {
    if (this.failure) throw this.failure;
    if (this.bus) return this.bus;
    try {
      const bus =
        this.which === 'system'
          ? dbusNext().systemBus()
          : dbusNext().sessionBus(this.address ? { busAddress: this.address } : undefined);
      bus.on('error', (error: unknown) => this.fail(error));
      bus.on('message', (message: dbus.Message) => this.dispatch(message));
      this.bus = bus;
      return bus;
    } catch (error) {
      this.fail(error);
      throw this.failure ?? error;
    }
  }

  private fail(error: unknown): void {
    const text = error instanceof Error ? error.message : String(error);
    this.failure = new Error(`the D-Bus ${this.which} bus is not available: ${text}`);
    for (const reject of [...this.waiting]) reject(this.failure);
    const bus = this.bus;
    this.bus = null;
    try {
      bus?.disconnect();
    } catch {
      // Already gone.
    }
  }

  async call(request: MethodCall): Promise<unknown[]> {
    const bus = this.open();
    const message = new (dbusNext().Message)({
      destination: request.destination,
      path: request.path,
      interface: request.interface,
      member: request.member,
      signature: request.signature ?? '',
      body: request.body ?? [],
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let rejectNow: ((error: Error) => void) | undefined;
    const timeout = new Promise<never>((_, reject) => {
      rejectNow = reject;
      this.waiting.add(reject);
      timer = setTimeout(
        () =>
          reject(
            new Error(`${request.interface}.${request.member}: no reply in ${CALL_TIMEOUT_MS} ms`),
          ),
        CALL_TIMEOUT_MS,
      );
      (timer as { unref?: () => void }).unref?.();
    });
    try {
      const reply = await Promise.race([bus.call(message), timeout]);
      return reply?.body ?? [];
    } catch (error) {
      throw asDbusError(error);
    } finally {
      clearTimeout(timer);
      if (rejectNow) this.waiting.delete(rejectNow);
    }
  }

  async onSignal(match: SignalMatch, listener: (signal: Signal) => void): Promise<() => void> {
    const rule = matchRule(match);
    await this.call({
      destination: BUS_NAME,
      path: BUS_PATH,
      interface: BUS_NAME,
      member: 'AddMatch',
      signature: 's',
      body: [rule],
    });
    const entry = { match, listener };
    this.listeners.add(entry);
    return () => {
      if (!this.listeners.delete(entry) || !this.bus) return;
      this.call({
        destination: BUS_NAME,
        path: BUS_PATH,
        interface: BUS_NAME,
        member: 'RemoveMatch',
        signature: 's',
        body: [rule],
      }).catch(() => undefined);
    };
  }

  /** True when some program owns `name` on this bus (e.g. org.kde.StatusNotifierWatcher). */
  async nameHasOwner(name: string): Promise<boolean> {
    const [owned] = await this.call({
      destination: BUS_NAME,
      path: BUS_PATH,
      interface: BUS_NAME,
      member: 'NameHasOwner',
      signature: 's',
      body: [name],
    });
    return owned === true;
  }

  /** org.freedesktop.DBus.Properties.Get, unwrapped from its variant. */
  async getProperty(destination: string, path: string, iface: string, name: string) {
    const [value] = await this.call({
      destination,
      path,
      interface: 'org.freedesktop.DBus.Properties',
      member: 'Get',
      signature: 'ss',
      body: [iface, name],
    });
    return value instanceof dbusNext().Variant ? (value.value as unknown) : value;
  }

  close(): void {
    this.listeners.clear();
    const bus = this.bus;
    this.bus = null;
    this.failure = new Error(`the D-Bus ${this.which} bus connection was closed`);
    bus?.disconnect();
  }

  private dispatch(message: dbus.Message): void {
    if (message.type !== dbusNext().MessageType.SIGNAL) return;
    const signal: Signal = {
      sender: message.sender,
      path: message.path,
      interface: message.interface,
      member: message.member,
      body: message.body as unknown[],
    };
    for (const { match, listener } of [...this.listeners]) {
      if (match.interface !== signal.interface) continue;
      if (match.member !== undefined && match.member !== signal.member) continue;
      if (match.path !== undefined && match.path !== signal.path) continue;
      if (match.arg0 !== undefined && match.arg0 !== signal.body[0]) continue;
      listener(signal);
    }
  }
}

/** A D-Bus match rule; values are quoted (D-Bus names and paths cannot contain quotes). */
export function matchRule(match: SignalMatch): string {
  const parts = [`type='signal'`, `interface='${match.interface}'`];
  if (match.member !== undefined) parts.push(`member='${match.member}'`);
  if (match.path !== undefined) parts.push(`path='${match.path}'`);
  if (match.arg0 !== undefined) parts.push(`arg0='${match.arg0}'`);
  return parts.join(',');
}

/** dbus-next's DBusError keeps the error name in `type`; put it in the message, where it is read. */
function asDbusError(error: unknown): Error {
  const e = error as { type?: unknown; text?: unknown } | null;
  if (e && typeof e.type === 'string') return new Error(`${e.type}: ${String(e.text ?? '')}`);
  return error instanceof Error ? error : new Error(String(error));
}

let sharedSession: BusConnection | null = null;
let sharedSystem: BusConnection | null = null;

/** The process's one session-bus connection, opened on first use. */
export function sessionBus(): BusConnection {
  sharedSession ??= BusConnection.session();
  return sharedSession;
}

/** The process's one system-bus connection (logind), opened on first use. */
export function systemBus(): BusConnection {
  sharedSystem ??= BusConnection.system();
  return sharedSystem;
}

/** At quit: closes both shared connections. */
export function closeSharedBuses(): void {
  sharedSession?.close();
  sharedSystem?.close();
  sharedSession = null;
  sharedSystem = null;
}
