// Bundles the Electron main process and the preload with esbuild into dist/main/main.cjs and
// dist/preload/preload.cjs (CommonJS: sandboxed preloads cannot load ES modules).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');

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

const targets = [
  {
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/main/main.cjs',
    // node-notifier finds its helper binaries (terminal-notifier, SnoreToast) next to its own files.
    external: ['electron', 'node-notifier'],
    minifySyntax: true,
    minifyWhitespace: true,
    keepNames: true,
  },
  {
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    external: ['electron'],
  },
];

/** A sandboxed preload can require 'electron' and little else; anything more fails only at runtime. */
async function checkPreload() {
  const code = await readFile(path.join(root, 'dist/preload/preload.cjs'), 'utf8');
  const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  const foreign = required.filter((name) => name !== 'electron');
  if (foreign.length > 0) {
    throw new Error(
      `dist/preload/preload.cjs requires ${foreign.join(', ')}; a sandboxed preload may only require "electron"`,
    );
  }
}

if (watch) {
  const { context } = await import('esbuild');
  for (const options of targets) await (await context(options)).watch();
  console.log('build-electron: watching electron/main and electron/preload');
} else {
  const started = performance.now();
  await Promise.all(targets.map((options) => build(options)));
  await checkPreload();
  console.log(
    `build-electron: dist/main/main.cjs and dist/preload/preload.cjs in ${Math.round(performance.now() - started)} ms`,
  );
}
