/**
 * Windows call detection. Windows records, per app, when it last used the microphone and the webcam
 * under `HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\
 * microphone|webcam` (packaged apps by name, desktop apps under `NonPackaged` by path with `#` for
 * `\`); a `LastUsedTimeStop` of 0 after a `LastUsedTimeStart` means "in use now".
 *
 * Reading it: Node has no registry API and a native addon is not worth it, so ONE long-lived
 * PowerShell child is started the first time the user is at the desk; each check writes one line to
 * its stdin and reads the keys back in `reg query` form (no process per check). Checks run at the
 * app's idle readings while the user is at the desk (`setAtDesk`, at most every `checkEveryMs`),
 * never while away and never on a timer of their own: readings come at least once a minute at the
 * desk, so a call is seen within about a minute and checking costs no wake-up. Only in a call does a
 * timer (`IN_CALL_CHECK_MS`, longer than the readings' spacing) look for its end, since readings stop
 * on a locked screen and a call goes on there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { IN_CALL_CHECK_MS, type CallDetector } from './call-detector.ts';

export interface ConsentEntry {
  device: 'microphone' | 'webcam';
  /** The app: a package family name, or an executable path for desktop apps. */
  app: string;
  inUse: boolean;
}

const KEY =
  /\\CapabilityAccessManager\\ConsentStore\\(microphone|webcam)\\(?:NonPackaged\\)?([^\\]+)$/i;

