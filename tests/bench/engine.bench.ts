/**
 * Engine benchmark (not a test): a year of realistic work replayed at 5-second polling granularity,
 * the dashboard's 365-day statistics from stored day records, one poll's state building with three
 * years of history, the store's size after three years and the cost of one save on top of them.
 * Prints figures against their budgets; exits non-zero only when run with --strict and a budget is missed.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Engine } from '../../electron/core/engine.ts';
import { defaultSettings } from '../../electron/core/settings.ts';
import {
  classifyDays,
  computeStreak,
  lastDays,
  lifetimeTotals,
} from '../../electron/core/stats.ts';
import type { DayStats, Observation } from '../../electron/core/types.ts';

const POLL_MS = 5_000;
const MIN = 60_000;

/** Deterministic pseudo-random numbers so every run replays the same year. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** One year: 250 workdays of polled input, short pauses, guided breaks, lunch, and nights asleep. */
function buildYear(): Observation[] {
  const random = rng(42);
  const out: Observation[] = [];
  let workdays = 0;
  for (let day = 0; workdays < 250; day++) {
    const date = new Date(2026, 0, 5 + day);
    const weekday = date.getDay();
    if (weekday === 0 || weekday === 6) continue;
    workdays++;
    let t = new Date(2026, 0, 5 + day, 8, Math.floor(random() * 60)).getTime();
    out.push({ type: 'resume', at: t });
    const end = t + (8 + random()) * 60 * MIN;
    let sinceBreak = 0;
    let lunched = false;
    while (t < end) {
      // A poll: input continuous over the last interval, sometimes a short thinking pause.
      if (random() < 0.05) t += Math.floor(random() * 90_000);
      out.push({ type: 'input', at: t, to: t + POLL_MS });
      t += POLL_MS;
      sinceBreak += POLL_MS;
      if (sinceBreak >= 32 * MIN && random() < 0.02) {
        out.push({ type: 'break-start', at: t });
        t += 100_000 + Math.floor(random() * 40_000);
        out.push({ type: 'break-end', at: t, completed: random() < 0.9 });
        sinceBreak = 0;
      }
      if (!lunched && new Date(t).getHours() >= 12) {
        out.push({ type: 'lock', at: t });
        t += 45 * MIN;
        out.push({ type: 'unlock', at: t });
        lunched = true;
        sinceBreak = 0;
      }
    }
    out.push({ type: 'suspend', at: t });
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function report(name: string, value: string, ok: boolean, budget: string): boolean {
  console.log(
    `${ok ? 'ok  ' : 'MISS'}  ${name.padEnd(44)} ${value.padStart(16)}   budget ${budget}`,
  );
  return ok;
}

async function main() {
  const strict = process.argv.includes('--strict');
  const results: boolean[] = [];
  console.log(
    `Posture Break engine benchmark (Node ${process.version}, TZ=${process.env.TZ ?? 'system'})\n`,
  );

  // 1. A year of observations.
  const year = buildYear();
  const settings = defaultSettings();
  let peakHeap = 0;
  const runs: number[] = [];
  let finalDays: DayStats[] = [];
  for (let run = 0; run < 3; run++) {
    const engine = Engine.start(settings, year[0]!.at);
    const history: DayStats[] = [];
    const started = performance.now();
    for (let i = 0; i < year.length; i++) {
      engine.observe(year[i]!);
      if ((i & 0xffff) === 0) {
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
        history.push(...engine.takeSettledDays());
      }
    }
    runs.push(performance.now() - started);
    history.push(...engine.takeSettledDays(), ...engine.dayStats());
    finalDays = history;
  }
  const perSecond = year.length / (median(runs) / 1000);
  results.push(
    report(
      `replay ${year.length.toLocaleString('en')} observations (250 workdays)`,
      `${Math.round(perSecond).toLocaleString('en')} obs/s`,
      perSecond >= 1_000_000,
      '>= 1,000,000 obs/s',
    ),
  );
  console.log(
    `      peak heap while replaying: ${(peakHeap / 1024 / 1024).toFixed(1)} MiB; rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(1)} MiB`,
  );
  const taken = finalDays.reduce((n, d) => n + d.breaksTaken, 0);
  console.log(`      days recorded: ${finalDays.length}, breaks taken: ${taken}`);

  // 2. The dashboard's 365-day statistics from stored records.
  const records = finalDays.slice(-365);
  const today = records[records.length - 1]!.date;
  const statTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    computeStreak(records, today, settings);
    classifyDays(records, today, settings);
    lastDays(records, today, 30);
    lastDays(records, today, 7);
    lifetimeTotals(records);
    statTimes.push(performance.now() - started);
  }
  const statsMs = median(statTimes);
  results.push(
    report(
      '365-day statistics (streak, calendar, charts)',
      `${statsMs.toFixed(3)} ms`,
      statsMs < 5,
      '< 5 ms',
    ),
  );

  // 2b. One poll's state building (AppSession.state) with three years of settled history.
  const poll = await stateCost();
  if (poll !== null) {
    results.push(
      report(
        'state() per poll, 3 years of history',
        `${poll.warm.toFixed(3)} ms`,
        poll.warm < 0.5,
        '< 0.5 ms median',
      ),
    );
    console.log(`      first state() after start (cold): ${poll.cold.toFixed(2)} ms`);
  }

  // 3. Store file size after three simulated years, through the real store format.
  const size = await storeSizeAfterThreeYears(finalDays);
  if (size === null) {
    console.log('      store size: skipped — electron/main/store not present');
  } else {
    results.push(
      report(
        'store file after 3 years',
        `${(size / 1024).toFixed(1)} KiB`,
        size < 2 * 1024 * 1024,
        '< 2 MB',
      ),
    );
  }

  // 4. Save cost on top of three years of history (was a timed assertion in store-size.test.ts).
  const saves = await storeSaveCost();
  if (saves !== null) {
    results.push(
      report(
        'store save, 3 years held (snapshot only)',
        `${saves.engineOnly.toFixed(2)} ms`,
        saves.engineOnly < 50,
        '< 50 ms median',
      ),
      report(
        'store save, 3 years held (+ a settled day)',
        `${saves.withSettled.toFixed(2)} ms`,
        saves.withSettled < 50,
        '< 50 ms median',
      ),
    );
  }

  const missed = results.filter((ok) => !ok).length;
  console.log(`\n${results.length - missed} within budget, ${missed} missed`);
  if (strict && missed > 0) process.exitCode = 1;
}

/**
 * A session holding three years of settled history, at the desk at 10:00: the median cost of one
 * `state()` (what every poll that changes anything builds), and of the first one (nothing cached yet).
 */
async function stateCost(): Promise<{ warm: number; cold: number } | null> {
  let fixtures: typeof import('../fixtures/store/realistic-days.ts');
  try {
    fixtures = await import('../fixtures/store/realistic-days.ts');
  } catch {
    return null;
  }
  const { AppSession } = await import('../../electron/core/app-session.ts');
  const history = fixtures.realisticDays('2026-03-09', 3 * 365);
  const last = history[history.length - 1]!.date;
  const [y, m, d] = last.split('-').map(Number) as [number, number, number];
  const start = new Date(y, m - 1, d + 1, 8, 0).getTime();
  const session = new AppSession({
    settings: defaultSettings(),
    snapshot: null,
    history,
    firstRun: false,
    notice: null,
    now: start,
  });
  session.start(start);
  let t = start;
  for (; t < start + 2 * 3600_000; t += POLL_MS)
    session.observe({ type: 'input', at: t, to: t + POLL_MS });
  let started = performance.now();
  session.state(t);
  const cold = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < 400; i++, t += POLL_MS) {
    session.observe({ type: 'input', at: t, to: t + POLL_MS });
    started = performance.now();
    session.state(t + POLL_MS);
    times.push(performance.now() - started);
  }
  return { warm: median(times), cold };
}

