/**
 * The app's entry (package.json `main`, dist/main/boot.cjs): turns on Node's module compile cache,
 * then loads the main bundle (dist/main/main.cjs). The cache must be on before a file is compiled,
 * and main.cjs is one file, so it is turned on here, in a file of its own that loads main.cjs after.
 * On later starts V8 reads main.cjs's compiled code from the cache instead of parsing ~0.7 MB again.
 *
 * `module.enableCompileCache` is Node 22.1+ (Electron 45 ships a newer Node; Electron runs the main
 * script through Node's CommonJS loader, which the cache hooks). The cache lives in the profile
 * (`<userData>/compile-cache`, the same POSTURE_BREAK_USER_DATA override main.ts applies), never in a
 * shared temp folder. Not for an AppImage: each start mounts it at a new path, and entries keyed by
 * the old path would pile up. Any failure only means a start without the cache.
 */
import { app } from 'electron';
import nodeModule from 'node:module';
import path from 'node:path';

function compileCacheDir(env: NodeJS.ProcessEnv, userData: () => string): string | null {
  if (env.APPIMAGE) return null;
  const profile = env.POSTURE_BREAK_USER_DATA
    ? path.resolve(env.POSTURE_BREAK_USER_DATA)
    : userData();
  return path.join(profile, 'compile-cache');
}

try {
  const directory = compileCacheDir(process.env, () => app.getPath('userData'));
  if (directory !== null) nodeModule.enableCompileCache?.(directory);
} catch {
  // No cache this time.
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./main.cjs');
