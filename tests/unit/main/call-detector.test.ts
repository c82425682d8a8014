/** Parsing of the sound server's listings and the camera check, on recorded output and a made-up /proc. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cameraInUse,
  cameraMaybeInUse,
  hasVideoDevices,
  isSourceOutputEvent,
  LinuxCallDetector,
  parseShortSources,
  parseSourceOutputs,
  recordingApps,
} from '../../../electron/main/call-detector.ts';

/** Recorded from `LC_ALL=C pactl list source-outputs` (PulseAudio 16.1), trimmed, plus made-up cases. */
const OUTPUTS = `Source Output #0
	Driver: protocol-native.c
	Owner Module: 0
	Client: 3
	Source: 0
	Corked: no
	Mute: no
	Properties:
		application.name = "parecord"
		media.name = "/dev/null"
		application.process.id = "29172"
		application.process.binary = "pacat"

Source Output #1
	Driver: protocol-native.c
	Owner Module: 0
	Client: 4
	Source: 1
	Corked: no
	Properties:
		application.name = "Firefox"
		media.name = "AudioCallbackDriver"
		application.process.id = "4242"

Source Output #2
	Driver: protocol-native.c
	Client: 5
	Source: 1
	Corked: yes
	Properties:
		application.name = "Slack"
		application.process.id = "5151"

Source Output #3
	Driver: module-loopback.c
	Owner Module: 25
	Client: n/a
	Source: 1
	Corked: no
	Properties:
		media.name = "Loopback from Null Input"

Source Output #4
	Driver: protocol-native.c
	Client: 7
	Source: 1
	Corked: no
	Properties:
		application.name = "Volume Control"
		application.id = "org.PulseAudio.pavucontrol"
		media.name = "Peak detect"
		application.process.id = "777"

Source Output #5
	Driver: protocol-native.c
	Client: 8
	Source: 1
	Corked: no
	Properties:
		application.name = "Posture Break"
		application.process.id = "1000"
`;

const SOURCES = `0\tnullsink.monitor\tmodule-null-sink.c\ts16le 2ch 44100Hz\tRUNNING
1\tnullsrc\tmodule-null-source.c\ts16le 2ch 44100Hz\tRUNNING
`;

describe('pactl listings', () => {
  it('parses every source-output with its source, cork state, client and pid', () => {
    const outputs = parseSourceOutputs(OUTPUTS);
    expect(outputs.map((o) => [o.index, o.source, o.corked, o.hasClient, o.pid])).toEqual([
      [0, 0, false, true, 29172],
      [1, 1, false, true, 4242],
      [2, 1, true, true, 5151],
      [3, 1, false, false, null],
      [4, 1, false, true, 777],
      [5, 1, false, true, 1000],
    ]);
    expect(parseShortSources(SOURCES)).toEqual(
      new Map([
        [0, 'nullsink.monitor'],
        [1, 'nullsrc'],
      ]),
    );
  });

  it('counts only uncorked client recordings of a real source that are not ours or a level meter', () => {
    const apps = recordingApps(
      parseSourceOutputs(OUTPUTS),
      parseShortSources(SOURCES),
      new Set([1000]),
    );
    expect(apps).toEqual(['Firefox']);
    expect(recordingApps([], parseShortSources(SOURCES), new Set())).toEqual([]);
  });

  it('wakes only for source-output events', () => {
    expect(isSourceOutputEvent("Event 'new' on source-output #12")).toBe(true);
    expect(isSourceOutputEvent("Event 'remove' on source-output #0")).toBe(true);
    expect(isSourceOutputEvent("Event 'change' on source-output #3")).toBe(true);
    expect(isSourceOutputEvent("Event 'change' on sink-input #3")).toBe(false);
    expect(isSourceOutputEvent("Event 'new' on client #5")).toBe(false);
    expect(isSourceOutputEvent("Event 'change' on source #1")).toBe(false);
  });
});

