/**
 * The single module that reaches the host: `window.posture` (the preload) in the app, or the in-page
 * web preview host in the preview build (`--mode preview`) only. Nothing else touches `window.posture`.
 * In the app a page without `window.posture` (a preload that failed) gets a host whose every call
 * fails with a clear message, which the windows show; it never falls back to the preview.
 */
import type { AppState, PostureApi } from '../../../electron/core/ipc-contract.ts';
import type { Settings } from '../../../electron/core/settings.ts';

declare global {
  interface Window {
    posture?: PostureApi;
  }
}

type Listener<T> = (value: T) => void;

/** Replaced at build time, so the app's build drops the preview host and its engine entirely. */
const PREVIEW_BUILD = import.meta.env.MODE === 'preview';

export const MISSING_HOST_MESSAGE =
  'This window cannot reach Posture Break: its connection to the app (the preload) did not load. ' +
  'Close the window and open it again from the tray; if that does not help, restart Posture Break.';

/**
 * The preview host is a separate chunk loaded on demand. Until it has loaded, calls wait for it and
 * subscriptions are attached as soon as it is there.
 */
function lazyApi(load: () => Promise<PostureApi>): PostureApi {
  let loaded: Promise<PostureApi> | null = null;
  const host = () => (loaded ??= load());
  const subscribe =
    <T>(pick: (api: PostureApi, listener: Listener<T>) => () => void) =>
    (listener: Listener<T>) => {
      let unsubscribe: (() => void) | null = null;
      let cancelled = false;
      void host().then((api) => {
        if (!cancelled) unsubscribe = pick(api, listener);
      });
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    };
  return {
    getState: () => host().then((a) => a.getState()),
    getSettings: () => host().then((a) => a.getSettings()),
    updateSettings: (patch) => host().then((a) => a.updateSettings(patch)),
    getHistory: (days) => host().then((a) => a.getHistory(days)),
    exportHistory: (format) => host().then((a) => a.exportHistory(format)),
    startBreak: () => host().then((a) => a.startBreak()),
    endBreak: (request) => host().then((a) => a.endBreak(request)),
    snooze: () => host().then((a) => a.snooze()),
    skip: () => host().then((a) => a.skip()),
    pause: (request) => host().then((a) => a.pause(request)),
    resume: () => host().then((a) => a.resume()),
    setMeeting: (request) => host().then((a) => a.setMeeting(request)),
    completeOnboarding: () => host().then((a) => a.completeOnboarding()),
    dismissNotice: () => host().then((a) => a.dismissNotice()),
    openWindow: (view) => host().then((a) => a.openWindow(view)),
    quit: () => host().then((a) => a.quit()),
    onStateChanged: subscribe<AppState>((a, l) => a.onStateChanged(l)),
    onSettingsChanged: subscribe<Settings>((a, l) => a.onSettingsChanged(l)),
  };
}

/** The host of a page whose preload did not load: every request fails with `MISSING_HOST_MESSAGE`. */
export function missingHost(): PostureApi {
  const fail = () => Promise.reject(new Error(MISSING_HOST_MESSAGE));
  const never = () => () => undefined;
  return {
    getState: fail,
    getSettings: fail,
    updateSettings: fail,
    getHistory: fail,
    exportHistory: fail,
    startBreak: fail,
    endBreak: fail,
    snooze: fail,
    skip: fail,
    pause: fail,
    resume: fail,
    setMeeting: fail,
    completeOnboarding: fail,
    dismissNotice: fail,
    openWindow: fail,
    quit: fail,
    onStateChanged: never,
    onSettingsChanged: never,
  };
}

export const api: PostureApi = PREVIEW_BUILD
  ? lazyApi(() => import('../preview/index.ts').then((m) => m.previewHost()))
  : (window.posture ?? missingHost());

/** True when this page runs on the in-page preview host (the preview build). */
export const isPreview = PREVIEW_BUILD;
