// Cue tones: two soft notes per move, three at the end, and silence (no error) without Web Audio.
import { describe, expect, it, vi } from 'vitest';
import { createCueSound } from '../../renderer/src/lib/cue-sound.ts';

/** Just enough of AudioContext to see which notes are scheduled and how loud they get. */
function fakeAudio() {
  const notes: { frequency: number; start: number; peak: number }[] = [];
  const close = vi.fn(async () => {});
  const resume = vi.fn(async () => {});
  class FakeContext {
    currentTime = 10;
    state = 'suspended';
    destination = {};
    resume = resume;
    close = close;
    createGain() {
      let peak = 0;
      const gain = {
        setValueAtTime: vi.fn(),
        exponentialRampToValueAtTime: (value: number) => {
          peak = Math.max(peak, value);
        },
      };
      return {
        gain,
        connect: (x: unknown) => x,
        get peak() {
          return peak;
        },
      };
    }
    createOscillator() {
      const osc = {
        type: '',
        frequency: { value: 0 },
        gainNode: null as null | { peak: number },
        connect(node: { peak: number }) {
          osc.gainNode = node;
          return node;
        },
        start(at: number) {
          notes.push({ frequency: osc.frequency.value, start: at, peak: osc.gainNode?.peak ?? 0 });
        },
        stop: vi.fn(),
      };
      return osc;
    }
  }
  return { Ctor: FakeContext as unknown as new () => AudioContext, notes, close, resume };
}

describe('cue sound', () => {
  it('plays two soft rising notes for a move and three for the finish', () => {
    const audio = fakeAudio();
    const cue = createCueSound(audio.Ctor);
    cue.play('move');
    expect(audio.notes).toHaveLength(2);
    expect(audio.notes[1]?.frequency).toBeGreaterThan(audio.notes[0]?.frequency ?? Infinity);
    expect(audio.notes[0]?.start).toBeGreaterThanOrEqual(10);
    for (const note of audio.notes) expect(note.peak).toBeLessThanOrEqual(0.1);
    expect(audio.resume).toHaveBeenCalled();
    cue.play('finish');
    expect(audio.notes).toHaveLength(5);
    cue.close();
    expect(audio.close).toHaveBeenCalledTimes(1);
  });

  it('is silent, and does not throw, where Web Audio is missing or fails', () => {
    expect(() => createCueSound(undefined).play('move')).not.toThrow();
    const Broken = class {
      constructor() {
        throw new Error('no audio device');
      }
    } as unknown as new () => AudioContext;
    expect(() => createCueSound(Broken).play('finish')).not.toThrow();
  });
});
