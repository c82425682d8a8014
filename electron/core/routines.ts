/** The routine catalog (SPEC section 5): every move with its cues, dose, position, equipment and variants. */

/** Where a move can be done; each space setting allows its own level and the ones before it. */
export type Position = 'seated' | 'standing' | 'floor';
export const POSITION_RANK: Readonly<Record<Position, number>> = {
  seated: 0,
  standing: 1,
  floor: 2,
};

/** Equipment a move needs. Only the band is a setting; a wall, chair or doorway is assumed at a desk. */
export type Equipment = 'band' | 'wall' | 'chair' | 'doorway' | 'none';

/** What to do in a slot: reps, timed holds, or keep going for the whole slot. Doses are for 30 s. */
export type Dose =
  | { kind: 'reps'; reps: readonly [number, number]; perSide?: boolean }
  | { kind: 'holds'; holdSeconds: number; holds: number; perSide?: boolean }
  | { kind: 'time'; switchSides?: boolean };

/** The slot length every dose is written for. */
export const DOSE_SLOT_SECONDS = 30;

/**
 * A family groups a move with its variants (seated, kneeling, no band, ...). The builder picks one
 * move per family; the four core families must all come up during a day.
 */
export const CORE_FAMILIES = ['pull-apart', 'scapular-push-up', 'snow-angel', 'bird-dog'] as const;
export const EXTRA_FAMILIES = [
  'superman',
  'wall-angel',
  'chin-tuck',
  'glute-bridge',
  'thoracic-extension',
  'chest-stretch',
  'back-extension',
  'marching',
  'twist',
] as const;
export type CoreFamily = (typeof CORE_FAMILIES)[number];
export type Family = CoreFamily | (typeof EXTRA_FAMILIES)[number];

export const MOVE_IDS = [
  'band-pull-apart',
  'seated-band-pull-apart',
  'mimed-pull-apart',
  'scapular-push-up-wall',
  'scapular-push-up-knees',
  'scapular-push-up-floor',
  'seated-scapular-reach',
  'reverse-snow-angel',
  'seated-snow-angel',
  'bird-dog',
  'standing-bird-dog',
  'seated-bird-dog',
  'superman-hold',
  'wall-angel',
  'seated-wall-angel',
  'chin-tuck',
  'glute-bridge',
  'chair-thoracic-extension',
  'doorway-chest-stretch',
  'seated-chest-stretch',
  'standing-back-extension',
  'marching-in-place',
  'seated-marching',
  'seated-twist',
] as const;
export type MoveId = (typeof MOVE_IDS)[number];

/**
 * A move as data. Its words (name, targets, 3–5 steps, form cue, the easier way) are catalog
 * messages keyed by its id (electron/core/i18n/messages/routines.ts, read through move-words.ts).
 */
export interface Move {
  id: MoveId;
  family: Family;
  dose: Dose;
  position: Position;
  equipment: Equipment;
  /**
   * The easier way as its own move, when there is one (the words are always in the catalog). For a
   * band move this is the no-band variant.
   */
  easierMoveId?: MoveId;
  /** Key of the animated figure in renderer/src/break/illustrations. */
  illustration: string;
}

const m = (move: Omit<Move, 'illustration'> & { illustration?: string }): Move => ({
  ...move,
  illustration: move.illustration ?? move.id,
});

