/** Soft cue tones made with Web Audio (no audio files): one soft note to get ready, a two-note chime as a move starts, a rising three-note one at the end. */
import type { CueKind } from '../break/break-player.svelte.ts';

export interface CueSound {
  play(kind: CueKind): void;
  close(): void;
}

/** Notes per cue, in Hz, with their start offsets in seconds. */
const CUES: Record<CueKind, readonly (readonly [number, number])[]> = {
  ready: [[587.33, 0]],
  move: [
    [659.25, 0],
    [880, 0.14],
  ],
  finish: [
    [523.25, 0],
    [659.25, 0.16],
    [783.99, 0.32],
  ],
};

/** Peak gain: quiet enough not to startle in an open office. */
const PEAK_GAIN = 0.07;
const NOTE_SECONDS = 0.6;

type AudioContextCtor = new () => AudioContext;

/**
 * Creates the cue player. The AudioContext is made on first use (after the user pressed Start), and
 * where Web Audio is missing (tests, locked-down systems) every cue is silently skipped.
 */
export function createCueSound(
  Ctor: AudioContextCtor | undefined = globalThis.AudioContext,
): CueSound {
  let context: AudioContext | null = null;
  return {
    play(kind) {
      if (!Ctor) return;
      try {
        context ??= new Ctor();
        if (context.state === 'suspended') void context.resume();
        const start = context.currentTime + 0.02;
        for (const [frequency, offset] of CUES[kind]) tone(context, frequency, start + offset);
      } catch {
        // A cue is a nicety: never let audio trouble interrupt the break.
      }
    },
    close() {
      void context?.close();
      context = null;
    },
  };
}

/** One sine note with a soft attack and an exponential fade, so it rings like a small bell. */
function tone(context: AudioContext, frequency: number, at: number): void {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_SECONDS);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(at);
  oscillator.stop(at + NOTE_SECONDS + 0.05);
}
