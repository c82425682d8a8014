/**
 * The web preview's store: settings, engine snapshot and day history in localStorage, validated the
 * way the app validates its electron-store file. Unreadable data is kept aside under a backup key and
 * a fresh start is made, with a one-time notice. Version 1 kept a copy of the settings inside the
 * snapshot; version 2 does not (the session owns them), and a version 1 entry still loads.
 */
import { AppSession, type SessionSave } from '../../../electron/core/app-session.ts';
import {
  decodeRuleChanges,
  encodeRuleChanges,
  isDateKey,
  parseDay,
} from '../../../electron/core/day-record.ts';
import { resolveLanguage, Translator } from '../../../electron/core/i18n/translator.ts';
import { recoveryNoticeText } from '../../../electron/core/recovery-notice.ts';
import { parseSettings, defaultSettings } from '../../../electron/core/settings.ts';
import type { DayRules, DayStats, Millis } from '../../../electron/core/types.ts';

export const STORE_KEY = 'posture-preview';
const VERSION = 2;

export interface PreviewData {
  session: AppSession;
  history: DayStats[];
  /** The streak rules each settled day was lived under. */
  rules: Record<string, DayRules>;
  offsetMs: Millis;
}

interface Stored {
  v: number;
  settings: unknown;
  snapshot: unknown;
  history: unknown;
  rules?: unknown;
  offsetMs: unknown;
  firstRun: unknown;
  notice?: unknown;
}

export class PreviewStoreError extends Error {
  constructor(field: string, detail: string) {
    super(`preview store: ${[field, detail].filter(Boolean).join(' ')}`);
    this.name = 'PreviewStoreError';
  }
}

/** Loads the stored preview, or starts fresh at `now` (moving unreadable data aside). */
export function loadPreview(storage: Storage, now: () => Millis): PreviewData {
  const raw = storage.getItem(STORE_KEY);
  if (raw === null) return fresh(now(), 0, null);
  try {
    return parseStored(JSON.parse(raw) as unknown, now);
  } catch (error) {
    const backupKey = `${STORE_KEY}.backup-${new Date(now()).toISOString()}`;
    storage.setItem(backupKey, raw);
    storage.removeItem(STORE_KEY);
    const why = error instanceof Error ? error.message : String(error);
    // The settings are what could not be read: the notice speaks the OS language.
    const words = new Translator(resolveLanguage('system', navigator.language));
    return fresh(now(), 0, recoveryNoticeText(words, { reason: why, backupPath: backupKey }));
  }
}

/** Writes what the session hands over; the history grows by the settled days. */
export function savePreview(storage: Storage, data: PreviewData, save: SessionSave): void {
  const session = data.session;
  const stored: Stored = {
    v: VERSION,
    settings: session.settings,
    snapshot: save.snapshot,
    history: data.history,
    rules: encodeRuleChanges(data.rules),
    offsetMs: data.offsetMs,
    firstRun: session.firstRun,
    notice: session.notice,
  };
  storage.setItem(STORE_KEY, JSON.stringify(stored));
}

function fresh(at: Millis, offsetMs: Millis, notice: string | null): PreviewData {
  const session = new AppSession({
    settings: defaultSettings(),
    snapshot: null,
    history: [],
    firstRun: true,
    notice,
    now: at + offsetMs,
  });
  return { session, history: [], rules: {}, offsetMs };
}

function parseStored(input: unknown, now: () => Millis): PreviewData {
  if (typeof input !== 'object' || input === null)
    throw new PreviewStoreError('root', 'is not an object');
  const s = input as Partial<Stored>;
  if (s.v !== VERSION && s.v !== 1)
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
  const history = parseHistory(s.history);
  const rules = parseRules(s.rules, history.at(-1)?.date ?? '');
  // An unreadable snapshot is damage like any other: the entry is kept aside.
  const session = new AppSession({
    settings: parsed.settings,
    snapshot: s.snapshot ?? null,
    history,
    rules,
    firstRun: s.firstRun,
    notice,
    now: now() + s.offsetMs,
  });
  if (session.restoreProblem !== null)
    throw new PreviewStoreError('snapshot', session.restoreProblem);
  return { session, history, rules, offsetMs: s.offsetMs };
}

function parseHistory(input: unknown): DayStats[] {
  if (!Array.isArray(input)) throw new PreviewStoreError('history', 'must be a list of days');
  return input.map((day: unknown, i) => {
    try {
      return parseDay(day, `history[${i}]`);
    } catch (error) {
      throw new PreviewStoreError((error as Error).message, '');
    }
  });
}

/** Rule changes as `encodeRuleChanges` wrote them (absent before version 2: today's settings apply). */
function parseRules(input: unknown, lastDate: string): Record<string, DayRules> {
  if (input === undefined) return {};
  const ok =
    typeof input === 'object' &&
    input !== null &&
    Object.entries(input).every(
      ([date, v]) =>
        isDateKey(date) &&
        Array.isArray(v) &&
        v.length === 3 &&
        v.every((n) => Number.isInteger(n) && n >= 0),
    );
  if (!ok) throw new PreviewStoreError('rules', 'must map dates to three whole numbers');
  return decodeRuleChanges(input as Record<string, number[]>, lastDate);
}
