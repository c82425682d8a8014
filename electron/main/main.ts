/**
 * The main process entry: parses the command line, takes the single-instance lock, and wires the
 * Electron services (power monitor, tray, windows, notifications, IPC) to the app controller.
 * Wiring only: every decision lives in the engine or in a small module behind an interface.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  Tray,
  type NativeImage,
} from 'electron';
import { writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HostWords } from '../core/host-words.ts';
import { AppController, openSession, statusJson } from './app-controller.ts';
import { APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol.ts';
import { HELP_TEXT, isCliCommand, parseCliArgs, userArgs, type CliCommand } from './cli-args.ts';
import { closeSharedBuses, sessionBus, systemBus } from './dbus.ts';
import { runsOnWayland } from './display-server.ts';
import { dndProbeFor } from './do-not-disturb.ts';
import { firstMoveName } from './first-move.ts';
import { APP_SCHEME, createSecureWindow, hardenSession, hardenWebContents } from './harden.ts';
import { IdleMonitor } from './idle-monitor.ts';
import { callDetectorFor } from './call-detector.ts';
import { CallMonitor } from './call-monitor.ts';
import { registerIpcHandlers, type RequestHandlers } from './ipc.ts';
import { LaunchAtLogin, xdgAutostartDir } from './launch-at-login.ts';
import { LinuxLockWatcher } from './linux-lock.ts';
import { APP_ID, createPromptNotifier, type NotifyBackend } from './notifier.ts';
import { watchPowerEvents } from './power-events.ts';
import { WakeScheduler } from './scheduler.ts';
import {
  requestStatus,
  serveStatus,
  statusSocketPath,
  type StatusServer,
} from './status-bridge.ts';
import { openAppStore, type AppStore } from './store/app-store.ts';
import { createElectronStore } from './store/electron-store-factory.ts';
import { TRAY_NOTICE_ID, TrayHostNotice } from './tray-host.ts';
import { toMenuTemplate, TrayPresenter, type TrayAction, type TrayIconState } from './tray.ts';
import { WindowStateFile } from './window-state.ts';
import { WindowManager } from './windows.ts';

const log = (message: string, error?: unknown) =>
  console.error(`[posture-break] ${message}`, ...(error === undefined ? [] : [error]));

// dist/main/main.cjs → dist/renderer, dist/preload, build/ (also inside app.asar).
const distDir = path.join(__dirname, '..');
const rendererDir = path.join(distDir, 'renderer');
const preloadPath = path.join(distDir, 'preload', 'preload.cjs');
const buildDir = path.join(distDir, '..', 'build');
/** Files other programs read (notify-send) must be outside the asar archive. */
const unpacked = (file: string) =>
  file.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
const appIconPath = unpacked(path.join(buildDir, 'icons', '256x256.png'));

// A separate profile (tests, a portable setup): must be set before the lock and the store use it.
if (process.env.POSTURE_BREAK_USER_DATA)
  app.setPath('userData', path.resolve(process.env.POSTURE_BREAK_USER_DATA));
app.setAppUserModelId(APP_ID);

/** Prints, then exits once the output is flushed (pipes are asynchronous on macOS and Windows). */
function exitWith(code: number, out?: string, err?: string): void {
  const line = (text: string) => (text.endsWith('\n') ? text : text + '\n');
  const flushed = (stream: NodeJS.WriteStream, text: string | undefined) =>
    new Promise<void>((resolve) => (text ? stream.write(line(text), () => resolve()) : resolve()));
  void Promise.all([flushed(process.stdout, out), flushed(process.stderr, err)]).then(() =>
    app.exit(code),
  );
}

/**
 * `--status` answers on stdout; `--status-file <path>` writes the answer (or the error) to that file,
 * since the packaged Windows app is a GUI program whose output cmd and PowerShell never show.
 */
function answerStatus(
  command: Extract<CliCommand, { kind: 'status' }>,
  answer: { json: string } | { error: string },
): void {
  const code = 'json' in answer ? 0 : 1;
  const text = 'json' in answer ? answer.json : `posture-break: ${answer.error}`;
  if (command.file === undefined) {
    if (code === 0) exitWith(0, text);
    else exitWith(1, undefined, text);
    return;
  }
  try {
    writeFileSync(path.resolve(command.file), text.endsWith('\n') ? text : text + '\n');
    exitWith(code);
  } catch (error) {
    exitWith(
      1,
      undefined,
      `posture-break: cannot write ${command.file}: ${(error as Error).message}`,
    );
  }
}

