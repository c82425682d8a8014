/**
 * A quick start (issue 13, item 5), checked on the built bundle: what the first minute does not need
 * is not loaded with main.cjs, zod's other languages are not bundled, and the entry boot.cjs turns
 * on Node's compile cache in the profile before it loads main.cjs. (How fast: `npm run bench`.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../build/scripts/build-electron.mjs';

const REPO = path.resolve(import.meta.dirname, '..', '..', '..');
const FAKE = path.join(import.meta.dirname, 'helpers', 'fake-electron.mjs');
let tmp: string;
let dist: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'posture-quick-start-'));
  dist = path.join(tmp, 'dist');
  await buildElectron(dist);
  symlinkSync(path.join(REPO, 'build'), path.join(tmp, 'build'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(tmp, 'node_modules'));
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `script` in a fresh Node with the fake Electron (never ready: main only loads). */
function inNode(script: string, userData: string): string {
  return execFileSync(process.execPath, ['--import', pathToFileURL(FAKE).href, '-e', script], {
    env: {
      ...process.env,
      FAKE_ELECTRON_READY: 'never',
      FAKE_ELECTRON_USER_DATA: userData,
      POSTURE_BREAK_USER_DATA: userData,
      NODE_COMPILE_CACHE: '',
      APPIMAGE: '',
    },
  }).toString();
}

describe('a quick start', () => {
  it('loading main.cjs loads neither node-notifier nor dbus-next (they come on first use)', () => {
    const userData = mkdtempSync(path.join(tmp, 'profile-'));
    const main = path.join(dist, 'main', 'main.cjs');
    const loaded = JSON.parse(
      inNode(
        `require(${JSON.stringify(main)});
         console.log(JSON.stringify(Object.keys(require.cache)));`,
        userData,
      ),
    ) as string[];
    expect(loaded).toContain(main);
    expect(
      loaded.filter((file) => /node_modules[\\/](node-notifier|dbus-next)[\\/]/.test(file)),
    ).toEqual([]);
  });

  it("main.cjs bundles zod's English messages and none of its other languages", () => {
    const code = readFileSync(path.join(dist, 'main', 'main.cjs'), 'utf8');
    expect(code).toContain('Invalid input');
    // From zod's de and fr locales.
    expect(code).not.toContain('Ungültige Eingabe');
    expect(code).not.toContain('Entrée invalide');
  });

  it('boot.cjs turns on the compile cache in <userData>/compile-cache, then loads main.cjs', () => {
    const userData = mkdtempSync(path.join(tmp, 'profile-'));
    const boot = path.join(dist, 'main', 'boot.cjs');
    const out = inNode(
      `require(${JSON.stringify(boot)});
       console.log(JSON.stringify({
         cache: require('node:module').getCompileCacheDir(),
         main: Object.keys(require.cache).some((f) => f.endsWith('main.cjs')),
       }));`,
      userData,
    );
    const answer = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
      cache?: string;
      main: boolean;
    };
    expect(answer.main).toBe(true);
    // Node keeps a folder per Node version and V8 flags inside it.
    expect(path.dirname(answer.cache ?? '')).toBe(path.join(userData, 'compile-cache'));
    // Node writes the cache as the process exits.
    expect(readdirSync(answer.cache!).length).toBeGreaterThan(0);
  });
});
