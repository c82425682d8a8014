// The words into a break and into each move follow the routine's positions.
import { describe, expect, it } from 'vitest';
import {
  getReadyLine as getReadyLineIn,
  routineInvitation as routineInvitationIn,
} from '../../electron/core/break-words.ts';
import { Translator } from '../../electron/core/i18n/translator.ts';
import { getMove, type Move } from '../../electron/core/routines.ts';
import { DEFAULT_SETTINGS } from '../../electron/core/settings.ts';
import type { DayStats } from '../../electron/core/types.ts';
import { firstMoveName } from '../../electron/main/first-move.ts';

const en = new Translator('en');
const de = new Translator('de');
const routineInvitation = (ids: readonly string[]) => routineInvitationIn(en, ids);
const getReadyLine = (previous: Move | null, next: Move) => getReadyLineIn(en, previous, next);

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

  it('says them in German, with the move’s name as written', () => {
    const [march, birdDog] = ['marching-in-place', 'bird-dog'].map(getMove);
    expect(getReadyLineIn(de, march!, birdDog!)).toBe('Ab auf den Boden: Vierfüßler-Diagonale');
    expect(getReadyLineIn(de, null, getMove('band-pull-apart'))).toBe(
      'Steh auf, mit deinem Band: Band auseinanderziehen',
    );
    expect(routineInvitationIn(de, ['chin-tuck', 'bird-dog'])).toBe(
      'Setz dich aufrecht auf die Stuhlkante, atme aus und lass die Schultern sinken. ' +
        'Ein paar Übungen finden auf dem Boden statt, mach dir also etwas Platz.',
    );
  });
});

describe('the notification’s first line', () => {
  const today = { date: '2026-03-10', breaksTaken: 0, breaksPartial: 0 } as DayStats;
  it('follows the routine’s positions: a seated user is never told to stand up', () => {
    const seated = firstMoveName(en, { ...DEFAULT_SETTINGS, space: 'seated' }, today);
    expect(seated).toMatch(/\. Sit tall at the front of your chair, breathe out/);
    expect(seated).not.toMatch(/stand/i);
    expect(seated.endsWith('.')).toBe(false);
    const standing = firstMoveName(en, { ...DEFAULT_SETTINGS, space: 'standing' }, today);
    expect(standing).toMatch(/\. Stand up, breathe out/);
  });
});
