/**
 * Linux call detection against a real sound server: a private PulseAudio daemon (its own runtime
 * directory and socket, a null sink and a null source) and real `parecord` clients. The detector
 * must see a recording start and stop through `pactl subscribe`, ignore a recording of a monitor
 * and our own streams, and the engine fed by it must hold a prompt during the recording and show it
 * when the recording stops. A missing program is an error naming the Debian package, never a skip.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../electron/core/engine.ts';
import { defaultSettings } from '../../electron/core/settings.ts';
import { LinuxCallDetector } from '../../electron/main/call-detector.ts';
import { startSoundServer, type SoundServer } from './helpers/sound-server.ts';

const REQUIRED: Record<string, string> = {
  pulseaudio: 'pulseaudio',
  pactl: 'pulseaudio-utils',
  parecord: 'pulseaudio-utils',
};

/** Generous: the machine running the tests may be heavily loaded. */
const WAIT_MS = 30_000;

let sound: SoundServer | null = null;
let env: NodeJS.ProcessEnv = {};
const clients = new Set<ChildProcess>();

function waitFor(what: string, check: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (check()) return resolve();
      if (Date.now() - started > WAIT_MS) return reject(new Error(`timed out waiting: ${what}`));
      setTimeout(poll, 20);
    };
    poll();
  });
}

function record(device: string): ChildProcess {
  const child = spawn('parecord', [`--device=${device}`, '/dev/null'], { env, stdio: 'ignore' });
  clients.add(child);
  child.on('exit', () => clients.delete(child));
  return child;
}

function stopClient(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

beforeAll(async () => {
  const missing = Object.keys(REQUIRED).filter(
    (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status !== 0,
  );
  if (missing.length > 0) {
    const packages = [...new Set(missing.map((n) => REQUIRED[n]))].join(' ');
    throw new Error(
      `The call detection test needs ${missing.join(', ')} (apt-get install ${packages}); .ci/run installs them.`,
    );
  }
  sound = await startSoundServer(WAIT_MS);
  env = sound.env;
}, 60_000);

/** The detector's `pactl subscribe` is connected (the listing pactl itself is the other one). */
function subscribed(): boolean {
  const list = spawnSync('pactl', ['list', 'short', 'clients'], { env }).stdout?.toString() ?? '';
  return list.split('\n').filter((line) => /\bpactl\b/.test(line)).length >= 2;
}

afterAll(async () => {
  await Promise.all([...clients].map(stopClient));
  await sound?.stop();
});

describe('Linux call detection with a real PulseAudio daemon', () => {
  it('starts with a recording of the real source, ends with it; a monitor recording is no call', async () => {
    const detector = new LinuxCallDetector({ env, settleMs: 50 });
    const changes: boolean[] = [];
    detector.start((inCall) => changes.push(inCall));
    try {
      await waitFor('the first listing', () => detector.cost.listings >= 1);
      await waitFor('pactl subscribe to be connected', subscribed);

      // Recording what the speakers play (a monitor) is not a call.
      const monitor = record('nullsink.monitor');
      const listingsBefore = detector.cost.listings;
      await waitFor('the monitor stream event', () => detector.cost.listings > listingsBefore);
      // A real recording after it: its event is handled after the monitor's, so once the call is
      // seen, the monitor stream had been listed and did not count.
      const mic = record('nullsrc');
      await waitFor('the call to start', () => detector.inCall);
      expect(changes).toEqual([true]);

      await stopClient(mic);
      await waitFor('the call to end', () => !detector.inCall);
      expect(changes).toEqual([true, false]);
      expect(detector.inCall).toBe(false);
      await stopClient(monitor);

      // Event-driven: one pactl subscribe child, and one listing (two short pactl runs) per change.
      expect(detector.cost.spawned).toBe(1 + 2 * detector.cost.listings);
    } finally {
      detector.stop();
    }
  }, 90_000);

  it('ignores recordings by our own process ids', async () => {
    const mine = record('nullsrc');
    await waitFor('parecord to have a pid', () => mine.pid !== undefined);
    const detector = new LinuxCallDetector({ env, settleMs: 50, ownPids: new Set([mine.pid!]) });
    detector.start(() => {});
    try {
      await waitFor('pactl subscribe to be connected', subscribed);
      await waitFor('a listing after the stream exists', () => {
        const list = spawnSync('pactl', ['list', 'short', 'source-outputs'], { env });
        return list.stdout.toString().trim() !== '' && detector.cost.listings >= 1;
      });
      // A second stream by someone else is a call; ours alone was not.
      const other = record('nullsrc');
      await waitFor('the other recording to count', () => detector.inCall);
      await stopClient(other);
      await waitFor('only our own stream left', () => !detector.inCall);
    } finally {
      detector.stop();
      await stopClient(mine);
    }
  }, 90_000);

  it('a break due during the recording is prompted the instant it stops (engine fed by the detector)', async () => {
    const MIN = 60_000;
    const t0 = new Date(2026, 2, 10, 9, 0, 0).getTime();
    let clock = t0;
    const engine = Engine.start(defaultSettings(), t0);
    const prompts: number[] = [];
    const observe = (type: 'call-start' | 'call-end') => {
      for (const e of engine.observe({ type, at: clock }))
        if (e.type === 'prompt') prompts.push(e.at);
    };
    const detector = new LinuxCallDetector({ env, settleMs: 50 });
    detector.start((inCall) => observe(inCall ? 'call-start' : 'call-end'));
    try {
      await waitFor('the first listing', () => detector.cost.listings >= 1);
      await waitFor('pactl subscribe to be connected', subscribed);
      engine.observe({ type: 'input', at: t0, to: t0 + 20 * MIN });
      clock = t0 + 20 * MIN;
      const mic = record('nullsrc');
      await waitFor('the call to start', () => engine.status().callSince !== null);
      expect(engine.status().callSince).toBe(t0 + 20 * MIN);

      // 50 minutes without a key press: due at 09:30, but no prompt and never away in the call.
      clock = t0 + 70 * MIN;
      for (const e of engine.advance(clock)) expect(e.type).not.toBe('prompt');
      expect(engine.status()).toMatchObject({ activity: 'sitting', breakState: 'due' });

      await stopClient(mic);
      await waitFor('the call to end', () => engine.status().callSince === null);
      expect(prompts).toEqual([t0 + 70 * MIN]);
      expect(engine.dayStats()[0]).toMatchObject({
        sittingSeconds: 70 * 60,
        awaySeconds: 0,
        callSeconds: 50 * 60,
      });
    } finally {
      detector.stop();
    }
  }, 90_000);
});