async function storeSizeAfterThreeYears(year: DayStats[]): Promise<number | null> {
  let mod: typeof import('../../electron/main/store/app-store.ts');
  let conf: typeof import('../../electron/main/store/conf-factory.ts');
  try {
    mod = await import('../../electron/main/store/app-store.ts');
    conf = await import('../../electron/main/store/conf-factory.ts');
  } catch {
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'pb-bench-store-'));
  try {
    const store = mod.openAppStore({ createStore: conf.createConfStore, cwd: dir });
    const days: DayStats[] = [];
    for (let y = 0; y < 3; y++) {
      for (const d of year) {
        const yearNum = Number(d.date.slice(0, 4)) + y;
        days.push({ ...d, date: `${yearNum}${d.date.slice(4)}` });
      }
    }
    store.saveEngine({ v: 1 }, days);
    // Both files: the settled history's and the running snapshot's.
    return statSync(join(dir, 'history.json')).size + statSync(join(dir, 'config.json')).size;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median milliseconds of one save with three years of history stored, or null without the store. */
async function storeSaveCost(): Promise<{ engineOnly: number; withSettled: number } | null> {
  let mod: typeof import('../../electron/main/store/app-store.ts');
  let conf: typeof import('../../electron/main/store/conf-factory.ts');
  let fixtures: typeof import('../fixtures/store/realistic-days.ts');
  try {
    mod = await import('../../electron/main/store/app-store.ts');
    conf = await import('../../electron/main/store/conf-factory.ts');
    fixtures = await import('../fixtures/store/realistic-days.ts');
  } catch {
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'pb-bench-save-'));
  try {
    const store = mod.openAppStore({ createStore: conf.createConfStore, cwd: dir });
    const at = Date.parse('2029-03-10T08:00:00Z');
    const snapshot = Engine.start(defaultSettings(), at).snapshot() as unknown as Record<
      string,
      unknown
    >;
    store.saveEngine(snapshot, fixtures.realisticDays('2026-03-09', 3 * 365 + 1));
    const engineOnly: number[] = [];
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      store.saveEngine({ ...snapshot, lastAt: at + i }, []);
      engineOnly.push(performance.now() - started);
    }
    const withSettled: number[] = [];
    for (const day of fixtures.realisticDays('2029-03-10', 10, 7)) {
      const started = performance.now();
      store.saveEngine(snapshot, [day]);
      withSettled.push(performance.now() - started);
    }
    return { engineOnly: median(engineOnly), withSettled: median(withSettled) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
