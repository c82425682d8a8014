// Playwright config for the `_electron` suite (tests/electron): the built app under a real Electron.
// Run with `npm run test:electron`; without an Electron binary every test reports itself skipped.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // One app per profile, one at a time: 2 cores, and Electron windows are heavy.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
