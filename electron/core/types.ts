/** Shared data shapes of the engine: observations in, day statistics and status out. */
import type { Settings } from './settings.ts';

/** Instants are epoch milliseconds everywhere inside the core. */
export type Millis = number;

/**
 * What the engine consumes (SPEC sections 1 and 8). `at` is the instant the line is stamped with;
 * an input span runs from `at` to `to` and is observed at `to`.
 */
export type Observation =
  | { type: 'input'; at: Millis; to: Millis }
  | { type: 'lock'; at: Millis }
  | { type: 'unlock'; at: Millis }
  | { type: 'suspend'; at: Millis }
  | { type: 'resume'; at: Millis }
  | { type: 'break-start'; at: Millis }
  | { type: 'break-end'; at: Millis; completed: boolean }
  | { type: 'snooze'; at: Millis }
  | { type: 'skip'; at: Millis }
  | { type: 'pause'; at: Millis; until: Millis | 'tomorrow' }
  | { type: 'resume-reminders'; at: Millis }
  /** The user is in a call (microphone or camera in use, or "In a meeting"): present, no prompts. */
  | { type: 'call-start'; at: Millis }
  | { type: 'call-end'; at: Millis }
  | { type: 'settings'; at: Millis; settings: Partial<Settings> };

export type ObservationType = Observation['type'];

/** One local date's statistics, the SPEC section 3 / 8 record, defined field by field in `day-record.ts`. */
export type { DayCounter, DayStats } from './day-record.ts';

/** One local clock hour of a day, for the dashboard's timeline. */
export interface HourStats {
  hour: number;
  sittingSeconds: number;
  movingSeconds: number;
  awaySeconds: number;
  /** The part of sittingSeconds spent in calls. */
  callSeconds: number;
}

/** The settings that decide how a day counts for the streak, as they were on that day. */
export interface DayRules {
  dailyGoalBreaks: number;
  restDayBelowMinutes: number;
  graceDaysPerWeek: number;
}

export interface Streak {
  current: number;
  longest: number;
}

/** How a day counts for the streak calendar. */
export type DayKind = 'goal' | 'rest' | 'saved' | 'missed' | 'today' | 'future';

/** What the current break (if any) is doing. */
export type BreakState =
  | 'none'
  /** came due while reminders were paused; shown when they resume */
  | 'due'
  /** a prompt is showing and waits for an answer */
  | 'pending'
  /** snoozed; prompted again after `snoozeMinutes` more sitting */
  | 'snoozed';

export type BreakOutcome = 'taken' | 'partial' | 'skipped' | 'missed';

/** Decisions the engine hands to its caller (main process or web preview). */
export type EngineEffect =
  | {
      type: 'prompt';
      at: Millis;
      dueAt: Millis;
      reprompt: boolean;
      snoozesLeft: number;
      /** A catch-up: held by a call that ended at this instant. */
      afterCall?: true;
    }
  | { type: 'prompt-ended'; at: Millis; outcome: BreakOutcome | 'dropped' | 'snoozed' | 'started' }
  | { type: 'auto-open'; at: Millis }
  | { type: 'away'; at: Millis; since: Millis }
  | { type: 'back'; at: Millis; awayMs: Millis }
  | { type: 'reminders'; at: Millis; active: boolean };

export interface EngineStatus {
  /** The instant this status describes (never earlier than the latest observation). */
  at: Millis;
  /** How `at` is classified right now (provisionally, for an open gap). */
  activity: 'sitting' | 'away' | 'break';
  /** Start of the guided break in progress, if any. */
  breakStartedAt: Millis | null;
  breakState: BreakState;
  /** When the current break came due, if one exists. */
  dueAt: Millis | null;
  /** When the pending prompt was shown. */
  promptedAt: Millis | null;
  snoozesLeft: number;
  canSnooze: boolean;
  /** Reminder mode: 'paused' by the user, or 'outside-hours' of working hours. */
  reminders: 'active' | 'paused' | 'outside-hours';
  pausedUntil: Millis | null;
  /** Sitting counted toward the next break since the timer last started. */
  timerSittingMs: Millis;
  /** When the next break (or snoozed re-prompt) comes due if the user keeps sitting; null if one is showing. */
  nextDueAt: Millis | null;
  /** When the current open input gap started (last input, break end or app start). */
  gapStartedAt: Millis | null;
  /** When the call in progress started (prompts wait until it ends), or null outside a call. */
  callSince: Millis | null;
}

/** What the tray and the dashboard show about calls. */
export interface MeetingState {
  /** The user said "In a meeting". */
  manual: boolean;
  /** When the manual meeting ends by itself, or null (until turned off). */
  manualUntil: Millis | null;
  /** A microphone or camera is in use by another application. */
  detected: boolean;
  /** Automatic detection exists on this platform and is switched on. */
  detecting: boolean;
}
