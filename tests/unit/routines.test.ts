// Catalog integrity: every move is complete in English and German, cues are short, variants point
// at real, easier moves.
import { describe, expect, it } from 'vitest';
import { CATALOGS, type UiLanguage } from '../../electron/core/i18n/catalog.ts';
import { Translator } from '../../electron/core/i18n/translator.ts';
import { describeDose, moveKey, moveText } from '../../electron/core/move-words.ts';
import {
  CORE_FAMILIES,
  EXTRA_FAMILIES,
  HOLD_SHARE,
  MOVE_IDS,
  MOVES,
  POSITION_RANK,
  getMove,
  type Dose,
  isMoveId,
  spaceAllows,
} from '../../electron/core/routines.ts';
import { slotSeconds } from '../../electron/core/routine-builder.ts';

const en = new Translator('en');
const de = new Translator('de');
const describe_ = describeDose;

const REQUIRED = [
  'band-pull-apart',
  'scapular-push-up-wall',
  'scapular-push-up-knees',
  'scapular-push-up-floor',
  'reverse-snow-angel',
  'bird-dog',
  'superman-hold',
  'wall-angel',
  'chin-tuck',
  'glute-bridge',
  'chair-thoracic-extension',
  'doorway-chest-stretch',
  'standing-back-extension',
  'marching-in-place',
];