/** Commands from second launches: queued until the controller exists, then handed straight on. */
const forwarded = {
  queue: [] as CliCommand[],
  handler: null as ((command: CliCommand) => void) | null,
  push(command: CliCommand): void {
    if (this.handler) this.handler(command);
    else this.queue.push(command);
  },
  deliver(handler: (command: CliCommand) => void): void {
    this.handler = handler;
    for (const command of this.queue.splice(0)) handler(command);
  },
};

const parsed = parseCliArgs(userArgs(process.argv, process.defaultApp === true));
if (!parsed.ok) exitWith(2, undefined, `posture-break: ${parsed.error}`);
else if (parsed.command.kind === 'help') exitWith(0, HELP_TEXT);
else boot(parsed.command);

function boot(command: CliCommand): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  const socketPath = statusSocketPath(app.getPath('userData'));
  if (!app.requestSingleInstanceLock(command)) {
    // Another instance runs: it got our command through 'second-instance'; --status needs its answer.
    if (command.kind === 'status') {
      requestStatus(socketPath).then(
        (json) => answerStatus(command, { json }),
        (error: unknown) => answerStatus(command, { error: (error as Error).message }),
      );
    } else exitWith(0);
    return;
  }
  if (command.kind === 'status') {
    // Nothing runs: answer from the saved state, start nothing.
    try {
      const now = Date.now();
      answerStatus(command, { json: statusJson(openSession(openStore(), now, log).state(now)) });
    } catch (error) {
      answerStatus(command, { error: (error as Error).message });
    }
    return;
  }
  // Listen from the moment we hold the lock, so a second launch during start-up is not lost.
  app.on('second-instance', (_event, argv, _cwd, additionalData) => {
    // The second launch sends its parsed command; older or foreign launches only their argv.
    let forwardedCommand: CliCommand | null = isCliCommand(additionalData) ? additionalData : null;
    if (forwardedCommand === null) {
      const fromArgv = parseCliArgs(userArgs(argv, process.defaultApp === true));
      forwardedCommand = fromArgv.ok ? fromArgv.command : { kind: 'launch' };
    }
    forwarded.push(forwardedCommand);
  });
  // A failure anywhere in start-up ends the process, so it never holds the single-instance lock
  // without a tray.
  app
    .whenReady()
    .then(() => startApp(command, socketPath))
    .catch((error: unknown) => {
      log('failed to start', error);
      app.exit(1);
    });
}

function openStore(): AppStore {
  return openAppStore({
    createStore: createElectronStore,
    cwd: app.getPath('userData'),
    onWriteError: (error) => log('store write failed', error),
  });
}

