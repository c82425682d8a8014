/**
 * Call detection (SPEC section 2, "Calls and meetings"): the user is in a call while another
 * application records from a real microphone or holds the camera open. The detector only reports
 * "in a call" / "not in a call"; the engine decides what that means (`call-start` / `call-end`).
 *
 * Linux, event-driven: one long-lived `pactl subscribe` child (PulseAudio, or PipeWire's Pulse
 * server) reports every change to the recording streams; only then is the list of source-outputs
 * read again (one short `pactl list` run per change, none while nothing changes). A stream counts
 * when it is not corked, belongs to a client (not a module's loopback), records from a source that
 * is not a monitor of an output, and is not ours. The camera is in use when another process holds a
 * `/dev/video*` device open; that is checked at the app's idle readings while the user is at the desk
 * (`setAtDesk`, at most every `cameraEveryMs`), never while they are away and never on a timer of its
 * own: the readings come at least once a minute at the desk, so a call on camera alone is seen within
 * about a minute, and the check costs no wake-up. Only while the camera is in use does a timer
 * (`IN_CALL_CHECK_MS`, longer than the readings' spacing, so at the desk they come first) look for
 * its end, since readings stop on a locked screen and a call goes on there. No video device, nothing
 * more; a UVC webcam nobody uses (module use count 0), nothing more; otherwise a scan of
 * `/proc/<pid>/fd`.
 *
 * Windows: see `windows-call-detector.ts`. macOS: no dependable way without a native addon; the
 * manual "In a meeting" switch is offered instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, readlink } from 'node:fs/promises';
import { WindowsCallDetector } from './windows-call-detector.ts';

export interface CallDetector {
  /** Starts watching; `onChange` is called with every change of the combined answer. */
  start(onChange: (inCall: boolean) => void): void;
  stop(): void;
  /**
   * Called at every idle reading: at the desk, a due camera (or privacy record) check runs now; away,
   * none. The detectors keep no timer for it, so checking costs no wake-up of its own.
   */
  setAtDesk(atDesk: boolean): void;
  /** The current combined answer. */
  readonly inCall: boolean;
}

// ------------------------------------------------------------------ parsing pactl output

export interface SourceOutput {
  index: number;
  /** Index of the source it records from. */
  source: number;
  corked: boolean;
  /** False for a module's own stream (loopback, echo cancel): no client behind it. */
  hasClient: boolean;
  pid: number | null;
  application: string;
  applicationId: string;
  mediaName: string;
}

/** Parses `LC_ALL=C pactl list source-outputs`. */
export function parseSourceOutputs(text: string): SourceOutput[] {
  const out: SourceOutput[] = [];
  let cur: SourceOutput | null = null;
  for (const raw of text.split('\n')) {
    const header = /^Source Output #(\d+)/.exec(raw);
    if (header) {
      cur = {
        index: Number(header[1]),
        source: -1,
        corked: false,
        hasClient: true,
        pid: null,
        application: '',
        applicationId: '',
        mediaName: '',
      };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const line = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^Source: (\d+)$/.exec(line))) cur.source = Number(m[1]);
    else if ((m = /^Corked: (yes|no)$/.exec(line))) cur.corked = m[1] === 'yes';
    else if ((m = /^Client: (.*)$/.exec(line))) cur.hasClient = /^\d+$/.test(m[1] as string);
    else if ((m = /^([a-z.\-_]+) = "(.*)"$/.exec(line))) {
      const [, key, value] = m as unknown as [string, string, string];
      if (key === 'application.process.id') cur.pid = /^\d+$/.test(value) ? Number(value) : null;
      else if (key === 'application.name') cur.application = value;
      else if (key === 'application.id') cur.applicationId = value;
      else if (key === 'media.name') cur.mediaName = value;
    }
  }
  return out;
}

/** Parses `pactl list short sources` into index → name. */
export function parseShortSources(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const line of text.split('\n')) {
    const [index, name] = line.split('\t');
    if (index !== undefined && name !== undefined && /^\d+$/.test(index))
      map.set(Number(index), name);
  }
  return map;
}

/** Level meters (pavucontrol) open streams on every source without recording anything. */
const METERS = /pavucontrol|peak detect/i;

/** The applications recording from a real microphone right now (not us, not monitors, not meters). */
export function recordingApps(
  outputs: readonly SourceOutput[],
  sources: ReadonlyMap<number, string>,
  ownPids: ReadonlySet<number>,
): string[] {
  const apps: string[] = [];
  for (const o of outputs) {
    if (o.corked || !o.hasClient) continue;
    if (o.pid !== null && ownPids.has(o.pid)) continue;
    const source = sources.get(o.source);
    // An unknown source index is a stream whose source appeared after the list: count it.
    if (source !== undefined && source.endsWith('.monitor')) continue;
    if (METERS.test(o.applicationId) || METERS.test(o.mediaName)) continue;
    apps.push(o.application || `pid ${o.pid ?? '?'}`);
  }
  return apps;
}

/** True for a `pactl subscribe` line about a recording stream (the only events that matter). */
export function isSourceOutputEvent(line: string): boolean {
  return /^Event '(new|change|remove)' on source-output #\d+/.test(line);
}

