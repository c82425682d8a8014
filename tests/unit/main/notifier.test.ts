import { describe, expect, it } from 'vitest';
import {
  APP_ID,
  createPromptNotifier,
  ElectronNotificationPrompt,
  mapNotifierResponse,
  NodeNotifierPrompt,
  promptText,
  type NativeNotification,
  type NativeNotificationOptions,
  type NotifyBackend,
  type PromptAction,
  type PromptNotice,
} from '../../../electron/main/notifier.ts';
import { Translator } from '../../../electron/core/i18n/translator.ts';
import { loadBuilderConfig } from '../helpers/builder-config.ts';

const notice: PromptNotice = {
  breakDurationSeconds: 120,
  firstMove: 'Band pull-apart',
  canSnooze: true,
  canSkip: true,
  autoOpenSeconds: 60,
  sound: true,
  eyeCue: false,
  reprompt: false,
};

type Call = {
  options: Record<string, unknown>;
  answer: (error: Error | null, response: string, metadata?: Record<string, string>) => void;
};

function fakeBackend(): NotifyBackend & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    notify(options, callback) {
      calls.push({ options, answer: callback });
      return undefined;
    },
  };
}

describe('prompt text', () => {
  it('names the break length and the first move', () => {
    const text = promptText(notice, true);
    expect(text.title).toBe('Time for a 2-minute posture break');
    expect(text.message).toContain('First up: Band pull-apart.');
    expect(text.message).toContain('The break window opens in 60 seconds.');
    expect(text.message).not.toContain('tray');
  });

  it('points to the tray where the platform has no buttons, without offering a snooze that is used up', () => {
    expect(promptText(notice, false).message).toContain(
      'Start, snooze or skip it from the tray menu.',
    );
    expect(promptText({ ...notice, canSnooze: false }, false).message).toContain(
      'Start or skip it from the tray menu.',
    );
    // Strict mode offers neither.
    const strict = promptText({ ...notice, canSnooze: false, canSkip: false }, false).message;
    expect(strict).toContain('Start it from the tray menu.');
    expect(strict).not.toMatch(/snooze|skip/i);
  });

  it('says why a catch-up prompt comes now: the call ended', () => {
    const text = promptText({ ...notice, afterCall: true }, true);
    expect(text.title).toBe('Your call ended — time for the break you’ve earned');
    expect(text.message).toContain('First up: Band pull-apart.');
  });

  it('adds the eye cue when asked and leaves out auto-open when it is off', () => {
    const text = promptText({ ...notice, eyeCue: true, autoOpenSeconds: null }, true);
    expect(text.message).toContain('20 feet away for 20 seconds');
    expect(text.message).not.toContain('opens in');
  });

  it('says the break length as people do', () => {
    const title = (breakDurationSeconds: number) =>
      promptText({ ...notice, breakDurationSeconds }, true).title;
    expect(title(300)).toBe('Time for a 5-minute posture break');
    expect(title(90)).toBe('Time for a 90-second posture break');
  });

  it('speaks German, buttons included, and maps a German button back to its action', () => {
    const de = new Translator('de');
    const text = promptText({ ...notice, firstMove: 'Kinn zurückziehen' }, false, de);
    expect(text.title).toBe('Zeit für eine 2-minütige Haltungspause');
    expect(text.message).toContain('Zuerst: Kinn zurückziehen.');
    expect(text.message).toContain('Das Pausenfenster öffnet sich in 60 Sekunden.');
    const backend = fakeBackend();
    const actions: PromptAction[] = [];
    new NodeNotifierPrompt({ backend, platform: 'win32', words: de }).showPrompt(notice, (a) =>
      actions.push(a),
    );
    expect(backend.calls[0]?.options.actions).toEqual(['Starten', 'Später', 'Auslassen']);
    backend.calls[0]?.answer(null, 'später');
    expect(actions).toEqual(['snooze']);
  });
});

describe('mapNotifierResponse', () => {
  it.each([
    // macOS terminal-notifier: a button comes back as "activate" with the label as activationValue
    ['activate', { activationType: 'actionClicked', activationValue: 'Snooze' }, 'snooze'],
    ['activate', { activationType: 'actionClicked', activationValue: 'Start' }, 'start'],
    // Windows SnoreToast: the button label, lower-cased, is the response
    ['skip', { activationType: 'Skip' }, 'skip'],
    ['start', undefined, 'start'],
    // A click on the notification body
    ['activate', { activationType: 'contentsClicked' }, 'open'],
    ['activate', undefined, 'open'],
    // Nothing to do
    ['timeout', undefined, null],
    ['dismissed', undefined, null],
    ['', undefined, null],
    [undefined, undefined, null],
  ])('%s %j → %s', (response, metadata, expected) => {
    expect(mapNotifierResponse(response, metadata)).toBe(expected);
  });
});

