/**
 * Windows call detection: the ConsentStore parser on `reg query … /s` output (fixtures in that
 * exact form, CRLF line ends), and the one long-lived reader child, driven through its line protocol
 * by a stand-in process (PowerShell does not exist here).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  consentInUse,
  parseConsentStore,
  WindowsCallDetector,
} from '../../../electron/main/windows-call-detector.ts';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, '../../fixtures/windows', name), 'utf8');
const OWN = 'C:\\Users\\ana\\AppData\\Local\\Programs\\posture-break\\Posture Break.exe';

describe('ConsentStore parser', () => {
  it('lists every app with usage, a LastUsedTimeStop of 0 meaning in use now', () => {
    const entries = parseConsentStore(fixture('consent-store.txt'));
    expect(entries).toEqual([
      {
        device: 'microphone',
        app: 'Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe',
        inUse: false,
      },
      {
        device: 'microphone',
        app: 'C:\\Users\\ana\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe',
        inUse: true,
      },
      {
        device: 'microphone',
        app: 'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
        inUse: false,
      },
      { device: 'microphone', app: OWN, inUse: true },
      { device: 'webcam', app: 'Microsoft.WindowsCamera_8wekyb3d8bbwe', inUse: false },
      { device: 'webcam', app: 'C:\\Program Files\\Mozilla Firefox\\firefox.exe', inUse: false },
    ]);
    expect(consentInUse(entries, OWN)).toBe(true);
  });

  it('our own use does not count; nothing in use is no call', () => {
    const idle = parseConsentStore(fixture('consent-store-idle.txt'));
    expect(idle.filter((e) => e.inUse).map((e) => e.app)).toEqual([OWN]);
    expect(consentInUse(idle, OWN)).toBe(false);
    expect(consentInUse(idle, 'C:\\other.exe')).toBe(true);
    expect(parseConsentStore('')).toEqual([]);
    expect(parseConsentStore('garbage\n    LastUsedTimeStop    REG_QWORD    0x0\n')).toEqual([]);
  });
});

describe('WindowsCallDetector', () => {
  it('one reader child for every check, checks only at readings at the desk, changes reported once', async () => {
    // The stand-in answers each line with the next fixture, like the PowerShell loop does.
    const script = `
      const fs = require('node:fs');
      const answers = ${JSON.stringify([fixture('consent-store-idle.txt'), fixture('consent-store.txt'), fixture('consent-store.txt'), fixture('consent-store-idle.txt')])};
      let n = 0;
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (chunk) => {
        for (const _ of chunk.split('\\n').slice(0, -1)) {
          process.stdout.write(answers[Math.min(n++, answers.length - 1)] + '<<END>>\\n');
        }
      });`;
    const detector = new WindowsCallDetector({
      ownExe: OWN,
      now: () => clock,
      spawnReader: () =>
        spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'ignore'] }),
    });
    const changes: boolean[] = [];
    let clock = 0;
    try {
      detector.start((inCall) => changes.push(inCall));
      await new Promise((r) => setTimeout(r, 100));
      // Not at the desk yet: no reader, no check.
      expect(detector.cost).toEqual({ spawned: 0, checks: 0 });
      // Each idle reading at the desk may check (at most every checkEveryMs); nothing in between.
      const until = Date.now() + 30_000;
      while (changes.length < 2 && Date.now() < until) {
        clock += 30_000; // readings half a minute apart
        detector.setAtDesk(true);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(changes).toEqual([true, false]);
      const checks = detector.cost.checks;
      clock += 29_999;
      detector.setAtDesk(true); // a reading less than checkEveryMs after the check: not due yet
      await new Promise((r) => setTimeout(r, 100));
      expect(detector.cost.checks).toBe(checks);
      clock += 60_000;
      detector.setAtDesk(false); // away: readings check nothing
      await new Promise((r) => setTimeout(r, 100));
      clock += 60_000;
      detector.setAtDesk(false);
      expect(detector.cost.checks).toBe(checks);
      expect(detector.cost.spawned).toBe(1);
    } finally {
      detector.stop();
    }
  }, 40_000);

  it('in a call, its end is seen without readings (a locked screen); out of a call no timer runs', async () => {
    const script = `
      const answers = ${JSON.stringify([fixture('consent-store.txt'), fixture('consent-store.txt'), fixture('consent-store-idle.txt')])};
      let n = 0;
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (chunk) => {
        for (const _ of chunk.split('\\n').slice(0, -1)) {
          process.stdout.write(answers[Math.min(n++, answers.length - 1)] + '<<END>>\\n');
        }
      });`;
    const detector = new WindowsCallDetector({
      ownExe: OWN,
      inCallCheckMs: 20,
      spawnReader: () =>
        spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'ignore'] }),
    });
    const changes: boolean[] = [];
    try {
      detector.start((inCall) => changes.push(inCall));
      detector.setAtDesk(true); // one reading, then none (the screen locks)
      const until = Date.now() + 30_000;
      while (changes.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      expect(changes).toEqual([true, false]);
      expect(detector.cost.checks).toBe(3);
      // Out of the call: nothing checks until the next reading.
      await new Promise((r) => setTimeout(r, 200));
      expect(detector.cost.checks).toBe(3);
    } finally {
      detector.stop();
    }
  }, 40_000);

  it('stop forgets the last answer, so detection turned off and on finds a call still on', async () => {
    const script = `
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', () => process.stdout.write(${JSON.stringify(fixture('consent-store.txt'))} + '<<END>>\\n'));`;
    const detector = new WindowsCallDetector({
      ownExe: OWN,
      checkEveryMs: 20,
      spawnReader: () =>
        spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'ignore'] }),
    });
    const changes: boolean[] = [];
    try {
      detector.setAtDesk(true);
      for (let round = 1; round <= 2; round++) {
        detector.start((inCall) => changes.push(inCall));
        const until = Date.now() + 30_000;
        while (changes.length < round && Date.now() < until)
          await new Promise((r) => setTimeout(r, 20));
        detector.stop();
        expect(detector.inCall).toBe(false);
      }
      expect(changes).toEqual([true, true]);
    } finally {
      detector.stop();
    }
  }, 70_000);
});
