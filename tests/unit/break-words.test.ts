// The words into a break and into each move follow the routine's positions.
import { describe, expect, it } from 'vitest';
import { getReadyLine, routineInvitation } from '../../electron/core/break-words.ts';
import { getMove } from '../../electron/core/routines.ts';

describe('break words', () => {
  it('invites by the first move’s position and warns when the floor comes later', () => {
    expect(routineInvitation(['chin-tuck', 'seated-twist'])).toMatch(/^Sit tall/);
    expect(routineInvitation(['chin-tuck', 'seated-twist'])).not.toMatch(/stand/i);
    expect(routineInvitation(['band-pull-apart'])).toMatch(/^Stand up/);
    expect(routineInvitation(['marching-in-place', 'bird-dog'])).toMatch(/on the floor/);
    expect(routineInvitation(['bird-dog'])).toMatch(/^Find a clear patch of floor/);
  });

  it('names the position change and the move before each move', () => {
    const [march, birdDog, chin] = ['marching-in-place', 'bird-dog', 'chin-tuck'].map(getMove);
    expect(getReadyLine(march!, birdDog!)).toBe('Down to the floor: bird-dog');
    expect(getReadyLine(birdDog!, march!)).toBe('Back on your feet: marching in place');
    expect(getReadyLine(null, chin!)).toBe('Sit tall: chin tuck');
    expect(getReadyLine(march!, chin!)).toBe('Back to your chair: chin tuck');
    expect(getReadyLine(null, getMove('band-pull-apart'))).toBe(
      'Stand up with your band: band pull-apart',
    );
    expect(getReadyLine(chin!, getMove('seated-twist'))).toBe('Stay seated: seated twist');
  });
});
