/** Builds the finish screen's summary from the app state main sends back after `break:end`. */
import type { AppState } from '../../../electron/core/ipc-contract.ts';
import type { FinishSummary } from './break-player.svelte.ts';

export function finishSummaryFrom(state: AppState, dailyGoalBreaks: number): FinishSummary {
  return {
    streakDays: state.streak.current,
    breaksToday: state.today.breaksTaken,
    dailyGoal: dailyGoalBreaks,
    movingSecondsToday: state.today.movingSeconds,
  };
}
