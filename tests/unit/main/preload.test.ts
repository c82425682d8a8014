import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostureApi } from '../../../electron/core/ipc-contract.ts';

/** The preload talks to Electron only through contextBridge and ipcRenderer; both are faked here. */
const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const invoked: unknown[][] = [];
  return {
    exposed,
    listeners,
    invoked,
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        exposed[key] = value;
      },
    },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        invoked.push(args);
        return { answeredBy: args[0] };
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
});
vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}));

await import('../../../electron/preload/preload.ts');
const api = electron.exposed.posture as PostureApi;

const EXPECTED_KEYS = [
  'completeOnboarding',
  'dismissNotice',
  'endBreak',
  'exportHistory',
  'getHistory',
  'getSettings',
  'getState',
  'onSettingsChanged',
  'onStateChanged',
  'openWindow',
  'pause',
  'quit',
  'resume',
  'setMeeting',
  'skip',
  'snooze',
  'startBreak',
  'updateSettings',
];

beforeEach(() => {
  electron.invoked.length = 0;
});

describe('preload', () => {
  it('exposes exactly one object, window.posture, with one function per channel', () => {
    expect(Object.keys(electron.exposed)).toEqual(['posture']);
    expect(Object.keys(api).sort()).toEqual(EXPECTED_KEYS);
    for (const key of EXPECTED_KEYS)
      expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
  });

  it('never exposes ipcRenderer or anything that reaches it', () => {
    const values = Object.values(api as unknown as Record<string, unknown>);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.ipcRenderer.invoke);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|send|invoke/i);
  });

  it('maps every function to its channel and payload', async () => {
    await api.getState();
    await api.getSettings();
    await api.updateSettings({ sound: false });
    await api.getHistory(30);
    await api.exportHistory('csv');
    await api.startBreak();
    await api.endBreak({ completed: true });
    await api.snooze();
    await api.skip();
    await api.pause({ minutes: 30 });
    await api.pause({ until: 'tomorrow' });
    await api.resume();
    await api.setMeeting({ on: true, minutes: 30 });
    await api.completeOnboarding();
    await api.dismissNotice();
    await api.openWindow('settings');
    expect(electron.invoked).toEqual([
      ['state:get'],
      ['settings:get'],
      ['settings:update', { sound: false }],
      ['history:get', { days: 30 }],
      ['history:export', { format: 'csv' }],
      ['break:start'],
      ['break:end', { completed: true }],
      ['break:snooze'],
      ['break:skip'],
      ['reminders:pause', { minutes: 30 }],
      ['reminders:pause', { until: 'tomorrow' }],
      ['reminders:resume'],
      ['meeting:set', { on: true, minutes: 30 }],
      ['onboarding:complete'],
      ['notice:dismiss'],
      ['window:open', { view: 'settings' }],
    ]);
  });

  it('returns what main answers', async () => {
    expect(await api.getState()).toEqual({ answeredBy: 'state:get' });
  });

  it('hands listeners the payload only (no event object) and returns a working unsubscribe', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.onStateChanged((...args: unknown[]) => received.push(args));
    const offSettings = api.onSettingsChanged((...args: unknown[]) =>
      received.push(['settings', ...args]),
    );
    const fire = (channel: string, payload: unknown) => {
      for (const l of electron.listeners.get(channel) ?? []) l({ sender: 'event object' }, payload);
    };
    fire('state:changed', { status: 1 });
    fire('settings:changed', { sound: true });
    expect(received).toEqual([[{ status: 1 }], ['settings', { sound: true }]]);
    unsubscribe();
    offSettings();
    fire('state:changed', { status: 2 });
    expect(received).toHaveLength(2);
    expect(electron.listeners.get('state:changed')?.size).toBe(0);
  });
});
