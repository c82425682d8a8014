/**
 * A private desktop for the notification tests: Xvfb on a free display, a private D-Bus session bus,
 * and the dunst notification daemon, all started here and stopped afterwards (CI has no desktop).
 * A missing program is an error with the Debian package to install, never a silent skip.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REQUIRED: Record<string, string> = {
  Xvfb: 'xvfb',
  'dbus-daemon': 'dbus',
  dunst: 'dunst',
  dunstctl: 'dunst',
  'notify-send': 'libnotify-bin',
};

/** Throws naming every missing program and the packages that provide them. */
export function requireDesktopBinaries(): void {
  const missing = Object.keys(REQUIRED).filter(
    (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status !== 0,
  );
  if (missing.length > 0) {
    const packages = [...new Set(missing.map((name) => REQUIRED[name]))].join(' ');
    throw new Error(
      `The real notification test needs ${missing.join(', ')} on PATH. ` +
        `Install them (Debian/Ubuntu: apt-get install ${packages}); .ci/run does this.`,
    );
  }
}

export interface DesktopSession {
  display: string;
  busAddress: string;
  /** Environment for programs that should talk to this session. */
  env: NodeJS.ProcessEnv;
  /** Runs dunstctl against this session's dunst. */
  dunstctl(...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

function readLine(stream: NodeJS.ReadableStream, what: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(
      () => reject(new Error(`${what} did not start within ${timeoutMs} ms`)),
      timeoutMs,
    );
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const newline = text.indexOf('\n');
      if (newline >= 0) {
        clearTimeout(timer);
        resolve(text.slice(0, newline).trim());
      }
    });
  });
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { env, timeout: 5000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')} failed: ${error.message} ${stderr}`));
      else resolve(String(stdout));
    });
  });
}

async function stopProcess(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killed = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), 3000)),
  ]);
  if (!killed) {
    child.kill('SIGKILL');
    await exited;
  }
}

const DUNSTRC = `[global]
    history_length = 100
    idle_threshold = 0
    sticky_history = yes
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
`;

export async function startDesktopSession(): Promise<DesktopSession> {
  requireDesktopBinaries();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-desktop-'));
  let xvfb: ChildProcess | null = null;
  let bus: ChildProcess | null = null;
  let dunst: ChildProcess | null = null;
  const stop = async () => {
    await stopProcess(dunst);
    await stopProcess(bus);
    await stopProcess(xvfb);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // -displayfd: Xvfb picks a free display number and writes it to fd 3.
    xvfb = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x800x24'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    const displayNumber = await readLine(xvfb.stdio[3] as NodeJS.ReadableStream, 'Xvfb', 10_000);
    const display = `:${displayNumber}`;

    bus = spawn('dbus-daemon', ['--session', '--nofork', '--nopidfile', '--print-address=1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const busAddress = await readLine(bus.stdout as NodeJS.ReadableStream, 'dbus-daemon', 10_000);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DISPLAY: display,
      DBUS_SESSION_BUS_ADDRESS: busAddress,
      HOME: dir,
      XDG_CONFIG_HOME: path.join(dir, 'config'),
      XDG_RUNTIME_DIR: dir,
    };
    delete env.WAYLAND_DISPLAY;
    const config = path.join(dir, 'dunstrc');
    writeFileSync(config, DUNSTRC);
    dunst = spawn('dunst', ['-conf', config], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let dunstLog = '';
    dunst.stderr?.on('data', (chunk: Buffer) => (dunstLog += chunk.toString('utf8')));

    const dunstctl = (...args: string[]) => run('dunstctl', args, env);
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        await dunstctl('count');
        break;
      } catch (error) {
        if (dunst.exitCode !== null) {
          throw new Error(`dunst exited at start: ${dunstLog}`, { cause: error });
        }
        if (Date.now() > deadline) {
          throw new Error(`dunst did not answer on D-Bus: ${(error as Error).message}`, {
            cause: error,
          });
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return { display, busAddress, env, dunstctl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** `dunstctl count <what>` as a number. */
export async function dunstCount(
  session: DesktopSession,
  what: 'waiting' | 'displayed' | 'history',
): Promise<number> {
  return Number((await session.dunstctl('count', what)).trim());
}

export interface DunstNotification {
  id: number;
  appname: string;
  summary: string;
  body: string;
  category: string;
  iconPath: string;
}

async function readHistory(session: DesktopSession): Promise<DunstNotification[]> {
  const raw = JSON.parse(await session.dunstctl('history')) as {
    data: Record<string, { data: unknown }>[][];
  };
  const entries = raw.data[0] ?? [];
  const field = (entry: Record<string, { data: unknown }>, key: string) =>
    String(entry[key]?.data ?? '');
  return entries.map((entry) => ({
    id: Number(entry.id?.data ?? 0),
    appname: field(entry, 'appname'),
    summary: field(entry, 'summary'),
    body: field(entry, 'body'),
    category: field(entry, 'category'),
    iconPath: field(entry, 'icon_path'),
  }));
}

/** The highest notification id dunst has in its history (dunstctl has no way to clear it). */
export async function historyMark(session: DesktopSession): Promise<number> {
  await session.dunstctl('close-all');
  return Math.max(0, ...(await readHistory(session)).map((n) => n.id));
}

/** Closes what is on screen, so it lands in the history, and reads back what came after `mark`. */
export async function dunstHistory(
  session: DesktopSession,
  mark: number,
): Promise<DunstNotification[]> {
  await session.dunstctl('close-all');
  return (await readHistory(session)).filter((n) => n.id > mark).sort((a, b) => a.id - b.id);
}

/** Polls until `check` is true or the time is up. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 8000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
