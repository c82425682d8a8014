/**
 * The app's persistent store, two JSON files through electron-store (or its Node core `conf` in tests):
 * `config.json` (settings, the small running engine snapshot, one-time notices), written only when
 * something changed, and `history.json` (settled days and their rules), written only when a day settles.
 * A corrupt file is moved aside, never fatal. FORMAT.md describes both.
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
import { isLegacyLayout, storeMigrations, type HistoryMover } from './migrations.ts';
import {
  HISTORY_KEYS,
  HISTORY_NAME,
  historySchema,
  serializeStore,
  STORE_FORMAT_VERSION,
  STORE_KEYS,
  STORE_NAME,
  storeSchema,
  type DayRecords,
  type HistoryData,
  type RecoveryNotice,
  type StoreData,
} from './store-format.ts';

export type { RecoveryNotice } from './store-format.ts';

/** The part of a conf / electron-store instance the app store uses (one per file). */
export interface StoreBackend {
  readonly path: string;
  readonly store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
}

/**
 * Options handed to the store class. electron-store and conf take the same ones, except that conf calls
 * `name` `configName`; each factory maps that one name.
 */
export interface StoreBackendOptions {
  cwd: string;
  name: string;
  schema: Record<string, unknown>;
  migrations: ReturnType<typeof storeMigrations>;
  projectVersion: string;
  serialize: (value: Record<string, unknown>) => string;
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
  /** Directory of the files: `app.getPath('userData')` in main, a temp dir in tests. */
  cwd: string;
  /** Clock for backup names and for when a snapshot was saved; default `Date.now`. */
  now?: () => Millis;
  /** A failed write (disk full, permissions) is reported here and the app keeps running on memory. */
  onWriteError?: (error: Error) => void;
}

/** How many `<name>.corrupt-*.json` backups are kept; the oldest go first. */
export const MAX_BACKUPS = 10;
/** The whole file, checked before conf (which recurses) reads it. */
const MAX_FILE_DEPTH = 64;

export interface AppStore {
  /** `config.json`'s path. */
  readonly path: string;
  /** `history.json`'s path. */
  readonly historyPath: string;
  /** False when the files could not be opened at all and the app runs on memory for this session. */
  readonly persistent: boolean;
  /** Current settings (a copy). */
  readonly settings: Settings;
  /** Stores the settings (already validated where they entered: the session's `updateSettings`). */
  saveSettings(settings: Settings): void;
  /** The engine's last saved snapshot (no settings in it), or null; opaque here, `Engine.restore` validates it. */
  readonly engineSnapshot: unknown;
  /**
   * Saves what changed. Days that can no longer change are merged into history (a day already there is
   * replaced) and written to `history.json` FIRST, with their rules; then the snapshot and `recentDays`
   * (if given, they replace the stored running days) go to `config.json` as of `at` (default: the
   * clock), unless both equal what the file already holds: never a no-op write. If the history write
   * fails, the snapshot is not written either, so the old one still holds those days.
   */
  saveEngine(
    snapshot: unknown,
    settledDays: readonly DayStats[],
    recentDays?: readonly DayStats[],
    settledRules?: Readonly<Record<string, DayRules>>,
    at?: Millis,
  ): void;
  /**
   * Counts accrued with no other news: marks `inputUntil` (the latest instant input was seen at the
   * desk) as `config.json`'s modification time. No data, no fsync, no rewrite; see `heartbeatAt`.
   */
  heartbeat(inputUntil: Millis): void;
  /**
   * The heartbeat the previous run left after its last snapshot write (the latest instant it saw
   * input at the desk), or null: a crash's restart credits the sitting up to it.
   */
  readonly heartbeatAt: Millis | null;
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

/** Refuses: only the app store's own opening has a history file to move a 3.0.0 history into. */
const noHistoryFile: HistoryMover = () => {
  throw new Error('no history file to move the history into');
};

/** The options both store classes are constructed with for `config.json`; only the directory varies. */
export function storeBackendOptions(
  cwd: string,
  name: string = STORE_NAME,
  moveHistory: HistoryMover = noHistoryFile,
): StoreBackendOptions {
  return {
    cwd,
    name,
    schema: storeSchema,
    migrations: storeMigrations(moveHistory),
    projectVersion: STORE_FORMAT_VERSION,
    serialize: serializeStore,
    clearInvalidConfig: false,
    cache: false,
    watch: false,
  };
}

/** The options for `history.json`: no migrations of its own (it was born in 4.0.0), the same writer. */
export function historyBackendOptions(cwd: string): StoreBackendOptions {
  return {
    ...storeBackendOptions(cwd, HISTORY_NAME),
    schema: historySchema,
    migrations: {},
  };
}

/** The file's content is unusable (as opposed to the file system failing us). */
export class StoreContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreContentError';
  }
}

