// Routine builder: exact durations, space/equipment respected, core moves rotate through every day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_BOUNDS } from '../../electron/core/settings.ts';
import {
  BREAK_DURATION_BOUNDS,
  CORE_COVERAGE_BREAKS,
  buildRoutine,
  familyCandidates,
  isMoveAllowed,
  routineSeconds,
  slotSeconds,
  type RoutineSettings,
} from '../../electron/core/routine-builder.ts';
import { CORE_FAMILIES, getMove, spaceAllows } from '../../electron/core/routines.ts';

const settingsArb: fc.Arbitrary<RoutineSettings> = fc.record({
  breakDurationSeconds: fc.integer({ min: 60, max: 600 }),
  space: fc.constantFrom('seated' as const, 'standing' as const, 'floor' as const),
  equipment: fc.record({ band: fc.boolean() }),
});
const dateArb = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const indexArb = fc.integer({ min: 0, max: 40 });

const defaults: RoutineSettings = {
  breakDurationSeconds: 120,
  space: 'standing',
  equipment: { band: false },
};

describe('buildRoutine', () => {
  it('default break: four 30 s moves', () => {
    const routine = buildRoutine({ settings: defaults, date: '2026-03-09', breakIndex: 0 });
    expect(routine.moves.map((m) => m.seconds)).toEqual([30, 30, 30, 30]);
  });

  it('is deterministic', () => {
    const input = { settings: defaults, date: '2026-03-09', breakIndex: 3 };
    expect(buildRoutine(input)).toEqual(buildRoutine(input));
  });

  it('spreads the remainder over ~30 s slots', () => {
    expect(slotSeconds(100)).toEqual([34, 33, 33]);
    expect(slotSeconds(60)).toEqual([30, 30]);
    expect(slotSeconds(600)).toHaveLength(20);
    expect(slotSeconds(75)).toEqual([25, 25, 25]);
  });

  it('property: fills breakDurationSeconds exactly with slots of 20–45 s', () => {
    fc.assert(
      fc.property(settingsArb, dateArb, indexArb, (settings, date, breakIndex) => {
        const routine = buildRoutine({ settings, date, breakIndex });
        expect(routineSeconds(routine)).toBe(settings.breakDurationSeconds);
        for (const move of routine.moves) {
          expect(move.seconds).toBeGreaterThanOrEqual(20);
          expect(move.seconds).toBeLessThanOrEqual(45);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: every move is allowed by space and equipment', () => {
    fc.assert(
      fc.property(settingsArb, dateArb, indexArb, (settings, date, breakIndex) => {
        for (const { moveId } of buildRoutine({ settings, date, breakIndex }).moves) {
          const move = getMove(moveId);
          expect(spaceAllows(settings.space, move.position), moveId).toBe(true);
          if (!settings.equipment.band) expect(move.equipment, moveId).not.toBe('band');
        }
      }),
      { numRuns: 500 },
    );
  });

  it(`property: any ${CORE_COVERAGE_BREAKS} successive breaks of a day cover the four core families`, () => {
    fc.assert(
      fc.property(settingsArb, dateArb, indexArb, (settings, date, start) => {
        const seen = new Set<string>();
        for (let i = start; i < start + CORE_COVERAGE_BREAKS; i++) {
          for (const { moveId } of buildRoutine({ settings, date, breakIndex: i }).moves) {
            seen.add(getMove(moveId).family);
          }
        }
        for (const family of CORE_FAMILIES) expect(seen, family).toContain(family);
      }),
      { numRuns: 500 },
    );
  });

  it('property: no move follows itself, and a routine of up to four slots has no repeats', () => {
    fc.assert(
      fc.property(settingsArb, dateArb, indexArb, (settings, date, breakIndex) => {
        const ids = buildRoutine({ settings, date, breakIndex }).moves.map((m) => m.moveId);
        for (let i = 1; i < ids.length; i++) expect(ids[i], ids.join()).not.toBe(ids[i - 1]);
        if (ids.length <= 4) expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 500 },
    );
  });

  it('a seated-only user gets a complete seated routine, with seated variants of the core moves', () => {
    const settings: RoutineSettings = { ...defaults, space: 'seated' };
    const families = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const routine = buildRoutine({ settings, date: '2026-03-10', breakIndex: i });
      expect(routineSeconds(routine)).toBe(120);
      for (const { moveId } of routine.moves) {
        expect(getMove(moveId).position).toBe('seated');
        families.add(getMove(moveId).family);
      }
    }
    for (const family of CORE_FAMILIES) expect(families).toContain(family);
  });

  it('uses the band when there is one, and the no-band variant otherwise', () => {
    const withBand = familyCandidates('pull-apart', {
      space: 'standing',
      equipment: { band: true },
    });
    expect(withBand.map((m) => m.id)).toEqual(['band-pull-apart']);
    const seatedBand = familyCandidates('pull-apart', {
      space: 'seated',
      equipment: { band: true },
    });
    expect(seatedBand.map((m) => m.id)).toEqual(['seated-band-pull-apart']);
    const noBand = familyCandidates('pull-apart', { space: 'floor', equipment: { band: false } });
    expect(noBand.map((m) => m.id)).toEqual(['mimed-pull-apart']);
    expect(
      isMoveAllowed(getMove('band-pull-apart'), { space: 'floor', equipment: { band: false } }),
    ).toBe(false);
  });

  it('a floor user gets the floor versions, and both kneeling and plank scapular push-ups over a day', () => {
    const settings: RoutineSettings = { ...defaults, space: 'floor' };
    const ids = new Set<string>();
    for (let i = 0; i < 8; i++) {
      for (const { moveId } of buildRoutine({ settings, date: '2026-03-11', breakIndex: i })
        .moves) {
        ids.add(moveId);
      }
    }
    for (const id of [
      'bird-dog',
      'reverse-snow-angel',
      'scapular-push-up-knees',
      'scapular-push-up-floor',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('orders moves standing → floor → seated so nobody gets up and down twice', () => {
    const rank = { standing: 0, floor: 1, seated: 2 } as const;
    fc.assert(
      fc.property(settingsArb, dateArb, indexArb, (settings, date, breakIndex) => {
        const ranks = buildRoutine({ settings, date, breakIndex }).moves.map(
          (m) => rank[getMove(m.moveId).position],
        );
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it('checks the same break length bounds as the settings schema', () => {
    expect(BREAK_DURATION_BOUNDS).toEqual({
      min: NUMBER_BOUNDS.breakDurationSeconds.min,
      max: NUMBER_BOUNDS.breakDurationSeconds.max,
    });
  });

  it('rejects bad input with a message naming the field', () => {
    const build =
      (patch: Partial<RoutineSettings>, date = '2026-03-09', breakIndex = 0) =>
      () =>
        buildRoutine({ settings: { ...defaults, ...patch }, date, breakIndex });
    expect(build({ breakDurationSeconds: 59 })).toThrow(
      /breakDurationSeconds .* 60 to 600 \(got 59\)/,
    );
    expect(build({ breakDurationSeconds: 90.5 })).toThrow(/breakDurationSeconds/);
    expect(build({ space: 'roof' as never })).toThrow(/space must be .* \(got "roof"\)/);
    expect(build({}, '9.3.2026')).toThrow(/date must be "YYYY-MM-DD"/);
    expect(build({}, '2026-03-09', -1)).toThrow(/breakIndex must be a whole number/);
  });

  describe('variety over a simulated week', () => {
    const week = [
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ];
    const BREAKS_PER_DAY = 10;
    const combos = (['seated', 'standing', 'floor'] as const).flatMap((space) =>
      [false, true].flatMap((band) =>
        [120, 300].map((breakDurationSeconds) => ({
          space,
          equipment: { band },
          breakDurationSeconds,
        })),
      ),
    );

    for (const settings of combos) {
      const label = `${settings.space}, ${settings.equipment.band ? 'band' : 'no band'}, ${settings.breakDurationSeconds} s`;
      it(`${label}: no two breaks in a row alike, the core moves keep coming up, and the day rotates`, () => {
        for (const date of week) {
          const day = Array.from({ length: BREAKS_PER_DAY }, (_, breakIndex) =>
            buildRoutine({ settings, date, breakIndex })
              .moves.map((m) => m.moveId)
              .join(','),
          );
          for (let i = 1; i < day.length; i++) {
            expect(day[i], `${date}: break ${i + 1} repeats break ${i}`).not.toBe(day[i - 1]);
          }
          // Three breaks in a row are never all the same either way round.
          expect(new Set(day).size, `${date}: distinct routines`).toBeGreaterThanOrEqual(
            Math.min(BREAKS_PER_DAY, 4),
          );
          for (let i = 0; i + CORE_COVERAGE_BREAKS <= day.length; i++) {
            const families = new Set(
              day
                .slice(i, i + CORE_COVERAGE_BREAKS)
                .flatMap((r) => r.split(','))
                .map((id) => getMove(id).family),
            );
            for (const family of CORE_FAMILIES) {
              expect(families.has(family), `${date}: ${family} in breaks ${i + 1}–${i + 2}`).toBe(
                true,
              );
            }
          }
        }
      });
    }
  });
});
