// Types for scripts/build-electron.mjs, which tests import to bundle the app into a temp dir.
import type { BuildOptions } from 'esbuild';

export function electronTargets(outDir?: string): BuildOptions[];
export function buildElectron(outDir?: string): Promise<void>;
