// Playwright: the web preview end to end in Debian Chromium, served from its own build on a free
// localhost port. (The Electron suite has its own config, tests/electron/playwright.config.ts.)
import { defineConfig } from '@playwright/test';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../chromium-path.ts';

/** The repository root: the web server and the output folders live there, not beside this file. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

// The browser runs in Berlin time; so does this process (and its workers), so that day keys the tests
// compute with the core (e.g. the seeded store) match the page's.
process.env.TZ = 'Europe/Berlin';
// Workers load this file again: they inherit the port through the environment.
process.env.PB_E2E_PORT ??= String(await freePort());
const port = Number(process.env.PB_E2E_PORT);
const vite = 'npx vite --config renderer/vite.config.ts --mode preview';

export default defineConfig({
  outputDir: `${ROOT}test-results/playwright`,
  fullyParallel: false,
  // Two cores here: one browser at a time keeps timings honest.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 5_000 },
  webServer: {
    command: `${vite.replace('vite --', 'vite build --')} --logLevel warn && ${vite.replace('vite --', 'vite preview --')} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/index.html`,
    cwd: ROOT,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'web-preview',
      testDir: '.',
      use: {
        browserName: 'chromium',
        baseURL: `http://127.0.0.1:${port}/`,
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
        viewport: { width: 1100, height: 760 },
        locale: 'en-GB',
        timezoneId: 'Europe/Berlin',
        colorScheme: 'light',
        trace: 'retain-on-failure',
      },
    },
  ],
});
