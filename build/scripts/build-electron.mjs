// Bundles the Electron main process and the preload with esbuild into dist/main/main.cjs (with its
// entry dist/main/boot.cjs) and dist/preload/preload.cjs (CommonJS: sandboxed preloads cannot load ES modules).
// `node build/scripts/build-electron.mjs [--watch]`; tests import `buildElectron` to bundle into a temp dir.
import { build, context } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** esbuild options for both bundles, written to `outDir` (default dist/). */
export function electronTargets(outDir = path.join(root, 'dist')) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 45 runs Node 22.
    target: 'node22',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  };
  return [
    {
      ...common,
      entryPoints: ['electron/main/main.ts'],
      outfile: path.join(outDir, 'main', 'main.cjs'),
      // node-notifier finds its helper binaries (terminal-notifier, SnoreToast) next to its own files.
      // dbus-next: optional native helpers (usocket) it tries at run time must not be bundled.
      external: ['electron', 'node-notifier', 'dbus-next'],
      minifySyntax: true,
      minifyWhitespace: true,
      keepNames: true,
    },
    {
      // The entry (package.json `main`): turns on Node's compile cache, then requires main.cjs.
      ...common,
      entryPoints: ['electron/main/boot.ts'],
      outfile: path.join(outDir, 'main', 'boot.cjs'),
      external: ['electron', './main.cjs'],
    },
    {
      ...common,
      entryPoints: ['electron/preload/preload.ts'],
      outfile: path.join(outDir, 'preload', 'preload.cjs'),
      external: ['electron'],
    },
  ];
}

/** A sandboxed preload can require 'electron' and little else; anything more fails only at runtime. */
async function checkPreload(outDir) {
  const code = await readFile(path.join(outDir, 'preload', 'preload.cjs'), 'utf8');
  const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  const foreign = required.filter((name) => name !== 'electron');
  if (foreign.length > 0) {
    throw new Error(
      `preload.cjs requires ${foreign.join(', ')}; a sandboxed preload may only require "electron"`,
    );
  }
}

export async function buildElectron(outDir = path.join(root, 'dist')) {
  await Promise.all(electronTargets(outDir).map((options) => build(options)));
  await checkPreload(outDir);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--watch')) {
    for (const options of electronTargets()) await (await context(options)).watch();
    console.log('build-electron: watching electron/main and electron/preload');
  } else {
    const started = performance.now();
    await buildElectron();
    console.log(
      `build-electron: dist/main/main.cjs and dist/preload/preload.cjs in ${Math.round(performance.now() - started)} ms`,
    );
  }
}
