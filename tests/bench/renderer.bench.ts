/**
 * Renderer benchmark (not a test): the gzip size of the JS and CSS the break window loads, the break
 * view's time to first paint in Chromium, and the dashboard's render time with three years of history.
 * Prints each figure against its budget; exits non-zero only when run with --strict and one is missed.
 * Options: `--baseline REF` (also builds REF and times it interleaved, before/after side by side),
 * `--runs N` (loads per figure, default 10), `--strict`.
 */
// Callbacks given to page.evaluate run in the browser: this file needs the DOM types.
/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import type { AppState } from '../../electron/core/ipc-contract.ts';
import { defaultSettings } from '../../electron/core/settings.ts';
import { emptyDay } from '../../electron/core/stats.ts';
import { chromiumPath } from '../chromium-path.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BUDGET = {
  breakGzipKB: 60,
  breakFirstPaintMs: 150,
  /** The break view's first paint against a static one-line page's, measured in the same run. */
  breakFloorRatio: 2.5,
  dashboardRenderMs: 100,
};
/** Loads judged per figure: `--runs N` (a multiple of 5) for steadier medians on a busy machine. */
const RUNS = (() => {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 10;
  if (!Number.isInteger(runs) || runs < 5 || runs % 5 !== 0)
    throw new Error(`--runs wants a multiple of 5 (5, 10, 15, …), not "${process.argv[at + 1]}"`);
  return runs;
})();

/**
 * Chromium features a new tab starts that Electron's windows do not have: the WebUI omnibox popup
 * (a second renderer per tab) and the spare renderer kept warm for the next navigation.
 */
const NOT_IN_ELECTRON = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
  'SpareRendererForSitePerProcess',
];

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** A source tree to measure: this checkout, or a baseline commit unpacked beside it. */
interface Tree {
  label: string;
  root: string;
  rendererOut: string;
  harnessOut: string;
}

function tree(label: string, root: string): Tree {
  return {
    label,
    root,
    rendererOut: join(root, 'dist/renderer'),
    harnessOut: join(root, 'dist/bench-harness'),
  };
}

/**
 * Unpacks `ref` (e.g. main) into a temporary folder sharing this checkout's node_modules, with this
 * checkout's harness, so both trees are timed the same way.
 */
