/** The one IPC contract shared by main, preload and renderer: channels, payload types and validators. */
import * as z from 'zod';
import { clip, excerptKey } from './excerpt.ts';
import { isPlainObject, type Settings, type SettingsIssue } from './settings.ts';
import type { DayKind, DayStats, EngineStatus, HourStats, MeetingState, Streak } from './types.ts';

/** The engine's status with what the user is offered now; the app session derives both offers. */
export interface AppStatus extends EngineStatus {
  /** Snooze is offered: a prompt is pending with snoozes left, and strict mode is off. */
  canSnooze: boolean;
  /** Skip is offered: a prompt is pending or snoozed, no break runs, and strict mode is off. */
  canSkip: boolean;
}

/** Everything a window needs to draw the app's current state. */
export interface AppState {
  status: AppStatus;
  today: DayStats;
  /** Today's sitting, moving and away per local clock hour (Engine.hourly). */
  todayHours: HourStats[];
  streak: Streak;
  /** Lifetime totals, always visible (CONTENT: streaks that help). */
  lifetime: { breaksTaken: number; movingSeconds: number };
  /** False where the platform cannot report input idle time (some Wayland sessions). */
  idleSupported: boolean;
  /** A one-time message for the user, e.g. the store was corrupt and a backup was made. */
  notice: string | null;
  firstRun: boolean;
  /** The manual "In a meeting" switch and call detection (absent where nothing reports it). */
  meeting?: MeetingState;
}

export interface HistoryResult {
  /** The requested days ending today, empty days filled. */
  days: DayStats[];
  /** How each of those days counts for the streak, by the rules it was lived under (the calendar). */
  kinds: Record<string, DayKind>;
}

export type SettingsUpdateResult =
  { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

export type PauseRequest = { minutes: number } | { until: 'tomorrow' };

export interface BreakEndRequest {
  completed: boolean;
}

export interface ExportRequest {
  format: 'csv' | 'json';
}

export interface ExportResult {
  /** Where the file was written, or null if the user cancelled. */
  savedTo: string | null;
}

export type WindowView = 'dashboard' | 'settings';

/**
 * A request's argument validator, built on first use: a tray app starts with no window asking
 * anything, so its start-up does not build them (zod schemas cost milliseconds to construct).
 */
function lazyArg<T extends z.ZodType>(make: () => T): { readonly arg: T } {
  let made: T | undefined;
  return {
    get arg(): T {
      return (made ??= make());
    },
  };
}

const none = () => z.undefined();

/**
 * Request channels (`area:verb`, renderer → main, invoke/handle): argument validator and result type.
 * Main validates every argument with `arg` before the handler runs.
 */
export const requests = {
  'state:get': lazyArg(none),
  'settings:get': lazyArg(none),
  // Passed on as sent (a rebuilt copy would turn an own "__proto__" key into a prototype and lose it):
  // validateSettingsPatch checks every own key and value.
  'settings:update': lazyArg(() =>
    z.custom<Record<string, unknown>>(isPlainObject, {
      error: 'expected a plain object of settings',
    }),
  ),
  'history:get': lazyArg(() => z.strictObject({ days: z.number().int().min(1).max(5000) })),
  'history:export': lazyArg(() => z.strictObject({ format: z.enum(['csv', 'json']) })),
  'break:start': lazyArg(none),
  'break:end': lazyArg(() => z.strictObject({ completed: z.boolean() })),
  'break:snooze': lazyArg(none),
  'break:skip': lazyArg(none),
  'reminders:pause': lazyArg(() =>
    z.union([
      z.strictObject({
        minutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60),
      }),
      z.strictObject({ until: z.literal('tomorrow') }),
    ]),
  ),
  'reminders:resume': lazyArg(none),
  /** The manual "In a meeting" switch: on (for 30 or 60 min, or until turned off) or off. */
  'meeting:set': lazyArg(() =>
    z.union([
      z.strictObject({
        on: z.literal(true),
        minutes: z.union([z.literal(30), z.literal(60)]).optional(),
      }),
      z.strictObject({ on: z.literal(false) }),
    ]),
  ),
  'onboarding:complete': lazyArg(none),
  'notice:dismiss': lazyArg(none),
  'window:open': lazyArg(() => z.strictObject({ view: z.enum(['dashboard', 'settings']) })),
  'app:quit': lazyArg(none),
} as const;

