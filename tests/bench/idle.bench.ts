/**
 * Idle-app benchmark (not a test): what the tray app costs while people work. The BUILT main bundle,
 * with Electron played by the shared fake and main's clock virtual (idle-scenario.ts), lives a
 * three-year user's workday (desk, a call, lunch away, paused, a do-not-disturb hold, locked,
 * asleep overnight) with the real controller and store on real files in a temp folder, against a
 * private desktop: Xvfb, a D-Bus session bus with dunst (whose pause switch is the do-not-disturb),
 * mate-screensaver (the screen locker, which announces lock and unlock on the session bus as the
 * desktops' lockers do; Electron has no lock events on Linux) and a PulseAudio server (call
 * detection). Prints, per state, wake-ups per minute, CPU per wake-up
 * and % of a core, processes spawned; per day, store writes, bytes written and fsyncs; and main's
 * require time (in a fresh Node, as the app loads it), start-up time and heap. Each against its
 * budget (issue 13); exits non-zero only with --strict when one is missed.
 *
 * `--baseline REF` builds REF's main bundle in a temporary git worktree and runs the same day against
 * it in the same run: figures print as "after (before: …)".
 */
import childProcess, { type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDesktopSession } from '../integration/helpers/desktop-session.ts';
import { startSoundServer } from '../integration/helpers/sound-server.ts';
import { runIdleScenario, type ScenarioResult, type StateName } from './idle-scenario.ts';

// Kept before the scenario wraps child_process: the bench's own programs are not the app's.
const { execFileSync, spawn, spawnSync } = childProcess;

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FAKE = path.join(ROOT, 'tests', 'unit', 'main', 'helpers', 'fake-electron.mjs');
const SELF = import.meta.filename;

const BUDGET = {
  deskWakePerMin: 1.5,
  awayWakePerMin: 1,
  lockedWakePerMin: 0.1,
  deskCorePercent: 0.01,
  storeWritesPerDay: 50,
  bytesPerDay: 1_000_000,
  spawnsPerPoll: 0,
  requireMs: 60,
};
const WAKE_BUDGET: Record<Exclude<StateName, 'start-up'>, number> = {
  'at the desk': BUDGET.deskWakePerMin,
  'in a meeting': BUDGET.deskWakePerMin,
  'away (lunch)': BUDGET.awayWakePerMin,
  paused: BUDGET.awayWakePerMin,
  'do-not-disturb hold': BUDGET.deskWakePerMin,
  locked: BUDGET.lockedWakePerMin,
  asleep: BUDGET.lockedWakePerMin,
};
/**
 * Why a state's wake-ups can exceed its budget by a few in an hour, said plainly on its verdict line
 * when it does (measured with a per-callback trace: the extra wake-ups are the one timer's).
 */
const WAKE_OVER_REASON: Partial<Record<StateName, string>> = {
  'away (lunch)':
    'not fixed: the first 5 min of lunch are desk time to the app (the gap has not reached awayAfterSeconds), and a prompt falling due then (heads-up, due) wakes it on top of the one reading a minute',
  paused:
    "not fixed: at the desk one reading a minute (SPEC 7's crash bound) is 1/min by itself, and the engine's own instants in the hour (the break that falls due during the pause, the pause's end) each add one",
};
/** One program per prompt shown (Linux: notify-send) is the prompt, not a poll. */
const PROMPT_PROGRAMS = new Set(['notify-send']);
const REQUIRE_RUNS = 7;
/** The machine's one-minute load average when the require times were taken. */
let requireLoad = NaN;

interface Tree {
  label: string;
  root: string;
  mainPath: string;
  cleanup: () => void;
}

interface RequireFigures {
  ms: number;
  rssBytes: number;
  heapBytes: number;
}

interface TreeResult {
  scenario: ScenarioResult;
  /** Size of main.cjs. */
  bundleBytes: number;
  require: RequireFigures;
  /** The same require with Node's compile cache warm, where the build turns it on (boot.cjs). */
  cached: RequireFigures | null;
}