/** The history file could not be written while migrating: a problem of the disk, not of the file. */
const HISTORY_UNWRITABLE = 'the history file cannot be written';

/** One of the store's files: its options, keys, and how its content is decoded. */
interface FileSpec<D> {
  options: StoreBackendOptions;
  keys: readonly string[];
  decode(raw: Record<string, unknown>): D;
  encode(data: D): Record<string, unknown>;
  empty(): D;
}

interface OpenedFile<D> {
  backend: StoreBackend;
  data: D;
  /** Set when the file was moved aside (or could not be started) at this open. */
  recovery: RecoveryNotice | null;
  persistent: boolean;
  /** The file's modification time as found, before anything wrote it. */
  mtimeMs: number | null;
}

/**
 * Opens the store; never throws for a bad or unreadable file (it is moved aside and a fresh one
 * starts). `history.json` opens first, so a 3.0.0 `config.json`'s migration can move its history there.
 */
export function openAppStore(options: OpenAppStoreOptions): AppStore {
  const now = options.now ?? Date.now;
  const onWriteError =
    options.onWriteError ?? ((error) => console.error('[store] write failed:', error));
  const history = openFile(options, now, {
    options: historyBackendOptions(options.cwd),
    keys: HISTORY_KEYS,
    decode: decodeHistory,
    encode: (data) => ({ ...data }),
    empty: () => ({ history: {}, rules: {} }),
  });
  const moveHistory: HistoryMover = (moved) => {
    const found = decodeHistory({ history: moved.history ?? {}, rules: moved.rules ?? {} });
    if (!history.persistent) throw new Error(HISTORY_UNWRITABLE);
    const next: HistoryData = {
      history: sortedRecords({ ...history.data.history, ...found.history }),
      rules: sortedRecords({ ...history.data.rules, ...found.rules }),
    };
    try {
      history.backend.set(next);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      // A schema problem is the moved content's; anything else is the disk's.
      if (detail.startsWith('Config schema violation')) throw error;
      throw new Error(`${HISTORY_UNWRITABLE} (${clip(detail)})`, { cause: error });
    }
    history.data = next;
  };
  const config = openFile(options, now, {
    options: storeBackendOptions(options.cwd, STORE_NAME, moveHistory),
    keys: STORE_KEYS,
    decode: decodeData,
    encode: (data) => encodeData(data),
    empty: () => decodeData(emptyData()),
  });
  const recovery = joinRecoveries(config.recovery, history.recovery);
  const store = new PersistentAppStore(config, history, recovery, onWriteError, now);
  if (recovery !== null && config.persistent) store.persistRecovery();
  return store;
}

/** One notice for both files: the config's (it names its backup), with the history's reason added. */
function joinRecoveries(
  config: RecoveryNotice | null,
  history: RecoveryNotice | null,
): RecoveryNotice | null {
  const fromHistory = history && {
    backupPath: history.backupPath,
    reason: `history.json: ${history.reason}`,
  };
  if (!config) return fromHistory;
  if (!fromHistory) return config;
  return { ...config, reason: clip(`${config.reason}; ${fromHistory.reason}`, 1000) };
}

