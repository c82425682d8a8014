/**
 * Launch at login: Electron's login items on macOS and Windows, an XDG autostart entry
 * (~/.config/autostart/posture-break.desktop) on Linux, where Electron has none.
 */
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export const AUTOSTART_FILE = 'posture-break.desktop';

export interface LoginItemApi {
  setLoginItemSettings(settings: { openAtLogin: boolean; path?: string; args?: string[] }): void;
}

/** `$XDG_CONFIG_HOME/autostart`, or `~/.config/autostart` when that is unset or not absolute. */
export function xdgAutostartDir(env: Record<string, string | undefined>, home: string): string {
  const configHome = env.XDG_CONFIG_HOME;
  const base = configHome && path.isAbsolute(configHome) ? configHome : path.join(home, '.config');
  return path.join(base, 'autostart');
}

/**
 * One argument of an `Exec=` line (Desktop Entry spec, "The Exec key"): quoted when it holds
 * anything but safe characters, with `"`, `` ` ``, `$` and `\` escaped inside the quotes, then the
 * string-value escape (backslash doubled) applied on top, and `%` written as `%%`.
 */
export function quoteExecArg(arg: string): string {
  let quoted = /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)
    ? arg
    : `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
  quoted = quoted.replace(/\\/g, '\\\\');
  return quoted.replace(/%/g, '%%');
}

export function desktopEntry(command: readonly string[]): string {
  if (command.length === 0) throw new Error('The autostart entry needs a command');
  for (const arg of command) {
    if (/[\n\r]/.test(arg))
      throw new Error(`Autostart command argument holds a line break: ${JSON.stringify(arg)}`);
  }
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Posture Break',
    'Comment=Prompts two-minute posture breaks and tracks sitting versus moving',
    `Exec=${command.map(quoteExecArg).join(' ')}`,
    'Icon=posture-break',
    'Terminal=false',
    'Categories=Utility;',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export interface LaunchAtLoginOptions {
  platform: NodeJS.Platform;
  /** Only a packaged app registers itself; `electron .` in development must not. */
  isPackaged: boolean;
  app: LoginItemApi;
  /** The command that starts the app: the AppImage file ($APPIMAGE) or the installed binary. */
  command: readonly string[];
  autostartDir: string;
  log?: (message: string, error?: unknown) => void;
}

export class LaunchAtLogin {
  constructor(private readonly o: LaunchAtLoginOptions) {}

  get autostartFile(): string {
    return path.join(this.o.autostartDir, AUTOSTART_FILE);
  }

  apply(enabled: boolean): void {
    if (!this.o.isPackaged) return;
    try {
      if (this.o.platform === 'linux') this.applyXdg(enabled);
      else this.o.app.setLoginItemSettings({ openAtLogin: enabled });
    } catch (error) {
      this.o.log?.('could not change launch at login', error);
    }
  }

  private applyXdg(enabled: boolean): void {
    const file = this.autostartFile;
    if (!enabled) {
      if (existsSync(file)) rmSync(file, { force: true });
      return;
    }
    mkdirSync(this.o.autostartDir, { recursive: true });
    writeFileSync(file, desktopEntry(this.o.command), { mode: 0o644 });
  }
}
