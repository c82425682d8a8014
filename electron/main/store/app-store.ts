/**
 * The app's persistent store: settings, the engine snapshot, day history and one-time notices, kept in one
 * JSON file through electron-store (or its Node core `conf` in tests). A corrupt file is moved aside, never fatal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { clip, excerpt } from '../../core/excerpt.ts';
import {
  decodeDay,
  decodeRuleChanges,
  encodeDay,
  encodeRuleChanges,
  isDateKey,
  type DayRecord,
} from '../../core/day-record.ts';
import {
  defaultSettings,
  parseSettings,
  SETTINGS_KEYS,
  type Settings,
} from '../../core/settings.ts';
import type { DayRules, DayStats, Millis } from '../../core/types.ts';
import { isLegacyLayout, storeMigrations } from './migrations.ts';
import {
  serializeStore,
  STORE_FORMAT_VERSION,
  STORE_KEYS,
  STORE_NAME,
  storeSchema,
  type DayRecords,
  type RecoveryNotice,
  type StoreData,
} from './store-format.ts';

export type { RecoveryNotice } from './store-format.ts';

/** The part of a conf / electron-store instance the app store uses. */
export interface StoreBackend {
  readonly path: string;
  readonly store: StoreData;
  set(values: Partial<StoreData>): void;
}

/**
 * Options handed to the store class. electron-store and conf take the same ones, except that conf calls
 * `name` `configName`; each factory maps that one name.
 */
export interface StoreBackendOptions {
  cwd: string;
  name: string;
  schema: typeof storeSchema;
  migrations: typeof storeMigrations;
  projectVersion: string;
  serialize: (value: StoreData) => string;
  /** Off: an invalid file must throw, so it is moved aside rather than silently emptied. */
  clearInvalidConfig: false;
  /** The app store keeps its own decoded copy, so conf's read cache would only cost memory. */
  cache: false;
  watch: false;
}

export type StoreFactory = (options: StoreBackendOptions) => StoreBackend;

export interface OpenAppStoreOptions {
  /** `createElectronStore` in main, `createConfStore` in plain Node. */
  createStore: StoreFactory;
  /** Directory of the file: `app.getPath('userData')` in main, a temp dir in tests. */
  cwd: string;
  /** File name without `.json`; default `config`. */
  name?: string;
  /** Clock for backup names; default `Date.now`. */
  now?: () => Millis;
  /** A failed write (disk full, permissions) is reported here and the app keeps running on memory. */
  onWriteError?: (error: Error) => void;
}

/** How many `<name>.corrupt-*.json` backups are kept; the oldest go first. */
export const MAX_BACKUPS = 10;
/** The whole file, checked before conf (which recurses) reads it. */
const MAX_FILE_DEPTH = 64;

export interface AppStore {
  /** The file's path. */
  readonly path: string;
  /** False when the file could not be opened at all and the app runs on memory for this session. */
  readonly persistent: boolean;
  /** Current settings (a copy). */
  readonly settings: Settings;
  /** Stores the settings (already validated where they entered: the session's `updateSettings`). */
  saveSettings(settings: Settings): void;
  /** The engine's last saved snapshot (no settings in it), or null; opaque here, `Engine.restore` validates it. */
  readonly engineSnapshot: unknown;
  /**
   * Saves the engine snapshot and merges the days that can no longer change into history (a day already
   * in history is replaced), in ONE atomic write. `recentDays`, if given, replaces the stored running days.
   */
  saveEngine(
    snapshot: unknown,
    settledDays: readonly DayStats[],
    recentDays?: readonly DayStats[],
    settledRules?: Readonly<Record<string, DayRules>>,
  ): void;
  /** Settled days in date order. */
  history(): DayStats[];
  /** The streak rules each settled day was lived under, where recorded. */
  rules(): Record<string, DayRules>;
  /** Running days of the last save that are not settled yet, in date order: the session reads them when the snapshot cannot be restored. */
  recentDays(): DayStats[];
  /** True until the first-run safety note is acknowledged. */
  readonly firstRun: boolean;
  completeOnboarding(): void;
  /** Set when the file was unreadable and was moved aside at startup; null once acknowledged. */
  readonly recovery: RecoveryNotice | null;
  acknowledgeRecovery(): void;
}

