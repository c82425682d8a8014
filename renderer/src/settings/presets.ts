/** Break rhythm presets backed by the studies in CONTENT.md (Dunstan 2012, Diaz 2023). */
import type { Settings } from '../../../electron/core/settings.ts';

export interface Preset {
  id: string;
  label: string;
  hint: string;
  patch: Pick<Settings, 'breakIntervalMinutes' | 'breakDurationSeconds'>;
}

export const PRESETS: readonly Preset[] = [
  {
    id: '30-2',
    label: 'Every 30 min, 2 min',
    hint: 'The default: short and easy to keep up.',
    patch: { breakIntervalMinutes: 30, breakDurationSeconds: 120 },
  },
  {
    id: '30-5',
    label: 'Every 30 min, 5 min',
    hint: 'Longer breaks; the schedule with the clearest effect on blood sugar in studies.',
    patch: { breakIntervalMinutes: 30, breakDurationSeconds: 300 },
  },
  {
    id: '20-2',
    label: 'Every 20 min, 2 min',
    hint: 'More frequent, for long sitting days.',
    patch: { breakIntervalMinutes: 20, breakDurationSeconds: 120 },
  },
];

export function activePreset(settings: Settings): Preset | undefined {
  return PRESETS.find(
    (p) =>
      p.patch.breakIntervalMinutes === settings.breakIntervalMinutes &&
      p.patch.breakDurationSeconds === settings.breakDurationSeconds,
  );
}
