/** Builds the routine for one break: fills the break length exactly and rotates the core moves. */
import {
  CORE_FAMILIES,
  EXTRA_FAMILIES,
  MOVES,
  POSITION_RANK,
  spaceAllows,
  type Family,
  type Move,
  type MoveId,
  type Position,
} from './routines.ts';
import type { Settings } from './settings.ts';
import type { DayStats } from './types.ts';

export interface RoutineMove {
  moveId: MoveId;
  seconds: number;
}

export interface Routine {
  moves: RoutineMove[];
}

export type RoutineSettings = Pick<Settings, 'breakDurationSeconds' | 'space' | 'equipment'>;

export interface BuildRoutineInput {
  settings: RoutineSettings;
  /** Local date 'YYYY-MM-DD' the break belongs to; seeds the day's rotation. */
  date: string;
  /** 0 for the day's first break, then 1, 2, …; successive breaks rotate the moves. */
  breakIndex: number;
}

/**
 * SPEC section 4 bounds of `breakDurationSeconds`, the same as `NUMBER_BOUNDS` in settings.ts (a
 * unit test holds them equal). Not imported from there: settings.ts builds zod schemas, and the
 * break window, which builds its routine, must stay small.
 */
export const BREAK_DURATION_BOUNDS = { min: 60, max: 600 } as const;

/** The slot length a routine is cut into; the remainder is spread over the slots. */
export const SLOT_SECONDS = 30;

/**
 * Any two successive breaks of a day cover all four core families between them (each break
 * carries at least two of them, taken in turn).
 */
export const CORE_COVERAGE_BREAKS = 2;

/** Order of positions inside a routine: get up first, then the floor, and finish back in the chair. */
const ORDER_RANK: Readonly<Record<Position, number>> = { standing: 0, floor: 1, seated: 2 };

/** Whether the user's space and equipment allow a move. */
export function isMoveAllowed(
  move: Move,
  settings: Pick<Settings, 'space' | 'equipment'>,
): boolean {
  return (
    spaceAllows(settings.space, move.position) &&
    (move.equipment !== 'band' || settings.equipment.band)
  );
}

/**
 * The moves of a family the builder may pick: allowed ones, band moves first when there is a band,
 * and only the most demanding position the space allows (a floor user gets the floor bird-dog).
 */
export function familyCandidates(
  family: Family,
  settings: Pick<Settings, 'space' | 'equipment'>,
): Move[] {
  let candidates = MOVES.filter((move) => move.family === family && isMoveAllowed(move, settings));
  if (candidates.some((move) => move.equipment === 'band')) {
    candidates = candidates.filter((move) => move.equipment === 'band');
  }
  const top = Math.max(...candidates.map((move) => POSITION_RANK[move.position]));
  return candidates.filter((move) => POSITION_RANK[move.position] === top);
}

/** Slot lengths for a break: about 30 s each, summing exactly to the break length. */
export function slotSeconds(breakDurationSeconds: number): number[] {
  const count = Math.max(1, Math.round(breakDurationSeconds / SLOT_SECONDS));
  const base = Math.floor(breakDurationSeconds / count);
  const remainder = breakDurationSeconds - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < remainder ? 1 : 0));
}

/** How many of a routine's slots go to core families: all of a short one, at least two, at most four. */
export function coreSlotCount(slots: number): number {
  if (slots <= 2) return slots;
  return Math.min(CORE_FAMILIES.length, Math.max(2, Math.ceil(slots / 2)));
}

/** The routine for one break: deterministic for the same settings, date and break index. */
/** The routine of today's next break: every started break (taken or partial) moves the rotation on. */
export function nextRoutine(settings: Settings, today: DayStats): Routine {
  return buildRoutine({
    settings,
    date: today.date,
    breakIndex: today.breaksTaken + today.breaksPartial,
  });
}

