/** The break countdown's face. Words, durations, times and dates live in the core Translator (`i18n`). */

/** A countdown's face: "24" under a minute, "1:05" above. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return String(s);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
