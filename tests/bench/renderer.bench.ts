/**
 * Renderer benchmark (not a test): the gzip size of the JS and CSS the break window loads, the break
 * view's time to first paint in Chromium, and the dashboard's render time with three years of history.
 * Prints each figure against its budget; exits non-zero only when run with --strict and one is missed.
 */
// Callbacks given to page.evaluate run in the browser: this file needs the DOM types.
/// <reference lib="dom" />
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import type { AppState } from '../../electron/core/ipc-contract.ts';
import { defaultSettings } from '../../electron/core/settings.ts';
import { emptyDay } from '../../electron/core/stats.ts';
import { chromiumPath } from '../chromium-path.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RENDERER_OUT = join(ROOT, 'dist/renderer');
const HARNESS_OUT = join(ROOT, 'dist/bench-harness');
const BUDGET = { breakGzipKB: 60, breakFirstPaintMs: 150, dashboardRenderMs: 100 };
const RUNS = 10;

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

async function buildAll(): Promise<void> {
  const configFile = join(ROOT, 'renderer/vite.config.ts');
  await build({ configFile, mode: 'production', logLevel: 'warn' });
  // The harness page mounts the real Dashboard component; built like the app, on its own.
  await build({
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    root: join(ROOT, 'renderer/bench-harness'),
    base: './',
    plugins: [svelte({ configFile: join(ROOT, 'renderer/svelte.config.js') })],
    build: { outDir: HARNESS_OUT, emptyOutDir: true, target: 'chrome130', assetsInlineLimit: 0 },
  });
}

/** Files the break window loads: its entry, its static imports (not lazy ones) and their CSS. */
function breakWindowFiles(): string[] {
  const manifest = JSON.parse(
    readFileSync(join(RENDERER_OUT, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('break.html');
  return [...files];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** A static server that answers from memory, so disk and server time stay out of the page timings. */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    let body = cache.get(file);
    if (!body) cache.set(file, (body = readFileSync(file)));
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

/**
 * Stands in for the preload in the break window: a break already running, default settings. Passed to
 * the page as source text (a transpiled function could carry helpers the page does not have).
 */
function postureStubSource(): string {
  const now = Date.now();
  const today = {
    ...emptyDay('2026-03-10'),
    sittingSeconds: 7200,
    movingSeconds: 240,
    breaksTaken: 2,
  };
  const state: AppState = {
    status: {
      at: now,
      activity: 'break',
      breakStartedAt: now,
      breakState: 'none',
      dueAt: null,
      promptedAt: null,
      snoozesLeft: 2,
      canSnooze: false,
      canSkip: false,
      reminders: 'active',
      pausedUntil: null,
      timerSittingMs: 0,
      nextDueAt: null,
      gapStartedAt: null,
      callSince: null,
    },
    today,
    todayHours: [],
    streak: { current: 3, longest: 8 },
    lifetime: { breaksTaken: 40, movingSeconds: 4800 },
    idleSupported: true,
    notice: null,
    firstRun: false,
  };
  const settings = { ...defaultSettings(), sound: false };
  return `(() => {
    const state = ${JSON.stringify(state)};
    const settings = ${JSON.stringify(settings)};
    const answer = (value) => Promise.resolve(structuredClone(value));
    window.posture = {
      getState: () => answer(state),
      getSettings: () => answer(settings),
      startBreak: () => answer(state),
      endBreak: () => answer(state),
      onStateChanged: () => () => {},
      onSettingsChanged: () => () => {},
    };
  })();`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => n.toFixed(1);
const verdict = (ok: boolean) => (ok ? 'meets budget' : 'OVER BUDGET');

async function main(): Promise<void> {
  await buildAll();

  const files = breakWindowFiles();
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const body = readFileSync(join(RENDERER_OUT, file));
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  const gzipKB = gzipBytes / 1024;

  const app = await serve(RENDERER_OUT);
  const harness = await serve(HARNESS_OUT);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 900, height: 600 } });
    await context.addInitScript({ content: postureStubSource() });

    const firstPaints: number[] = [];
    const viewReady: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const page = await context.newPage();
      await page.goto(`${app.url}/break.html`);
      await page.waitForFunction(() => performance.getEntriesByName('pb:break-view').length > 0);
      // Measured only if the page ran on the stubbed preload (not the lazily loaded preview host).
      const loaded = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => e.name),
      );
      if (loaded.some((name) => name.includes('preview')))
        throw new Error('break window loaded the preview host');
      await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
      const t = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ready: performance.getEntriesByName('pb:break-view')[0]?.startTime ?? NaN,
      }));
      await page.close();
      if (i === 0) continue; // the first load also warms the browser's caches; not counted
      firstPaints.push(t.paint);
      viewReady.push(t.ready);
    }

    // The machine's floor: first contentful paint of a static page with one line of text.
    writeFileSync(
      join(HARNESS_OUT, 'blank.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>Posture break</p></body></html>',
    );
    const blankPaints: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const blank = await context.newPage();
      await blank.goto(`${harness.url}/blank.html`);
      await blank.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
      const paint = await blank.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      );
      await blank.close();
      if (i > 0) blankPaints.push(paint);
    }

    const page = await context.newPage();
    await page.goto(`${harness.url}/index.html`);
    await page.waitForFunction(() => '__dashboardBench' in window, null, { timeout: 60_000 });
    const dash = (await page.evaluate(
      () => (window as unknown as { __dashboardBench: unknown }).__dashboardBench,
    )) as {
      days: number;
      timesMs: number[];
    };

    // The break view is on screen at the first paint that follows its mount.
    const viewPaints = firstPaints.map((p, i) => Math.max(p, viewReady[i]!));
    const fp = median(viewPaints);
    const ready = median(viewReady);
    const cold = dash.timesMs[0]!;
    const warm = median(dash.timesMs.slice(1));
    const rows = [
      [
        'break window JS+CSS (gzip -9)',
        `${fmt(gzipKB)} KB (${files.length} files, ${fmt(rawBytes / 1024)} KB raw)`,
        `≤ ${BUDGET.breakGzipKB} KB`,
        gzipKB <= BUDGET.breakGzipKB,
      ],
      [
        'break view first paint',
        `median ${fmt(fp)} ms (max ${fmt(Math.max(...viewPaints))}; first contentful paint ${fmt(median(firstPaints))} ms, view mounted ${fmt(ready)} ms; ${RUNS} loads)`,
        `≤ ${BUDGET.breakFirstPaintMs} ms`,
        fp <= BUDGET.breakFirstPaintMs,
      ],
      [
        `dashboard render, ${dash.days} days of history`,
        `first ${fmt(cold)} ms, then median ${fmt(warm)} ms (mount + layout + paint)`,
        `≤ ${BUDGET.dashboardRenderMs} ms`,
        cold <= BUDGET.dashboardRenderMs,
      ],
    ] as const;
    console.log('Renderer benchmark (Chromium %s)', browser.version());
    console.log(
      `  machine floor: a static one-line page paints first at median ${fmt(median(blankPaints))} ms here`,
    );
    for (const [name, value, budget, ok] of rows)
      console.log(`  ${name}: ${value}  [budget ${budget}: ${verdict(ok)}]`);
    console.log(`  break window files: ${files.join(', ')}`);
    const missed = rows.filter((r) => !r[3]).length;
    if (missed > 0 && process.argv.includes('--strict')) process.exitCode = 1;
  } finally {
    await browser.close();
    app.server.close();
    harness.server.close();
  }
}

await main();
