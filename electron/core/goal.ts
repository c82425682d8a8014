/**
 * The daily goal rule on its own, free of imports: the break window uses it without loading the day
 * record's module graph (which reaches the settings schemas and zod).
 */

/** SPEC section 3: a day meets the goal when its completed breaks reach the day's goal. */
export function meetsGoal(breaksTaken: number, dailyGoalBreaks: number): boolean {
  return breaksTaken >= dailyGoalBreaks;
}
