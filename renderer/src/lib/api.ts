/**
 * The single module that reaches the host: `window.posture` (the preload) in Electron, or the in-page
 * web preview host when that is absent or when built with `--mode preview`. Nothing else touches
 * `window.posture`.
 */
import type { AppState, PostureApi } from '../../../electron/core/ipc-contract.ts';
import type { Settings } from '../../../electron/core/settings.ts';

declare global {
  interface Window {
    posture?: PostureApi;
  }
}

type Listener<T> = (value: T) => void;

function usePreviewHost(): boolean {
  return import.meta.env.MODE === 'preview' || typeof window.posture === 'undefined';
}

/**
 * The preview host is a separate chunk loaded on demand, so the Electron windows never download the
 * engine. Until it has loaded, calls wait for it and subscriptions are attached as soon as it is there.
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
    completeOnboarding: () => host().then((a) => a.completeOnboarding()),
    dismissNotice: () => host().then((a) => a.dismissNotice()),
    openWindow: (view) => host().then((a) => a.openWindow(view)),
    quit: () => host().then((a) => a.quit()),
    onStateChanged: subscribe<AppState>((a, l) => a.onStateChanged(l)),
    onSettingsChanged: subscribe<Settings>((a, l) => a.onSettingsChanged(l)),
  };
}

export const api: PostureApi =
  !usePreviewHost() && window.posture
    ? window.posture
    : lazyApi(() => import('../preview/index.ts').then((m) => m.previewHost()));

/** True when this page runs on the in-page preview host rather than inside Electron. */
export const isPreview = usePreviewHost();