export const MOVES: readonly Move[] = [
  // --- pull-apart family (core) ---
  m({
    id: 'band-pull-apart',
    family: 'pull-apart',
    dose: { kind: 'reps', reps: [10, 12] },
    position: 'standing',
    equipment: 'band',
    easierMoveId: 'mimed-pull-apart',
  }),
  m({
    id: 'seated-band-pull-apart',
    family: 'pull-apart',
    dose: { kind: 'reps', reps: [10, 12] },
    position: 'seated',
    equipment: 'band',
    easierMoveId: 'mimed-pull-apart',
  }),
  m({
    id: 'mimed-pull-apart',
    family: 'pull-apart',
    dose: { kind: 'holds', holdSeconds: 3, holds: 6 },
    position: 'seated',
    equipment: 'none',
  }),

  // --- scapular push-up family (core) ---
  m({
    id: 'scapular-push-up-wall',
    family: 'scapular-push-up',
    dose: { kind: 'reps', reps: [10, 12] },
    position: 'standing',
    equipment: 'wall',
  }),
  m({
    id: 'scapular-push-up-knees',
    family: 'scapular-push-up',
    dose: { kind: 'reps', reps: [8, 12] },
    position: 'floor',
    equipment: 'none',
    easierMoveId: 'scapular-push-up-wall',
  }),
  m({
    id: 'scapular-push-up-floor',
    family: 'scapular-push-up',
    dose: { kind: 'reps', reps: [8, 10] },
    position: 'floor',
    equipment: 'none',
    easierMoveId: 'scapular-push-up-knees',
  }),
  m({
    id: 'seated-scapular-reach',
    family: 'scapular-push-up',
    dose: { kind: 'reps', reps: [10, 12] },
    position: 'seated',
    equipment: 'none',
  }),

  // --- snow angel family (core) ---
  m({
    id: 'reverse-snow-angel',
    family: 'snow-angel',
    dose: { kind: 'reps', reps: [4, 6] },
    position: 'floor',
    equipment: 'none',
    easierMoveId: 'seated-snow-angel',
  }),
  m({
    id: 'seated-snow-angel',
    family: 'snow-angel',
    dose: { kind: 'reps', reps: [5, 6] },
    position: 'seated',
    equipment: 'none',
  }),

  // --- bird-dog family (core) ---
  m({
    id: 'bird-dog',
    family: 'bird-dog',
    dose: { kind: 'holds', holdSeconds: 5, holds: 3, perSide: true },
    position: 'floor',
    equipment: 'none',
    easierMoveId: 'standing-bird-dog',
  }),
  m({
    id: 'standing-bird-dog',
    family: 'bird-dog',
    dose: { kind: 'holds', holdSeconds: 4, holds: 3, perSide: true },
    position: 'standing',
    equipment: 'none',
    easierMoveId: 'seated-bird-dog',
  }),
  m({
    id: 'seated-bird-dog',
    family: 'bird-dog',
    dose: { kind: 'holds', holdSeconds: 4, holds: 3, perSide: true },
    position: 'seated',
    equipment: 'none',
  }),

  // --- extras ---
  m({
    id: 'superman-hold',
    family: 'superman',
    dose: { kind: 'holds', holdSeconds: 3, holds: 6 },
    position: 'floor',
    equipment: 'none',
  }),
  m({
    id: 'wall-angel',
    family: 'wall-angel',
    dose: { kind: 'reps', reps: [6, 8] },
    position: 'standing',
    equipment: 'wall',
    easierMoveId: 'seated-wall-angel',
  }),
  m({
    id: 'seated-wall-angel',
    family: 'wall-angel',
    dose: { kind: 'reps', reps: [6, 8] },
    position: 'seated',
    equipment: 'none',
  }),
  m({
    id: 'chin-tuck',
    family: 'chin-tuck',
    dose: { kind: 'holds', holdSeconds: 5, holds: 5 },
    position: 'seated',
    equipment: 'none',
  }),
  m({
    id: 'glute-bridge',
    family: 'glute-bridge',
    dose: { kind: 'reps', reps: [8, 12] },
    position: 'floor',
    equipment: 'none',
  }),
  m({
    id: 'chair-thoracic-extension',
    family: 'thoracic-extension',
    dose: { kind: 'reps', reps: [5, 8] },
    position: 'seated',
    equipment: 'chair',
  }),
  m({
    id: 'doorway-chest-stretch',
    family: 'chest-stretch',
    dose: { kind: 'time' },
    position: 'standing',
    equipment: 'doorway',
    easierMoveId: 'seated-chest-stretch',
  }),
  m({
    id: 'seated-chest-stretch',
    family: 'chest-stretch',
    dose: { kind: 'time' },
    position: 'seated',
    equipment: 'none',
  }),
  m({
    id: 'standing-back-extension',
    family: 'back-extension',
    dose: { kind: 'reps', reps: [5, 10] },
    position: 'standing',
    equipment: 'none',
  }),
  m({
    id: 'marching-in-place',
    family: 'marching',
    dose: { kind: 'time' },
    position: 'standing',
    equipment: 'none',
    easierMoveId: 'seated-marching',
  }),
  m({
    id: 'seated-marching',
    family: 'marching',
    dose: { kind: 'time' },
    position: 'seated',
    equipment: 'none',
  }),
  m({
    id: 'seated-twist',
    family: 'twist',
    dose: { kind: 'time', switchSides: true },
    position: 'seated',
    equipment: 'chair',
  }),
];

const BY_ID: ReadonlyMap<string, Move> = new Map(MOVES.map((move) => [move.id, move]));

/** The move with this id; throws naming the id if there is none. */
export function getMove(id: string): Move {
  const move = BY_ID.get(id);
  if (!move) throw new Error(`Unknown move id "${id}" (known: ${MOVE_IDS.join(', ')})`);
  return move;
}

export function isMoveId(id: string): id is MoveId {
  return BY_ID.has(id);
}

export function isCoreFamily(family: Family): family is CoreFamily {
  return (CORE_FAMILIES as readonly string[]).includes(family);
}

/** Whether a space setting allows a position: seated < standing < floor. */
export function spaceAllows(space: Position, position: Position): boolean {
  return POSITION_RANK[position] <= POSITION_RANK[space];
}

/** At most this share of a slot is spent holding; the rest is for moving into and out of holds. */
export const HOLD_SHARE = 0.7;
