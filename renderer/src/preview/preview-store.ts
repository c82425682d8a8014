/**
 * The web preview's store: settings, engine snapshot and day history in localStorage, validated the
 * way the app validates its electron-store file. Unreadable data is kept aside under a backup key and
 * a fresh start is made, with a one-time notice.
 */
import { Engine } from '../../../electron/core/engine.ts';
import { parseSettings, defaultSettings, type Settings } from '../../../electron/core/settings.ts';
import { DAY_COUNTERS } from '../../../electron/core/stats.ts';
import type { DayStats, Millis } from '../../../electron/core/types.ts';

export const STORE_KEY = 'posture-preview';
const VERSION = 1;

export interface PreviewData {
  settings: Settings;
  engine: Engine;
  history: DayStats[];
  offsetMs: Millis;
  firstRun: boolean;
  notice: string | null;
}

interface Stored {
  v: number;
  settings: unknown;
  snapshot: unknown;
  history: unknown;
  offsetMs: unknown;
  firstRun: unknown;
  notice?: unknown;
}

export class PreviewStoreError extends Error {
  constructor(field: string, detail: string) {
    super(`preview store: ${field} ${detail}`);
    this.name = 'PreviewStoreError';
  }
}

/** Loads the stored preview, or starts fresh at `now` (moving unreadable data aside). */
export function loadPreview(storage: Storage, now: () => Millis): PreviewData {
  const raw = storage.getItem(STORE_KEY);
  if (raw === null) return fresh(now(), 0, null);
  try {
    return parseStored(JSON.parse(raw) as unknown);
  } catch (error) {
    const backupKey = `${STORE_KEY}.backup-${new Date(now()).toISOString()}`;
    storage.setItem(backupKey, raw);
    storage.removeItem(STORE_KEY);
    const why = error instanceof Error ? error.message : String(error);
    return fresh(
      now(),
      0,
      `Your saved data could not be read (${why}), so Posture Break started fresh. The old data was kept as "${backupKey}".`,
    );
  }
}

export function savePreview(storage: Storage, data: PreviewData): void {
  const stored: Stored = {
    v: VERSION,
    settings: data.settings,
    snapshot: data.engine.snapshot(),
    history: data.history,
    offsetMs: data.offsetMs,
    firstRun: data.firstRun,
    notice: data.notice,
  };
  storage.setItem(STORE_KEY, JSON.stringify(stored));
}

function fresh(at: Millis, offsetMs: Millis, notice: string | null): PreviewData {
  const settings = defaultSettings();
  return {
    settings,
    engine: Engine.start(settings, at + offsetMs),
    history: [],
    offsetMs,
    firstRun: true,
    notice,
  };
}

function parseStored(input: unknown): PreviewData {
  if (typeof input !== 'object' || input === null)
    throw new PreviewStoreError('root', 'is not an object');
  const s = input as Partial<Stored>;
  if (s.v !== VERSION)
    throw new PreviewStoreError('v', `is ${JSON.stringify(s.v)}, expected ${VERSION}`);
  const parsed = parseSettings(s.settings);
  if (!parsed.ok || !parsed.settings) {
    const first = parsed.ok ? 'is missing' : parsed.issues[0]?.message;
    throw new PreviewStoreError('settings', first ?? 'are invalid');
  }
  if (typeof s.offsetMs !== 'number' || !Number.isFinite(s.offsetMs) || s.offsetMs < 0)
    throw new PreviewStoreError('offsetMs', 'must be a non-negative number');
  if (typeof s.firstRun !== 'boolean')
    throw new PreviewStoreError('firstRun', 'must be true or false');
  const notice = typeof s.notice === 'string' ? s.notice : null;
  return {
    settings: parsed.settings,
    engine: Engine.restore(s.snapshot, parsed.settings),
    history: parseHistory(s.history),
    offsetMs: s.offsetMs,
    firstRun: s.firstRun,
    notice,
  };
}

function parseHistory(input: unknown): DayStats[] {
  if (!Array.isArray(input)) throw new PreviewStoreError('history', 'must be a list of days');
  return input.map((day: unknown, i) => {
    const d = day as Partial<DayStats> | null;
    if (
      typeof d !== 'object' ||
      d === null ||
      typeof d.date !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}$/.test(d.date)
    )
      throw new PreviewStoreError(`history[${i}].date`, 'must be a "YYYY-MM-DD" date');
    for (const key of DAY_COUNTERS) {
      const v = d[key];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw new PreviewStoreError(`history[${i}].${key}`, 'must be a non-negative number');
    }
    if (typeof d.goalMet !== 'boolean')
      throw new PreviewStoreError(`history[${i}].goalMet`, 'must be true or false');
    return d as DayStats;
  });
}
