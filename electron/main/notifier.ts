/**
 * The break prompt as a desktop notification, one implementation per platform behind one interface:
 * macOS uses Electron's own `Notification` (node-notifier's bundled terminal-notifier is x86_64-only
 * and goes through an API Apple deprecated); Windows uses node-notifier's SnoreToast with buttons;
 * Linux uses node-notifier's notify-send, a plain notification that points at the tray. A click on
 * the body opens the break window.
 */
import type nodeNotifier from 'node-notifier';
import path from 'node:path';
import { Translator } from '../core/i18n/translator.ts';

/** The words when none are given: English. Main passes its HostWords, which follow the setting. */
const ENGLISH = new Translator('en');

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
  /** The break waited for a call that just ended (a catch-up prompt). */
  afterCall?: boolean;
}

export interface PromptNotifier {
  readonly supportsActions: boolean;
  /** Shows the prompt; `onAction` fires at most once, and never after `withdraw()` or a newer prompt. */
  showPrompt(notice: PromptNotice, onAction: (action: PromptAction) => void): void;
  /** The prompt was answered elsewhere (tray, window, going away): ignore late clicks on it. */
  withdraw(): void;
  /**
   * The break window is open but may be behind other windows (Wayland compositors may ignore
   * always-on-top and focus): say so where the user sees it.
   */
  announceBreakWindow?(): void;
  /** A quiet note one minute before a break (the `headsUpNotification` setting). */
  showHeadsUp?(): void;
}

/** The quiet note a minute before a break is due (the `headsUpNotification` setting). */
export function headsUpText(words: Translator): { title: string; message: string } {
  return { title: words.t('notify.headsUp.title'), message: words.t('notify.headsUp.body') };
}