describe('NodeNotifierPrompt', () => {
  it('on Linux sends a plain notify-send notification with the app name and no buttons', () => {
    const backend = fakeBackend();
    const n = new NodeNotifierPrompt({ backend, platform: 'linux', iconPath: '/icons/256.png' });
    expect(n.supportsActions).toBe(false);
    n.showPrompt(notice, () => undefined);
    const options = backend.calls[0]?.options;
    expect(options).toMatchObject({
      title: 'Time for a 2-minute posture break',
      'app-name': 'Posture Break',
      icon: '/icons/256.png',
      timeout: 60,
    });
    expect(options).not.toHaveProperty('actions');
  });

  it('on macOS and Windows offers Start / Snooze / Skip and maps the answer to an action once', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const backend = fakeBackend();
      const n = new NodeNotifierPrompt({ backend, platform });
      const actions: PromptAction[] = [];
      n.showPrompt(notice, (a) => actions.push(a));
      expect(backend.calls[0]?.options).toMatchObject({
        actions: ['Start', 'Snooze', 'Skip'],
        wait: true,
        sound: true,
      });
      backend.calls[0]?.answer(null, 'skip');
      backend.calls[0]?.answer(null, 'start');
      expect(actions).toEqual(['skip']);
    }
  });

  it('leaves Snooze out when no snooze is left', () => {
    const backend = fakeBackend();
    new NodeNotifierPrompt({ backend, platform: 'darwin' }).showPrompt(
      { ...notice, canSnooze: false },
      () => undefined,
    );
    expect(backend.calls[0]?.options.actions).toEqual(['Start', 'Skip']);
  });

  it('offers Start alone in strict mode (no Snooze, no Skip)', () => {
    const backend = fakeBackend();
    new NodeNotifierPrompt({ backend, platform: 'win32' }).showPrompt(
      { ...notice, canSnooze: false, canSkip: false },
      () => undefined,
    );
    expect(backend.calls[0]?.options.actions).toEqual(['Start']);
  });

  it('ignores a late click on a withdrawn or replaced prompt', () => {
    const backend = fakeBackend();
    const n = new NodeNotifierPrompt({ backend, platform: 'win32' });
    const actions: string[] = [];
    n.showPrompt(notice, (a) => actions.push(`first:${a}`));
    n.withdraw();
    backend.calls[0]?.answer(null, 'start');
    n.showPrompt(notice, (a) => actions.push(`second:${a}`));
    n.showPrompt(notice, (a) => actions.push(`third:${a}`));
    backend.calls[1]?.answer(null, 'activate');
    backend.calls[2]?.answer(null, 'activate');
    expect(actions).toEqual(['third:open']);
  });

  it('reports a failure (no notify-send, no daemon) without throwing', () => {
    const backend = fakeBackend();
    const errors: Error[] = [];
    const n = new NodeNotifierPrompt({
      backend,
      platform: 'linux',
      onError: (e) => errors.push(e),
    });
    n.showPrompt(notice, () => undefined);
    backend.calls[0]?.answer(new Error('notify-send must be installed on the system.'), '');
    expect(errors.map((e) => e.message)).toEqual(['notify-send must be installed on the system.']);
  });
});

type Listener = (...args: unknown[]) => void;
function fakeNative() {
  const made: {
    options: NativeNotificationOptions;
    shown: boolean;
    closed: boolean;
    emit: (event: string, ...args: unknown[]) => void;
  }[] = [];
  const create = (options: NativeNotificationOptions): NativeNotification => {
    const listeners = new Map<string, Listener[]>();
    const entry = {
      options,
      shown: false,
      closed: false,
      emit: (event: string, ...args: unknown[]) => {
        for (const l of listeners.get(event) ?? []) l(...args);
      },
    };
    made.push(entry);
    return {
      on(event: string, listener: Listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return this;
      },
      show: () => void (entry.shown = true),
      close: () => void (entry.closed = true),
    } as NativeNotification;
  };
  return { made, create };
}

describe('createPromptNotifier picks one implementation per platform', () => {
  it('macOS: Electron Notification, never node-notifier (terminal-notifier is x86_64-only)', () => {
    const backend = fakeBackend();
    const native = fakeNative();
    const n = createPromptNotifier({ platform: 'darwin', backend, createNative: native.create });
    expect(n).toBeInstanceOf(ElectronNotificationPrompt);
    n.showPrompt(notice, () => undefined);
    expect(backend.calls).toHaveLength(0);
    expect(native.made).toHaveLength(1);
    expect(native.made[0]?.shown).toBe(true);
  });

  it.each(['linux', 'win32'] as const)('%s: node-notifier', (platform) => {
    const backend = fakeBackend();
    const native = fakeNative();
    const n = createPromptNotifier({ platform, backend, createNative: native.create });
    expect(n).toBeInstanceOf(NodeNotifierPrompt);
    n.showPrompt(notice, () => undefined);
    expect(native.made).toHaveLength(0);
    expect(backend.calls).toHaveLength(1);
  });

  it("Windows: SnoreToast from the unpacked folder and the installer's AppUserModelID", () => {
    const backend = fakeBackend();
    createPromptNotifier({
      platform: 'win32',
      backend,
      createNative: fakeNative().create,
      nodeNotifierDir: '/app/resources/app.asar.unpacked/node_modules/node-notifier',
    }).showPrompt(notice, () => undefined);
    const options = backend.calls[0]?.options ?? {};
    expect(String(options.customPath)).toMatch(
      /app\.asar\.unpacked[\\/]node_modules[\\/]node-notifier[\\/]vendor[\\/]snoreToast[\\/]snoretoast-x(64|86)\.exe$/,
    );
    expect(options.appID).toBe(APP_ID);
  });

  it("the package config unpacks node-notifier's helpers and uses the same app id", () => {
    const config = loadBuilderConfig();
    expect(config.appId).toBe(APP_ID);
    expect(config.asarUnpack).toContain('node_modules/node-notifier/vendor/**');
  });
});