/** The options both store classes are constructed with; only the directory and name vary. */
export function storeBackendOptions(cwd: string, name: string = STORE_NAME): StoreBackendOptions {
  return {
    cwd,
    name,
    schema: storeSchema,
    migrations: storeMigrations,
    projectVersion: STORE_FORMAT_VERSION,
    serialize: serializeStore,
    clearInvalidConfig: false,
    cache: false,
    watch: false,
  };
}

/** The file's content is unusable (as opposed to the file system failing us). */
export class StoreContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreContentError';
  }
}

/** Opens the store; never throws for a bad or unreadable file (it is moved aside and a fresh store starts). */
export function openAppStore(options: OpenAppStoreOptions): AppStore {
  const name = options.name ?? STORE_NAME;
  const now = options.now ?? Date.now;
  const onWriteError =
    options.onWriteError ?? ((error) => console.error('[store] write failed:', error));
  const filePath = path.join(options.cwd, `${name}.json`);
  const backendOptions = storeBackendOptions(options.cwd, name);

  // The bytes as found, before conf's migrations or bookkeeping touch the file: what a backup must hold.
  removeStaleTempFiles(options.cwd, name);
  const original = readOriginal(filePath);
  const open = (found: Original) => openBackend(options.createStore, backendOptions, found);
  try {
    const opened = open(original);
    return new PersistentAppStore(opened.backend, opened.data, null, true, onWriteError);
  } catch (error) {
    const reason = describeProblem(error, original);
    const backupPath = isContentProblem(error) ? moveAside(filePath, original, now()) : null;
    const recovery: RecoveryNotice = { backupPath, reason };
    try {
      const opened = open(readOriginal(filePath));
      const store = new PersistentAppStore(
        opened.backend,
        opened.data,
        recovery,
        true,
        onWriteError,
      );
      store.persistRecovery();
      return store;
    } catch (secondError) {
      // The directory itself is unusable (read-only, not a directory): run on memory and say so.
      const detail = clip(secondError instanceof Error ? secondError.message : String(secondError));
      const notice: RecoveryNotice = {
        backupPath,
        reason: `${reason}; the store could not be started again (${detail}), so nothing is saved this session`,
      };
      const data = emptyData();
      return new PersistentAppStore(
        memoryBackend(filePath, data),
        decodeData(data),
        notice,
        false,
        onWriteError,
      );
    }
  }
}

interface Decoded {
  settings: Settings;
  engine: Record<string, unknown> | null;
  history: DayRecords;
  recent: DayRecords;
  rules: DayRecords;
  onboarded: boolean;
  recovery: RecoveryNotice | null;
}

/** The file as found: its bytes, `missing`, or the error that kept it from being read. */
type Original = { bytes: Buffer } | { missing: true } | { error: Error };