function openFile<D>(
  options: OpenAppStoreOptions,
  now: () => Millis,
  spec: FileSpec<D>,
): OpenedFile<D> {
  const { cwd, name } = spec.options;
  const filePath = path.join(cwd, `${name}.json`);
  // The bytes as found, before conf's migrations or bookkeeping touch the file: what a backup must hold.
  removeStaleTempFiles(cwd, name);
  const original = readOriginal(filePath);
  const mtimeMs = 'bytes' in original ? original.mtimeMs : null;
  const open = (found: Original) => openBackend(options.createStore, spec, found);
  try {
    const opened = open(original);
    return { ...opened, recovery: null, persistent: true, mtimeMs };
  } catch (error) {
    const reason = describeProblem(error, original, spec);
    const backupPath = isContentProblem(error) ? moveAside(filePath, original, now()) : null;
    try {
      const opened = open(readOriginal(filePath));
      return { ...opened, recovery: { backupPath, reason }, persistent: true, mtimeMs: null };
    } catch (secondError) {
      // The directory itself is unusable (read-only, not a directory): run on memory and say so.
      const detail = clip(secondError instanceof Error ? secondError.message : String(secondError));
      const recovery: RecoveryNotice = {
        backupPath,
        reason: `${reason}; the store could not be started again (${detail}), so nothing is saved this session`,
      };
      const data = spec.empty();
      return {
        backend: memoryBackend(filePath, spec.encode(data)),
        data,
        recovery,
        persistent: false,
        mtimeMs: null,
      };
    }
  }
}

interface Decoded {
  settings: Settings;
  engine: Record<string, unknown> | null;
  recent: DayRecords;
  savedAt: Millis | null;
  onboarded: boolean;
  recovery: RecoveryNotice | null;
}

/** The file as found: its bytes and modification time, `missing`, or the error that kept it from being read. */
type Original = { bytes: Buffer; mtimeMs: number } | { missing: true } | { error: Error };

/** Far more than years of history take (a few KB per day): a larger file is not one the app wrote. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

function readOriginal(filePath: string): Original {
  try {
    const { size, mtimeMs } = fs.statSync(filePath);
    if (size > MAX_FILE_BYTES) {
      return {
        error: new Error(`it holds ${size} bytes, more than the ${MAX_FILE_BYTES} allowed`),
      };
    }
    return { bytes: fs.readFileSync(filePath), mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { error: error as Error };
  }
}

function openBackend<D>(
  createStore: StoreFactory,
  spec: FileSpec<D>,
  original: Original,
): { backend: StoreBackend; data: D } {
  checkOriginal(original);
  const backend = createStore(spec.options);
  const raw = backend.store;
  const data = spec.decode(raw);
  // A fresh or older file gets every key written once, so the file documents its own shape.
  const missing = spec.keys.filter((key) => raw[key] === undefined);
  if (missing.length > 0) {
    const full = spec.encode(data);
    backend.set(Object.fromEntries(missing.map((key) => [key, full[key]])));
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

/** Decodes and checks what conf read of `config.json` (it has passed the JSON schema); throws StoreContentError. */
function decodeData(raw: Record<string, unknown>): Decoded {
  return {
    settings: decodeSettings(raw.settings),
    engine: decodeEngine(raw.engine),
    recent: decodeRecords('recent', raw.recent),
    savedAt: typeof raw.savedAt === 'number' ? raw.savedAt : null,
    onboarded: raw.onboarded === true,
    recovery: decodeRecovery(raw.recovery),
  };
}

/** Decodes and checks `history.json` (or a 3.0.0 file's history being moved there). */
function decodeHistory(raw: Record<string, unknown>): HistoryData {
  return {
    history: decodeRecords('history', raw.history),
    rules: decodeRecords('rules', raw.rules),
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
    recent: data.recent,
    savedAt: data.savedAt,
    onboarded: data.onboarded,
    recovery: data.recovery,
  };
}

