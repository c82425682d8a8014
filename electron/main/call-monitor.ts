/**
 * One answer to "is the user in a call?" (SPEC section 2): the manual "In a meeting" switch (tray,
 * dashboard, `--meeting on|off`), for good or for a while, or the platform's detector while the
 * `detectCalls` setting is on. Every change of the answer is reported once; the caller turns it into
 * the engine's `call-start` / `call-end`.
 */
import type { MeetingState, Millis } from '../core/types.ts';
import type { CallDetector } from './call-detector.ts';

export type { MeetingState };

import { switchMeeting, type MeetingRequest } from '../core/meeting-switch.ts';

export type { MeetingRequest };

export interface CallMonitorOptions {
  /** The platform's detector, or null where there is none (macOS). */
  detector: CallDetector | null;
  detect: boolean;
  now: () => Millis;
  onChange: (inCall: boolean) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class CallMonitor {
  private readonly o: Required<CallMonitorOptions>;
  private detect: boolean;
  private detected = false;
  private manual = false;
  private manualUntil: Millis | null = null;
  private timer: unknown = null;
  private answer = false;
  private started = false;

  constructor(options: CallMonitorOptions) {
    this.o = {
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      ...options,
    };
    this.detect = options.detect;
  }

  get inCall(): boolean {
    return this.answer;
  }

  state(): MeetingState {
    return {
      manual: this.manual,
      manualUntil: this.manualUntil,
      detected: this.detected,
      detecting: this.detect && this.o.detector !== null,
    };
  }

  start(): void {
    this.started = true;
    if (this.detect) this.startDetector();
  }

  stop(): void {
    this.started = false;
    this.o.detector?.stop();
    this.clearManualTimer();
  }

  /** The `detectCalls` setting changed. */
  setDetect(enabled: boolean): void {
    if (enabled === this.detect) return;
    this.detect = enabled;
    if (!this.started) return;
    if (enabled) this.startDetector();
    else {
      this.o.detector?.stop();
      this.detected = false;
      this.update();
    }
  }

  /** The user is at the desk (sitting or in a call): the detector may run its cheap desk-only checks. */
  setAtDesk(atDesk: boolean): void {
    this.o.detector?.setAtDesk(atDesk);
  }

  /** The manual switch: on for `minutes`, on until turned off, or off. */
  meeting(request: MeetingRequest): void {
    this.clearManualTimer();
    const next = switchMeeting(request, this.o.now());
    this.manual = next.manual;
    this.manualUntil = next.manualUntil;
    if (request !== false) {
      const minutes = request.minutes;
      if (minutes !== undefined) {
        this.timer = this.o.setTimer(() => {
          this.timer = null;
          this.manual = false;
          this.manualUntil = null;
          this.update();
        }, minutes * 60_000);
      }
    }
    this.update();
  }

  private startDetector(): void {
    this.o.detector?.start((inCall) => {
      this.detected = inCall;
      this.update();
    });
  }

  private clearManualTimer(): void {
    if (this.timer !== null) this.o.clearTimer(this.timer);
    this.timer = null;
  }

  private update(): void {
    const answer = this.manual || (this.detect && this.detected);
    if (answer === this.answer) return;
    this.answer = answer;
    this.o.onChange(answer);
  }
}
