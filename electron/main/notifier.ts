/**
 * The break prompt as a desktop notification through node-notifier: Start / Snooze / Skip buttons
 * where the platform has them (macOS, Windows), a plain notification that points at the tray where it
 * has not (Linux notify-send), and a click that opens the break window.
 */
import type nodeNotifier from 'node-notifier';

export type PromptAction = 'start' | 'snooze' | 'skip' | 'open';

export interface PromptNotice {
  breakDurationSeconds: number;
  /** Name of the routine's first move, e.g. "Band pull-apart". */
  firstMove: string;
  canSnooze: boolean;
  /** False in strict mode: no Skip button, and the text does not offer it. */
  canSkip: boolean;
  /** Seconds until the break window opens by itself, or null when auto-open is off. */
  autoOpenSeconds: number | null;
  sound: boolean;
  eyeCue: boolean;
  reprompt: boolean;
}

export interface PromptNotifier {
  readonly supportsActions: boolean;
  /** Shows the prompt; `onAction` fires at most once, and never after `withdraw()` or a newer prompt. */
  showPrompt(notice: PromptNotice, onAction: (action: PromptAction) => void): void;
  /** The prompt was answered elsewhere (tray, window, going away): ignore late clicks on it. */
  withdraw(): void;
}

/** The node-notifier call we use (`notifier.notify(options, callback)`), so tests can stand in. */
export interface NotifyBackend {
  notify(
    options: Record<string, unknown>,
    callback: (
      error: Error | null,
      response: string,
      metadata?: nodeNotifier.NotificationMetadata,
    ) => void,
  ): unknown;
}

export const ACTION_LABELS: Record<Exclude<PromptAction, 'open'>, string> = {
  start: 'Start',
  snooze: 'Snooze',
  skip: 'Skip',
};

export const APP_NAME = 'Posture Break';

/** "2-minute" for 120 s, "90-second" for 90 s: the break length as people say it. */
export function breakLengthWords(breakDurationSeconds: number): string {
  if (breakDurationSeconds % 60 === 0) return `${breakDurationSeconds / 60}-minute`;
  return `${breakDurationSeconds}-second`;
}

export function promptText(
  notice: PromptNotice,
  supportsActions: boolean,
): { title: string; message: string } {
  const title = `Time for a ${breakLengthWords(notice.breakDurationSeconds)} posture break`;
  const lines = [`First up: ${notice.firstMove}.`];
  if (notice.eyeCue)
    lines.push('And rest your eyes: look at something 20 feet away for 20 seconds.');
  if (!supportsActions) {
    lines.push(
      notice.canSnooze
        ? 'Start, snooze or skip it from the tray menu.'
        : notice.canSkip
          ? 'Start or skip it from the tray menu.'
          : 'Start it from the tray menu.',
    );
  }
  if (notice.autoOpenSeconds !== null) {
    lines.push(`The break window opens in ${notice.autoOpenSeconds} seconds.`);
  }
  return { title, message: lines.join('\n') };
}

/**
 * What a node-notifier answer means. macOS reports a button as response "activate" with the label in
 * `metadata.activationValue`; Windows reports the button's label (lower-cased) as the response; a
 * click on the notification body is "activate"; timeouts and dismissals mean nothing.
 */
export function mapNotifierResponse(
  response: string | undefined,
  metadata: nodeNotifier.NotificationMetadata | undefined,
): PromptAction | null {
  const byLabel = (text: string | undefined): PromptAction | null => {
    if (!text) return null;
    const wanted = text.trim().toLowerCase();
    for (const [action, label] of Object.entries(ACTION_LABELS)) {
      if (label.toLowerCase() === wanted) return action as PromptAction;
    }
    return null;
  };
  const fromValue = byLabel(metadata?.activationValue);
  if (fromValue) return fromValue;
  const fromResponse = byLabel(response);
  if (fromResponse) return fromResponse;
  if (response?.trim().toLowerCase() === 'activate') return 'open';
  return null;
}

export interface NodeNotifierOptions {
  backend: NotifyBackend;
  platform: NodeJS.Platform;
  /** Absolute path of the app icon shown in the notification. */
  iconPath?: string;
  onError?: (error: Error) => void;
}

export class NodeNotifierPrompt implements PromptNotifier {
  readonly supportsActions: boolean;
  private token = 0;
  private readonly o: NodeNotifierOptions;

  constructor(options: NodeNotifierOptions) {
    this.o = options;
    // node-notifier passes buttons to terminal-notifier (macOS) and SnoreToast (Windows) only.
    this.supportsActions = options.platform === 'darwin' || options.platform === 'win32';
  }

  showPrompt(notice: PromptNotice, onAction: (action: PromptAction) => void): void {
    const token = ++this.token;
    const { title, message } = promptText(notice, this.supportsActions);
    const waitSeconds = notice.autoOpenSeconds ?? 60;
    const options: Record<string, unknown> = {
      title,
      message,
      appID: 'app.posturebreak.desktop',
      timeout: waitSeconds,
    };
    if (this.o.iconPath) options.icon = this.o.iconPath;
    if (this.supportsActions) {
      const actions = [ACTION_LABELS.start];
      if (notice.canSnooze) actions.push(ACTION_LABELS.snooze);
      if (notice.canSkip) actions.push(ACTION_LABELS.skip);
      options.actions = actions;
      options.wait = true;
      options.sound = notice.sound;
      if (this.o.platform === 'darwin') options.dropdownLabel = 'Options';
    } else {
      options['app-name'] = APP_NAME;
      options.urgency = 'normal';
      options.category = 'presence';
      if (notice.sound) options.hint = 'string:sound-name:message-new-instant';
    }
    this.o.backend.notify(options, (error, response, metadata) => {
      if (error) {
        // SnoreToast and terminal-notifier report a dismissal as an error on some versions.
        if (response === undefined || response === '') this.o.onError?.(asError(error));
        return;
      }
      if (token !== this.token) return;
      const action = mapNotifierResponse(response, metadata);
      if (action === null) return;
      this.token++;
      onAction(action);
    });
  }

  withdraw(): void {
    this.token++;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
