// The full-stack test of the built app (tests/app): its own run, after `npm run build`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'app',
    include: ['tests/app/**/*.test.ts'],
    environment: 'node',
    // One Chromium, one desk day: nothing to gain from parallel files on a 2-core machine.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
