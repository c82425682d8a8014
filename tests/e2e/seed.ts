// Builds a realistic web-preview store by running the real session over five weeks of simulated work days.
import { AppSession } from '../../electron/core/app-session.ts';
import { defaultSettings, type Settings } from '../../electron/core/settings.ts';
import { mergeDays } from '../../electron/core/stats.ts';
import type { DayRules, DayStats, Millis, Observation } from '../../electron/core/types.ts';
import { STORE_KEY, savePreview } from '../../renderer/src/preview/preview-store.ts';

const MIN = 60_000;

const DAYS = 35;
/** Breaks taken on successive past workdays (the goal is 5; a few days fall short). */
const WORKDAY_BREAKS = [5, 6, 5, 3, 5, 5, 2, 6, 3, 5, 4, 5, 6, 5, 5, 5, 1, 5, 6, 5, 5, 6, 5, 7, 5];

/**
 * A store whose last day is `now`'s date, holding the days before it and a morning of work up to
 * `now` (in the process time zone, which the config sets to the browser's).
 */
export function seededStore(
  now: Millis,
  settings: Partial<Settings> = {},
): { key: string; value: string } {
  const full = { ...defaultSettings(), ...settings };
  const today = new Date(now);
  const dayStart = (offset: number, hour: number, minute = 0) =>
    new Date(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() - offset,
      hour,
      minute,
    ).getTime();

  const first = dayStart(DAYS, 8, 30);
  const session = new AppSession({
    settings: full,
    snapshot: null,
    history: [],
    firstRun: false,
    notice: null,
    now: first,
  });
  let history: DayStats[] = [];
  const rules: Record<string, DayRules> = {};
  let last = first;
  const observe = (obs: Observation) => {
    session.observe(obs);
    last = Math.max(last, 'to' in obs ? obs.to : obs.at);
  };
  const settle = () => {
    const save = session.takeSave(last);
    history = mergeDays(history, save.settled);
    Object.assign(rules, save.rules);
    Object.assign(rules, save.rules);
  };

  const workDay = (start: Millis, breaks: number, end: Millis, skipTheRest = false) => {
    let t = start;
    const sitMs = 30 * MIN;
    for (let b = 0; t + sitMs < end; b++) {
      observe({ type: 'input', at: t, to: t + sitMs });
      t += sitMs;
      if (b < breaks) {
        observe({ type: 'break-start', at: t });
        t += 2 * MIN + 10_000;
        observe({ type: 'break-end', at: t, completed: true });
      } else if (skipTheRest || b % 2 === 0) {
        observe({ type: 'skip', at: t });
      }
      // A lunch walk on longer days: a natural break.
      if (b === 5) t += 40 * MIN;
      t += 15_000;
    }
    settle();
  };

  let workday = 0;
  for (let offset = DAYS; offset >= 1; offset--) {
    const weekday = new Date(dayStart(offset, 12)).getDay();
    if (weekday === 0 || weekday === 6) {
      // A weekend: a short look at the computer, below the rest-day threshold.
      const t = dayStart(offset, 11);
      observe({ type: 'input', at: t, to: t + 20 * MIN });
      settle();
      continue;
    }
    const breaks = WORKDAY_BREAKS[workday++ % WORKDAY_BREAKS.length]!;
    workDay(dayStart(offset, 8, 45 + (offset % 4) * 5), breaks, dayStart(offset, 17, 15));
  }
  // Today: a morning with two breaks so far, typing right up to now.
  workDay(dayStart(0, 8, 40), 2, now, true);
  observe({ type: 'input', at: last, to: now });
  const save = session.takeSave(now);
  history = mergeDays(history, save.settled);
  Object.assign(rules, save.rules);

  const memory = new Map<string, string>();
  const storage = {
    setItem: (k: string, v: string) => void memory.set(k, v),
    getItem: (k: string) => memory.get(k) ?? null,
    removeItem: (k: string) => void memory.delete(k),
  } as unknown as Storage;
  savePreview(storage, { session, history, rules, offsetMs: 0 }, save);
  return { key: STORE_KEY, value: memory.get(STORE_KEY)! };
}