describe('camera', () => {
  function fakeProc(holders: Record<string, string[]>): string {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pb-proc-'));
    mkdirSync(path.join(root, 'self'));
    for (const [pid, targets] of Object.entries(holders)) {
      mkdirSync(path.join(root, pid, 'fd'), { recursive: true });
      targets.forEach((target, fd) => symlinkSync(target, path.join(root, pid, 'fd', String(fd))));
    }
    return root;
  }

  it('is in use when another process holds /dev/video* open, not when only we do', async () => {
    const proc = fakeProc({
      '100': ['/dev/null', '/dev/pts/1'],
      '200': ['/dev/dri/card0', '/dev/video0'],
    });
    expect(await cameraInUse(new Set([1]), proc)).toBe(true);
    expect(await cameraInUse(new Set([200]), proc)).toBe(false);
    expect(await cameraInUse(new Set(), fakeProc({ '100': ['/dev/null'] }))).toBe(false);
    expect(await cameraInUse(new Set(), path.join(proc, 'missing'))).toBe(false);
  });

  it('skips the /proc scan when the UVC driver is loaded and unused', async () => {
    const sys = mkdtempSync(path.join(os.tmpdir(), 'pb-sys-'));
    expect(await cameraMaybeInUse(sys)).toBe(true); // no uvcvideo: cannot tell, scan
    mkdirSync(path.join(sys, 'module', 'uvcvideo'), { recursive: true });
    writeFileSync(path.join(sys, 'module', 'uvcvideo', 'refcnt'), '0\n');
    expect(await cameraMaybeInUse(sys)).toBe(false);
    writeFileSync(path.join(sys, 'module', 'uvcvideo', 'refcnt'), '1\n');
    expect(await cameraMaybeInUse(sys)).toBe(true);
  });

  it('checks at readings at the desk (at most every cameraEveryMs); in a call, a timer sees its end without readings', async () => {
    const dev = mkdtempSync(path.join(os.tmpdir(), 'pb-dev-'));
    mkdirSync(path.join(dev, 'video0'));
    const sys = mkdtempSync(path.join(os.tmpdir(), 'pb-sys-'));
    const proc = fakeProc({ '200': ['/dev/video0'] });
    let clock = 0;
    const detector = new LinuxCallDetector({
      // No sound server: the microphone side says "no call" and retries only much later.
      env: { ...process.env, PULSE_SERVER: 'unix:/nonexistent/posture-break-pulse' },
      retryMs: [600_000, 600_000],
      devRoot: dev,
      sysRoot: sys,
      procRoot: proc,
      now: () => clock,
      inCallCheckMs: 20,
    });
    const changes: boolean[] = [];
    const waitFor = async (what: () => boolean) => {
      const until = Date.now() + 20_000;
      while (!what() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    };
    try {
      detector.start((inCall) => changes.push(inCall));
      detector.setAtDesk(true);
      await waitFor(() => changes.length >= 1);
      expect(changes).toEqual([true]);
      // The camera is let go; no reading comes (a locked screen): the in-call timer sees it.
      rmSync(path.join(proc, '200', 'fd', '0'));
      await waitFor(() => changes.length >= 2);
      expect(changes).toEqual([true, false]);
      const scans = detector.cost.cameraScans;
      // Out of the call no timer runs; a reading checks only once cameraEveryMs has passed.
      await new Promise((r) => setTimeout(r, 100));
      detector.setAtDesk(true);
      await new Promise((r) => setTimeout(r, 50));
      expect(detector.cost.cameraScans).toBe(scans);
      clock += 30_000;
      detector.setAtDesk(true);
      await waitFor(() => detector.cost.cameraScans > scans);
      expect(detector.cost.cameraScans).toBe(scans + 1);
    } finally {
      detector.stop();
    }
  });

  it('knows whether the machine has video devices at all', async () => {
    const dev = mkdtempSync(path.join(os.tmpdir(), 'pb-dev-'));
    expect(await hasVideoDevices(dev)).toBe(false);
    mkdirSync(path.join(dev, 'video0'));
    expect(await hasVideoDevices(dev)).toBe(true);
  });
});