function emptyData(): StoreData {
  return encodeData({
    settings: defaultSettings(),
    engine: null,
    recent: {},
    savedAt: null,
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
  // A history file that cannot be written keeps the 3.0.0 file as it is (it migrates next time).
  if (message.includes(HISTORY_UNWRITABLE)) return false;
  return message.startsWith('Config schema violation') || message.startsWith(MIGRATION_FAILED);
}

/** How conf begins the message of a migration step that threw; the step's own words follow. */
const MIGRATION_FAILED = 'Something went wrong during the migration';

function describeProblem<D>(error: unknown, original: Original, spec: FileSpec<D>): string {
  if (error instanceof StoreContentError) return clip(error.message);
  let message = error instanceof Error ? error.message : excerpt(error);
  if (message.startsWith(MIGRATION_FAILED)) {
    const own = message.indexOf('will be restored. ');
    if (own >= 0) message = message.slice(own + 'will be restored. '.length);
  }
  if (message.startsWith('Config schema violation') && 'bytes' in original) {
    // The core schema words a settings problem better (key and bounds) than the JSON Schema validator.
    const better = describeWithCoreSchema(original.bytes, spec);
    if (better) return clip(better);
  }
  return clip(message);
}

function describeWithCoreSchema<D>(bytes: Buffer, spec: FileSpec<D>): string | null {
  try {
    const raw: unknown = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    if (!isObject(raw) || isLegacyLayout(raw)) return null;
    spec.decode(raw);
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

function memoryBackend(filePath: string, initial: Record<string, unknown>): StoreBackend {
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
  readonly #config: StoreBackend;
  readonly #historyFile: StoreBackend;
  readonly #onWriteError: (error: Error) => void;
  readonly #now: () => Millis;
  readonly persistent: boolean;
  readonly heartbeatAt: Millis | null;
  #settings: Settings;
  #engine: Record<string, unknown> | null;
  /** `engine` and `recent` as `config.json` holds them, to tell a change from a no-op. */
  #engineJson: string;
  #recentJson: string;
  #history: DayRecords;
  #recent: DayRecords;
  #rules: Record<string, DayRules>;
  #onboarded: boolean;
  #recovery: RecoveryNotice | null;
  /** A history write failed: the next save tries it again before writing the snapshot. */
  #historyUnsaved = false;
  /** The modification time last given to `config.json` (a save's `at` or a heartbeat). */
  #markedAt: Millis | null = null;

  constructor(
    config: OpenedFile<Decoded>,
    history: OpenedFile<HistoryData>,
    recovery: RecoveryNotice | null,
    onWriteError: (error: Error) => void,
    now: () => Millis,
  ) {
    this.#config = config.backend;
    this.#historyFile = history.backend;
    this.#onWriteError = onWriteError;
    this.#now = now;
    this.persistent = config.persistent && history.persistent;
    const data = config.data;
    this.#settings = data.settings;
    this.#engine = data.engine;
    this.#engineJson = JSON.stringify(data.engine);
    this.#history = history.data.history;
    this.#recent = data.recent;
    this.#recentJson = JSON.stringify(data.recent);
    const dates = Object.keys(this.#history);
    this.#rules = decodeRuleChanges(history.data.rules, dates[dates.length - 1] ?? '');
    this.#onboarded = data.onboarded;
    this.#recovery = recovery ?? data.recovery;
    this.#markedAt = data.engine !== null ? data.savedAt : null;
    // A heartbeat is a modification time later than the last snapshot write set (whole milliseconds;
    // a file system that keeps whole seconds rounds it down, never up).
    const mtime = config.mtimeMs === null ? null : Math.floor(config.mtimeMs);
    this.heartbeatAt =
      data.engine !== null && data.savedAt !== null && mtime !== null && mtime > data.savedAt + 1
        ? mtime
        : null;
  }

  get path(): string {
    return this.#config.path;
  }

  get historyPath(): string {
    return this.#historyFile.path;
  }

  get settings(): Settings {
    return structuredClone(this.#settings);
  }

  saveSettings(settings: Settings): void {
    // Never a no-op write: a patch that changes nothing leaves the file alone.
    if (JSON.stringify(settings) === JSON.stringify(this.#settings)) return;
    this.#settings = structuredClone(settings);
    this.#write(this.#config, { settings: this.#settings });
  }

  get engineSnapshot(): unknown {
    return this.#engine === null ? null : structuredClone(this.#engine);
  }

  saveEngine(
    snapshot: unknown,
    settledDays: readonly DayStats[],
    recentDays?: readonly DayStats[],
    settledRules?: Readonly<Record<string, DayRules>>,
    at: Millis = this.#now(),
  ): void {
    if (!isObject(snapshot)) throw new TypeError('Engine snapshot must be a JSON object');
    // Encode everything first, so a bad day changes nothing.
    const settled = settledDays.map((day) => [day.date, encodeDay(day)] as const);
    const recent = recentDays ? recordsOf(recentDays) : undefined;
    const engineJson = JSON.stringify(snapshot);

    // History first: a crash before the snapshot's write leaves the old snapshot, which still holds
    // these days; the session then keeps the history's record of a date it settles again.
    // Kept in memory even if the write fails; it is tried again before any later snapshot write.
    if (settled.length > 0) this.#history = mergeRecords(this.#history, settled);
    const newRules = settledRules !== undefined && Object.keys(settledRules).length > 0;
    if (newRules) this.#rules = { ...this.#rules, ...settledRules };
    if (settled.length > 0 || newRules || this.#historyUnsaved) {
      const values = { history: this.#history, rules: encodeRuleChanges(this.#rules) };
      this.#historyUnsaved = !this.#write(this.#historyFile, values);
      if (this.#historyUnsaved) return;
    }

    const values: Partial<StoreData> = {};
    if (engineJson !== this.#engineJson) {
      values.engine = JSON.parse(engineJson) as Record<string, unknown>;
    }
    const nextRecent = withoutDates(
      recent ?? this.#recent,
      settled.map(([date]) => date),
    );
    const recentJson = nextRecent === this.#recent ? this.#recentJson : JSON.stringify(nextRecent);
    if (recentJson !== this.#recentJson) values.recent = nextRecent;
    // Never a no-op write: the same snapshot and running days are already in the file.
    if (values.engine === undefined && values.recent === undefined) return;
    values.savedAt = at;
    if (!this.#write(this.#config, values)) return;
    if (values.engine) {
      this.#engine = values.engine;
      this.#engineJson = engineJson;
    }
    this.#recent = nextRecent;
    this.#recentJson = recentJson;
    this.#mark(at);
  }

  heartbeat(inputUntil: Millis): void {
    if (this.#markedAt === null || inputUntil <= this.#markedAt) return;
    this.#mark(inputUntil);
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
    this.#write(this.#config, { onboarded: true });
  }

  get recovery(): RecoveryNotice | null {
    return this.#recovery ? { ...this.#recovery } : null;
  }

  acknowledgeRecovery(): void {
    if (this.#recovery === null) return;
    this.#recovery = null;
    this.#write(this.#config, { recovery: null });
  }

  /** Writes the notice into the fresh file, so it is still shown if the app stops before the UI does. */
  persistRecovery(): void {
    this.#write(this.#config, { recovery: this.#recovery });
  }

  /**
   * Sets `config.json`'s modification time to `at` (the app's clock, which in tests is not the file
   * system's): after a snapshot write to its `savedAt`, and later as a heartbeat. A metadata change
   * only; one that fails is not worth a notice (the bound on what a crash loses is then a save's).
   */
  #mark(at: Millis): void {
    if (!this.persistent) return;
    try {
      fs.utimesSync(this.#config.path, at / 1000, at / 1000);
      this.#markedAt = at;
    } catch {
      // Left as it is.
    }
  }

  #write(backend: StoreBackend, values: Record<string, unknown>): boolean {
    try {
      backend.set(values);
      return true;
    } catch (error) {
      this.#onWriteError(error instanceof Error ? error : new Error(String(error)));
      return false;
    }
  }
}

function sortedRecords(records: DayRecords): DayRecords {
  return Object.fromEntries(
    Object.keys(records)
      .sort(compareDates)
      .map((date) => [date, records[date]!]),
  );
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
