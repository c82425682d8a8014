/** Command-line parsing for the app (`--break-now`, `--pause`, `--resume`, `--meeting`, `--status`, `--help`): pure, no Electron. */
import { excerpt } from '../core/excerpt.ts';
import type { PauseRequest } from '../core/ipc-contract.ts';

export type CliCommand =
  | { kind: 'launch' }
  | { kind: 'break-now' }
  | { kind: 'pause'; pause: PauseRequest }
  | { kind: 'resume' }
  /** The manual "In a meeting" switch: a call for the engine until turned off. */
  | { kind: 'meeting'; on: boolean }
  /** `file`: write the answer there instead of stdout (Windows: a GUI program has no console). */
  | { kind: 'status'; file?: string }
  | { kind: 'help' };

export type CliParseResult = { ok: true; command: CliCommand } | { ok: false; error: string };

export const PAUSE_MAX_MINUTES = 24 * 60;

export const HELP_TEXT = `Posture Break — prompts two-minute posture breaks and tracks sitting versus moving.

Usage: posture-break [option]

  --break-now                 start a guided break now (also while paused)
  --pause <minutes|tomorrow>  pause reminders for 1–${PAUSE_MAX_MINUTES} minutes, or until the day starts tomorrow
  --resume                    resume reminders
  --meeting <on|off>          say you are in a meeting (no break prompts until off) or no longer
  --status                    print the current state as JSON and exit
  --status-file <path>        write the current state as JSON to <path> and exit (for Windows,
                              where the app has no console: start /wait or Start-Process -Wait)
  --help                      show this help and exit

With no option the app starts in the tray, or, if it is already running, opens the dashboard.
An option given while the app is running is passed to the running app.
`;

/**
 * Switches Chromium, Electron or the OS add to a command line; they are not ours and not mistakes.
 * Anything else starting with "--" that we do not know is reported, so a typo never passes silently.
 */
const FOREIGN_FLAGS = new Set([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-gpu-sandbox',
  '--enable-logging',
  '--allow-file-access-from-files',
  '--in-process-gpu',
  '--no-zygote',
  '--disable-dev-shm-usage',
  '--headless',
  '--inspect',
  '--inspect-brk',
]);

function isForeignFlag(arg: string): boolean {
  // Chromium switches with a value (--remote-debugging-port=0, --user-data-dir=…, --ozone-platform=…).
  if (/^--[a-z0-9][a-z0-9-]*=/i.test(arg) && !/^--(pause|meeting|status-file)=/.test(arg))
    return true;
  // macOS Finder adds -psn_0_12345 on older systems.
  if (arg.startsWith('-psn_')) return true;
  return FOREIGN_FLAGS.has(arg);
}

/**
 * The user's part of a process argv: packaged apps have [exe, ...args]; `electron <app>` in
 * development has [electron, ...switches, app, ...args] (test runners put --inspect=0 and the like
 * before the app path).
 */
export function userArgs(argv: readonly string[], defaultApp: boolean): string[] {
  if (!defaultApp) return argv.slice(1);
  const rest = argv.slice(1);
  const appIndex = rest.findIndex((arg) => !arg.startsWith('-'));
  return appIndex === -1 ? [] : rest.slice(appIndex + 1);
}

export function parsePauseValue(raw: string | undefined): PauseRequest | string {
  const hint = `--pause needs a number of minutes from 1 to ${PAUSE_MAX_MINUTES} or "tomorrow"`;
  if (raw === undefined || raw.startsWith('--')) return `${hint} (got nothing)`;
  if (raw.toLowerCase() === 'tomorrow') return { until: 'tomorrow' };
  if (!/^\d+$/.test(raw)) return `${hint} (got "${raw}")`;
  const minutes = Number(raw);
  if (minutes < 1 || minutes > PAUSE_MAX_MINUTES) return `${hint} (got ${minutes})`;
  return { minutes };
}

/** Parses the user's arguments; at most one command; `--help` wins over everything else. */
export function parseCliArgs(args: readonly string[]): CliParseResult {
  const commands: CliCommand[] = [];
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return { ok: true, command: { kind: 'help' } };
    if (arg === '--break-now') commands.push({ kind: 'break-now' });
    else if (arg === '--resume') commands.push({ kind: 'resume' });
    else if (arg === '--status') commands.push({ kind: 'status' });
    else if (arg === '--status-file' || arg.startsWith('--status-file=')) {
      const inline = arg.startsWith('--status-file=');
      const file = inline ? arg.slice('--status-file='.length) : args[i + 1];
      if (file === undefined || file === '' || file.startsWith('--'))
        return { ok: false, error: '--status-file needs a file path (got nothing)' };
      if (!inline) i++;
      commands.push({ kind: 'status', file });
    } else if (arg === '--meeting' || arg.startsWith('--meeting=')) {
      const inline = arg.startsWith('--meeting=');
      const raw = inline ? arg.slice('--meeting='.length) : args[i + 1];
      if (!inline && raw !== undefined && !raw.startsWith('--')) i++;
      const value = raw?.toLowerCase();
      if (value !== 'on' && value !== 'off') {
        const got = raw === undefined || raw.startsWith('--') ? 'nothing' : `"${raw.slice(0, 20)}"`;
        return { ok: false, error: `--meeting needs "on" or "off" (got ${got})` };
      }
      commands.push({ kind: 'meeting', on: value === 'on' });
    } else if (arg === '--pause' || arg.startsWith('--pause=')) {
      const inline = arg.startsWith('--pause=');
      const raw = inline ? arg.slice('--pause='.length) : args[i + 1];
      if (!inline && raw !== undefined && !raw.startsWith('--')) i++;
      const pause = parsePauseValue(raw);
      if (typeof pause === 'string') return { ok: false, error: pause };
      commands.push({ kind: 'pause', pause });
    } else if (isForeignFlag(arg)) continue;
    else if (arg.startsWith('-')) {
      return {
        ok: false,
        error: `Unknown option ${excerpt(arg)}. Run with --help to see the options.`,
      };
    } else {
      return {
        ok: false,
        error: `Unexpected argument ${excerpt(arg)}. Run with --help to see the options.`,
      };
    }
    names.push(arg.split('=')[0] as string);
  }
  if (commands.length > 1) {
    return {
      ok: false,
      error: `Give one command at a time (got ${names.join(', ')}).`,
    };
  }
  return { ok: true, command: commands[0] ?? { kind: 'launch' } };
}

/** Checks a command forwarded by a second instance (it arrives as untyped JSON). */
export function isCliCommand(value: unknown): value is CliCommand {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  switch (v.kind) {
    case 'launch':
    case 'break-now':
    case 'resume':
    case 'help':
      return true;
    case 'status':
      return v.file === undefined || typeof v.file === 'string';
    case 'meeting':
      return typeof v.on === 'boolean';
    case 'pause': {
      const p = v.pause as Record<string, unknown> | undefined;
      if (!p || typeof p !== 'object') return false;
      if (p.until === 'tomorrow') return true;
      return (
        typeof p.minutes === 'number' &&
        Number.isInteger(p.minutes) &&
        p.minutes >= 1 &&
        p.minutes <= PAUSE_MAX_MINUTES
      );
    }
    default:
      return false;
  }
}
