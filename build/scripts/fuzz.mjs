// The long fuzz run: `npm run fuzz [-- <runs>]` runs tests/unit/hostile.fuzz.test.ts with many more cases
// than `npm test` does (FUZZ_RUNS, default 5000; FUZZ_SEED=<seed> replays a failure fast-check reported).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? '5000';
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'tests/vitest.config.ts', 'tests/unit/hostile.fuzz.test.ts'],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs } },
);
process.exit(result.status ?? 1);
