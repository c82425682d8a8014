// A stand-in for the `electron` module, loaded with `node --import` before the bundled main process, so
// main.ts's wiring runs in plain Node where no Electron binary exists. It records what the app asks of
// Electron and writes that, as JSON, to $FAKE_ELECTRON_REPORT when the process exits.
// $FAKE_ELECTRON_SCRIPT lists steps run after the app is ready, e.g. "second:break-now,wait:50,quit".
import Module from 'node:module';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';

const report = {
  exitCode: null,
  privileged: [],
  protocolHandlers: [],
  lockData: null,
  userData: null,
  sessionHardened: {},
  windows: [],
  tray: { images: [], tooltips: [], menus: 0, destroyed: false },
  ipcHandle: [],
  ipcOn: [],
  powerListeners: [],
  applicationMenu: 'unset',
  served: [],
  events: [],
};

let userData = process.env.FAKE_ELECTRON_USER_DATA || '/tmp/fake-electron-user-data';

function write() {
  if (process.env.FAKE_ELECTRON_REPORT) {
    fs.writeFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(report, null, 2));
  }
}
process.on('exit', write);

const app = new EventEmitter();
let readyResolve;
const ready = new Promise((resolve) => (readyResolve = resolve));
Object.assign(app, {
  isPackaged: false,
  setPath(name, value) {
    if (name === 'userData') userData = value;
  },
  getPath(name) {
    if (name === 'userData') return userData;
    return `/tmp/fake-electron-${name}`;
  },
  getVersion: () => '0.1.0',
  getName: () => 'Posture Break',
  setAppUserModelId() {},
  requestSingleInstanceLock(data) {
    report.lockData = data;
    report.userData = userData;
    return process.env.FAKE_ELECTRON_LOCK !== 'taken';
  },
  whenReady: () => ready,
  exit(code) {
    report.exitCode = code;
    report.events.push(`exit:${code}`);
    // Let stdout drain, as Electron does.
    setImmediate(() => process.exit(code));
  },
  quit() {
    report.events.push('quit');
    app.emit('before-quit', { preventDefault() {} });
    app.exit(0);
  },
  setLoginItemSettings(settings) {
    report.events.push(`login-item:${JSON.stringify(settings)}`);
  },
});

const protocol = {
  registerSchemesAsPrivileged(schemes) {
    report.privileged.push(...schemes);
  },
  handle(scheme, handler) {
    report.protocolHandlers.push(scheme);
    protocol.handler = handler;
  },
  handler: null,
};

const defaultSession = {
  setPermissionRequestHandler(h) {
    report.sessionHardened.permissionRequest = true;
    defaultSession.permissionRequest = h;
  },
  setPermissionCheckHandler(h) {
    report.sessionHardened.permissionCheck = true;
    defaultSession.permissionCheck = h;
  },
  setDevicePermissionHandler() {
    report.sessionHardened.device = true;
  },
  webRequest: {
    onBeforeRequest(h) {
      report.sessionHardened.beforeRequest = true;
      defaultSession.beforeRequest = h;
    },
  },
};

