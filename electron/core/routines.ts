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

export interface Move {
  id: MoveId;
  name: string;
  family: Family;
  /** Muscles or qualities the move works, in plain words. */
  targets: readonly string[];
  /** 3–5 short steps, in order. */
  steps: readonly string[];
  /** The one thing to watch: the usual mistake, or when to stop. */
  formCue: string;
  dose: Dose;
  position: Position;
  equipment: Equipment;
  /**
   * The easier way (always in words) and, when it is its own move, that move. For a band move
   * `moveId` is the no-band variant.
   */
  easier: { text: string; moveId?: MoveId };
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
    name: 'Band pull-apart',
    family: 'pull-apart',
    targets: ['rear shoulders', 'rhomboids', 'middle trapezius'],
    steps: [
      'Hold the band at chest height, hands shoulder-width apart, arms straight.',
      'Spread your arms wide until the band touches your chest.',
      'Pause and squeeze your shoulder blades together.',
      'Let the band come back slowly; don’t let it snap.',
    ],
    formCue: 'Keep the elbows long and the shoulders low: no shrugging, no arching the lower back.',
    dose: { kind: 'reps', reps: [10, 12] },
    position: 'standing',
    equipment: 'band',
    easier: {
      text: 'No band? Make the same sweep without one and hold each squeeze for 3 seconds.',
      moveId: 'mimed-pull-apart',
    },
  }),
  m({
    id: 'seated-band-pull-apart',
    name: 'Seated band pull-apart',
    family: 'pull-apart',
    targets: ['rear shoulders', 'rhomboids', 'middle trapezius'],
    steps: [
      'Sit tall at the front of your chair, feet flat.',
      'Hold the band in front of your chest, arms straight.',
      'Pull it apart until it touches your chest, shoulder blades squeezed.',
      'Let it return slowly and go again.',
    ],
    formCue:
      'Sit tall the whole time; the pull comes from the shoulder blades, not from leaning back.',
    dose: { kind: 'reps', reps: [10, 12] },
    position: 'seated',
    equipment: 'band',
    easier: {
      text: 'Use a lighter band, or do it without one.',
      moveId: 'mimed-pull-apart',
    },
  }),
  m({
    id: 'mimed-pull-apart',
    name: 'Shoulder-blade squeeze',
    family: 'pull-apart',
    targets: ['rear shoulders', 'rhomboids', 'middle trapezius'],
    steps: [
      'Sit or stand tall, arms straight out in front at chest height.',
      'Sweep your arms wide as if stretching an invisible band.',
      'Squeeze your shoulder blades together and hold for 3 seconds.',
      'Bring the arms back to the front and repeat.',
    ],
    formCue: 'Thumbs up, shoulders away from your ears. The squeeze does the work, not speed.',
    dose: { kind: 'holds', holdSeconds: 3, holds: 6 },
    position: 'seated',
    equipment: 'none',
    easier: {
      text: 'Keep your hands at your sides and just squeeze the shoulder blades together.',
    },
  }),

  // --- scapular push-up family (core) ---
  m({
    id: 'scapular-push-up-wall',
    name: 'Wall scapular push-up',
    family: 'scapular-push-up',
    targets: ['serratus anterior', 'shoulder-blade control'],
    steps: [
      'Stand an arm’s length from a wall or a sturdy desk, hands flat at shoulder height.',
      'Lock your elbows and keep your body in one straight line.',
      'Let your chest sink toward the wall as the shoulder blades slide together.',
      'Push the wall away so the shoulder blades spread apart.',
    ],
    formCue: 'A small movement: the elbows never bend, and your head stays in line with your body.',
    dose: { kind: 'reps', reps: [10, 12] },
    position: 'standing',
    equipment: 'wall',
    easier: { text: 'Stand closer to the wall to make it lighter.' },
  }),
  m({
    id: 'scapular-push-up-knees',
    name: 'Kneeling scapular push-up',
    family: 'scapular-push-up',
    targets: ['serratus anterior', 'shoulder-blade control'],
    steps: [
      'Kneel and walk your hands forward until knees, hips and head form a line.',
      'Hands under your shoulders, arms straight.',
      'Let your chest drop a little as the shoulder blades pinch together.',
      'Press the floor away until your upper back rounds slightly.',
    ],
    formCue: 'Hips stay in line and the elbows stay straight; only the shoulder blades move.',
    dose: { kind: 'reps', reps: [8, 12] },
    position: 'floor',
    equipment: 'none',
    easier: { text: 'Do it standing, with your hands on a wall.', moveId: 'scapular-push-up-wall' },
  }),
  m({
    id: 'scapular-push-up-floor',
    name: 'Plank scapular push-up',
    family: 'scapular-push-up',
    targets: ['serratus anterior', 'shoulder-blade control', 'core'],
    steps: [
      'Set up in a high plank: hands under shoulders, body straight from heels to head.',
      'Lock your arms.',
      'Let your chest sink between your shoulders as the blades come together.',
      'Push the floor away to spread the blades and round the upper back a little.',
    ],
    formCue: 'Brace your middle so the lower back doesn’t sag; the elbows never bend.',
    dose: { kind: 'reps', reps: [8, 10] },
    position: 'floor',
    equipment: 'none',
    easier: { text: 'Drop to your knees.', moveId: 'scapular-push-up-knees' },
  }),
  m({
    id: 'seated-scapular-reach',
    name: 'Seated shoulder-blade reach',
    family: 'scapular-push-up',
    targets: ['serratus anterior', 'shoulder-blade control'],
    steps: [
      'Sit tall, arms straight out in front at shoulder height.',
      'Reach forward without leaning, letting the shoulder blades spread.',
      'Draw the arms back so the blades squeeze together, elbows still straight.',
      'Keep moving slowly between the two.',
    ],
    formCue: 'Only the shoulders move: your chest stays still and the elbows stay straight.',
    dose: { kind: 'reps', reps: [10, 12] },
    position: 'seated',
    equipment: 'none',
    easier: { text: 'Work one arm at a time.' },
  }),

  // --- snow angel family (core) ---
  m({
    id: 'reverse-snow-angel',
    name: 'Reverse snow angel',
    family: 'snow-angel',
    targets: ['middle and lower trapezius', 'rhomboids', 'rear shoulders'],
    steps: [
      'Lie face down, arms by your sides, palms facing the floor.',
      'Float your hands just off the floor.',
      'Sweep your arms out wide and up past your head in one slow arc.',
      'Sweep them back down to your sides.',
    ],
    formCue: 'Forehead stays down and the lower back stays relaxed; don’t shrug toward your ears.',
    dose: { kind: 'reps', reps: [4, 6] },
    position: 'floor',
    equipment: 'none',
    easier: { text: 'Do it seated, leaning forward from the hips.', moveId: 'seated-snow-angel' },
  }),
  m({
    id: 'seated-snow-angel',
    name: 'Seated snow angel',
    family: 'snow-angel',
    targets: ['middle and lower trapezius', 'rhomboids', 'rear shoulders'],
    steps: [
      'Sit at the front of your chair and lean forward from the hips, back flat.',
      'Let your arms hang by your sides, thumbs pointing up.',
      'Sweep the arms out to the sides and up past your head in a wide arc.',
      'Sweep them slowly back down.',
    ],
    formCue: 'Keep the neck long and the back flat; move from the shoulder blades.',
    dose: { kind: 'reps', reps: [5, 6] },
    position: 'seated',
    equipment: 'none',
    easier: { text: 'Make the arc smaller and stop at shoulder height.' },
  }),

  // --- bird-dog family (core) ---
  m({
    id: 'bird-dog',
    name: 'Bird-dog',
    family: 'bird-dog',
    targets: ['back extensors', 'glutes', 'deep core'],
    steps: [
      'Kneel on all fours: hands under shoulders, knees under hips.',
      'Reach one arm forward and the opposite leg back until both line up with your body.',
      'Hold for about 5 seconds, then come back with control.',
      'Switch sides and keep alternating.',
    ],
    formCue: 'Hips level and no twisting: imagine a cup of tea balanced on your lower back.',
    dose: { kind: 'holds', holdSeconds: 5, holds: 3, perSide: true },
    position: 'floor',
    equipment: 'none',
    easier: {
      text: 'Move only the leg or only the arm, or do it standing.',
      moveId: 'standing-bird-dog',
    },
  }),
  m({
    id: 'standing-bird-dog',
    name: 'Standing bird-dog',
    family: 'bird-dog',
    targets: ['back extensors', 'glutes', 'balance'],
    steps: [
      'Stand tall; rest a hand on a chair or desk if you need balance.',
      'Reach one arm forward and up while the opposite leg reaches back.',
      'Hold for a few seconds, squeezing the glute of the back leg.',
      'Return and switch sides.',
    ],
    formCue: 'Stay tall: don’t tip forward or arch your back as the leg goes back.',
    dose: { kind: 'holds', holdSeconds: 4, holds: 3, perSide: true },
    position: 'standing',
    equipment: 'none',
    easier: { text: 'Do it seated.', moveId: 'seated-bird-dog' },
  }),
  m({
    id: 'seated-bird-dog',
    name: 'Seated opposite reach',
    family: 'bird-dog',
    targets: ['back extensors', 'deep core', 'thighs'],
    steps: [
      'Sit tall at the front of your chair, feet flat.',
      'Raise one arm forward and up while straightening the opposite knee.',
      'Hold for a few seconds with your belly gently braced.',
      'Lower and switch sides.',
    ],
    formCue: 'Keep sitting tall: don’t lean back as the leg lifts.',
    dose: { kind: 'holds', holdSeconds: 4, holds: 3, perSide: true },
    position: 'seated',
    equipment: 'none',
    easier: { text: 'Lift only the arm, or only the leg.' },
  }),

  // --- extras ---
  m({
    id: 'superman-hold',
    name: 'Superman hold',
    family: 'superman',
    targets: ['back extensors', 'glutes', 'hamstrings'],
    steps: [
      'Lie face down, arms reaching past your head, legs straight.',
      'Lift arms, chest and legs a few centimetres off the floor.',
      'Hold for 2 to 5 seconds while breathing normally.',
      'Lower gently and rest a moment.',
    ],
    formCue: 'Eyes on the floor so the neck stays long. A small lift is enough.',
    dose: { kind: 'holds', holdSeconds: 3, holds: 6 },
    position: 'floor',
    equipment: 'none',
    easier: { text: 'Lift only one arm and the opposite leg at a time.' },
  }),
  m({
    id: 'wall-angel',
    name: 'Wall angel',
    family: 'wall-angel',
    targets: ['lower and middle trapezius', 'upper-back mobility'],
    steps: [
      'Stand with your back to a wall, feet a small step out.',
      'Raise your arms into a W, elbows and wrists touching the wall.',
      'Slide the arms up toward a Y, then back down to the W.',
      'Only go as high as you can while keeping contact.',
    ],
    formCue: 'Ribs down: don’t arch the lower back off the wall to reach higher.',
    dose: { kind: 'reps', reps: [6, 8] },
    position: 'standing',
    equipment: 'wall',
    easier: { text: 'Do it seated, without the wall.', moveId: 'seated-wall-angel' },
  }),
  m({
    id: 'seated-wall-angel',
    name: 'Seated W-to-Y',
    family: 'wall-angel',
    targets: ['lower and middle trapezius', 'upper-back mobility'],
    steps: [
      'Sit tall, away from the backrest.',
      'Raise your arms into a W: elbows bent, palms forward.',
      'Press up into a Y, then draw the elbows back down into the W.',
      'At the bottom, squeeze the shoulder blades down and together.',
    ],
    formCue: 'Keep your ribs down and your chin level.',
    dose: { kind: 'reps', reps: [6, 8] },
    position: 'seated',
    equipment: 'none',
    easier: { text: 'Press up only as far as is comfortable.' },
  }),
  m({
    id: 'chin-tuck',
    name: 'Chin tuck',
    family: 'chin-tuck',
    targets: ['deep neck flexors', 'neck posture'],
    steps: [
      'Sit tall with your shoulders relaxed.',
      'Glide your chin straight back, as if making a double chin.',
      'Hold for about 5 seconds.',
      'Release slowly and repeat.',
    ],
    formCue: 'Slide straight back: no nodding up or down.',
    dose: { kind: 'holds', holdSeconds: 5, holds: 5 },
    position: 'seated',
    equipment: 'none',
    easier: { text: 'Rest the back of your head on a headrest and press it gently back.' },
  }),
  m({
    id: 'glute-bridge',
    name: 'Glute bridge',
    family: 'glute-bridge',
    targets: ['glutes', 'hamstrings'],
    steps: [
      'Lie on your back, knees bent, feet flat and hip-width apart.',
      'Press through your heels and lift your hips until knees, hips and shoulders line up.',
      'Squeeze your glutes at the top for a second.',
      'Lower slowly.',
    ],
    formCue: 'Stop at a straight line; pushing higher only arches the lower back. No rushing.',
    dose: { kind: 'reps', reps: [8, 12] },
    position: 'floor',
    equipment: 'none',
    easier: { text: 'Make the lift smaller. For more, lift with one leg.' },
  }),
  m({
    id: 'chair-thoracic-extension',
    name: 'Thoracic extension over a chair',
    family: 'thoracic-extension',
    targets: ['upper-back mobility', 'chest'],
    steps: [
      'Sit tall against a firm backrest that reaches your mid-back.',
      'Put your hands behind your head, elbows wide.',
      'Lean back over the top of the backrest, lifting your chest to the ceiling.',
      'Come back up slowly.',
    ],
    formCue:
      'Bend from the upper back, chin slightly tucked. Skip this with a recent spine injury or severe osteoporosis.',
    dose: { kind: 'reps', reps: [5, 8] },
    position: 'seated',
    equipment: 'chair',
    easier: { text: 'Lean back only a little, arms crossed on your chest.' },
  }),
  m({
    id: 'doorway-chest-stretch',
    name: 'Doorway chest stretch',
    family: 'chest-stretch',
    targets: ['chest', 'front shoulders'],
    steps: [
      'Stand in a doorway, forearms on the frame, elbows at shoulder height.',
      'Step one foot through.',
      'Lean gently forward until you feel a stretch across the chest.',
      'Breathe slowly and hold.',
    ],
    formCue: 'Shoulders down, away from your ears. You want a stretch, never pain.',
    dose: { kind: 'time' },
    position: 'standing',
    equipment: 'doorway',
    easier: {
      text: 'Use one arm against a wall corner, or do it seated.',
      moveId: 'seated-chest-stretch',
    },
  }),
  m({
    id: 'seated-chest-stretch',
    name: 'Seated chest opener',
    family: 'chest-stretch',
    targets: ['chest', 'front shoulders'],
    steps: [
      'Sit at the front of your chair.',
      'Clasp your hands behind your back, or hold the seat behind you.',
      'Lift your chest and draw the shoulders back and down.',
      'Hold and breathe slowly.',
    ],
    formCue: 'Chin level, and don’t push the lower back into an arch.',
    dose: { kind: 'time' },
    position: 'seated',
    equipment: 'none',
    easier: { text: 'Put your hands behind your head and open the elbows instead.' },
  }),
  m({
    id: 'standing-back-extension',
    name: 'Standing back extension',
    family: 'back-extension',
    targets: ['lower back', 'hip flexors'],
    steps: [
      'Stand tall, feet hip-width apart.',
      'Place your hands on your lower back, fingers pointing down.',
      'Lean back gently, letting your hips move a little forward.',
      'Return to upright and repeat.',
    ],
    formCue: 'Knees straight but soft. Stop if pain sharpens or spreads into a leg.',
    dose: { kind: 'reps', reps: [5, 10] },
    position: 'standing',
    equipment: 'none',
    easier: { text: 'Lean back only a little.' },
  }),
  m({
    id: 'marching-in-place',
    name: 'Marching in place',
    family: 'marching',
    targets: ['hip flexors', 'circulation'],
    steps: [
      'Stand tall with some space around you and a chair nearby for balance.',
      'Lift one knee toward hip height.',
      'Lower it and lift the other, swinging your arms.',
      'Keep a steady, comfortable rhythm.',
    ],
    formCue: 'Stay tall: don’t lean back as the knee comes up.',
    dose: { kind: 'time' },
    position: 'standing',
    equipment: 'none',
    easier: { text: 'March seated.', moveId: 'seated-marching' },
  }),
  m({
    id: 'seated-marching',
    name: 'Seated marching',
    family: 'marching',
    targets: ['hip flexors', 'circulation'],
    steps: [
      'Sit tall at the front of your chair, feet flat.',
      'Lift one knee a few centimetres, then set the foot down.',
      'Alternate legs and pump your arms.',
      'Speed up a little if it feels easy.',
    ],
    formCue: 'Keep your back tall and off the backrest.',
    dose: { kind: 'time' },
    position: 'seated',
    equipment: 'none',
    easier: { text: 'Go slower and lift the knees less.' },
  }),
  m({
    id: 'seated-twist',
    name: 'Seated twist',
    family: 'twist',
    targets: ['upper-back rotation', 'obliques'],
    steps: [
      'Sit tall, feet flat, knees together.',
      'Turn your chest to one side, holding the backrest or armrest.',
      'Grow taller as you breathe in; turn a little further as you breathe out.',
      'Come back to the middle and turn to the other side.',
    ],
    formCue: 'Turn from the upper back with your hips facing forward; never force the end.',
    dose: { kind: 'time', switchSides: true },
    position: 'seated',
    equipment: 'chair',
    easier: { text: 'Cross your arms over your chest and turn a little less.' },
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

/**
 * Scales a dose written for 30 s to a slot, rounding to whole reps and at least one; timed holds are
 * capped so they fill at most HOLD_SHARE of the slot.
 */
export function describeDose(dose: Dose, slotSeconds: number): string {
  const scale = slotSeconds / DOSE_SLOT_SECONDS;
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  switch (dose.kind) {
    case 'reps': {
      const [lo, hi] = [count(dose.reps[0]), count(dose.reps[1])];
      const range = lo === hi ? `${lo}` : `${lo}–${hi}`;
      return `${range} rep${hi === 1 ? '' : 's'}${dose.perSide ? ' each side' : ''}`;
    }
    case 'holds': {
      // Holds leave room to come out of one and set up the next (the get-ready is outside the slot).
      const sides = dose.perSide ? 2 : 1;
      const fit = Math.floor((slotSeconds * HOLD_SHARE) / (dose.holdSeconds * sides));
      const holds = Math.max(1, Math.min(count(dose.holds), fit));
      return `${holds} × ${dose.holdSeconds} s hold${holds === 1 ? '' : 's'}${dose.perSide ? ' each side' : ''}`;
    }
    case 'time':
      return dose.switchSides ? `${Math.round(slotSeconds / 2)} s each side` : `${slotSeconds} s`;
  }
}
