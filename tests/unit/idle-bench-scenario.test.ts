/**
 * Keeps the idle-app benchmark (tests/bench/idle.bench.ts, `npm run bench`) from rotting: its workday
 * driver loads a freshly built main bundle with the fake Electron and the virtual clock and lives ten
 * minutes at the desk. The figures themselves are the benchmark's business, not a test's.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../build/scripts/build-electron.mjs';
import { runIdleScenario } from '../bench/idle-scenario.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'posture-idle-bench-'));
  await buildElectron(path.join(tmp, 'dist'));
  // The bundle finds build/ (tray icons) and node_modules beside dist/, as in the package.
  symlinkSync(path.join(REPO, 'build'), path.join(tmp, 'build'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(tmp, 'node_modules'));
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the idle benchmark scenario driver', () => {
  it('runs the built app through ten virtual minutes at the desk and counts its wake-ups', async () => {
    const result = await runIdleScenario({
      mainPath: path.join(tmp, 'dist', 'main', 'main.cjs'),
      minutes: 10,
      years: 0.1,
      // No desktop: nothing of this machine's session is asked.
      env: {
        DISPLAY: '',
        DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
        DBUS_SYSTEM_BUS_ADDRESS: 'unix:path=/nonexistent',
        PULSE_SERVER: 'unix:/nonexistent',
      },
    });
    const desk = result.states['at the desk'];
    expect(result.logs.filter((line) => line.includes('failed to start'))).toEqual([]);
    expect(desk.minutes).toBe(10);
    expect(desk.wakeUps).toBeGreaterThan(0);
    expect(desk.cpuMicros).toBeGreaterThan(0);
    expect(result.historyDays).toBe(37);
    // The store with the written history was read at start-up.
    expect(result.states['start-up'].bytesRead).toBeGreaterThan(0);
  });
});
