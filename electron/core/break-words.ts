/**
 * The words that lead into a break and into each move, following the routine's positions (no "stand
 * up" for a seated routine): one place for the notification, the break prompt and the player.
 */
import { getMove, type Move, type Position } from './routines.ts';

/** How the prompt invites the user in, by the first move's position. */
const INVITATIONS: Readonly<Record<Position, string>> = {
  seated: 'Sit tall at the front of your chair, breathe out, and let your shoulders drop.',
  standing: 'Stand up, breathe out, and let your shoulders drop.',
  floor: 'Find a clear patch of floor, breathe out, and let your shoulders drop.',
};

/** Said when a routine will take the user to the floor later on. */
const FLOOR_LATER = 'Some moves are on the floor, so clear a little space.';

/**
 * The invitation for a routine: how to start, from its first move's position, and a heads-up when it
 * goes down to the floor later.
 */
export function routineInvitation(moveIds: readonly string[]): string {
  const positions = moveIds.map((id) => getMove(id).position);
  const first = positions[0] ?? 'standing';
  const lines = [INVITATIONS[first]];
  if (first !== 'floor' && positions.includes('floor')) lines.push(FLOOR_LATER);
  return lines.join(' ');
}

/** The position change into a move, from the previous move's position (null: the first move). */
function positionPhrase(from: Position | null, to: Position): string {
  if (from === to) {
    return { seated: 'Stay seated', standing: 'Stay standing', floor: 'Stay on the floor' }[to];
  }
  switch (to) {
    case 'floor':
      return 'Down to the floor';
    case 'standing':
      return from === 'floor' ? 'Back on your feet' : 'Stand up';
    case 'seated':
      return from === null ? 'Sit tall' : 'Back to your chair';
  }
}

/** Where the move needs to be done, when it needs something. */
const EQUIPMENT_PHRASE: Readonly<Record<Move['equipment'], string>> = {
  band: ' with your band',
  wall: ', facing a wall',
  doorway: ', in a doorway',
  chair: '',
  none: '',
};

/** The get-ready line before a move, e.g. "Down to the floor: bird-dog". */
export function getReadyLine(previous: Move | null, next: Move): string {
  const place =
    next.id === 'wall-angel' ? ', back to a wall' : (EQUIPMENT_PHRASE[next.equipment] ?? '');
  const name = next.name.charAt(0).toLowerCase() + next.name.slice(1);
  return `${positionPhrase(previous?.position ?? null, next.position)}${place}: ${name}`;
}