function buildMain(root: string): void {
  execFileSync(process.execPath, ['build/scripts/build-electron.mjs'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function thisTree(): Tree {
  buildMain(ROOT);
  return {
    label: 'this checkout',
    root: ROOT,
    mainPath: path.join(ROOT, 'dist', 'main', 'main.cjs'),
    cleanup: () => undefined,
  };
}

/** REF checked out in a temporary worktree sharing this checkout's node_modules, its main built. */
function baselineTree(ref: string): Tree {
  const sha = execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT }).toString().trim();
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'pb-idle-baseline-')), sha);
  execFileSync('git', ['worktree', 'add', '--detach', dir, sha], { cwd: ROOT, stdio: 'ignore' });
  const cleanup = () => {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    rmSync(path.dirname(dir), { recursive: true, force: true });
  };
  try {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    buildMain(dir);
  } catch (error) {
    cleanup();
    throw error;
  }
  return {
    label: ref === sha ? sha : `${ref} (${sha})`,
    root: dir,
    mainPath: path.join(dir, 'dist', 'main', 'main.cjs'),
    cleanup,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** Milliseconds, RSS and heap that `require(main.cjs)` adds in a fresh Node with the fake Electron. */
function requireOnce(mainPath: string, cacheDir: string | null): RequireFigures {
  const script = `
    const before = process.memoryUsage();
    const started = performance.now();
    require(${JSON.stringify(mainPath)});
    const ms = performance.now() - started;
    const after = process.memoryUsage();
    console.log(JSON.stringify({ ms, rssBytes: after.rss - before.rss, heapBytes: after.heapUsed - before.heapUsed }));
  `;
  const userData = mkdtempSync(path.join(tmpdir(), 'pb-idle-require-'));
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      FAKE_ELECTRON_READY: 'never',
      FAKE_ELECTRON_USER_DATA: userData,
    };
    delete env.NODE_COMPILE_CACHE;
    if (cacheDir) env.NODE_COMPILE_CACHE = cacheDir;
    const out = execFileSync(
      process.execPath,
      ['--import', pathToFileURL(FAKE).href, '-e', script],
      { env, cwd: path.dirname(mainPath) },
    ).toString();
    return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as RequireFigures;
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
}

function requireFigures(trees: Tree[]): {
  plain: RequireFigures[];
  cached: (RequireFigures | null)[];
} {
  const samples = trees.map(() => [] as RequireFigures[]);
  const cachedSamples = trees.map(() => [] as RequireFigures[]);
  const caches = trees.map((t) =>
    existsSync(path.join(path.dirname(t.mainPath), 'boot.cjs'))
      ? mkdtempSync(path.join(tmpdir(), 'pb-idle-cache-'))
      : null,
  );
  try {
    // The first cached run fills the cache.
    trees.forEach((t, k) => caches[k] && requireOnce(t.mainPath, caches[k]));
    for (let round = 0; round < REQUIRE_RUNS; round++) {
      const order = round % 2 === 0 ? [...trees.keys()] : [...trees.keys()].reverse();
      for (const k of order) {
        samples[k]!.push(requireOnce(trees[k]!.mainPath, null));
        if (caches[k]) cachedSamples[k]!.push(requireOnce(trees[k]!.mainPath, caches[k]));
      }
    }
  } finally {
    for (const dir of caches) if (dir) rmSync(dir, { recursive: true, force: true });
  }
  const summarize = (runs: RequireFigures[]): RequireFigures => ({
    ms: median(runs.map((r) => r.ms)),
    rssBytes: median(runs.map((r) => r.rssBytes)),
    heapBytes: median(runs.map((r) => r.heapBytes)),
  });
  return {
    plain: samples.map(summarize),
    cached: cachedSamples.map((runs, k) => (caches[k] ? summarize(runs) : null)),
  };
}

