// Benchmark harness (tests/bench/renderer.bench.ts): mounts the real Dashboard with three years of history
// and measures mount + layout + paint, cold and warm. Results land on window.__dashboardBench.
import '../src/lib/zod-jitless.ts';
import { flushSync, mount, unmount } from 'svelte';
import type { AppState, HistoryResult } from '../../electron/core/ipc-contract.ts';
import { defaultSettings } from '../../electron/core/settings.ts';
import { classifyDays, emptyDay } from '../../electron/core/stats.ts';
import type { DayStats } from '../../electron/core/types.ts';
import Dashboard from '../src/dashboard/Dashboard.svelte';
import '../src/ui/theme.css';

const DAYS = 3 * 365 + 1;
const TODAY = new Date(2026, 2, 10, 14, 0).getTime();

function dateKey(offset: number): string {
  const d = new Date(2026, 2, 10 - offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function history(): DayStats[] {
  const days: DayStats[] = [];
  for (let offset = DAYS - 1; offset >= 0; offset--) {
    const weekday = new Date(2026, 2, 10 - offset).getDay();
    const work = weekday !== 0 && weekday !== 6;
    const breaks = work ? (offset * 7) % 8 : 0;
    days.push({
      ...emptyDay(dateKey(offset)),
      sittingSeconds: work ? 5 * 3600 + (offset % 5) * 1200 : 900,
      movingSeconds: breaks * 125,
      awaySeconds: work ? 3600 : 0,
      breaksPrompted: breaks + 2,
      breaksTaken: breaks,
      breaksSkipped: 1,
      naturalBreaks: work ? 3 : 0,
      longestSitSeconds: work ? 3000 : 900,
      goalMet: breaks >= 5,
    });
  }
  return days;
}

const days = history();
const today = days.at(-1)!;
const state: AppState = {
  status: {
    at: TODAY,
    activity: 'sitting',
    breakStartedAt: null,
    breakState: 'none',
    dueAt: null,
    promptedAt: null,
    snoozesLeft: 2,
    canSnooze: false,
    canSkip: false,
    reminders: 'active',
    pausedUntil: null,
    timerSittingMs: 600_000,
    nextDueAt: TODAY + 1_200_000,
    gapStartedAt: TODAY,
    callSince: null,
  },
  today,
  todayHours: Array.from({ length: 24 }, (_, hour) =>
    hour >= 9 && hour < 14
      ? { hour, sittingSeconds: 3000, movingSeconds: 125, awaySeconds: 475, callSeconds: 0 }
      : { hour, sittingSeconds: 0, movingSeconds: 0, awaySeconds: 0, callSeconds: 0 },
  ),
  streak: { current: 12, longest: 40 },
  lifetime: { breaksTaken: 2900, movingSeconds: 2900 * 125 },
  idleSupported: true,
  notice: null,
  firstRun: false,
};
const result: HistoryResult = {
  days,
  kinds: Object.fromEntries(
    classifyDays(days, today.date, defaultSettings()).map(({ date, kind }) => [date, kind]),
  ),
};
const noop = () => {};
const actions = {
  startBreak: noop,
  pause: noop,
  resume: noop,
  meeting: noop,
  dismissNotice: noop,
  snooze: noop,
  skip: noop,
  quit: noop,
  exportHistory: async () => null,
};

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves after the next frame has been painted: a task queued from requestAnimationFrame runs once
 * that frame's style, layout and paint are done (the rAF callback itself runs before them).
 */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * The presentation time of the first largest-contentful-paint entry after `t0`: when the browser put
 * the frame with the dashboard on screen (the page painted only a short "Loading…" line before).
 */
function contentfulPaintAfter(t0: number, target: HTMLElement): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no largest-contentful-paint entry')), 10_000);
    const observer = new PerformanceObserver((list) => {
      // An entry for the dashboard's own content (not a late one for the "Loading…" line).
      const entry = (list.getEntries() as LargestContentfulPaint[]).find(
        (e) => e.startTime >= t0 && !!e.element && target.contains(e.element),
      );
      if (!entry) return;
      clearTimeout(timer);
      observer.disconnect();
      resolve(entry.startTime);
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/** Every chart is drawn (the charts draw a frame after the dashboard's first paint). */
const allDrawn = (target: HTMLElement) =>
  !!target.querySelector('.calendar path[data-kind]') &&
  !!target.querySelector('.timeline path.sitting');

/**
 * Mount to painted frame, in ms; the cold (first) render is timed by the paint entry itself. Also
 * mount to the end of the frame that shows every chart (the same as the first when all are drawn at
 * mount).
 */
async function renderOnce(
  target: HTMLElement,
  cold: boolean,
): Promise<{ elapsed: number; complete: number }> {
  const t0 = performance.now();
  const painted = cold ? contentfulPaintAfter(t0, target) : null;
  const app = mount(Dashboard, {
    target,
    props: {
      state,
      history: result,
      settings: defaultSettings(),
      now: () => TODAY,
      actions,
    },
  });
  flushSync();
  const drawnAtMount = allDrawn(target);
  const afterPaint = await afterNextPaint();
  const elapsed = (painted ? await painted : afterPaint) - t0;
  if (!target.querySelector('[data-testid="month-summary"]'))
    throw new Error('dashboard did not render');
  let complete = elapsed;
  if (!drawnAtMount) {
    for (let i = 0; !allDrawn(target); i++) {
      if (i > 10) throw new Error('the charts were never drawn');
      await afterNextPaint();
    }
    complete = (await afterNextPaint()) - t0;
  }
  await unmount(app);
  return { elapsed, complete };
}

async function run(): Promise<void> {
  const target = document.getElementById('app')!;
  // As in the app, the window has painted its "Loading…" line before the dashboard arrives, so
  // one-time font and style start-up is not billed to the dashboard.
  const loading = document.createElement('p');
  loading.textContent = 'Loading…';
  document.body.prepend(loading);
  await frame();
  await frame();
  loading.remove();
  const renders = Number(new URLSearchParams(location.search).get('renders') ?? 15);
  const timesMs: number[] = [];
  const completeMs: number[] = [];
  for (let i = 0; i < renders; i++) {
    const { elapsed, complete } = await renderOnce(target, i === 0);
    timesMs.push(elapsed);
    completeMs.push(complete);
  }
  (window as unknown as { __dashboardBench: unknown }).__dashboardBench = {
    days: days.length,
    timesMs,
    completeMs,
  };
}

void run();
