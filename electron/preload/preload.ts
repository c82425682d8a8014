/**
 * The preload: exposes `window.posture`, one function per IPC channel of the contract, and nothing
 * else (never ipcRenderer). Push subscriptions drop the event object and return their unsubscribe.
 * Bundled to CommonJS, since sandboxed preloads cannot load ES modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  EventChannel,
  Events,
  PostureApi,
  RequestChannel,
  RequestResults,
} from '../core/ipc-contract.ts';

function invoke<C extends RequestChannel>(channel: C, arg?: unknown): Promise<RequestResults[C]> {
  return (
    arg === undefined ? ipcRenderer.invoke(channel) : ipcRenderer.invoke(channel, arg)
  ) as Promise<RequestResults[C]>;
}

function subscribe<C extends EventChannel>(
  channel: C,
  listener: (payload: Events[C]) => void,
): () => void {
  if (typeof listener !== 'function')
    throw new TypeError(`${channel}: listener must be a function`);
  const wrapped = (_event: IpcRendererEvent, payload: Events[C]) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

export const api = {
  getState: () => invoke('state:get'),
  getSettings: () => invoke('settings:get'),
  updateSettings: (patch) => invoke('settings:update', patch),
  getHistory: (days) => invoke('history:get', { days }),
  exportHistory: (format) => invoke('history:export', { format }),
  startBreak: () => invoke('break:start'),
  endBreak: (request) => invoke('break:end', request),
  snooze: () => invoke('break:snooze'),
  skip: () => invoke('break:skip'),
  pause: (request) => invoke('reminders:pause', request),
  resume: () => invoke('reminders:resume'),
  setMeeting: (request) => invoke('meeting:set', request),
  completeOnboarding: () => invoke('onboarding:complete'),
  dismissNotice: () => invoke('notice:dismiss'),
  openWindow: (view) => invoke('window:open', { view }),
  quit: () => invoke('app:quit'),
  onStateChanged: (listener) => subscribe('state:changed', listener),
  onSettingsChanged: (listener) => subscribe('settings:changed', listener),
} satisfies PostureApi;

contextBridge.exposeInMainWorld('posture', api);
