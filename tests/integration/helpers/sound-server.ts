/**
 * A private PulseAudio server for tests and benchmarks: its own runtime directory and socket, a null
 * sink and a null source, and nothing of the machine's own audio setup (no default.pa, no autospawn,
 * no D-Bus). Call detection listens to it; `parecord` on `nullsrc` is a real app using the microphone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface SoundServer {
  /** What a client needs to reach the server: merge it into the client's environment. */
  clientEnv: { PULSE_SERVER: string; PULSE_CLIENTCONFIG: string };
  /** A whole private environment for clients (the server's home, no session bus, C locale). */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** Starts the server and resolves once `pactl` lists its null source (generous for a loaded machine). */
export async function startSoundServer(waitMs = 30_000): Promise<SoundServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pb-pulse-'));
  const socket = path.join(dir, 'native');
  const clientEnv = {
    PULSE_SERVER: `unix:${socket}`,
    PULSE_CLIENTCONFIG: path.join(dir, 'client.conf'),
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dir,
    XDG_RUNTIME_DIR: dir,
    XDG_CONFIG_HOME: dir,
    ...clientEnv,
    DBUS_SESSION_BUS_ADDRESS: 'disabled:',
    LC_ALL: 'C',
  };
  const daemon = spawn(
    'pulseaudio',
    [
      '-n',
      '--daemonize=no',
      '--exit-idle-time=-1',
      '--use-pid-file=no',
      '--disable-shm=yes',
      '-L',
      `module-native-protocol-unix auth-anonymous=1 socket=${socket}`,
      '-L',
      'module-null-sink sink_name=nullsink',
      '-L',
      'module-null-source source_name=nullsrc',
    ],
    { env, stdio: 'ignore' },
  );
  const stop = async () => {
    if (daemon.exitCode === null && daemon.signalCode === null) {
      const gone = new Promise((resolve) => daemon.once('exit', resolve));
      daemon.kill('SIGTERM');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + waitMs;
  while (
    !spawnSync('pactl', ['list', 'short', 'sources'], { env })
      .stdout?.toString()
      .includes('nullsrc')
  ) {
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        'pulseaudio did not answer (Debian: apt-get install pulseaudio pulseaudio-utils)',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { clientEnv, env, stop };
}