/** Parses `reg query <ConsentStore>\microphone /s` (and webcam) output; keys with no usage are skipped. */
export function parseConsentStore(text: string): ConsentEntry[] {
  const out: ConsentEntry[] = [];
  let cur: {
    device: ConsentEntry['device'];
    app: string;
    start: bigint;
    stop: bigint | null;
  } | null = null;
  const flush = () => {
    if (cur && cur.stop !== null)
      out.push({ device: cur.device, app: cur.app, inUse: cur.stop === 0n && cur.start !== 0n });
    cur = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    if (/^HKEY_/i.test(raw)) {
      flush();
      const m = KEY.exec(raw.trim());
      if (m && (m[2] as string).toLowerCase() !== 'nonpackaged') {
        cur = {
          device: (m[1] as string).toLowerCase() as ConsentEntry['device'],
          app: (m[2] as string).replace(/#/g, '\\'),
          start: 0n,
          stop: null,
        };
      }
      continue;
    }
    const v = /^\s+(LastUsedTimeStart|LastUsedTimeStop)\s+REG_QWORD\s+0x([0-9a-f]+)\s*$/i.exec(raw);
    if (!v || !cur) continue;
    const value = BigInt(`0x${v[2]}`);
    if ((v[1] as string).toLowerCase() === 'lastusedtimestop') cur.stop = value;
    else cur.start = value;
  }
  flush();
  return out;
}

/** True when an app other than ours uses the microphone or the webcam now. */
export function consentInUse(entries: readonly ConsentEntry[], ownExe: string): boolean {
  const own = ownExe.toLowerCase();
  return entries.some((e) => e.inUse && e.app.toLowerCase() !== own);
}

const END = '<<END>>';

/** The PowerShell loop: one line in, the ConsentStore keys out in `reg query` form, then END. */
export const POWERSHELL_LOOP = `
$ErrorActionPreference = 'SilentlyContinue'
$base = 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\'
while ($null -ne [Console]::In.ReadLine()) {
  foreach ($d in 'microphone', 'webcam') {
    Get-ChildItem -Path ($base + $d) -Recurse | ForEach-Object {
      $stop = $_.GetValue('LastUsedTimeStop')
      if ($null -ne $stop) {
        [Console]::Out.WriteLine($_.Name)
        [Console]::Out.WriteLine('    LastUsedTimeStart    REG_QWORD    0x{0:x}' -f [int64]$_.GetValue('LastUsedTimeStart'))
        [Console]::Out.WriteLine('    LastUsedTimeStop    REG_QWORD    0x{0:x}' -f [int64]$stop)
      }
    }
  }
  [Console]::Out.WriteLine('${END}')
  [Console]::Out.Flush()
}
`;

export interface WindowsCallDetectorOptions {
  ownExe?: string;
  /** Least time between checks at the desk (readings a second apart check once). */
  checkEveryMs?: number;
  /** The clock for `checkEveryMs`. */
  now?: () => number;
  /** In a call, the next check when no reading comes first (default IN_CALL_CHECK_MS). */
  inCallCheckMs?: number;
  /** Starts the reader (tests give a stand-in that speaks the same line protocol). */
  spawnReader?: () => ChildProcess;
  log?: (message: string, error?: unknown) => void;
}

export class WindowsCallDetector implements CallDetector {
  private readonly ownExe: string;
  private readonly everyMs: number;
  private readonly now: () => number;
  private readonly inCallCheckMs: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly spawnReader: () => ChildProcess;
  private readonly log?: (message: string, error?: unknown) => void;
  private onChange: ((inCall: boolean) => void) | null = null;
  private reader: ChildProcess | null = null;
  private buffer = '';
  private waiting = false;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private atDesk = false;
  private answer = false;
  private failed = false;
  readonly cost = { spawned: 0, checks: 0 };

  constructor(options: WindowsCallDetectorOptions = {}) {
    this.ownExe = options.ownExe ?? process.execPath;
    this.everyMs = options.checkEveryMs ?? 30_000;
    this.now = options.now ?? (() => Date.now());
    this.inCallCheckMs = options.inCallCheckMs ?? IN_CALL_CHECK_MS;
    this.log = options.log;
    this.spawnReader =
      options.spawnReader ??
      (() =>
        spawn(
          'powershell.exe',
          ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', POWERSHELL_LOOP],
          { stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true },
        ));
  }

  get inCall(): boolean {
    return this.answer;
  }

  start(onChange: (inCall: boolean) => void): void {
    this.onChange = onChange;
    if (this.atDesk) this.check();
  }

  stop(): void {
    this.onChange = null;
    this.checkedAt = Number.NEGATIVE_INFINITY;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.reader?.kill();
    this.reader = null;
    // Detection starts from nothing next time: a call still on is found again at the next start.
    this.answer = false;
    this.waiting = false;
  }

  setAtDesk(atDesk: boolean): void {
    this.atDesk = atDesk;
    if (atDesk && this.now() - this.checkedAt >= this.everyMs) this.check();
  }

  private check(): void {
    if (!this.onChange || this.failed) return;
    this.checkedAt = this.now();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.reader) this.startReader();
    if (this.reader && !this.waiting) {
      this.waiting = true;
      this.cost.checks++;
      this.reader.stdin?.write('check\n');
    }
  }

  private startReader(): void {
    const child = this.spawnReader();
    this.cost.spawned++;
    this.reader = child;
    this.buffer = '';
    this.waiting = false;
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      this.buffer += chunk;
      const end = this.buffer.indexOf(END);
      if (end < 0) {
        // A registry listing is a few KB; more means something is wrong.
        if (this.buffer.length > 1_000_000) this.buffer = '';
        return;
      }
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + END.length);
      this.waiting = false;
      this.set(consentInUse(parseConsentStore(text), this.ownExe));
      // In a call: its end is looked for even when no reading comes (a locked screen).
      if (this.answer && this.onChange) {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
          this.timer = null;
          this.check();
        }, this.inCallCheckMs);
      }
    });
    // A reader that died between checks: the write fails with EPIPE; never let that reach main.
    child.stdin?.on('error', (error) => this.log?.('call detection: the reader went away', error));
    child.on('error', (error) => {
      this.failed = true;
      this.log?.('call detection: cannot read the Windows privacy records', error);
    });
    child.on('close', () => {
      if (this.reader === child) this.reader = null;
      this.waiting = false;
    });
  }

  private set(inCall: boolean): void {
    if (inCall === this.answer) return;
    this.answer = inCall;
    this.onChange?.(inCall);
  }
}
