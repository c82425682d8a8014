/**
 * Launching the built app under Playwright's `_electron`: finds the Electron binary without triggering
 * its download (so a machine without one reports the suite as skipped, with the reason), gives every
 * launch its own profile, and runs second launches (`--status`, `--break-now`) as plain processes.
 */
import { _electron, type ElectronApplication } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const MAIN = path.join(ROOT, 'dist', 'main', 'main.cjs');

export type ElectronBinary = { path: string } | { missing: string };

/**
 * Where `require('electron')` would point, read the way it does (path.txt, ELECTRON_OVERRIDE_DIST_PATH)
 * but without calling it: with no binary it would try to download one.
 */
export function findElectronBinary(): ElectronBinary {
  const pkg = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return existsSync(binary)
      ? { path: binary }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH points to ${binary}, which does not exist` };
  }
  if (!existsSync(pkg)) return { missing: 'the electron npm package is not installed' };
  if (relative === null) {
    return {
      missing:
        'node_modules/electron/path.txt is missing: the binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, or no access to the Electron releases)',
    };
  }
  const binary = path.join(pkg, 'dist', relative);
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}

/** The built app must be there; a missing build is a failure, not a skip. */
export function assertBuilt(): void {
  for (const file of [
    MAIN,
    path.join(ROOT, 'dist', 'preload', 'preload.cjs'),
    path.join(ROOT, 'dist', 'renderer', 'index.html'),
  ]) {
    if (!existsSync(file))
      throw new Error(`${path.relative(ROOT, file)} is missing: run "npm run build" first`);
  }
}

export function newProfile(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'posture-e2e-profile-'));
}

export interface LaunchOptions {
  profile: string;
  env: NodeJS.ProcessEnv;
  args?: string[];
}

export async function launchApp(options: LaunchOptions): Promise<ElectronApplication> {
  return _electron.launch({
    args: [MAIN, ...(options.args ?? [])],
    cwd: ROOT,
    env: { ...options.env, POSTURE_BREAK_USER_DATA: options.profile, ELECTRON_ENABLE_LOGGING: '1' },
    timeout: 30_000,
  });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A second launch of the app, as a user would type it (`posture-break --status`). */
export function runSecondLaunch(
  binary: string,
  options: LaunchOptions & { args: string[] },
): Promise<RunResult> {
  const sandbox = process.platform === 'linux' ? ['--no-sandbox'] : [];
  return new Promise((resolve) => {
    execFile(
      binary,
      [...sandbox, MAIN, ...options.args],
      {
        cwd: ROOT,
        env: { ...options.env, POSTURE_BREAK_USER_DATA: options.profile },
        timeout: 20_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (((error as { code?: unknown }).code as number | null) ?? 1) : 0;
        resolve({
          code: typeof code === 'number' ? code : 1,
          stdout: String(stdout),
          stderr: String(stderr),
        });
      },
    );
  });
}
