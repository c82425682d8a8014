/** Theme and motion preferences: the user's setting combined with what the system asks for. */
import type { ReduceMotion, Settings, Theme } from '../../../electron/core/settings.ts';

export class Appearance {
  theme = $state<Theme>('system');
  motion = $state<ReduceMotion>('system');
  systemDark = $state(false);
  systemReducedMotion = $state(false);

  readonly dark = $derived(this.theme === 'dark' || (this.theme === 'system' && this.systemDark));
  readonly reduceMotion = $derived(
    this.motion === 'on' || (this.motion === 'system' && this.systemReducedMotion),
  );

  /** Follows the system's colour scheme and motion preference; returns the unsubscribe. */
  watchSystem(win: Window = window): () => void {
    if (typeof win.matchMedia !== 'function') return () => {};
    const dark = win.matchMedia('(prefers-color-scheme: dark)');
    const motion = win.matchMedia('(prefers-reduced-motion: reduce)');
    this.systemDark = dark.matches;
    this.systemReducedMotion = motion.matches;
    const onDark = (e: MediaQueryListEvent) => (this.systemDark = e.matches);
    const onMotion = (e: MediaQueryListEvent) => (this.systemReducedMotion = e.matches);
    dark.addEventListener('change', onDark);
    motion.addEventListener('change', onMotion);
    return () => {
      dark.removeEventListener('change', onDark);
      motion.removeEventListener('change', onMotion);
    };
  }

  follow(settings: Pick<Settings, 'theme' | 'reduceMotion'>): void {
    this.theme = settings.theme;
    this.motion = settings.reduceMotion;
  }
}

/** Puts the theme on <html> so the CSS tokens (and the player's) switch with it. */
export function applyTheme(
  appearance: Appearance,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset.theme = appearance.theme;
  root.dataset.reduceMotion = appearance.reduceMotion ? 'true' : 'false';
}
