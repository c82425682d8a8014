/** Resolves the reduceMotion setting ('system' follows the OS through prefers-reduced-motion). */
import type { ReduceMotion } from '../../../electron/core/settings.ts';

export function resolveReduceMotion(
  setting: ReduceMotion,
  media: Pick<Window, 'matchMedia'> | undefined = globalThis.window,
): boolean {
  if (setting === 'on') return true;
  if (setting === 'off') return false;
  return media?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