/** The dashboard's "In a meeting" request. */
export type MeetingSetRequest = { on: true; minutes?: 30 | 60 } | { on: false };

/** Result type of each request channel. */
export interface RequestResults {
  'state:get': AppState;
  'settings:get': Settings;
  'settings:update': SettingsUpdateResult;
  'history:get': HistoryResult;
  'history:export': ExportResult;
  'break:start': AppState;
  'break:end': AppState;
  'break:snooze': AppState;
  'break:skip': AppState;
  'reminders:pause': AppState;
  'reminders:resume': AppState;
  'meeting:set': AppState;
  'onboarding:complete': AppState;
  'notice:dismiss': AppState;
  'window:open': void;
  'app:quit': void;
}

export type RequestChannel = keyof typeof requests;
export type RequestArg<C extends RequestChannel> = z.infer<(typeof requests)[C]['arg']>;

/** Push channels (`area:event`, main → renderer). */
export interface Events {
  'state:changed': AppState;
  'settings:changed': Settings;
}
export type EventChannel = keyof Events;
export class IpcPayloadError extends Error {
  constructor(channel: string, detail: string) {
    super(`Invalid payload for ${channel}: ${detail}`);
    this.name = 'IpcPayloadError';
  }
}

/** Validates a request argument; throws IpcPayloadError naming the channel and the problem. */
export function validateRequest<C extends RequestChannel>(channel: C, arg: unknown): RequestArg<C> {
  const spec = requests[channel];
  if (!spec) throw new IpcPayloadError(String(channel), 'unknown channel');
  const parsed = spec.arg.safeParse(arg);
  if (!parsed.success) {
    // Zod's messages can name what was sent (an unknown key): quote every part as a short excerpt.
    const issue = parsed.error.issues[0];
    const path = issue?.path.slice(0, 4).map((part) => excerptKey(part));
    const where = path && path.length > 0 ? path.join('.') + ': ' : '';
    const detail =
      issue?.code === 'unrecognized_keys'
        ? `unknown key ${excerptKey(issue.keys[0] ?? '')}`
        : clip(issue?.message ?? 'invalid value', 120);
    throw new IpcPayloadError(channel, `${where}${detail}`);
  }
  return parsed.data as RequestArg<C>;
}

/**
 * The API the preload exposes as `window.posture` (one function per channel, `satisfies PostureApi`),
 * and that the web preview implements in the page.
 */
export interface PostureApi {
  getState(): Promise<AppState>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Record<string, unknown>): Promise<SettingsUpdateResult>;
  getHistory(days: number): Promise<HistoryResult>;
  exportHistory(format: 'csv' | 'json'): Promise<ExportResult>;
  startBreak(): Promise<AppState>;
  endBreak(request: BreakEndRequest): Promise<AppState>;
  snooze(): Promise<AppState>;
  skip(): Promise<AppState>;
  pause(request: PauseRequest): Promise<AppState>;
  resume(): Promise<AppState>;
  /** The manual "In a meeting" switch (as the tray's and `--meeting on|off`). */
  setMeeting(request: MeetingSetRequest): Promise<AppState>;
  completeOnboarding(): Promise<AppState>;
  dismissNotice(): Promise<AppState>;
  openWindow(view: WindowView): Promise<void>;
  /** Quits the app (the tray's Quit, for desktops that show no tray). */
  quit(): Promise<void>;
  /** Subscribes to pushes; returns the unsubscribe function. */
  onStateChanged(listener: (state: AppState) => void): () => void;
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
}
