/**
 * Is the user in do-not-disturb, presentation mode or a fullscreen app? Linux asks the notification
 * daemon (dunst's paused state, the freedesktop `Inhibited` property, GNOME's banner switch) and, on
 * X11, whether the focused window is fullscreen. macOS and Windows have no well-kept package for this;
 * there the OS itself holds back the notification banner in Focus / Focus Assist.
 */
import { execFile } from 'node:child_process';

export interface DndProbe {
  /** True while prompts should be held back. Never throws. */
  isActive(): Promise<boolean>;
}

export interface CommandResult {
  stdout: string;
}

/** Runs a program with arguments (no shell); rejects on a non-zero exit, a timeout or a missing binary. */
export type CommandRunner = (file: string, args: readonly string[]) => Promise<CommandResult>;

export const runCommand: CommandRunner = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: 1500, windowsHide: true }, (error, stdout) => {
      if (error) reject(error);
      else resolve({ stdout: String(stdout) });
    });
  });

/** One way of asking; `null` means "cannot tell here" (not installed, other daemon). */
export interface Check {
  name: string;
  ask(run: CommandRunner): Promise<boolean | null>;
}

export const dunstPaused: Check = {
  name: 'dunstctl is-paused',
  async ask(run) {
    const { stdout } = await run('dunstctl', ['is-paused']);
    const answer = stdout.trim();
    if (answer === 'true') return true;
    if (answer === 'false') return false;
    return null;
  },
};

/** The `Inhibited` property of org.freedesktop.Notifications (dunst ≥ 1.9, KDE Plasma, others). */
export const notificationsInhibited: Check = {
  name: 'org.freedesktop.Notifications Inhibited',
  async ask(run) {
    const { stdout } = await run('gdbus', [
      'call',
      '--session',
      '--dest',
      'org.freedesktop.Notifications',
      '--object-path',
      '/org/freedesktop/Notifications',
      '--method',
      'org.freedesktop.DBus.Properties.Get',
      'org.freedesktop.Notifications',
      'Inhibited',
    ]);
    // "(<true>,)" or "(<false>,)"
    if (/<true>/.test(stdout)) return true;
    if (/<false>/.test(stdout)) return false;
    return null;
  },
};

/** GNOME's do-not-disturb switch is `show-banners = false`. */
export const gnomeBanners: Check = {
  name: 'gsettings show-banners',
  async ask(run) {
    const { stdout } = await run('gsettings', [
      'get',
      'org.gnome.desktop.notifications',
      'show-banners',
    ]);
    const answer = stdout.trim();
    if (answer === 'false') return true;
    if (answer === 'true') return false;
    return null;
  },
};

/** X11: the active window carries _NET_WM_STATE_FULLSCREEN (a video, a presentation, a game). */
export const x11Fullscreen: Check = {
  name: 'xprop fullscreen',
  async ask(run) {
    const active = await run('xprop', ['-root', '_NET_ACTIVE_WINDOW']);
    const id = /window id # (0x[0-9a-f]+)/i.exec(active.stdout)?.[1];
    if (!id || /^0x0+$/i.test(id)) return null;
    const state = await run('xprop', ['-id', id, '_NET_WM_STATE']);
    return state.stdout.includes('_NET_WM_STATE_FULLSCREEN');
  },
};

export interface LinuxDndOptions {
  run?: CommandRunner;
  env?: Record<string, string | undefined>;
  /** Replaces the checks chosen from the environment (tests). */
  checks?: Check[];
}

/** Which checks make sense in this session. */
export function linuxChecks(env: Record<string, string | undefined>): Check[] {
  const checks = [dunstPaused, notificationsInhibited];
  if ((env.XDG_CURRENT_DESKTOP ?? '').toUpperCase().includes('GNOME')) checks.push(gnomeBanners);
  // xprop only sees X11 (and XWayland) windows; under Wayland the answer would mislead.
  if (env.DISPLAY && !env.WAYLAND_DISPLAY) checks.push(x11Fullscreen);
  return checks;
}

/**
 * Asks every check that applies; any "yes" holds prompts. A check whose tool is missing or whose
 * daemon is someone else is dropped after its first failure, so polling stays cheap.
 */
export class LinuxDndProbe implements DndProbe {
  private readonly run: CommandRunner;
  private checks: Check[];

  constructor(options: LinuxDndOptions = {}) {
    this.run = options.run ?? runCommand;
    this.checks = options.checks ?? linuxChecks(options.env ?? process.env);
  }

  get activeChecks(): string[] {
    return this.checks.map((c) => c.name);
  }

  async isActive(): Promise<boolean> {
    const answers = await Promise.all(
      this.checks.map(async (check) => {
        try {
          const answer = await check.ask(this.run);
          if (answer === null && check !== x11Fullscreen) this.drop(check);
          return answer === true;
        } catch (error) {
          if (isMissingOrForeign(error)) this.drop(check);
          return false;
        }
      }),
    );
    return answers.some(Boolean);
  }

  private drop(check: Check): void {
    this.checks = this.checks.filter((c) => c !== check);
  }
}

/** A missing binary or a D-Bus service that is not there will not fix itself during this session. */
function isMissingOrForeign(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  if (e?.code === 'ENOENT') return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /UnknownMethod|UnknownProperty|InvalidArgs|ServiceUnknown|No such interface|not supported/i.test(
    message,
  );
}

/** Platforms where we cannot tell: never holds a prompt. */
export const neverDnd: DndProbe = { isActive: async () => false };

export function dndProbeFor(platform: NodeJS.Platform): DndProbe {
  return platform === 'linux' ? new LinuxDndProbe() : neverDnd;
}