function baselineTree(ref: string): Tree {
  const sha = execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT }).toString().trim();
  const dir = join(tmpdir(), `pb-bench-baseline-${sha}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync(
    'git',
    ['archive', '--format=tar', sha, 'renderer', 'electron', 'package.json', 'tsconfig.json'],
    {
      cwd: ROOT,
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(ROOT, 'renderer/bench-harness'), join(dir, 'renderer/bench-harness'), {
    recursive: true,
  });
  return tree(`${ref} (${sha})`, dir);
}

async function buildTree(t: Tree): Promise<void> {
  const configFile = join(t.root, 'renderer/vite.config.ts');
  await build({ configFile, mode: 'production', logLevel: 'warn' });
  // The harness page mounts the real Dashboard component; built like the app, on its own.
  await build({
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    root: join(t.root, 'renderer/bench-harness'),
    base: './',
    plugins: [svelte({ configFile: join(t.root, 'renderer/svelte.config.js') })],
    build: { outDir: t.harnessOut, emptyOutDir: true, target: 'chrome130', assetsInlineLimit: 0 },
  });
}

/** Files the break window loads: its entry, its static imports (not lazy ones) and their CSS. */
function breakWindowFiles(rendererOut: string): string[] {
  const manifest = JSON.parse(
    readFileSync(join(rendererOut, '.vite/manifest.json'), 'utf8'),
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

/**
 * The break view's timings from inside the page, once its first view has been painted. Source text
 * (tsx would wrap named functions in a helper the page does not have).
 */
const BREAK_VIEW_TIMINGS = `new Promise((resolve, reject) => {
  const timer = setTimeout(
    () => reject(new Error('the break view never painted (no paint entry after its mount)')),
    15000,
  );
  const lcps = [];
  function check() {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const mounted = performance.getEntriesByName('pb:break-view')[0]?.startTime;
    if (fcp === undefined || mounted === undefined) return;
    // The view is on screen in the first contentful frame after its mount: the first contentful
    // paint itself, or (when a loading line painted first) the next largest-contentful-paint.
    const painted = fcp >= mounted ? fcp : lcps.find((e) => e.startTime >= mounted)?.startTime;
    if (painted === undefined) return;
    clearTimeout(timer);
    resolve({ fcp, mounted, painted });
  }
  new PerformanceObserver((list) => {
    lcps.push(...list.getEntries());
    check();
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver(check).observe({ type: 'paint', buffered: true });
  new PerformanceObserver(check).observe({ type: 'mark', buffered: true });
  check();
})`;

interface Figures {
  gzipKB: number;
  rawKB: number;
  files: string[];
  breakPaint: number;
  breakPaintMax: number;
  breakFcp: number;
  breakMounted: number;
  dashboardDays: number;
  dashboardCold: number;
  dashboardComplete: number;
  dashboardWarm: number;
}

/** Raw timings of some loads of one tree (several calls are merged, interleaved with the other tree). */
interface Samples {
  breakTimings: { fcp: number; mounted: number; painted: number }[];
  cold: number[];
  /** Mount to the frame that shows every chart (later than `cold` when charts draw after it). */
  coldComplete: number[];
  warm: number[];
  days: number;
}

async function measure(
  t: Tree,
  context: BrowserContext,
  runs: number,
  into: Samples,
  withWarm: boolean,
): Promise<void> {
  const app = await serve(t.rendererOut);
  const harness = await serve(t.harnessOut);
  try {
    for (let i = 0; i <= runs; i++) {
      const page = await context.newPage();
      await page.goto(`${app.url}/break.html`);
      const timing = (await page.evaluate(BREAK_VIEW_TIMINGS)) as {
        fcp: number;
        mounted: number;
        painted: number;
      };
      // Measured only if the page ran on the stubbed preload (not the lazily loaded preview host).
      const loaded = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => e.name),
      );
      if (loaded.some((name) => name.includes('preview')))
        throw new Error('break window loaded the preview host');
      await page.close();
      if (i > 0) into.breakTimings.push(timing); // the first load also warms the browser's caches
    }

    // Cold first renders, each in a fresh page (the one judged), then warm re-renders in one page.
    for (let i = 0; i <= runs; i++) {
      const renders = withWarm && i === runs ? 15 : 1;
      const page = await context.newPage();
      await page.goto(`${harness.url}/index.html?renders=${renders}`);
      await page.waitForFunction(() => '__dashboardBench' in window, null, { timeout: 60_000 });
      const dash = (await page.evaluate(
        () => (window as unknown as { __dashboardBench: unknown }).__dashboardBench,
      )) as { days: number; timesMs: number[]; completeMs: number[] };
      await page.close();
      into.days = dash.days;
      if (i > 0) into.cold.push(dash.timesMs[0]!);
      if (i > 0) into.coldComplete.push(dash.completeMs[0]!);
      if (renders > 1) into.warm.push(...dash.timesMs.slice(1));
    }
  } finally {
    app.server.close();
    harness.server.close();
  }
}

function figures(t: Tree, x: Samples): Figures {
  const files = breakWindowFiles(t.rendererOut);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const body = readFileSync(join(t.rendererOut, file));
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  const painted = x.breakTimings.map((b) => b.painted);
  return {
    gzipKB: gzipBytes / 1024,
    rawKB: rawBytes / 1024,
    files,
    breakPaint: median(painted),
    breakPaintMax: Math.max(...painted),
    breakFcp: median(x.breakTimings.map((b) => b.fcp)),
    breakMounted: median(x.breakTimings.map((b) => b.mounted)),
    dashboardDays: x.days,
    dashboardCold: median(x.cold),
    dashboardComplete: median(x.coldComplete),
    dashboardWarm: median(x.warm),
  };
}

/** The machine's floor: first contentful paint of a static page with one line of text. */
async function staticFloor(context: BrowserContext, runs: number, into: number[]): Promise<void> {
  const dir = join(tmpdir(), 'pb-bench-static');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'blank.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>Posture break</p></body></html>',
  );
  const site = await serve(dir);
  try {
    for (let i = 0; i <= runs; i++) {
      const blank = await context.newPage();
      await blank.goto(`${site.url}/blank.html`);
      // Wait for the entry itself, not for any paint entry.
      await blank.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint').length > 0,
      );
      const paint = await blank.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      );
      await blank.close();
      if (i > 0) into.push(paint);
    }
  } finally {
    site.server.close();
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--baseline');
  const baselineRef = at > 0 ? process.argv[at + 1] : undefined;
  const trees = [...(baselineRef ? [baselineTree(baselineRef)] : []), tree('this checkout', ROOT)];
  for (const t of trees) await buildTree(t);

  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-extensions',
      `--disable-features=${NOT_IN_ELECTRON.join(',')}`,
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 900, height: 600 } });
    await context.addInitScript({ content: postureStubSource() });
    const floors: number[] = [];
    // Rounds alternate the trees (and their order), so a busy spell on this shared machine lands on
    // both rather than on one.
    const samples = trees.map((): Samples => ({
      breakTimings: [],
      cold: [],
      coldComplete: [],
      warm: [],
      days: 0,
    }));
    const ROUNDS = 5;
    for (let round = 0; round < ROUNDS; round++) {
      await staticFloor(context, RUNS / ROUNDS, floors);
      const order = round % 2 === 0 ? trees.keys() : [...trees.keys()].reverse();
      for (const k of order)
        await measure(trees[k]!, context, RUNS / ROUNDS, samples[k]!, round === ROUNDS - 1);
    }
    const results = trees.map((t, k) => figures(t, samples[k]!));
    const floor = median(floors);
    const now = results.at(-1)!;
    const before = results.length > 1 ? results[0]! : null;
    const side = (pick: (f: Figures) => string) =>
      before ? `${pick(now)}  (before: ${pick(before)})` : pick(now);

    const rows = [
      [
        'break window JS+CSS (gzip -9)',
        side((f) => `${fmt(f.gzipKB)} KB`),
        `${now.files.length} files, ${fmt(now.rawKB)} KB raw`,
        `≤ ${BUDGET.breakGzipKB} KB`,
        now.gzipKB <= BUDGET.breakGzipKB,
      ],
      [
        'break view first paint',
        side((f) => `median ${fmt(f.breakPaint)} ms`),
        `max ${fmt(now.breakPaintMax)}; first contentful paint ${fmt(now.breakFcp)} ms, view mounted ${fmt(now.breakMounted)} ms; ${RUNS} loads`,
        `≤ ${BUDGET.breakFirstPaintMs} ms`,
        now.breakPaint <= BUDGET.breakFirstPaintMs,
      ],
      [
        'break view first paint / static page',
        side((f) => `${(f.breakPaint / floor).toFixed(2)}×`),
        `static one-line page paints at median ${fmt(floor)} ms in this run`,
        `≤ ${BUDGET.breakFloorRatio}×`,
        now.breakPaint <= BUDGET.breakFloorRatio * floor,
      ],
      [
        `dashboard first render, ${now.dashboardDays} days of history`,
        side((f) => `${fmt(f.dashboardCold)} ms`),
        `mount to its first painted frame, cold (median of ${RUNS} fresh pages); every chart drawn by ${side((f) => `${fmt(f.dashboardComplete)} ms`)}; re-renders median ${fmt(now.dashboardWarm)} ms`,
        `≤ ${BUDGET.dashboardRenderMs} ms`,
        now.dashboardCold <= BUDGET.dashboardRenderMs,
      ],
    ] as const;
    console.log('Renderer benchmark (Chromium %s)', browser.version());
    if (before) console.log(`  after = ${trees.at(-1)!.label}; before = ${trees[0]!.label}`);
    for (const [name, value, detail, budget, ok] of rows)
      console.log(`  ${name}: ${value}  [budget ${budget}: ${verdict(ok)}]\n      ${detail}`);
    console.log(`  break window files: ${now.files.join(', ')}`);
    const missed = rows.filter((r) => !r[4]).length;
    if (missed > 0 && process.argv.includes('--strict')) process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

await main();