describe('ElectronNotificationPrompt (macOS)', () => {
  it('offers Start / Snooze / Skip as button actions and maps details.actionIndex once', () => {
    const native = fakeNative();
    const n = new ElectronNotificationPrompt({ create: native.create });
    const actions: PromptAction[] = [];
    n.showPrompt(notice, (a) => actions.push(a));
    const made = native.made[0]!;
    expect(made.options.actions).toEqual([
      { type: 'button', text: 'Start' },
      { type: 'button', text: 'Snooze' },
      { type: 'button', text: 'Skip' },
    ]);
    expect(made.options.silent).toBe(false);
    expect(made.options.body).not.toMatch(/tray/);
    made.emit('action', { actionIndex: 1 }, 1);
    made.emit('action', { actionIndex: 0 }, 0);
    expect(actions).toEqual(['snooze']);
  });

  it('without a snooze left maps the second button to Skip; the deprecated index still works', () => {
    const native = fakeNative();
    const n = new ElectronNotificationPrompt({ create: native.create });
    const actions: PromptAction[] = [];
    n.showPrompt({ ...notice, canSnooze: false, sound: false }, (a) => actions.push(a));
    const made = native.made[0]!;
    expect(made.options.actions.map((a) => a.text)).toEqual(['Start', 'Skip']);
    expect(made.options.silent).toBe(true);
    made.emit('action', {}, 1);
    expect(actions).toEqual(['skip']);
  });

  it('in strict mode offers Start alone', () => {
    const native = fakeNative();
    new ElectronNotificationPrompt({ create: native.create }).showPrompt(
      { ...notice, canSnooze: false, canSkip: false },
      () => undefined,
    );
    expect(native.made[0]!.options.actions.map((a) => a.text)).toEqual(['Start']);
  });

  it('a click on the body opens the break window; withdraw closes it and ignores late clicks', () => {
    const native = fakeNative();
    const n = new ElectronNotificationPrompt({ create: native.create });
    const actions: PromptAction[] = [];
    n.showPrompt(notice, (a) => actions.push(a));
    native.made[0]!.emit('click');
    expect(actions).toEqual(['open']);
    n.showPrompt(notice, (a) => actions.push(a));
    n.withdraw();
    expect(native.made[1]!.closed).toBe(true);
    native.made[1]!.emit('click');
    expect(actions).toEqual(['open']);
  });

  it('a newer prompt replaces (closes) the older one; failures are reported', () => {
    const native = fakeNative();
    const errors: string[] = [];
    const n = new ElectronNotificationPrompt({
      create: native.create,
      onError: (e) => errors.push(e.message),
    });
    n.showPrompt(notice, () => undefined);
    n.showPrompt(notice, () => undefined);
    expect(native.made[0]!.closed).toBe(true);
    native.made[1]!.emit('failed', {}, 'not allowed');
    expect(errors).toEqual(['not allowed']);
  });
});

describe('announcing an open break window (Wayland may keep it behind others)', () => {
  it('Linux: a plain notification that the break window is open, without touching the prompt', () => {
    const backend = fakeBackend();
    const n = new NodeNotifierPrompt({ backend, platform: 'linux', iconPath: '/i.png' });
    const actions: PromptAction[] = [];
    n.showPrompt(notice, (a) => actions.push(a));
    n.announceBreakWindow();
    expect(backend.calls[1]?.options).toMatchObject({
      title: 'Your posture break is ready',
      'app-name': 'Posture Break',
      icon: '/i.png',
    });
    expect(String(backend.calls[1]?.options.message)).toMatch(/break window is open/);
    backend.calls[0]?.answer(null, 'activate');
    expect(actions).toEqual(['open']);
  });
});

describe('heads-up notification', () => {
  it('macOS: a silent Electron notification with no buttons', () => {
    const native = fakeNative();
    new ElectronNotificationPrompt({ create: native.create }).showHeadsUp();
    expect(native.made[0]?.options).toMatchObject({
      title: 'Break in 1 minute',
      silent: true,
      actions: [],
    });
    expect(native.made[0]?.shown).toBe(true);
  });

  it('is quiet: no buttons, no sound, low urgency, gone after ten seconds', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const backend = fakeBackend();
      new NodeNotifierPrompt({ backend, platform }).showHeadsUp();
      const options = backend.calls[0]?.options;
      expect(options).toMatchObject({ title: 'Break in 1 minute', sound: false, timeout: 10 });
      expect(options?.actions).toBeUndefined();
      expect(options?.wait).toBeUndefined();
      if (platform === 'linux') expect(options?.urgency).toBe('low');
    }
  });
});
