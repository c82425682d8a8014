// Loads the fake `electron` (fake-electron.ts) with `node --import` before the bundled main process,
// so main.ts's wiring runs in plain Node where no Electron binary exists. It writes what the app asked
// of Electron, as JSON, to $FAKE_ELECTRON_REPORT when the process exits.
// $FAKE_ELECTRON_PROFILE picks the platform (linux-x11 | linux-wayland | darwin | win32; default
// linux-x11; it also sets the environment that platform's desktop session sets), $FAKE_ELECTRON_PACKAGED=1
// runs it as a packaged app (process.defaultApp unset), $FAKE_ELECTRON_SWITCHES gives Chromium switches
// (app.commandLine), e.g. "ozone-platform=x11". $FAKE_ELECTRON_LOCALE / $FAKE_ELECTRON_SYSTEM_LOCALE are
// what app.getLocale() / app.getSystemLocale() answer (default en-US).
// $FAKE_ELECTRON_SCRIPT lists steps run after the app is ready, e.g. "second:break-now,wait:50,quit";
// "until-state:<text>" waits until the app state's JSON holds <text>.
import Module from 'node:module';
import fs from 'node:fs';
import { createFakeElectron, profileNamed } from './fake-electron.ts';

const fake = createFakeElectron({
  profile: profileNamed(process.env.FAKE_ELECTRON_PROFILE),
  packaged: process.env.FAKE_ELECTRON_PACKAGED === '1',
  userData: process.env.FAKE_ELECTRON_USER_DATA || '/tmp/fake-electron-user-data',
  lockTaken: process.env.FAKE_ELECTRON_LOCK === 'taken',
  emptyImages: process.env.FAKE_ELECTRON_EMPTY_IMAGES === '1',
  locale: process.env.FAKE_ELECTRON_LOCALE || undefined,
  systemLocale: process.env.FAKE_ELECTRON_SYSTEM_LOCALE || undefined,
  switches: Object.fromEntries(
    (process.env.FAKE_ELECTRON_SWITCHES || '')
      .split(',')
      .filter(Boolean)
      .map((item) => {
        const [name, value = ''] = item.split(/=(.*)/s);
        return [name, value];
      }),
  ),
});
const { app } = fake.electron;
const report = fake.report;

process.on('exit', () => {
  if (process.env.FAKE_ELECTRON_REPORT) {
    fs.writeFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(report, null, 2));
  }
});
// Electron lets stdout drain, then ends the process.
app.on('exited', (code) => setImmediate(() => process.exit(code)));
fake.applyToProcess(process);
// A packaged app is started as `<binary> [options]`; here Node's argv also holds main.cjs (already loaded
// by now), so drop it: main sees what it would see when packaged.
if (fake.packaged) process.argv.splice(1, 1);

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return fake.electron;
  return load.call(this, request, ...rest);
};

/** Calls an IPC handler the way a page of ours would. */
async function invoke(channel, arg, url) {
  try {
    const result = await fake.invoke(channel, arg, url);
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
    else if (name === 'until-state') {
      // Polls the app's state until its JSON holds `value` (30 s at most): for work main does in the
      // background, without guessing how long a loaded machine takes.
      const until = Date.now() + 30_000;
      for (;;) {
        const state = JSON.stringify(await fake.invoke('state:get', undefined));
        if (state.includes(value)) break;
        if (Date.now() > until) throw new Error(`state never held ${value}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    } else if (name === 'second')
      app.emit('second-instance', {}, ['electron', '.'], '/', JSON.parse(value));
    else if (name === 'second-argv')
      app.emit('second-instance', {}, ['electron', '.', ...value.split(' ')], '/', null);
    else if (name === 'second-argv-packaged')
      app.emit('second-instance', {}, ['/opt/posture-break', ...value.split(' ')], '/', null);
    else if (name === 'power') fake.power(value);
    else if (name === 'activate') fake.activate();
    else if (name === 'invoke') {
      const [channel, arg] = value.split(/=(.*)/s);
      await invoke(channel, arg === undefined ? undefined : JSON.parse(arg));
    } else if (name === 'invoke-from') {
      const [url, channel] = value.split('|');
      await invoke(channel, undefined, url);
    } else if (name === 'serve') {
      const response = await fake.serve(value);
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
    fake.ready();
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
