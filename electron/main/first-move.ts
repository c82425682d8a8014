/**
 * What the prompt says comes first: the first move of the routine the next break will play, built
 * from the same inputs as the break window's, and the invitation that fits its position (no "stand
 * up" for a seated routine).
 */
import { routineInvitation } from '../core/break-words.ts';
import { moveName, type Words } from '../core/move-words.ts';
import { nextRoutine } from '../core/routine-builder.ts';
import type { Settings } from '../core/settings.ts';
import type { DayStats } from '../core/types.ts';

/**
 * "Chin tuck. Sit tall at the front of your chair, breathe out, and let your shoulders drop": the
 * notification shows it after "First up:" and ends the sentence itself: the routine the break window
 * will play (`nextRoutine`).
 */
export function firstMoveName(words: Words, settings: Settings, today: DayStats): string {
  const routine = nextRoutine(settings, today);
  const first = routine.moves[0];
  if (!first) return words.t('break.firstUpFallback');
  const invitation = routineInvitation(
    words,
    routine.moves.map((m) => m.moveId),
  ).replace(/\.$/, '');
  return words.t('break.firstUp', { name: moveName(words, first.moveId), invitation });
}
