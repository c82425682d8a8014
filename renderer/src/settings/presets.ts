/** Break rhythm presets backed by the studies in CONTENT.md (Dunstan 2012, Diaz 2023). */
import type { Settings } from '../../../electron/core/settings.ts';
import { t } from '../lib/i18n/i18n.svelte.ts';

export interface Preset {
  id: '30-2' | '30-5' | '20-2';
  patch: Pick<Settings, 'breakIntervalMinutes' | 'breakDurationSeconds'>;
}

export const PRESETS: readonly Preset[] = [
  // The default: short and easy to keep up.
  { id: '30-2', patch: { breakIntervalMinutes: 30, breakDurationSeconds: 120 } },
  // Longer breaks: the clearest effect on blood sugar in the studies.
  { id: '30-5', patch: { breakIntervalMinutes: 30, breakDurationSeconds: 300 } },
  // More frequent, for long sitting days.
  { id: '20-2', patch: { breakIntervalMinutes: 20, breakDurationSeconds: 120 } },
];

/** The preset's name and one-line explanation in the UI language. */
export function presetText(preset: Preset): { label: string; hint: string } {
  return { label: t(`settings.preset.${preset.id}`), hint: t(`settings.preset.${preset.id}.hint`) };
}

export function activePreset(settings: Settings): Preset | undefined {
  return PRESETS.find(
    (p) =>
      p.patch.breakIntervalMinutes === settings.breakIntervalMinutes &&
      p.patch.breakDurationSeconds === settings.breakDurationSeconds,
  );
}
