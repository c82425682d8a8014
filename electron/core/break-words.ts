/**
 * The words that lead into a break and into each move, following the routine's positions (no "stand
 * up" for a seated routine): one place for the notification, the break prompt and the player. The
 * text is in the catalog (messages/break.ts); `words` says it in the user's language.
 */
import type { MessageKey } from './i18n/catalog.ts';
import { moveName, type Words } from './move-words.ts';
import { getMove, type Move, type Position } from './routines.ts';

/** How the prompt invites the user in, by the first move's position. */
const INVITATIONS: Readonly<Record<Position, MessageKey>> = {
  seated: 'break.invite.seated',
  standing: 'break.invite.standing',
  floor: 'break.invite.floor',
};

/**
 * The invitation for a routine: how to start, from its first move's position, and a heads-up when it
 * goes down to the floor later.
 */
export function routineInvitation(words: Words, moveIds: readonly string[]): string {
  const positions = moveIds.map((id) => getMove(id).position);
  const first = positions[0] ?? 'standing';
  const lines = [words.t(INVITATIONS[first])];
  if (first !== 'floor' && positions.includes('floor'))
    lines.push(words.t('break.invite.floorLater'));
  return lines.join(' ');
}

const STAY: Readonly<Record<Position, MessageKey>> = {
  seated: 'break.change.stay.seated',
  standing: 'break.change.stay.standing',
  floor: 'break.change.stay.floor',
};

/** The position change into a move, from the previous move's position (null: the first move). */
function positionPhrase(from: Position | null, to: Position): MessageKey {
  if (from === to) return STAY[to];
  switch (to) {
    case 'floor':
      return 'break.change.toFloor';
    case 'standing':
      return from === 'floor' ? 'break.change.backOnFeet' : 'break.change.standUp';
    case 'seated':
      return from === null ? 'break.change.sitTall' : 'break.change.backToChair';
  }
}

/** Where the move needs to be done, when it needs something. */
const PLACE: Readonly<Partial<Record<Move['equipment'], MessageKey>>> = {
  band: 'break.place.band',
  wall: 'break.place.wall',
  doorway: 'break.place.doorway',
};

/** The get-ready line before a move, e.g. "Down to the floor: bird-dog". */
export function getReadyLine(words: Words, previous: Move | null, next: Move): string {
  const change = words.t(positionPhrase(previous?.position ?? null, next.position));
  const place = next.id === 'wall-angel' ? 'break.place.backToWall' : PLACE[next.equipment];
  const name = moveName(words, next.id);
  return words.t('break.getReadyLine', {
    change: place ? words.t(place, { change }) : change,
    // Mid-sentence, an English name starts lower-case; German nouns keep their capital.
    name: words.language === 'en' ? name.charAt(0).toLowerCase() + name.slice(1) : name,
  });
}

/** A short span to the second, for the parts of a break: "45 s", "2 min", "2 min 30 s". */
export function breakSpan(words: Words, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return words.t('break.span.seconds', { s });
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0
    ? words.t('break.span.minutes', { m })
    : words.t('break.span.minutesSeconds', { m, s: rest });
}