async function startApp(firstCommand: CliCommand, socketPath: string): Promise<void> {
  if (process.platform === 'darwin') app.dock?.hide();
  Menu.setApplicationMenu(process.platform === 'darwin' ? macMenu() : null);

  // Every page comes from dist/renderer through app://; every window and session is hardened.
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  const store = openStore();
  const now = Date.now;
  // Main's words: the language from the setting, or for "system" the app locale Chromium took from
  // the OS (app.getLocale(), what the renderer sees as navigator.language, so tray and dashboard
  // agree); times on the 12/24-hour clock of the OS's regional format (app.getSystemLocale()).
  const words = new HostWords(
    { language: app.getLocale(), format: app.getSystemLocale() },
    store.settings.language,
  );
  const appSession = openSession(store, now(), log, words);

  let controller: AppController | null = null;
  const notifier = createPromptNotifier({
    platform: process.platform,
    backend: nodeNotifierOnFirstUse(),
    createNative: (options) => new Notification(options),
    iconPath: appIconPath,
    nodeNotifierDir: unpacked(path.join(distDir, '..', 'node_modules', 'node-notifier')),
    onError: (error) =>
      log('notification failed; the tray and the break window still prompt', error),
    words,
  });
  const scheduler = new WakeScheduler({ now, onWake: (at) => controller?.tick(at) });
  const windows = new WindowManager({
    createWindow: (options) => createSecureWindow(BrowserWindow, options, preloadPath),
    screen,
    stateFile: new WindowStateFile(path.join(app.getPath('userData'), 'window-state.json')),
    onBreakWindowClosed: () => controller?.breakWindowClosed(),
    keepBreakOpen: () =>
      !!controller?.settings.strictMode && controller.getState().status.activity === 'break',
    fullScreenBreak: () => controller?.settings.fullScreenBreak ?? false,
    iconPath: appIconPath,
    breakTitle: () => words.t('window.breakTitle'),
    log,
    wayland: runsOnWayland(process.platform, process.env, (name) =>
      app.commandLine.getSwitchValue(name),
    ),
    announceBreakWindow: () => notifier.announceBreakWindow?.(),
    // Only where a window opens for the timer, tray, CLI or notification: all come through here.
    activateApp: process.platform === 'darwin' ? () => app.focus({ steal: true }) : undefined,
  });
  const idle = new IdleMonitor({
    source: powerMonitor,
    now,
    awayAfterSeconds: store.settings.awayAfterSeconds,
    onInput: (span) => controller?.input(span),
    onSupportChange: (supported) => controller?.setIdleSupported(supported),
    onPoll: (at) => {
      controller?.poll(at);
      scheduler.refresh();
      lockWatcher?.checkIdleState();
      // As of the last observation: cheap (no clone); at the desk a poll comes at least once a minute.
      calls.setAtDesk(appSession.status().activity === 'sitting');
    },
  });
  const calls = new CallMonitor({
    detector: callDetectorFor(process.platform, log),
    detect: store.settings.detectCalls,
    now,
    onChange: (inCall) => controller?.call(inCall),
  });
  // Linux has no lock-screen events in Electron: logind and the screen savers over D-Bus instead.
  const lockWatcher =
    process.platform === 'linux'
      ? new LinuxLockWatcher({
          session: sessionBus(),
          system: systemBus(),
          idle: powerMonitor,
          now,
          env: process.env,
          onChange: (kind, at) => controller?.power({ kind, at }),
          log,
        })
      : null;
  const trayNotice = new TrayHostNotice(
    path.join(app.getPath('userData'), 'tray-notice-dismissed'),
  );

  const tray = new Tray(trayImage('counting'));
  tray.setToolTip('Posture Break');
  const presenter = new TrayPresenter(
    {
      setIcon: (state) => tray.setImage(trayImage(state)),
      setToolTip: (text) => tray.setToolTip(text),
      setMenu: (items) =>
        tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(items, onTrayAction))),
    },
    words,
  );
  const loginItem = new LaunchAtLogin({
    platform: process.platform,
    isPackaged: app.isPackaged,
    app,
    command: [process.env.APPIMAGE ?? process.execPath],
    autostartDir: xdgAutostartDir(process.env, os.homedir()),
    log,
  });

  const ctl = new AppController({
    session: appSession,
    store,
    now,
    notifier,
    dnd: dndProbeFor(process.platform, { bus: sessionBus, env: process.env, log }),
    // Every change reaches the tray: a new language setting relabels the menu at once.
    tray: {
      update: (state) => {
        words.follow(controller?.settings.language ?? store.settings.language);
        presenter.update(state);
      },
    },
    windows,
    idle,
    schedule: (at) => scheduler.schedule(at),
    loginItem,
    noticeDismissed: (id) => {
      if (id === TRAY_NOTICE_ID) trayNotice.dismiss();
    },
    firstMove: (settings, today) => firstMoveName(words, settings, today),
    words,
    log,
    calls,
  });
  controller = ctl;

  function onTrayAction(action: TrayAction): void {
    switch (action) {
      case 'break-now':
        ctl.startBreak();
        break;
      case 'snooze':
        ctl.snooze();
        break;
      case 'skip':
        ctl.skip();
        break;
      case 'pause-30':
        ctl.pause({ minutes: 30 });
        break;
      case 'pause-60':
        ctl.pause({ minutes: 60 });
        break;
      case 'pause-tomorrow':
        ctl.pause({ until: 'tomorrow' });
        break;
      case 'resume':
        ctl.resume();
        break;
      case 'meeting-on':
      case 'meeting-30':
      case 'meeting-60':
      case 'meeting-off':
        calls.meeting(meetingRequest(action));
        break;
      case 'dashboard':
        ctl.openWindow('dashboard');
        break;
      case 'settings':
        ctl.openWindow('settings');
        break;
      case 'quit':
        app.quit();
        break;
    }
  }
  // Windows and Linux: a left click on the icon opens the dashboard (macOS shows the menu).
  tray.on('click', () => {
    if (process.platform !== 'darwin') ctl.openWindow('dashboard');
  });

  registerIpcHandlers(ipcMain, ipcHandlers(ctl, words));
  const stopPower = watchPowerEvents(powerMonitor, now, (event) => {
    ctl.power(event);
    // Electron waits for the shutdown handler; save and go.
    if (event.kind === 'shutdown') app.quit();
  });

  let statusServer: StatusServer | null = null;
  try {
    statusServer = await serveStatus(socketPath, () => ctl.statusJson());
  } catch (error) {
    log('--status from a second launch will not be answered', error);
  }

  // Linux: no tray host on the session bus → the dashboard says so (asked once, in the background).
  if (process.platform === 'linux') {
    void trayNotice.check(sessionBus(), process.env, log, words).then((text) => {
      if (text !== null) ctl.showNotice(TRAY_NOTICE_ID, text);
    });
  }

  // Commands that second launches sent while we were starting, then every later one.
  forwarded.deliver((command) => ctl.runCommand(command));
  // A tray app keeps running with every window closed.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', () => {
    stopPower();
    lockWatcher?.stop();
    closeSharedBuses();
    // A call still on is ended at the next start, at the last instant this run saved.
    calls.stop();
    // Before the monitor stops: the controller takes a last idle reading for the snapshot.
    ctl.stop();
    idle.stop();
    void statusServer?.close();
    tray.destroy();
    // Closed by the app, so strict mode does not hold the break window and stop the quit.
    windows.closeAll();
  });

  // macOS: a relaunch from Finder (or the Dock) fires 'activate', not 'second-instance'. Listening
  // only from here on leaves out the activation of the launch itself, so a start stays quiet.
  app.on('activate', () => ctl.openWindow('dashboard'));
  ctl.start();
  idle.start(now());
  void lockWatcher?.start();
  calls.start();
  // The dashboard shows the first-run onboarding; otherwise the app starts quietly in the tray.
  if (store.firstRun) ctl.openWindow('dashboard');
  if (firstCommand.kind !== 'launch') ctl.runCommand(firstCommand);
}

