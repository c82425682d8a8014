/** Names the first move of the routine the next break will play, built from the same inputs as the break window's. */
import { buildRoutine } from '../core/routine-builder.ts';
import { getMove } from '../core/routines.ts';
import type { Settings } from '../core/settings.ts';
import type { DayStats } from '../core/types.ts';

/** The break window builds its routine from today's date and breaksTaken + breaksPartial; so do we. */
export function firstMoveName(settings: Settings, today: DayStats): string {
  const routine = buildRoutine({
    settings,
    date: today.date,
    breakIndex: today.breaksTaken + today.breaksPartial,
  });
  const first = routine.moves[0];
  return first ? getMove(first.moveId).name : 'a few easy moves';
}