/** The note that the break window is open, naming it by its title (windows.ts). */
export function breakWindowOpenText(words: Translator): { title: string; message: string } {
  return {
    title: words.t('notify.windowOpen.title'),
    message: words.t('notify.windowOpen.body', { title: words.t('window.breakTitle') }),
  };
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

export type ActionLabels = Record<Exclude<PromptAction, 'open'>, string>;

/** The buttons' labels; Windows answers with the clicked label, so the same words map it back. */
export function actionLabels(words: Translator): ActionLabels {
  return {
    start: words.t('notify.action.start'),
    snooze: words.t('notify.action.snooze'),
    skip: words.t('notify.action.skip'),
  };
}

export const APP_NAME = 'Posture Break';
/**
 * The app's id: electron-builder's `appId` (build/electron-builder.yml), which its NSIS installer
 * writes into the Start-menu shortcut as the AppUserModelID. Windows shows a toast only for an id
 * that such a shortcut carries, so `app.setAppUserModelId` and SnoreToast's `-appID` use this value.
 */
export const APP_ID = 'app.posturebreak.desktop';

export function promptText(
  notice: PromptNotice,
  supportsActions: boolean,
  words: Translator = ENGLISH,
): { title: string; message: string } {
  // The break length as people say it: "2-minute" for 120 s, "90-second" for 90 s.
  const seconds = notice.breakDurationSeconds;
  const title = notice.afterCall
    ? words.t('notify.prompt.afterCall')
    : seconds % 60 === 0
      ? words.t('notify.prompt.titleMinutes', { count: seconds / 60 })
      : words.t('notify.prompt.titleSeconds', { count: seconds });
  const lines = [words.t('notify.prompt.firstUp', { move: notice.firstMove })];
  if (notice.eyeCue) lines.push(words.t('notify.prompt.eyes'));
  if (!supportsActions) {
    lines.push(
      words.t(
        notice.canSnooze
          ? 'notify.prompt.trayAll'
          : notice.canSkip
            ? 'notify.prompt.trayStartSkip'
            : 'notify.prompt.trayStart',
      ),
    );
  }
  if (notice.autoOpenSeconds !== null) {
    lines.push(words.t('notify.prompt.autoOpen', { count: notice.autoOpenSeconds }));
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
  labels: ActionLabels = actionLabels(ENGLISH),
): PromptAction | null {
  const byLabel = (text: string | undefined): PromptAction | null => {
    if (!text) return null;
    const wanted = text.trim().toLowerCase();
    for (const [action, label] of Object.entries(labels)) {
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
  /**
   * Windows: the SnoreToast executable. node-notifier looks for it next to its own files, which in a
   * package is inside app.asar; we pass the unpacked copy (electron-builder.yml `asarUnpack`).
   */
  snoreToastPath?: string;
  onError?: (error: Error) => void;
  /** The language to speak (default English). */
  words?: Translator;
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
    const words = this.o.words ?? ENGLISH;
    const { title, message } = promptText(notice, this.supportsActions, words);
    const labels = actionLabels(words);
    const waitSeconds = notice.autoOpenSeconds ?? 60;
    const options: Record<string, unknown> = {
      title,
      message,
      appID: APP_ID,
      timeout: waitSeconds,
    };
    if (this.o.iconPath) options.icon = this.o.iconPath;
    if (this.o.platform === 'win32' && this.o.snoreToastPath)
      options.customPath = this.o.snoreToastPath;
    if (this.supportsActions) {
      const actions = [labels.start];
      if (notice.canSnooze) actions.push(labels.snooze);
      if (notice.canSkip) actions.push(labels.skip);
      options.actions = actions;
      options.wait = true;
      options.sound = notice.sound;
      if (this.o.platform === 'darwin') options.dropdownLabel = words.t('notify.action.options');
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
      const action = mapNotifierResponse(response, metadata, labels);
      if (action === null) return;
      this.token++;
      onAction(action);
    });
  }

  withdraw(): void {
    this.token++;
  }

  showHeadsUp(): void {
    const options: Record<string, unknown> = {
      ...headsUpText(this.o.words ?? ENGLISH),
      appID: APP_ID,
      timeout: 10,
      sound: false,
    };
    if (this.o.iconPath) options.icon = this.o.iconPath;
    if (this.o.platform === 'linux') {
      options['app-name'] = APP_NAME;
      options.urgency = 'low';
    }
    if (this.o.platform === 'win32' && this.o.snoreToastPath)
      options.customPath = this.o.snoreToastPath;
    this.o.backend.notify(options, (error, response) => {
      if (error && (response === undefined || response === '')) this.o.onError?.(asError(error));
    });
  }

  announceBreakWindow(): void {
    const options: Record<string, unknown> = {
      ...breakWindowOpenText(this.o.words ?? ENGLISH),
      appID: APP_ID,
      timeout: 30,
    };
    if (this.o.iconPath) options.icon = this.o.iconPath;
    if (this.o.platform === 'linux') {
      options['app-name'] = APP_NAME;
      options.urgency = 'normal';
    }
    if (this.o.platform === 'win32' && this.o.snoreToastPath)
      options.customPath = this.o.snoreToastPath;
    this.o.backend.notify(options, (error, response) => {
      if (error && (response === undefined || response === '')) this.o.onError?.(asError(error));
    });
  }
}

/** The part of Electron's `Notification` class the macOS prompt uses. */
export interface NativeNotification {
  on(event: 'action', listener: (details: unknown, legacyIndex?: number) => void): unknown;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  show(): void;
  close(): void;
}

export interface NativeNotificationOptions {
  title: string;
  body: string;
  silent: boolean;
  actions: { type: 'button'; text: string }[];
  closeButtonText?: string;
  timeoutType?: 'default' | 'never';
  icon?: string;
}

export type NativeNotificationFactory = (options: NativeNotificationOptions) => NativeNotification;

/**
 * macOS: Electron's `Notification` with Start / Snooze / Skip as button actions. The 'action' event
 * carries `details.actionIndex` (Electron 45; the bare index argument is deprecated, read as a
 * fallback). The notification object is kept referenced until answered or withdrawn, so its events
 * still arrive (a collected notification loses its click handler).
 */
export class ElectronNotificationPrompt implements PromptNotifier {
  readonly supportsActions = true;
  private current: NativeNotification | null = null;
  private token = 0;

  constructor(
    private readonly o: {
      create: NativeNotificationFactory;
      onError?: (error: Error) => void;
      words?: Translator;
    },
  ) {}

  showPrompt(notice: PromptNotice, onAction: (action: PromptAction) => void): void {
    this.withdraw();
    const token = ++this.token;
    const words = this.o.words ?? ENGLISH;
    const { title, message } = promptText(notice, true, words);
    const labels = actionLabels(words);
    const actions: Exclude<PromptAction, 'open'>[] = ['start'];
    if (notice.canSnooze) actions.push('snooze');
    if (notice.canSkip) actions.push('skip');
    const notification = this.o.create({
      title,
      body: message,
      silent: !notice.sound,
      actions: actions.map((action) => ({ type: 'button', text: labels[action] })),
      timeoutType: 'never',
    });
    const answer = (action: PromptAction | undefined) => {
      if (token !== this.token || action === undefined) return;
      this.token++;
      this.current = null;
      onAction(action);
    };
    notification.on('action', (details, legacyIndex) => {
      const index = (details as { actionIndex?: unknown } | null)?.actionIndex ?? legacyIndex;
      answer(typeof index === 'number' ? actions[index] : undefined);
    });
    notification.on('click', () => answer('open'));
    notification.on('failed', (_event, error) => this.o.onError?.(new Error(String(error))));
    this.current = notification;
    notification.show();
  }

  withdraw(): void {
    this.token++;
    const current = this.current;
    this.current = null;
    current?.close();
  }
  showHeadsUp(): void {
    const { title, message } = headsUpText(this.o.words ?? ENGLISH);
    const notification = this.o.create({
      title,
      body: message,
      silent: true,
      actions: [],
    });
    notification.on('failed', (_event, error) => this.o.onError?.(new Error(String(error))));
    notification.show();
  }
}

export interface PromptNotifierDeps {
  platform: NodeJS.Platform;
  /** node-notifier (Linux, Windows). */
  backend: NotifyBackend;
  /** Electron's `Notification` as a factory (macOS). */
  createNative: NativeNotificationFactory;
  iconPath?: string;
  /** The folder node-notifier's `vendor/` sits in, unpacked from the asar (Windows). */
  nodeNotifierDir?: string;
  onError?: (error: Error) => void;
  /** The language to speak (main's HostWords, which follow the setting); default English. */
  words?: Translator;
}

/** The one place that picks the prompt's implementation for a platform. */
export function createPromptNotifier(deps: PromptNotifierDeps): PromptNotifier {
  if (deps.platform === 'darwin') {
    return new ElectronNotificationPrompt({
      create: deps.createNative,
      onError: deps.onError,
      words: deps.words,
    });
  }
  return new NodeNotifierPrompt({
    backend: deps.backend,
    platform: deps.platform,
    iconPath: deps.iconPath,
    snoreToastPath:
      deps.platform === 'win32' && deps.nodeNotifierDir
        ? path.join(
            deps.nodeNotifierDir,
            'vendor',
            'snoreToast',
            // node-notifier's own choice: x64 on x64, the x86 build elsewhere.
            `snoretoast-${process.arch === 'x64' ? 'x64' : 'x86'}.exe`,
          )
        : undefined,
    onError: deps.onError,
    words: deps.words,
  });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