/** Runs the workday in a fresh Node process (its own heap, its own module state). */
function runChild(mainPath: string, env: NodeJS.ProcessEnv): Promise<ScenarioResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, SELF, '--child', mainPath], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) reject(new Error(`the workday against ${mainPath} failed (exit ${code})`));
      else resolve(JSON.parse(last) as ScenarioResult);
    });
  });
}

/** The session's screen locker: mate-screensaver, as tests/integration/linux-lock.test.ts uses. */
async function startLocker(env: NodeJS.ProcessEnv): Promise<{ stop: () => Promise<void> }> {
  const locker: ChildProcess = spawn('mate-screensaver', ['--no-daemon'], {
    env: { ...env, NO_AT_BRIDGE: '1' },
    stdio: 'ignore',
  });
  const stop = async () => {
    if (locker.exitCode === null && locker.signalCode === null) {
      const gone = new Promise((resolve) => locker.once('exit', resolve));
      locker.kill('SIGTERM');
      const timer = setTimeout(() => locker.kill('SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 30_000;
  while (spawnSync('mate-screensaver-command', ['--query'], { env }).status !== 0) {
    if (Date.now() > deadline || locker.exitCode !== null) {
      await stop();
      throw new Error(
        'mate-screensaver did not answer on D-Bus (Debian: apt-get install mate-screensaver)',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { stop };
}

// ---- The report --------------------------------------------------------------------------------

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');

interface StateRow {
  wakePerMin: number;
  cpuMsPerWake: number;
  corePercent: number;
  pollSpawns: number;
  promptSpawns: number;
  spawnsPerWake: number;
}

function stateRow(result: ScenarioResult, name: StateName): StateRow {
  const s = result.states[name];
  const wakePerMin = s.minutes > 0 ? s.wakeUps / s.minutes : NaN;
  const cpuMsPerWake = s.wakeUps > 0 ? s.cpuMicros / 1000 / s.wakeUps : 0;
  const corePercent = s.minutes > 0 ? (s.cpuMicros / 1e6 / (s.minutes * 60)) * 100 : NaN;
  const promptSpawns = Object.entries(s.programs)
    .filter(([program]) => PROMPT_PROGRAMS.has(program))
    .reduce((n, [, count]) => n + count, 0);
  const pollSpawns = s.spawned - promptSpawns;
  return {
    wakePerMin,
    cpuMsPerWake,
    corePercent,
    pollSpawns,
    promptSpawns,
    spawnsPerWake: s.wakeUps > 0 ? pollSpawns / s.wakeUps : pollSpawns,
  };
}

function dayTotals(result: ScenarioResult) {
  const all = Object.values(result.states);
  const sum = (pick: (s: (typeof all)[number]) => number) => all.reduce((n, s) => n + pick(s), 0);
  return {
    storeWrites: sum((s) => s.storeWrites),
    bytesWritten: sum((s) => s.bytesWritten),
    bytesRead: sum((s) => s.bytesRead),
    fsyncs: sum((s) => s.fsyncs),
    spawned: sum((s) => s.spawned),
  };
}

function report(trees: Tree[], results: TreeResult[]): boolean {
  const now = results.at(-1)!;
  const before = results.length > 1 ? results[0]! : null;
  const side = (pick: (r: TreeResult) => string) =>
    before ? `${pick(now)}  (before: ${pick(before)})` : pick(now);
  let allOk = true;
  const line = (
    name: string,
    value: string,
    budget: string | null,
    ok: boolean | null,
    whyOver?: string,
  ) => {
    if (ok === false) allOk = false;
    const why = ok === false && whyOver ? ` (${whyOver})` : '';
    console.log(
      `  ${name}: ${value}${budget === null ? '' : `  [budget ${budget}: ${verdict(ok !== false)}${why}]`}`,
    );
  };

  console.log(
    `Idle-app benchmark: a workday of a user with ${now.scenario.historyDays} days of history (Node ${process.version})`,
  );
  if (before) console.log(`  after = ${trees.at(-1)!.label}; before = ${trees[0]!.label}`);
  console.log('Per state (wake-ups are main-process timer callbacks that fire):');
  for (const name of Object.keys(WAKE_BUDGET) as (keyof typeof WAKE_BUDGET)[]) {
    const row = (r: TreeResult) => stateRow(r.scenario, name);
    const s = now.scenario.states[name];
    console.log(`  ${name} (${fmt(s.minutes, 0)} min):`);
    if (name === 'asleep') {
      line(
        '    wake-ups while asleep',
        side((r) => String(r.scenario.states.asleep.wakeUps)),
        '0 (≤ 0.1/min)',
        s.wakeUps === 0,
      );
    } else {
      line(
        '    wake-ups',
        side((r) => `${fmt(row(r).wakePerMin, 2)}/min`),
        `≤ ${WAKE_BUDGET[name]}/min`,
        row(now).wakePerMin <= WAKE_BUDGET[name],
        WAKE_OVER_REASON[name] &&
          `${s.wakeUps - Math.floor(WAKE_BUDGET[name] * s.minutes)} wake-up(s) over in ${fmt(s.minutes, 0)} min; ${WAKE_OVER_REASON[name]}`,
      );
    }
    line(
      '    CPU',
      side(
        (r) =>
          `${fmt(row(r).cpuMsPerWake, 2)} ms per wake-up, ${fmt(row(r).corePercent, 4)} % of a core`,
      ),
      name === 'at the desk' ? `≤ ${BUDGET.deskCorePercent} % of a core` : null,
      name === 'at the desk' ? row(now).corePercent <= BUDGET.deskCorePercent : null,
    );
    line(
      '    processes spawned',
      side(
        (r) =>
          `${row(r).pollSpawns} (${fmt(row(r).spawnsPerWake, 2)} per wake-up)` +
          (row(r).promptSpawns > 0 ? ` + ${row(r).promptSpawns} for prompts shown` : ''),
      ),
      `${BUDGET.spawnsPerPoll} per poll`,
      row(now).pollSpawns <= BUDGET.spawnsPerPoll,
    );
    line(
      '    store writes / bytes written / fsyncs',
      side(
        (r) =>
          `${r.scenario.states[name].storeWrites} / ${fmt(r.scenario.states[name].bytesWritten / 1024)} KB / ${r.scenario.states[name].fsyncs}`,
      ),
      null,
      null,
    );
  }
  console.log('Per day (24 h from 07:55, start-up included):');
  const day = (r: TreeResult) => dayTotals(r.scenario);
  line(
    '  store writes',
    side((r) => String(day(r).storeWrites)),
    `≤ ${BUDGET.storeWritesPerDay}`,
    day(now).storeWrites <= BUDGET.storeWritesPerDay,
  );
  line(
    '  bytes written',
    side((r) => `${fmt(day(r).bytesWritten / 1e6, 2)} MB`),
    `≤ ${BUDGET.bytesPerDay / 1e6} MB`,
    day(now).bytesWritten <= BUDGET.bytesPerDay,
  );
  line(
    '  fsyncs',
    side((r) => String(day(r).fsyncs)),
    null,
    null,
  );
  line(
    '  bytes read (readFileSync)',
    side((r) => `${fmt(day(r).bytesRead / 1e6, 2)} MB`),
    null,
    null,
  );
  line(
    '  programs run',
    side(
      (r) =>
        Object.entries(r.scenario.programs)
          .map(([p, n]) => `${p} ×${n}`)
          .join(', ') || 'none',
    ),
    null,
    null,
  );
  console.log('Start-up:');
  line(
    '  main.cjs size',
    side((r) => `${fmt(r.bundleBytes / 1024, 0)} KB`),
    null,
    null,
  );
  line(
    '  main.cjs require (fresh Node with the fake Electron, median of 7)',
    side(
      (r) =>
        `${fmt(r.require.ms)} ms, +${fmt(r.require.rssBytes / 2 ** 20)} MiB RSS, +${fmt(r.require.heapBytes / 2 ** 20)} MiB heap`,
    ),
    `≤ ${BUDGET.requireMs} ms`,
    now.require.ms <= BUDGET.requireMs,
    `not met on this machine: measured at a load average of ${fmt(requireLoad, 1)} on ${cpus().length} cores; what is left is compiling the 0.7 MB bundle (the warm compile cache below saves much of it) and zod's own start-up (its module and the settings schemas the store validates with at once)`,
  );
  line(
    '  same, compile cache warm (boot.cjs turns it on)',
    side((r) =>
      r.cached
        ? `${fmt(r.cached.ms)} ms, +${fmt(r.cached.rssBytes / 2 ** 20)} MiB RSS`
        : 'no compile cache in this build',
    ),
    null,
    null,
  );
  line(
    '  main start (ready → started, in the bench process)',
    side(
      (r) =>
        `${fmt(r.scenario.startMs)} ms; heap after start +${fmt(r.scenario.heapBytes / 2 ** 20)} MiB`,
    ),
    null,
    null,
  );
  return allOk;
}

// ---- Entry points ------------------------------------------------------------------------------

async function child(mainPath: string): Promise<void> {
  const result = await runIdleScenario({
    mainPath,
    setDoNotDisturb: async (on) => {
      execFileSync('dunstctl', ['set-paused', on ? 'true' : 'false'], { env: process.env });
    },
    setLocked: async (on) => {
      execFileSync('mate-screensaver-command', [on ? '--lock' : '--deactivate'], {
        env: process.env,
      });
      const deadline = Date.now() + 10_000;
      const active = () =>
        /is active/.test(
          execFileSync('mate-screensaver-command', ['--query'], { env: process.env }).toString(),
        );
      while (active() !== on) {
        if (Date.now() > deadline)
          throw new Error(`mate-screensaver did not ${on ? 'lock' : 'unlock'}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  });
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--baseline');
  const baselineRef = at > 0 ? process.argv[at + 1] : undefined;
  const trees: Tree[] = [];
  try {
    if (baselineRef) trees.push(baselineTree(baselineRef));
    trees.push(thisTree());
    const desktop = await startDesktopSession();
    const pulse = await startSoundServer().catch(async (error: unknown) => {
      await desktop.stop();
      throw error;
    });
    const locker = await startLocker(desktop.env).catch(async (error: unknown) => {
      await pulse.stop();
      await desktop.stop();
      throw error;
    });
    const results: TreeResult[] = [];
    try {
      const env: NodeJS.ProcessEnv = {
        ...desktop.env,
        ...pulse.clientEnv,
        // logind and the machine's own system bus stay out of it.
        DBUS_SYSTEM_BUS_ADDRESS: 'unix:path=/nonexistent',
      };
      delete env.XDG_CURRENT_DESKTOP;
      const scenarios: ScenarioResult[] = [];
      for (const t of trees) scenarios.push(await runChild(t.mainPath, env));
      const startup = requireFigures(trees);
      requireLoad = loadavg()[0] ?? NaN;
      trees.forEach((_t, k) =>
        results.push({
          scenario: scenarios[k]!,
          bundleBytes: statSync(trees[k]!.mainPath).size,
          require: startup.plain[k]!,
          cached: startup.cached[k] ?? null,
        }),
      );
    } finally {
      await locker.stop();
      await pulse.stop();
      await desktop.stop();
    }
    const ok = report(trees, results);
    if (!ok && process.argv.includes('--strict')) process.exitCode = 1;
  } finally {
    for (const t of trees) t.cleanup();
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt > 0) await child(process.argv[childAt + 1]!);
else await main();