describe('routine catalog', () => {
  it('holds every move SPEC section 5 names', () => {
    for (const id of REQUIRED) expect(isMoveId(id), id).toBe(true);
  });

  it('lists each id once, in the same order as MOVE_IDS', () => {
    expect(MOVES.map((m) => m.id)).toEqual([...MOVE_IDS]);
    expect(new Set(MOVES.map((m) => m.id)).size).toBe(MOVES.length);
  });

  /** Longest step and form cue per language (German runs about a tenth longer). */
  const LIMITS: Record<UiLanguage, { step: number; cue: number }> = {
    en: { step: 90, cue: 130 },
    de: { step: 100, cue: 140 },
  };

  it.each(MOVES.map((m) => [m.id, m] as const))('%s is complete', (_id, move) => {
    for (const language of ['en', 'de'] as const) {
      const words = moveText(new Translator(language), move.id);
      expect(words.name.trim(), language).not.toBe('');
      expect(words.targets.trim(), language).not.toBe('');
      expect(words.steps.length, language).toBeGreaterThanOrEqual(3);
      expect(words.steps.length, language).toBeLessThanOrEqual(5);
      for (const step of words.steps) {
        expect(step.length, step).toBeLessThanOrEqual(LIMITS[language].step);
        expect(step, 'a step is a sentence').toMatch(/^[A-ZÄÖÜ0-9].*[.!?]$/);
      }
      expect(words.cue.length, language).toBeGreaterThan(10);
      expect(words.cue.length, words.cue).toBeLessThanOrEqual(LIMITS[language].cue);
      expect(words.easier.trim(), language).not.toBe('');
    }
    expect(move.illustration).toMatch(/^[a-z-]+$/);
    expect([...CORE_FAMILIES, ...EXTRA_FAMILIES]).toContain(move.family);
    expect(Object.keys(POSITION_RANK)).toContain(move.position);
    expect(['band', 'wall', 'chair', 'doorway', 'none']).toContain(move.equipment);
  });

  it('doses fit a 30 s slot', () => {
    for (const move of MOVES) {
      const { dose } = move;
      if (dose.kind === 'holds') {
        const seconds = dose.holdSeconds * dose.holds * (dose.perSide ? 2 : 1);
        expect(seconds, move.id).toBeLessThanOrEqual(30);
        expect(seconds, move.id).toBeGreaterThanOrEqual(15);
      }
      if (dose.kind === 'reps') {
        expect(dose.reps[0], move.id).toBeLessThanOrEqual(dose.reps[1]);
        expect(dose.reps[1], move.id).toBeLessThanOrEqual(15);
      }
    }
  });

  it('has every move’s words in both languages, and no words for a move that is not there', () => {
    // Derived from the routine data: each move's name, targets, cue, easier way and steps.
    for (const move of MOVES) {
      const steps = Object.keys(CATALOGS.en).filter((k) => k.startsWith(`move.${move.id}.steps.`));
      const keys = [
        ...(['name', 'targets', 'cue', 'easier'] as const).map((part) => moveKey(move.id, part)),
        ...steps,
      ];
      for (const key of keys)
        for (const language of ['en', 'de'] as const)
          expect(
            CATALOGS[language][key as keyof typeof CATALOGS.en]?.trim(),
            `${language} ${key}`,
          ).toBeTruthy();
      expect(
        steps.map((_, i) => `move.${move.id}.steps.${i}`),
        move.id,
      ).toEqual(steps);
    }
    const ids = new Set<string>(MOVE_IDS);
    for (const key of Object.keys(CATALOGS.de)) {
      const id = /^move\.(.+?)\.(?:name|targets|cue|easier|steps\.\d+)$/.exec(key)?.[1];
      if (id !== undefined) expect(ids.has(id), key).toBe(true);
    }
  });

  it('every easier variant exists, is another move and needs no more space or kit', () => {
    for (const move of MOVES) {
      const id = move.easierMoveId;
      if (!id) continue;
      const variant = getMove(id);
      expect(variant.id, move.id).not.toBe(move.id);
      expect(POSITION_RANK[variant.position], move.id).toBeLessThanOrEqual(
        POSITION_RANK[move.position],
      );
      if (move.equipment !== 'band') expect(variant.equipment, move.id).not.toBe('band');
    }
  });

  it('every band move names a no-band variant of the same family', () => {
    const bandMoves = MOVES.filter((m) => m.equipment === 'band');
    expect(bandMoves.length).toBeGreaterThan(0);
    for (const move of bandMoves) {
      const variant = getMove(move.easierMoveId ?? '(none)');
      expect(variant.equipment).not.toBe('band');
      expect(variant.family).toBe(move.family);
    }
  });

  it('has a seated move in every core family and at least six seated moves', () => {
    for (const family of CORE_FAMILIES) {
      expect(
        MOVES.some((m) => m.family === family && m.position === 'seated' && m.equipment !== 'band'),
        family,
      ).toBe(true);
    }
    expect(MOVES.filter((m) => m.position === 'seated').length).toBeGreaterThanOrEqual(6);
  });

  it('scapular push-ups come in wall, knees and floor versions', () => {
    const scap = MOVES.filter((m) => m.family === 'scapular-push-up').map((m) => m.id);
    expect(scap).toEqual(
      expect.arrayContaining([
        'scapular-push-up-wall',
        'scapular-push-up-knees',
        'scapular-push-up-floor',
      ]),
    );
  });

  it('getMove throws naming an unknown id', () => {
    expect(() => getMove('cartwheel')).toThrow(/Unknown move id "cartwheel"/);
  });

  it('space levels nest: seated < standing < floor', () => {
    expect(spaceAllows('seated', 'standing')).toBe(false);
    expect(spaceAllows('standing', 'seated')).toBe(true);
    expect(spaceAllows('floor', 'standing')).toBe(true);
    expect(spaceAllows('standing', 'floor')).toBe(false);
  });

  it('describes doses scaled to the slot', () => {
    const describeDose = (dose: Dose, slot: number) => describe_(en, dose, slot);
    expect(describeDose({ kind: 'reps', reps: [10, 12] }, 30)).toBe('10–12 reps');
    expect(describeDose({ kind: 'reps', reps: [10, 12] }, 60)).toBe('20–24 reps');
    // 3 × 5 s each side would fill the whole 30 s with no time to switch: two fit.
    expect(describeDose({ kind: 'holds', holdSeconds: 5, holds: 3, perSide: true }, 30)).toBe(
      '2 × 5 s holds each side',
    );
    expect(describeDose({ kind: 'holds', holdSeconds: 3, holds: 6 }, 30)).toBe('6 × 3 s holds');
    expect(describeDose({ kind: 'time', switchSides: true }, 30)).toBe('15 s each side');
    expect(describeDose({ kind: 'time' }, 45)).toBe('45 s');
    expect(describeDose({ kind: 'reps', reps: [1, 1] }, 10)).toBe('1 rep');
    expect(describe_(de, { kind: 'reps', reps: [10, 12] }, 30)).toBe('10–12 Wiederholungen');
    expect(describe_(de, { kind: 'holds', holdSeconds: 5, holds: 3, perSide: true }, 30)).toBe(
      '2 × 5 s halten, pro Seite',
    );
    expect(describe_(de, { kind: 'time', switchSides: true }, 30)).toBe('15 s pro Seite');
  });

  it('every timed dose fits its slot with time to move between holds, at every slot length', () => {
    for (let seconds = 60; seconds <= 600; seconds += 5) {
      for (const slot of new Set(slotSeconds(seconds))) {
        for (const move of MOVES) {
          if (move.dose.kind !== 'holds') continue;
          const text = describe_(en, move.dose, slot);
          const [holds, hold] = (text.match(/^(\d+) × (\d+) s/) ?? []).slice(1).map(Number);
          const sides = move.dose.perSide ? 2 : 1;
          expect(holds! * hold! * sides, `${move.id} in ${slot} s: ${text}`).toBeLessThanOrEqual(
            slot * HOLD_SHARE,
          );
        }
      }
    }
  });
});
