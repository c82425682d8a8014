/**
 * The composition root (electron/main/main.ts) bundled as shipped and run in plain Node against a
 * fake `electron` module: command line, single-instance handling, hardening, protocol, IPC, tray,
 * windows and persistence are wired as intended. (The real Electron run is tests/electron.)
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requests } from '../../../electron/core/ipc-contract.ts';
import type { FakeReport } from './helpers/fake-electron.ts';
import { serveStatus, statusSocketPath } from '../../../electron/main/status-bridge.ts';
import { buildElectron } from '../../../build/scripts/build-electron.mjs';

const REPO = path.resolve(import.meta.dirname, '..', '..', '..');
const FAKE = path.join(import.meta.dirname, 'helpers', 'fake-electron.mjs');

let tmp: string;
let main: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'posture-wiring-'));
  await buildElectron(path.join(tmp, 'dist'));
  mkdirSync(path.join(tmp, 'dist', 'renderer'), { recursive: true });
  writeFileSync(
    path.join(tmp, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>dash</title>',
  );
  writeFileSync(
    path.join(tmp, 'dist', 'renderer', 'break.html'),
    '<!doctype html><title>break</title>',
  );
  // The bundle finds build/ (tray icons) and node_modules (node-notifier) beside dist/, as in the package.
  symlinkSync(path.join(REPO, 'build'), path.join(tmp, 'build'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(tmp, 'node_modules'));
  main = path.join(tmp, 'dist', 'main', 'main.cjs');
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Report = FakeReport;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  report: Report | null;
}

function run(
  args: string[],
  env: Record<string, string> = {},
  userData = mkdtempSync(path.join(tmp, 'profile-')),
): Promise<Run & { userData: string }> {
  const reportFile = path.join(userData, '..', `${path.basename(userData)}-report.json`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', pathToFileURL(FAKE).href, main, ...args], {
      env: {
        ...process.env,
        FAKE_ELECTRON_REPORT: reportFile,
        FAKE_ELECTRON_USER_DATA: userData,
        // Keep the real session's notification daemon and display out of it.
        DISPLAY: '',
        DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const report = existsSync(reportFile)
        ? (JSON.parse(readFileSync(reportFile, 'utf8')) as Report)
        : null;
      resolve({ code, stdout, stderr, report, userData });
    });
  });
}

describe('command line', () => {
  it('--help prints the usage and exits 0 without taking the lock', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: posture-break [option]');
    expect(r.report?.lockData).toBeNull();
  });

  it('--status with a stored engine nested 20 000 deep recovers (backup, fresh start) and answers', async () => {
    const userData = mkdtempSync(path.join(tmp, 'profile-'));
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    writeFileSync(path.join(userData, 'config.json'), `{"engine": {"v": 1, "x": ${deep}}}`);
    const r = await run(['--status'], { FAKE_ELECTRON_READY: 'never' }, userData);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('activity');
    expect(readdirSync(userData).filter((name) => name.includes('.corrupt-'))).toHaveLength(1);
  });

  it('a bad option exits 2 with a message naming it', async () => {
    const r = await run(['--pause', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--pause needs a number of minutes from 1 to 1440 or "tomorrow" (got "soon")',
    );
    expect(r.stdout).toBe('');
  });

  it('a second launch forwards its parsed command to the running app and exits', async () => {
    const r = await run(['--pause', '30'], {
      FAKE_ELECTRON_LOCK: 'taken',
      FAKE_ELECTRON_READY: 'never',
    });
    expect(r.code).toBe(0);
    expect(r.report?.lockData).toEqual({ kind: 'pause', pause: { minutes: 30 } });
    expect(r.report?.windows).toEqual([]);
  });

  it('a second launch with --status prints what the running app answers', async () => {
    const userData = mkdtempSync(path.join(tmp, 'profile-'));
    const server = await serveStatus(
      statusSocketPath(userData),
      () => '{"activity":"sitting","from":"running app"}',
    );
    try {
      const r = await run(
        ['--status'],
        { FAKE_ELECTRON_LOCK: 'taken', FAKE_ELECTRON_READY: 'never' },
        userData,
      );
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ activity: 'sitting', from: 'running app' });
      expect(r.report?.lockData).toEqual({ kind: 'status' });
    } finally {
      await server.close();
    }
  });

  it("--status-file writes the running app's answer to a file (Windows: no console), stdout empty", async () => {
    const userData = mkdtempSync(path.join(tmp, 'profile-'));
    const out = path.join(userData, '..', `${path.basename(userData)}-status.json`);
    const server = await serveStatus(statusSocketPath(userData), () => '{"activity":"sitting"}');
    try {
      const r = await run(
        ['--status-file', out],
        { FAKE_ELECTRON_LOCK: 'taken', FAKE_ELECTRON_READY: 'never' },
        userData,
      );
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ activity: 'sitting' });
    } finally {
      await server.close();
    }
  });

  it('--status-file writes the error there too when the running app does not answer', async () => {
    const userData = mkdtempSync(path.join(tmp, 'profile-'));
    const out = path.join(userData, '..', `${path.basename(userData)}-status.txt`);
    const r = await run(
      ['--status-file', out],
      { FAKE_ELECTRON_LOCK: 'taken', FAKE_ELECTRON_READY: 'never' },
      userData,
    );
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('did not answer --status');
  });

  it('a second launch with --status fails clearly when the running app does not answer', async () => {
    const r = await run(['--status'], {
      FAKE_ELECTRON_LOCK: 'taken',
      FAKE_ELECTRON_READY: 'never',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('did not answer --status');
  });
});

describe('Linux tray host', () => {
  it('with no StatusNotifierWatcher on the session bus the dashboard gets the notice, dismissed for good', async () => {
    // A real, empty session bus: nothing owns org.kde.StatusNotifierWatcher on it.
    const bus = spawn(
      'dbus-daemon',
      ['--session', '--nofork', '--nopidfile', '--print-address=1'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    try {
      const address = await new Promise<string>((resolve) => {
        let text = '';
        bus.stdout.on('data', (d: Buffer) => {
          text += d.toString();
          if (text.includes('\n')) resolve(text.trim());
        });
      });
      const script = ['until-state:AppIndicator', 'invoke:notice:dismiss', 'quit'].join(',');
      const r = await run([], { FAKE_ELECTRON_SCRIPT: script, DBUS_SESSION_BUS_ADDRESS: address });
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(path.join(r.userData, 'tray-notice-dismissed'))).toBe(true);
      // No bus to ask (the other runs here): no notice, nothing to dismiss.
      const quiet = await run([], {
        FAKE_ELECTRON_SCRIPT: ['wait:200', 'invoke:notice:dismiss', 'quit'].join(','),
      });
      expect(quiet.code, quiet.stderr).toBe(0);
      expect(existsSync(path.join(quiet.userData, 'tray-notice-dismissed'))).toBe(false);
    } finally {
      bus.kill();
    }
  }, 60_000);
});

describe('macOS relaunch (activate) and focus', () => {
  it("opens the dashboard on 'activate', since a Finder relaunch fires no second-instance", async () => {
    const script = ['invoke:window:open={"view":"settings"}', 'activate', 'wait:50', 'quit'].join(
      ',',
    );
    const r = await run([], { FAKE_ELECTRON_PROFILE: 'darwin', FAKE_ELECTRON_SCRIPT: script });
    expect(r.code, r.stderr).toBe(0);
    expect(r.report?.windows[0]?.urls, JSON.stringify(r.report?.events)).toEqual([
      'app://renderer/index.html#/dashboard',
      'app://renderer/index.html#/settings',
      'app://renderer/index.html#/dashboard',
    ]);
    // Each window we open or bring back activates the app, taking focus from the app in front.
    expect(r.report?.events).toContain('app-focus:{"steal":true}');
  }, 30_000);

  it('macOS: a break window opened from the tray or timer activates the app; Linux does not', async () => {
    const script = 'invoke:break:start,wait:100,quit';
    const mac = await run([], { FAKE_ELECTRON_PROFILE: 'darwin', FAKE_ELECTRON_SCRIPT: script });
    expect(mac.code, mac.stderr).toBe(0);
    expect(mac.report?.events).toContain('app-focus:{"steal":true}');
    const linux = await run([], {
      FAKE_ELECTRON_PROFILE: 'linux-x11',
      FAKE_ELECTRON_SCRIPT: script,
    });
    expect(linux.code, linux.stderr).toBe(0);
    expect(linux.report?.events.some((e) => e.startsWith('app-focus'))).toBe(false);
  }, 30_000);
});

describe('Wayland', () => {
  it('the break window opens centred on the primary display without asking for the cursor', async () => {
    // The linux-wayland profile throws on screen.getCursorScreenPoint(), as Electron cannot answer it there.
    const r = await run([], {
      FAKE_ELECTRON_PROFILE: 'linux-wayland',
      FAKE_ELECTRON_SCRIPT: 'invoke:break:start,wait:100,quit',
    });
    expect(r.code, r.stderr).toBe(0);
    const events = r.report?.events ?? [];
    expect(
      events.some((e) => e.startsWith('ipc:break:start:ok')),
      JSON.stringify(events),
    ).toBe(true);
    const breakWin = r.report?.windows.find((w) => w.urls.some((u) => u.includes('break')));
    expect(breakWin?.options).toMatchObject({ alwaysOnTop: true });
    const { x, y, width, height } = breakWin?.options as unknown as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    // Centred in the fake's one 1920×1080 work area.
    expect(x + width / 2).toBeCloseTo(960, -1);
    expect(y + height / 2).toBeCloseTo(540, -1);
  }, 30_000);
});

describe('a full start with the fake Electron', () => {
  let r: Run & { userData: string };
  beforeAll(async () => {
    const script = [
      'serve:app://renderer/index.html',
      'serve:app://renderer/%2e%2e/%2e%2e/main/main.cjs',
      'invoke:state:get',
      'invoke:reminders:pause={"minutes":0}',
      'invoke-from:https://evil.example/|state:get',
      'invoke:break:start',
      'wait:50',
      'invoke:break:end={"completed":true}',
      'second:{"kind":"launch"}',
      'wait:50',
      'quit',
    ].join(',');
    r = await run([], { FAKE_ELECTRON_SCRIPT: script });
  }, 30_000);

  it('exits cleanly and saves the store', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(r.report?.events.at(-1)).toBe('exit:0');
    const stored = JSON.parse(readFileSync(path.join(r.userData, 'config.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(stored.engine).toBeTruthy();
  });

  it('registers the app:// scheme as privileged and serves dist/renderer with the CSP', () => {
    expect(r.report?.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    expect(r.report?.protocolHandlers).toEqual(['app']);
    const [page, escape] = r.report?.served ?? [];
    expect(page).toMatchObject({ status: 200 });
    expect(page?.csp).toContain("script-src 'self'");
    expect(escape?.status).not.toBe(200);
  });

  it('hardens the session and every window', () => {
    expect(r.report?.sessionHardened).toEqual({
      permissionRequest: true,
      permissionCheck: true,
      device: true,
      beforeRequest: true,
    });
    expect(r.report?.windows.length).toBeGreaterThanOrEqual(2);
    for (const win of r.report?.windows ?? []) {
      expect(win.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webviewTag: false,
      });
      expect(String(win.options.webPreferences?.preload)).toMatch(/dist\/preload\/preload\.cjs$/);
      expect(win.windowOpenDenied).toBe('{"action":"deny"}');
      expect(win.contentsEvents).toEqual(
        expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
      );
    }
    expect(r.report?.applicationMenu).toBeNull();
  });

  it('opens the dashboard on first run, the break window on break:start, and closes it at quit', () => {
    const [dashboard, breakWindow] = r.report?.windows ?? [];
    expect(dashboard?.urls).toEqual(['app://renderer/index.html#/dashboard']);
    expect(dashboard?.options.minWidth).toBe(900);
    expect(breakWindow?.urls).toEqual(['app://renderer/break.html']);
    expect(breakWindow?.options.alwaysOnTop).toBe(true);
    expect(breakWindow?.shown).toBe(true);
  });

  it('registers every IPC channel through the guarded wrapper', () => {
    expect([...(r.report?.ipcHandle ?? [])].sort()).toEqual(Object.keys(requests).sort());
    const events = r.report?.events ?? [];
    expect(events.find((e) => e.startsWith('ipc:state:get:ok'))).toBeTruthy();
    expect(events).toContain(
      'ipc:reminders:pause:error:Invalid payload for reminders:pause: minutes: Too small: expected number to be >=1',
    );
    expect(
      events.find((e) =>
        e.startsWith('ipc:state:get:error:Refused state:get: sender "https://evil.example/"'),
      ),
    ).toBeTruthy();
    // The page says completed after 50 ms: main does not take its word (90 % of wall time needed).
    const ended = events.find((e) => e.startsWith('ipc:break:end:ok'));
    expect(ended).toContain('"breaksTaken":0');
  });

  it('listens to every power event and shows the tray with a state icon and tooltip', () => {
    expect(r.report?.powerListeners).toEqual(
      expect.arrayContaining(['lock-screen', 'unlock-screen', 'suspend', 'resume', 'shutdown']),
    );
    const first = r.report?.tray.images[0] ?? '';
    expect(first).toMatch(/build\/tray\/counting\.png$/);
    expect(existsSync(first)).toBe(true);
    expect(r.report?.tray.tooltips.at(-1)).toContain('Posture Break');
    expect(r.report?.tray.lastMenu).toEqual(
      expect.arrayContaining(['Take a break now', 'Open dashboard', 'Quit Posture Break']),
    );
    expect(r.report?.tray.destroyed).toBe(true);
  });

  it('--status afterwards, with no app running, answers from the saved state', async () => {
    const status = await run(['--status'], { FAKE_ELECTRON_READY: 'never' }, r.userData);
    expect(status.code, status.stderr).toBe(0);
    const json = JSON.parse(status.stdout) as {
      today: { breaksTaken: number; breaksPartial: number; movingSeconds: number };
      reminders: string;
    };
    expect(json.today.breaksTaken).toBe(0);
    expect(json.today.movingSeconds).toBeGreaterThan(0);
    expect(json.reminders).toBe('active');
    expect(status.report?.windows).toEqual([]);
  });
});

describe('per platform profile (FAKE_ELECTRON_PROFILE) and the packaged app', () => {
  it('packaged (process.defaultApp unset): every argument after the binary is the user’s', async () => {
    const bad = await run(['--pause', 'soon'], { FAKE_ELECTRON_PACKAGED: '1' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('(got "soon")');
    const forwarded = await run(['--pause', '30'], {
      FAKE_ELECTRON_PACKAGED: '1',
      FAKE_ELECTRON_LOCK: 'taken',
      FAKE_ELECTRON_READY: 'never',
    });
    expect(forwarded.code).toBe(0);
    expect(forwarded.report?.lockData).toEqual({ kind: 'pause', pause: { minutes: 30 } });
  });

  it('packaged, a second launch that sends only its argv is parsed without an app path', async () => {
    const r = await run([], {
      FAKE_ELECTRON_PACKAGED: '1',
      FAKE_ELECTRON_SCRIPT: 'second-argv-packaged:--pause 45,wait:50,invoke:state:get,quit',
    });
    expect(r.code, r.stderr).toBe(0);
    const state = r.report?.events.find((e) => e.startsWith('ipc:state:get:ok')) ?? '';
    expect(state).toContain('"reminders":"paused"');
  });

  it('macOS: hides the dock icon, sets the app menu, uses template tray images', async () => {
    const r = await run([], { FAKE_ELECTRON_PROFILE: 'darwin', FAKE_ELECTRON_SCRIPT: 'quit' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.report?.events).toContain('dock:hide');
    expect(r.report?.applicationMenu).not.toBeNull();
    expect(r.report?.tray.images[0]).toMatch(/build\/tray\/countingTemplate\.png$/);
  });

  it('Linux: no dock, no app menu, colour tray images', async () => {
    const r = await run([], { FAKE_ELECTRON_PROFILE: 'linux-x11', FAKE_ELECTRON_SCRIPT: 'quit' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.report?.events).not.toContain('dock:hide');
    expect(r.report?.applicationMenu).toBeNull();
    expect(r.report?.tray.images[0]).toMatch(/build\/tray\/counting\.png$/);
  });
});

describe('language', () => {
  it('speaks the OS language in the tray and relabels it at once when the setting changes', async () => {
    const script = ['wait:100', 'invoke:settings:update={"language":"en"}', 'wait:100', 'quit'];
    const r = await run([], {
      FAKE_ELECTRON_LOCALE: 'de-DE',
      FAKE_ELECTRON_SCRIPT: script.join(','),
    });
    expect(r.code, r.stderr).toBe(0);
    const tooltips = r.report?.tray.tooltips ?? [];
    expect(tooltips.find((t) => t.includes('Nächste Pause'))).toMatch(/Heute: .* gesessen/);
    expect(tooltips.at(-1)).toMatch(/^Posture Break — Next break in/);
    expect(r.report?.tray.lastMenu).toEqual(expect.arrayContaining(['Take a break now']));
  }, 30_000);
});