/** Far more than years of history take (a few KB per day): a larger file is not one the app wrote. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

function readOriginal(filePath: string): Original {
  try {
    const size = fs.statSync(filePath).size;
    if (size > MAX_FILE_BYTES) {
      return {
        error: new Error(`it holds ${size} bytes, more than the ${MAX_FILE_BYTES} allowed`),
      };
    }
    return { bytes: fs.readFileSync(filePath) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { error: error as Error };
  }
}

function openBackend(
  createStore: StoreFactory,
  options: StoreBackendOptions,
  original: Original,
): { backend: StoreBackend; data: Decoded } {
  checkOriginal(original);
  const backend = createStore(options);
  const raw = backend.store as Record<string, unknown>;
  const data = decodeData(raw);
  // A fresh or older file gets every key written once, so the file documents its own shape.
  const missing = STORE_KEYS.filter((key) => raw[key] === undefined);
  if (missing.length > 0) {
    const full = encodeData(data);
    backend.set(Object.fromEntries(missing.map((key) => [key, full[key]])) as Partial<StoreData>);
  }
  return { backend, data };
}

/** Checks the file before conf reads it, also for what conf would take as an empty store (`[]`, `42`). */
function checkOriginal(original: Original): void {
  if ('missing' in original) return;
  if ('error' in original)
    throw new StoreContentError(`the file could not be read (${original.error.message})`);
  const text = original.bytes.toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new StoreContentError(
      text.trim() === '' ? 'the file is empty' : 'the file is not valid JSON',
    );
  }
  if (!isObject(parsed)) throw new StoreContentError('the file does not hold a JSON object');
  // conf validates and copies the data recursively: far deeper than the app writes would overflow it.
  if (!isShallowJson(parsed, MAX_FILE_DEPTH)) {
    throw new StoreContentError(`the file is nested deeper than ${MAX_FILE_DEPTH} levels`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Decodes and checks what conf read (it has passed the JSON schema); throws StoreContentError. */
function decodeData(raw: Record<string, unknown>): Decoded {
  return {
    settings: decodeSettings(raw.settings),
    engine: decodeEngine(raw.engine),
    history: decodeRecords('history', raw.history),
    recent: decodeRecords('recent', raw.recent),
    rules: decodeRecords('rules', raw.rules),
    onboarded: raw.onboarded === true,
    recovery: decodeRecovery(raw.recovery),
  };
}

/**
 * The snapshot stays opaque here (the whole file's depth is bounded before conf reads it). One that
 * `Engine.restore` refuses is not a problem of the file: the session starts the engine afresh and takes
 * the held days' counts from `recent`, keeping history, settings and rules.
 */
function decodeEngine(value: unknown): Record<string, unknown> | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new StoreContentError('engine must be an object or null');
  return value;
}

/** Only the notice's fields, bounded: whatever else a hand-edited file put there is dropped. */
function decodeRecovery(value: unknown): RecoveryNotice | null {
  if (!isObject(value)) return null;
  const { backupPath, reason, adjusted } = value;
  return {
    backupPath: typeof backupPath === 'string' ? clip(backupPath, 1000) : null,
    reason: typeof reason === 'string' ? clip(reason, 1000) : 'unknown',
    ...(adjusted === true ? { adjusted: true as const } : {}),
  };
}

/** Plain JSON values no deeper than `maxDepth` (iterative: any depth costs bounded stack). */
function isShallowJson(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= maxDepth) return false;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return true;
}