export function buildRoutine({ settings, date, breakIndex }: BuildRoutineInput): Routine {
  validateInput(settings, date, breakIndex);
  const seed = hashString(date);
  const slots = slotSeconds(settings.breakDurationSeconds);
  const coreCount = coreSlotCount(slots.length);
  const extraCount = slots.length - coreCount;

  // The day walks through the core families in a fixed cycle, and through the extras in another;
  // `turn` counts how often a family came up today, so variants (knees / plank) alternate too.
  const pick = (candidates: Move[], turn: number): Move | undefined =>
    candidates[(seed + turn) % candidates.length];

  const cores: Move[] = [];
  for (let j = 0; j < coreCount; j++) {
    const step = seed + breakIndex * coreCount + j;
    const family = CORE_FAMILIES[step % CORE_FAMILIES.length] ?? CORE_FAMILIES[0];
    const move = pick(familyCandidates(family, settings), Math.floor(step / CORE_FAMILIES.length));
    if (!move)
      throw new Error(`No allowed move in core family "${family}" for space "${settings.space}"`);
    cores.push(move);
  }

  const pool = EXTRA_FAMILIES.map((family) => familyCandidates(family, settings)).filter(
    (candidates) => candidates.length > 0,
  );
  const extras: Move[] = [];
  for (let j = 0; j < extraCount; j++) {
    const step = seed + breakIndex * extraCount + j;
    const move = pick(pool[step % pool.length] ?? [], Math.floor(step / pool.length));
    if (move) extras.push(move);
  }

  // Alternate core and extra moves, then group by position so nobody gets up and down twice.
  const mixed: Move[] = [];
  for (let i = 0; i < Math.max(cores.length, extras.length); i++) {
    const core = cores[i];
    const extra = extras[i];
    if (core) mixed.push(core);
    if (extra) mixed.push(extra);
  }
  // Each break of the day starts the list somewhere else, so a routine made of the same moves as
  // the last one (a seated user's catalog is small) still comes in a different order.
  const shift = mixed.length > 0 ? breakIndex % mixed.length : 0;
  const rotated = [...mixed.slice(shift), ...mixed.slice(0, shift)];
  const ordered = separateRepeats(
    rotated
      .map((move, i) => ({ move, i }))
      .sort((a, b) => ORDER_RANK[a.move.position] - ORDER_RANK[b.move.position] || a.i - b.i)
      .map(({ move }) => move),
  );

  return {
    moves: ordered.map((move, i) => ({ moveId: move.id, seconds: slots[i] ?? SLOT_SECONDS })),
  };
}

/** Total seconds of a routine. */
export function routineSeconds(routine: Routine): number {
  return routine.moves.reduce((sum, move) => sum + move.seconds, 0);
}

/** Swaps a move that repeats its predecessor with another move of the same position, if one fits. */
function separateRepeats(moves: Move[]): Move[] {
  const out = [...moves];
  const idAt = (k: number) => out[k]?.id;
  /** Whether `move` placed at `k` would sit next to itself (ignoring the slot `skip`). */
  const clashes = (move: Move, k: number, skip: number) =>
    (k - 1 !== skip && idAt(k - 1) === move.id) || (k + 1 !== skip && idAt(k + 1) === move.id);
  for (let i = 1; i < out.length; i++) {
    const cur = out[i];
    if (!cur || idAt(i - 1) !== cur.id) continue;
    const j = out.findIndex(
      (other, k) =>
        k !== i &&
        k !== i - 1 &&
        other.id !== cur.id &&
        other.position === cur.position &&
        !clashes(cur, k, i) &&
        !clashes(other, i, k),
    );
    const swap = out[j];
    if (j >= 0 && swap) {
      out[j] = cur;
      out[i] = swap;
    }
  }
  return out;
}

function validateInput(settings: RoutineSettings, date: string, breakIndex: number): void {
  const { min, max } = BREAK_DURATION_BOUNDS;
  const seconds = settings.breakDurationSeconds;
  if (!Number.isInteger(seconds) || seconds < min || seconds > max) {
    throw new Error(
      `buildRoutine: breakDurationSeconds must be a whole number from ${min} to ${max} (got ${String(seconds)})`,
    );
  }
  if (!Object.hasOwn(POSITION_RANK, settings.space)) {
    throw new Error(
      `buildRoutine: space must be "seated", "standing" or "floor" (got ${JSON.stringify(settings.space)})`,
    );
  }
  if (typeof settings.equipment?.band !== 'boolean') {
    throw new Error('buildRoutine: equipment.band must be true or false');
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new Error(`buildRoutine: date must be "YYYY-MM-DD" (got ${JSON.stringify(date)})`);
  }
  if (!Number.isInteger(breakIndex) || breakIndex < 0) {
    throw new Error(
      `buildRoutine: breakIndex must be a whole number ≥ 0 (got ${String(breakIndex)})`,
    );
  }
}

/** FNV-1a: a small, stable hash so each day starts the rotation somewhere else. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