// ------------------------------------------------------------------ camera

/** True when a process other than `ownPids` holds a `/dev/video*` device open (read from `/proc`). */
export async function cameraInUse(
  ownPids: ReadonlySet<number>,
  procRoot = '/proc',
): Promise<boolean> {
  let entries: string[];
  try {
    entries = await readdir(procRoot);
  } catch {
    return false;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || ownPids.has(Number(entry))) continue;
    let fds: string[];
    try {
      fds = await readdir(`${procRoot}/${entry}/fd`);
    } catch {
      continue; // gone, or another user's process
    }
    for (const fd of fds) {
      try {
        if ((await readlink(`${procRoot}/${entry}/fd/${fd}`)).startsWith('/dev/video')) return true;
      } catch {
        // closed in between
      }
    }
  }
  return false;
}

/**
 * The cheap first look: false when the USB video class driver (almost every built-in or USB webcam)
 * is loaded and nobody holds its devices open (its module use count is 0: opening /dev/video* takes
 * a reference); true when it is in use or cannot be told this way (then `/proc` is scanned).
 */
export async function cameraMaybeInUse(sysRoot = '/sys'): Promise<boolean> {
  try {
    return (await readFile(`${sysRoot}/module/uvcvideo/refcnt`, 'utf8')).trim() !== '0';
  } catch {
    return true;
  }
}

