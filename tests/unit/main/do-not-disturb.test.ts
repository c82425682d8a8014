import { describe, expect, it } from 'vitest';
import {
  dunstPaused,
  linuxChecks,
  LinuxDndProbe,
  notificationsInhibited,
  x11Fullscreen,
  type CommandRunner,
} from '../../../electron/main/do-not-disturb.ts';

type Reply = string | Error;

/** A fake command line: answers by "file arg arg…", records what was run. */
function fakeRunner(replies: Record<string, Reply>): CommandRunner & { ran: string[] } {
  const ran: string[] = [];
  const run = (async (file: string, args: readonly string[]) => {
    const key = [file, ...args].join(' ');
    ran.push(key);
    const match = Object.entries(replies).find(([prefix]) => key.startsWith(prefix));
    if (!match) throw Object.assign(new Error(`spawn ${file} ENOENT`), { code: 'ENOENT' });
    if (match[1] instanceof Error) throw match[1];
    return { stdout: match[1] };
  }) as CommandRunner & { ran: string[] };
  run.ran = ran;
  return run;
}

const GDBUS_GET = 'gdbus call --session --dest org.freedesktop.Notifications';

describe('LinuxDndProbe', () => {
  it('is active while dunst is paused', async () => {
    const run = fakeRunner({ 'dunstctl is-paused': 'true\n' });
    expect(await new LinuxDndProbe({ run, checks: [dunstPaused] }).isActive()).toBe(true);
    const run2 = fakeRunner({ 'dunstctl is-paused': 'false\n' });
    expect(await new LinuxDndProbe({ run: run2, checks: [dunstPaused] }).isActive()).toBe(false);
  });

  it('reads the freedesktop Inhibited property', async () => {
    const on = fakeRunner({ [GDBUS_GET]: '(<true>,)\n' });
    expect(await new LinuxDndProbe({ run: on, checks: [notificationsInhibited] }).isActive()).toBe(
      true,
    );
    const off = fakeRunner({ [GDBUS_GET]: '(<false>,)\n' });
    expect(await new LinuxDndProbe({ run: off, checks: [notificationsInhibited] }).isActive()).toBe(
      false,
    );
  });

  it('sees a fullscreen active window on X11', async () => {
    const run = fakeRunner({
      'xprop -root _NET_ACTIVE_WINDOW': '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007\n',
      'xprop -id 0x3a00007 _NET_WM_STATE': '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\n',
    });
    expect(await new LinuxDndProbe({ run, checks: [x11Fullscreen] }).isActive()).toBe(true);
    const windowed = fakeRunner({
      'xprop -root _NET_ACTIVE_WINDOW': '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007\n',
      'xprop -id 0x3a00007 _NET_WM_STATE': '_NET_WM_STATE(ATOM) = _NET_WM_STATE_MAXIMIZED_VERT\n',
    });
    expect(await new LinuxDndProbe({ run: windowed, checks: [x11Fullscreen] }).isActive()).toBe(
      false,
    );
  });

  it('drops a check whose tool is missing or whose daemon lacks the property, and asks it no more', async () => {
    const run = fakeRunner({
      'dunstctl is-paused': 'false\n',
      [GDBUS_GET]: new Error(
        'GDBus.Error:org.freedesktop.DBus.Error.InvalidArgs: No such property “Inhibited”',
      ),
    });
    const probe = new LinuxDndProbe({
      run,
      checks: [dunstPaused, notificationsInhibited, x11Fullscreen],
    });
    expect(await probe.isActive()).toBe(false);
    expect(probe.activeChecks).toEqual(['dunstctl is-paused']);
    run.ran.length = 0;
    expect(await probe.isActive()).toBe(false);
    expect(run.ran).toEqual(['dunstctl is-paused']);
  });

  it('keeps a check that failed for a passing reason (a timeout)', async () => {
    const run = fakeRunner({
      'dunstctl is-paused': Object.assign(new Error('timed out'), { killed: true }),
    });
    const probe = new LinuxDndProbe({ run, checks: [dunstPaused] });
    expect(await probe.isActive()).toBe(false);
    expect(probe.activeChecks).toEqual(['dunstctl is-paused']);
  });

  it('is active when any check says so', async () => {
    const run = fakeRunner({ 'dunstctl is-paused': 'false\n', [GDBUS_GET]: '(<true>,)\n' });
    const probe = new LinuxDndProbe({ run, checks: [dunstPaused, notificationsInhibited] });
    expect(await probe.isActive()).toBe(true);
  });
});

describe('linuxChecks', () => {
  it('uses xprop only on X11 and gsettings only on GNOME', () => {
    const names = (env: Record<string, string>) => linuxChecks(env).map((c) => c.name);
    expect(names({})).toEqual(['dunstctl is-paused', 'org.freedesktop.Notifications Inhibited']);
    expect(names({ DISPLAY: ':0' })).toContain('xprop fullscreen');
    expect(names({ DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' })).not.toContain(
      'xprop fullscreen',
    );
    expect(names({ XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' })).toContain('gsettings show-banners');
  });
});