function decodeSettings(value: unknown): Settings {
  if (value === undefined) return defaultSettings();
  if (!isObject(value)) throw new StoreContentError('settings must be an object');
  // Keys this version does not know (written by a newer one) are ignored rather than fatal.
  const known = Object.fromEntries(
    Object.entries(value).filter(([key]) => (SETTINGS_KEYS as string[]).includes(key)),
  );
  const parsed = parseSettings(known);
  if (!parsed.ok || !parsed.settings) {
    const issues = parsed.ok ? [] : parsed.issues;
    throw new StoreContentError(`settings: ${issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.settings;
}

function decodeRecords(key: string, value: unknown): DayRecords {
  if (value === undefined) return {};
  if (!isObject(value)) throw new StoreContentError(`${key} must be an object of day records`);
  const dates = Object.keys(value);
  for (const date of dates) {
    if (!isDateKey(date))
      throw new StoreContentError(`${key}: "${date}" is not a calendar date YYYY-MM-DD`);
  }
  // Written in date order, but a hand-edited file may not be.
  const sorted = dates.every((date, i) => i === 0 || dates[i - 1]! < date);
  if (sorted) return value as DayRecords;
  return Object.fromEntries(dates.sort().map((date) => [date, value[date]])) as DayRecords;
}

function encodeData(data: Decoded): StoreData {
  return {
    settings: data.settings,
    engine: data.engine,
    history: data.history,
    recent: data.recent,
    rules: data.rules,
    onboarded: data.onboarded,
    recovery: data.recovery,
  };
}

function emptyData(): StoreData {
  return encodeData({
    settings: defaultSettings(),
    engine: null,
    history: {},
    recent: {},
    rules: {},
    onboarded: false,
    recovery: null,
  });
}

/** A problem with the file's content (move it aside), as opposed to one with the directory or the disk. */
function isContentProblem(error: unknown): boolean {
  // A RangeError is a stack overflow on the file's content (nothing else in reading it recurses).
  if (
    error instanceof StoreContentError ||
    error instanceof SyntaxError ||
    error instanceof RangeError
  )
    return true;
  const message = error instanceof Error ? error.message : '';
  return (
    message.startsWith('Config schema violation') ||
    message.startsWith('Something went wrong during the migration')
  );
}

function describeProblem(error: unknown, original: Original): string {
  if (error instanceof StoreContentError) return clip(error.message);
  const message = error instanceof Error ? error.message : excerpt(error);
  if (message.startsWith('Config schema violation') && 'bytes' in original) {
    // The core schema words a settings problem better (key and bounds) than the JSON Schema validator.
    const better = describeWithCoreSchema(original.bytes);
    if (better) return clip(better);
  }
  return clip(message);
}

function describeWithCoreSchema(bytes: Buffer): string | null {
  try {
    const raw: unknown = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    if (!isObject(raw) || isLegacyLayout(raw)) return null;
    decodeData(raw);
  } catch (error) {
    if (error instanceof StoreContentError) return error.message;
  }
  return null;
}

/** conf's atomic writer names its temporary files `<file>.tmp-<10 digits><6 hex>`. */
const TEMP_FILE = /^\.tmp-\d{10}[0-9a-f]{6}$/;

/**
 * Removes temporary files a killed save left beside the store (the writer cleans up only on a normal
 * exit). Only one instance runs (the single-instance lock is held), so none of them is being written.
 */
function removeStaleTempFiles(dir: string, name: string): void {
  const prefix = `${name}.json`;
  for (const entry of listDir(dir)) {
    if (entry.startsWith(prefix) && TEMP_FILE.test(entry.slice(prefix.length))) {
      removeQuietly(path.join(dir, entry));
    }
  }
}

/** Housekeeping only: a file that cannot be removed is left for the next start. */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Left in place.
  }
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** `<name>.corrupt-<stamp>[-<n>].json`: the stamp (sortable UTC time) and the sequence number. */
function backupOrder(name: string, ext: string, entry: string): [string, number] | null {
  const prefix = `${name}.corrupt-`;
  if (!entry.startsWith(prefix) || !entry.endsWith(ext)) return null;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)(?:-(\d+))?$/.exec(
    entry.slice(prefix.length, entry.length - ext.length),
  );
  return m ? [m[1] as string, Number(m[2] ?? 1)] : null;
}

/**
 * Moves the file aside to `<name>.corrupt-<UTC time>[-<n>].json` beside it, holding the bytes as they were
 * found (conf may have rewritten the file before the problem showed), then keeps only the newest
 * `MAX_BACKUPS` backups. Returns the backup's path, or null.
 */
function moveAside(filePath: string, original: Original, at: Millis): string | null {
  if ('missing' in original) return null;
  const { dir, name, ext } = path.parse(filePath);
  // Colons are not allowed in Windows file names.
  const stamp = new Date(at)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
  const backups = listDir(dir)
    .map((entry) => ({ entry, order: backupOrder(name, ext, entry) }))
    .filter((b): b is { entry: string; order: [string, number] } => b.order !== null);
  // After the newest of this second, so the newest backup always sorts last.
  const n = Math.max(0, ...backups.filter((b) => b.order[0] === stamp).map((b) => b.order[1])) + 1;
  const candidate = path.join(dir, `${name}.corrupt-${stamp}${n === 1 ? '' : `-${n}`}${ext}`);
  try {
    if ('bytes' in original) {
      fs.writeFileSync(candidate, original.bytes, { flag: 'wx' });
      fs.rmSync(filePath, { force: true });
    } else {
      // Unreadable: the rename keeps whatever it holds.
      fs.renameSync(filePath, candidate);
    }
  } catch {
    return null;
  }
  const older = backups
    .sort((a, b) =>
      a.order[0] !== b.order[0] ? (a.order[0] < b.order[0] ? -1 : 1) : a.order[1] - b.order[1],
    )
    .slice(0, Math.max(0, backups.length - (MAX_BACKUPS - 1)));
  for (const { entry } of older) removeQuietly(path.join(dir, entry));
  return candidate;
}

function memoryBackend(filePath: string, initial: StoreData): StoreBackend {
  let data = initial;
  return {
    path: filePath,
    get store() {
      return data;
    },
    set(values) {
      data = { ...data, ...values };
    },
  };
}

function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class PersistentAppStore implements AppStore {
  readonly #backend: StoreBackend;
  readonly #onWriteError: (error: Error) => void;
  readonly persistent: boolean;
  #settings: Settings;
  #engine: Record<string, unknown> | null;
  #history: DayRecords;
  #recent: DayRecords;
  #rules: Record<string, DayRules>;
  #onboarded: boolean;
  #recovery: RecoveryNotice | null;

  constructor(
    backend: StoreBackend,
    data: Decoded,
    recovery: RecoveryNotice | null,
    persistent: boolean,
    onWriteError: (error: Error) => void,
  ) {
    this.#backend = backend;
    this.#onWriteError = onWriteError;
    this.persistent = persistent;
    this.#settings = data.settings;
    this.#engine = data.engine;
    this.#history = data.history;
    this.#recent = data.recent;
    const dates = Object.keys(data.history);
    this.#rules = decodeRuleChanges(data.rules, dates[dates.length - 1] ?? '');
    this.#onboarded = data.onboarded;
    this.#recovery = recovery ?? data.recovery;
  }

  get path(): string {
    return this.#backend.path;
  }

  get settings(): Settings {
    return structuredClone(this.#settings);
  }

  saveSettings(settings: Settings): void {
    this.#settings = structuredClone(settings);
    this.#write({ settings: this.#settings });
  }

  get engineSnapshot(): unknown {
    return this.#engine === null ? null : structuredClone(this.#engine);
  }

  saveEngine(
    snapshot: unknown,
    settledDays: readonly DayStats[],
    recentDays?: readonly DayStats[],
    settledRules?: Readonly<Record<string, DayRules>>,
  ): void {
    if (!isObject(snapshot)) throw new TypeError('Engine snapshot must be a JSON object');
    // Encode everything first, so a bad day changes nothing.
    const settled = settledDays.map((day) => [day.date, encodeDay(day)] as const);
    const recent = recentDays ? recordsOf(recentDays) : undefined;
    const engine = JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;

    const values: Partial<StoreData> = { engine };
    if (settled.length > 0) {
      this.#history = mergeRecords(this.#history, settled);
      values.history = this.#history;
    }
    const nextRecent = withoutDates(
      recent ?? this.#recent,
      settled.map(([date]) => date),
    );
    if (recent || nextRecent !== this.#recent) {
      this.#recent = nextRecent;
      values.recent = nextRecent;
    }
    if (settledRules && Object.keys(settledRules).length > 0) {
      this.#rules = { ...this.#rules, ...settledRules };
      values.rules = encodeRuleChanges(this.#rules);
    }
    this.#engine = engine;
    this.#write(values);
  }

  history(): DayStats[] {
    return Object.entries(this.#history).map(([date, record]) => decodeDay(date, record));
  }

  rules(): Record<string, DayRules> {
    return { ...this.#rules };
  }

  recentDays(): DayStats[] {
    return Object.entries(this.#recent).map(([date, record]) => decodeDay(date, record));
  }

  get firstRun(): boolean {
    return !this.#onboarded;
  }

  completeOnboarding(): void {
    if (this.#onboarded) return;
    this.#onboarded = true;
    this.#write({ onboarded: true });
  }

  get recovery(): RecoveryNotice | null {
    return this.#recovery ? { ...this.#recovery } : null;
  }

  acknowledgeRecovery(): void {
    if (this.#recovery === null) return;
    this.#recovery = null;
    this.#write({ recovery: null });
  }

  /** Writes the notice into the fresh file, so it is still shown if the app stops before the UI does. */
  persistRecovery(): void {
    this.#write({ recovery: this.#recovery });
  }

  #write(values: Partial<StoreData>): void {
    try {
      this.#backend.set(values);
    } catch (error) {
      this.#onWriteError(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

function recordsOf(days: readonly DayStats[]): DayRecords {
  const entries = days.map((day) => [day.date, encodeDay(day)] as const);
  return Object.fromEntries([...entries].sort(([a], [b]) => compareDates(a, b)));
}

/** History with the given days set (replacing a stored record of the same date), in date order. */
function mergeRecords(
  history: DayRecords,
  days: readonly (readonly [string, DayRecord])[],
): DayRecords {
  const merged: DayRecords = { ...history };
  const dates = Object.keys(history);
  let last = dates[dates.length - 1];
  let inOrder = true;
  for (const [date, record] of days) {
    if (!(date in merged) && last !== undefined && date < last) inOrder = false;
    merged[date] = record;
    if (last === undefined || date > last) last = date;
  }
  // Settled days normally come after the last stored one; insertion order is then already date order.
  if (inOrder) return merged;
  return Object.fromEntries(
    Object.keys(merged)
      .sort(compareDates)
      .map((date) => [date, merged[date]!]),
  );
}

function withoutDates(records: DayRecords, dates: readonly string[]): DayRecords {
  if (!dates.some((date) => date in records)) return records;
  const drop = new Set(dates);
  return Object.fromEntries(Object.entries(records).filter(([date]) => !drop.has(date)));
}