class FakeWebContents extends EventEmitter {
  constructor(record) {
    super();
    this.record = record;
    this.url = '';
    this.destroyed = false;
  }
  setWindowOpenHandler(handler) {
    this.record.windowOpenDenied = JSON.stringify(handler({ url: 'https://example.com' }));
  }
  on(event, listener) {
    this.record.contentsEvents.push(event);
    return super.on(event, listener);
  }
  send(channel) {
    this.record.sent.push(channel);
  }
  getURL() {
    return this.url;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.record = { options, urls: [], contentsEvents: [], sent: [], closed: false, shown: false };
    report.windows.push(this.record);
    this.webContents = new FakeWebContents(this.record);
    this.destroyed = false;
    app.emit('web-contents-created', {}, this.webContents);
    setImmediate(() => this.emit('ready-to-show'));
  }
  loadURL(url) {
    this.record.urls.push(url);
    this.webContents.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  maximize() {}
  restore() {}
  show() {
    this.record.shown = true;
  }
  focus() {}
  moveTop() {}
  setAlwaysOnTop(flag, level) {
    this.record.alwaysOnTop = [flag, level];
  }
  getNormalBounds() {
    const o = this.record.options;
    return { x: o.x, y: o.y, width: o.width, height: o.height };
  }
  close() {
    this.emit('close', { preventDefault() {} });
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.record.closed = true;
    this.emit('closed');
  }
}

class Tray extends EventEmitter {
  constructor(image) {
    super();
    report.tray.images.push(image.path);
  }
  setImage(image) {
    report.tray.images.push(image.path);
  }
  setToolTip(text) {
    report.tray.tooltips.push(text);
  }
  setContextMenu(menu) {
    report.tray.menus++;
    report.tray.lastMenu = menu.template.map((item) => item.label ?? item.type);
  }
  destroy() {
    report.tray.destroyed = true;
  }
}

const ipcMain = {
  handlers: new Map(),
  handle(channel, listener) {
    report.ipcHandle.push(channel);
    ipcMain.handlers.set(channel, listener);
  },
  removeHandler(channel) {
    ipcMain.handlers.delete(channel);
  },
  on(channel) {
    report.ipcOn.push(channel);
  },
};

const powerMonitor = new EventEmitter();
powerMonitor.getSystemIdleTime = () => 0;
powerMonitor.getSystemIdleState = () => 'active';
const originalOn = powerMonitor.on.bind(powerMonitor);
powerMonitor.on = (event, listener) => {
  report.powerListeners.push(event);
  return originalOn(event, listener);
};

const display = {
  id: 1,
  workArea: { x: 0, y: 0, width: 1920, height: 1080 },
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
};
const screen = {
  getCursorScreenPoint: () => ({ x: 10, y: 10 }),
  getDisplayNearestPoint: () => display,
  getAllDisplays: () => [display],
  getPrimaryDisplay: () => display,
};

const fake = {
  app,
  protocol,
  session: { defaultSession },
  BrowserWindow,
  Tray,
  ipcMain,
  powerMonitor,
  screen,
  Menu: {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu(menu) {
      report.applicationMenu = menu;
    },
  },
  nativeImage: {
    createFromPath: (p) => ({
      path: p,
      exists: fs.existsSync(p),
      setTemplateImage() {},
    }),
  },
  dialog: { showSaveDialog: async () => ({ canceled: true }) },
  shell: {},
};

// Electron sets this when it runs an app from a folder or file (`electron .`), as here.
process.defaultApp = true;

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return fake;
  return load.call(this, request, ...rest);
};

/** Calls an IPC handler the way a page of ours would. */
async function invoke(channel, arg, url = 'app://renderer/index.html#/dashboard') {
  const handler = ipcMain.handlers.get(channel);
  const event = { senderFrame: { url, parent: null } };
  try {
    const result = await handler(event, arg);
    report.events.push(`ipc:${channel}:ok:${JSON.stringify(result).slice(0, 1000)}`);
  } catch (error) {
    report.events.push(`ipc:${channel}:error:${error.message}`);
  }
}

async function runScript() {
  const steps = (process.env.FAKE_ELECTRON_SCRIPT || '').split(',').filter(Boolean);
  for (const step of steps) {
    const [name, value] = step.split(/:(.*)/s);
    if (name === 'wait') await new Promise((r) => setTimeout(r, Number(value)));
    else if (name === 'second')
      app.emit('second-instance', {}, ['electron', '.'], '/', JSON.parse(value));
    else if (name === 'second-argv')
      app.emit('second-instance', {}, ['electron', '.', ...value.split(' ')], '/', null);
    else if (name === 'power') powerMonitor.emit(value);
    else if (name === 'invoke') {
      const [channel, arg] = value.split(/=(.*)/s);
      await invoke(channel, arg === undefined ? undefined : JSON.parse(arg));
    } else if (name === 'invoke-from') {
      const [url, channel] = value.split('|');
      await invoke(channel, undefined, url);
    } else if (name === 'serve') {
      const response = await protocol.handler({ url: value, method: 'GET' });
      report.served.push({
        url: value,
        status: response.status,
        csp: response.headers.get('content-security-policy'),
      });
    } else if (name === 'quit') app.quit();
  }
}

if (process.env.FAKE_ELECTRON_READY !== 'never') {
  setImmediate(() => {
    readyResolve();
    app.emit('ready');
    setTimeout(
      () =>
        runScript().catch((error) => {
          report.events.push(`script-error:${error.message}`);
          app.exit(99);
        }),
      20,
    );
  });
}