/** True when the machine has any video device at all (no camera: never scan `/proc`). */
export async function hasVideoDevices(devRoot = '/dev'): Promise<boolean> {
  try {
    return (await readdir(devRoot)).some((name) => /^video\d+$/.test(name));
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------ the Linux detector

export interface LinuxCallDetectorOptions {
  /** Environment of the pactl children (PULSE_SERVER picks the sound server). */
  env?: NodeJS.ProcessEnv;
  ownPids?: ReadonlySet<number>;
  /** Least time between camera checks at the desk (readings a second apart check once). */
  cameraEveryMs?: number;
  /** The clock for `cameraEveryMs`. */
  now?: () => number;
  /** In a call on camera, the next check when no reading comes first (default IN_CALL_CHECK_MS). */
  inCallCheckMs?: number;
  /** Waits this long after an event before listing, so a burst of events costs one listing. */
  settleMs?: number;
  /** First and longest wait before `pactl subscribe` is started again after it exits. */
  retryMs?: [number, number];
  log?: (message: string, error?: unknown) => void;
  procRoot?: string;
  devRoot?: string;
  sysRoot?: string;
}

export const CAMERA_EVERY_MS = 30_000;
/**
 * In a call, the next check if no idle reading comes first (a locked screen): the call's end is seen
 * within this. Longer than a minute, so at the desk the readings (at least one a minute) come first
 * and the timer never fires.
 */
export const IN_CALL_CHECK_MS = 90_000;

/** Runs a command to completion; resolves with stdout, rejects on a spawn error or non-zero exit. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      // A listing is a few KB; cap it so a broken server cannot grow memory.
      if (out.length < 1_000_000) out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${code}`))));
  });
}

export class LinuxCallDetector implements CallDetector {
  private readonly env: NodeJS.ProcessEnv;
  private readonly ownPids: ReadonlySet<number>;
  private readonly o: Required<
    Pick<
      LinuxCallDetectorOptions,
      | 'cameraEveryMs'
      | 'settleMs'
      | 'retryMs'
      | 'procRoot'
      | 'devRoot'
      | 'sysRoot'
      | 'now'
      | 'inCallCheckMs'
    >
  > &
    LinuxCallDetectorOptions;
  private onChange: ((inCall: boolean) => void) | null = null;
  private sub: ChildProcess | null = null;
  private stopped = true;
  private mic = false;
  private camera = false;
  private answer = false;
  private listTimer: ReturnType<typeof setTimeout> | null = null;
  private listing = false;
  private listAgain = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay: number;
  private cameraCheckedAt = Number.NEGATIVE_INFINITY;
  private cameraTimer: ReturnType<typeof setTimeout> | null = null;
  private checkingCamera = false;
  private atDesk = false;
  private hasCamera: boolean | null = null;
  /** Counters for the cost measurement: children spawned and wake-ups (timer or event handled). */
  readonly cost = { spawned: 0, wakeups: 0, listings: 0, cameraScans: 0 };

  constructor(options: LinuxCallDetectorOptions = {}) {
    this.env = { ...(options.env ?? process.env), LC_ALL: 'C' };
    this.ownPids = options.ownPids ?? new Set([process.pid]);
    this.o = {
      cameraEveryMs: CAMERA_EVERY_MS,
      settleMs: 150,
      retryMs: [5_000, 300_000],
      procRoot: '/proc',
      devRoot: '/dev',
      sysRoot: '/sys',
      now: () => Date.now(),
      inCallCheckMs: IN_CALL_CHECK_MS,
      ...options,
    };
    this.retryDelay = this.o.retryMs[0];
  }

  get inCall(): boolean {
    return this.answer;
  }

  start(onChange: (inCall: boolean) => void): void {
    this.onChange = onChange;
    this.stopped = false;
    this.subscribe();
    // The streams already recording: listed now, not on a timer.
    void this.list();
    if (this.atDesk) void this.checkCamera();
  }

  stop(): void {
    this.stopped = true;
    this.onChange = null;
    for (const t of [this.listTimer, this.retryTimer, this.cameraTimer]) if (t) clearTimeout(t);
    this.listTimer = this.retryTimer = this.cameraTimer = null;
    this.cameraCheckedAt = Number.NEGATIVE_INFINITY;
    this.sub?.kill();
    this.sub = null;
    // Detection starts from nothing next time: a call still on is found again at the next start.
    this.mic = this.camera = this.answer = false;
  }

  setAtDesk(atDesk: boolean): void {
    this.atDesk = atDesk;
    if (this.stopped || !atDesk) return;
    if (this.o.now() - this.cameraCheckedAt >= this.o.cameraEveryMs) void this.checkCamera();
  }

  private subscribe(): void {
    if (this.stopped) return;
    let child: ChildProcess;
    try {
      child = spawn('pactl', ['subscribe'], { env: this.env, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      this.o.log?.('call detection: cannot start pactl subscribe', error);
      return;
    }
    this.cost.spawned++;
    this.sub = child;
    let buffered = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = (lines.pop() ?? '').slice(-4096);
      if (lines.some(isSourceOutputEvent)) {
        this.cost.wakeups++;
        this.retryDelay = this.o.retryMs[0];
        this.scheduleList(this.o.settleMs);
      }
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      // ENOENT: no pactl (no Pulse client tools); nothing to watch, no retry.
      if (error.code === 'ENOENT') {
        this.o.log?.('call detection: pactl not found; microphone detection is off');
        this.sub = null;
        return;
      }
      this.o.log?.('call detection: pactl subscribe failed', error);
    });
    child.on('close', () => {
      if (this.sub !== child || this.stopped) return;
      this.sub = null;
      // The sound server went away (or restarts): nobody records now; try again later.
      this.setMic(false);
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        this.cost.wakeups++;
        this.subscribe();
        this.scheduleList(0);
      }, this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, this.o.retryMs[1]);
    });
  }

  private scheduleList(delayMs: number): void {
    if (this.stopped || this.listTimer) return;
    this.listTimer = setTimeout(() => {
      this.listTimer = null;
      void this.list();
    }, delayMs);
  }

  private async list(): Promise<void> {
    if (this.listing) {
      this.listAgain = true;
      return;
    }
    this.listing = true;
    try {
      this.cost.listings++;
      this.cost.spawned += 2;
      const [outputs, sources] = await Promise.all([
        run('pactl', ['list', 'source-outputs'], this.env),
        run('pactl', ['list', 'short', 'sources'], this.env),
      ]);
      if (this.stopped) return;
      const apps = recordingApps(
        parseSourceOutputs(outputs),
        parseShortSources(sources),
        this.ownPids,
      );
      this.setMic(apps.length > 0);
    } catch {
      // No server right now: the subscription's retry lists again when it is back.
      if (!this.stopped) this.setMic(false);
    } finally {
      this.listing = false;
      if (this.listAgain && !this.stopped) {
        this.listAgain = false;
        this.scheduleList(0);
      }
    }
  }

  private async checkCamera(): Promise<void> {
    if (this.checkingCamera) return;
    this.checkingCamera = true;
    this.cameraCheckedAt = this.o.now();
    if (this.cameraTimer) clearTimeout(this.cameraTimer);
    this.cameraTimer = null;
    try {
      // No video device at all: nothing to scan (checked again at each check, one readdir of /dev).
      this.hasCamera = await hasVideoDevices(this.o.devRoot);
      let inUse = false;
      if (this.hasCamera && (await cameraMaybeInUse(this.o.sysRoot))) {
        this.cost.cameraScans++;
        inUse = await cameraInUse(this.ownPids, this.o.procRoot);
      }
      if (this.stopped) return;
      this.camera = inUse;
      this.update();
      if (inUse) {
        this.cameraTimer = setTimeout(() => {
          this.cameraTimer = null;
          this.cost.wakeups++;
          void this.checkCamera();
        }, this.o.inCallCheckMs);
      }
    } finally {
      this.checkingCamera = false;
    }
  }

  private setMic(inUse: boolean): void {
    this.mic = inUse;
    this.update();
  }

  private update(): void {
    const answer = this.mic || this.camera;
    if (answer === this.answer) return;
    this.answer = answer;
    this.onChange?.(answer);
  }
}

/**
 * The platform's detector: Linux (Pulse / PipeWire-Pulse and /proc), Windows (the privacy records),
 * none on macOS (no dependable way without a native addon: the manual switch is offered instead).
 */
export function callDetectorFor(
  platform: NodeJS.Platform,
  log?: (message: string, error?: unknown) => void,
): CallDetector | null {
  if (platform === 'linux') return new LinuxCallDetector({ log });
  if (platform === 'win32') return new WindowsCallDetector({ log });
  return null;
}