/**
 * node-notifier (about 30 ms and 80 modules to load) is loaded by the first prompt, not at start-up.
 * It stays external to the bundle (build-electron.mjs): it finds its helper binaries next to its files.
 */
function nodeNotifierOnFirstUse(): NotifyBackend {
  let loaded: NotifyBackend | null = null;
  return {
    notify: (options, callback) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded ??= require('node-notifier') as NotifyBackend;
      return loaded.notify(options, callback);
    },
  };
}

function meetingRequest(action: 'meeting-on' | 'meeting-30' | 'meeting-60' | 'meeting-off') {
  if (action === 'meeting-off') return false;
  return action === 'meeting-on' ? {} : { minutes: action === 'meeting-30' ? 30 : 60 };
}

function ipcHandlers(ctl: AppController, words: HostWords): RequestHandlers {
  return {
    'state:get': () => ctl.getState(),
    'settings:get': () => ctl.settings,
    'settings:update': (patch) => ctl.updateSettings(patch),
    'history:get': ({ days }) => ctl.getHistory(days),
    'history:export': async ({ format }) => {
      const file = ctl.exportFile(format);
      const result = await dialog.showSaveDialog({
        title: words.t('dialog.exportTitle'),
        defaultPath: path.join(app.getPath('documents'), file.fileName),
        filters: [
          format === 'csv'
            ? { name: 'CSV', extensions: ['csv'] }
            : { name: 'JSON', extensions: ['json'] },
        ],
      });
      if (result.canceled || !result.filePath) return { savedTo: null };
      await writeFile(result.filePath, file.body);
      return { savedTo: result.filePath };
    },
    'break:start': () => ctl.startBreak(),
    'break:end': ({ completed }) => ctl.endBreak(completed),
    'break:snooze': () => ctl.snooze(),
    'break:skip': () => ctl.skip(),
    'reminders:pause': (request) => ctl.pause(request),
    'reminders:resume': () => ctl.resume(),
    'meeting:set': (request) => ctl.setMeeting(request),
    'onboarding:complete': () => ctl.completeOnboarding(),
    'notice:dismiss': () => ctl.dismissNotice(),
    'window:open': ({ view }) => ctl.openWindow(view),
    'app:quit': () => app.quit(),
  };
}

/** Tray image for a state: a template image on macOS (tinted by the system), colour elsewhere. */
function trayImage(state: TrayIconState): NativeImage {
  const name = process.platform === 'darwin' ? `${state}Template.png` : `${state}.png`;
  const image = nativeImage.createFromPath(path.join(buildDir, 'tray', name));
  if (process.platform === 'darwin') image.setTemplateImage(true);
  return image;
}

function macMenu(): Menu {
  return Menu.buildFromTemplate([
    { role: 'appMenu' },
    { role: 'editMenu' },
    { role: 'windowMenu' },
  ]);
}
