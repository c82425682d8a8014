/**
 * A move's words in one language: its catalog messages (name, targets, steps, form cue, the easier
 * way) and how its dose reads for a slot. Platform-free, for the break window, the tray's
 * notifications and tests alike.
 */
import { en, type MessageKey, type UiLanguage } from './i18n/catalog.ts';
import type { MessageValues } from './i18n/format-message.ts';
import { DOSE_SLOT_SECONDS, HOLD_SHARE, type Dose, type MoveId } from './routines.ts';

/** What speaks: the core Translator, or the renderer's reactive i18n that wraps one. */
export interface Words {
  readonly language: UiLanguage;
  t(key: MessageKey, values?: MessageValues): string;
}

export interface MoveText {
  name: string;
  /** Muscles or qualities the move works, in plain words. */
  targets: string;
  /** 3–5 short steps, in order. */
  steps: string[];
  /** The one thing to watch: the usual mistake, or when to stop. */
  cue: string;
  /** The easier way, always in words. */
  easier: string;
}

/** The catalog key of one of a move's words. */
export const moveKey = (
  id: MoveId,
  part: 'name' | 'targets' | 'cue' | 'easier' | `steps.${number}`,
) => `move.${id}.${part}` as MessageKey;

/** How many steps each move has, read once from the English catalog (German has the same keys). */
const STEP_COUNTS = new Map<string, number>();
for (const key of Object.keys(en)) {
  const m = /^move\.(.+)\.steps\.\d+$/.exec(key);
  if (m) STEP_COUNTS.set(m[1]!, (STEP_COUNTS.get(m[1]!) ?? 0) + 1);
}

export function moveName(words: Words, id: MoveId): string {
  return words.t(moveKey(id, 'name'));
}

export function moveText(words: Words, id: MoveId): MoveText {
  const steps = Array.from({ length: STEP_COUNTS.get(id) ?? 0 }, (_, i) =>
    words.t(moveKey(id, `steps.${i}`)),
  );
  return {
    name: moveName(words, id),
    targets: words.t(moveKey(id, 'targets')),
    steps,
    cue: words.t(moveKey(id, 'cue')),
    easier: words.t(moveKey(id, 'easier')),
  };
}

/**
 * Scales a dose written for 30 s to a slot, rounding to whole reps and at least one; timed holds are
 * capped so they fill at most HOLD_SHARE of the slot.
 */
export function describeDose(words: Words, dose: Dose, slotSeconds: number): string {
  const scale = slotSeconds / DOSE_SLOT_SECONDS;
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  switch (dose.kind) {
    case 'reps': {
      const [lo, hi] = [count(dose.reps[0]), count(dose.reps[1])];
      const range = lo === hi ? `${lo}` : `${lo}–${hi}`;
      return words.t(dose.perSide ? 'move.dose.repsPerSide' : 'move.dose.reps', {
        range,
        count: hi,
      });
    }
    case 'holds': {
      // Holds leave room to come out of one and set up the next (the get-ready is outside the slot).
      const sides = dose.perSide ? 2 : 1;
      const fit = Math.floor((slotSeconds * HOLD_SHARE) / (dose.holdSeconds * sides));
      const holds = Math.max(1, Math.min(count(dose.holds), fit));
      return words.t(dose.perSide ? 'move.dose.holdsPerSide' : 'move.dose.holds', {
        count: holds,
        seconds: dose.holdSeconds,
      });
    }
    case 'time':
      return dose.switchSides
        ? words.t('move.dose.timePerSide', { seconds: Math.round(slotSeconds / 2) })
        : words.t('move.dose.time', { seconds: slotSeconds });
  }
}
