/** The keyframe poses of every move's figure, keyed by the catalog's illustration id. */
import type { Frame, Limb, Pose, Pt, View } from './figure.ts';

/** Static things the figure uses, drawn faintly behind it. */
export interface Scene {
  /** Floor line (default on). */
  floor?: boolean;
  /** A wall on the right of a side view, at this x. */
  wall?: number;
  /** A wall behind a front view (a soft panel). */
  backWall?: boolean;
  /** Side view: chair seat from `x` (the backrest side) forward; front view: seat centred on `x`. */
  chair?: { x: number; seat: number; back?: number };
  /** A door frame post at this x (side view). */
  doorway?: number;
  /** A mat seen from above (top views of floor moves). */
  mat?: boolean;
  /** A resistance band between the hands. */
  band?: boolean;
}

export interface Illustration {
  view: View;
  scene: Scene;
  /** Keyframes, looping back to the first. */
  frames: readonly Frame[];
  /** Which frame the still picture shows solid (the first shows as a faint ghost). Default 1. */
  still?: number;
  /** Front views: draw a nose dot so a turning head reads. */
  face?: boolean;
  /** A zoomed viewBox [x, y, width, height] (4:3) for figures lying low on the floor. */
  box?: readonly [number, number, number, number];
}

// --- base poses ------------------------------------------------------------------------------

const standSide = (over: Partial<Pose> = {}): Pose => ({
  p: [116, 94],
  t: 0,
  aN: [185, 176],
  aF: [178, 184],
  lN: [178, 180, 90],
  lF: [182, 180, 90],
  ...over,
});

const standFront = (over: Partial<Pose> = {}): Pose => ({
  p: [120, 94],
  t: 0,
  aN: [170, 178],
  aF: [190, 182],
  lN: [174, 180],
  lF: [186, 180],
  ...over,
});

/** Seated, side view, on a chair whose backrest is at x = 84. */
const SEAT_SIDE = { x: 84, seat: 134, back: 86 };
const seatSide = (over: Partial<Pose> = {}): Pose => ({
  p: [100, 128],
  t: 0,
  aN: [166, 118],
  aF: [168, 122],
  lN: [92, 180, 90],
  lF: [92, 180, 90],
  ...over,
});

/** Seated, front view: thighs point at the viewer, so they are drawn short. */
const SEAT_FRONT = { x: 120, seat: 120 };
const thigh = (angle: number, shin: number): Limb => ({ a: [angle, shin], k: [0.6, 1] });
const seatFront = (over: Partial<Pose> = {}): Pose => ({
  p: [120, 113],
  t: 0,
  aN: [168, 176],
  aF: [192, 184],
  lN: thigh(122, 182),
  lF: thigh(238, 178),
  ...over,
});

/** Arms pointing at the viewer (pull-apart start) or out to the sides. */
const armsFront = (k: number, spread: number): Pick<Pose, 'aN' | 'aF'> => ({
  aN: { a: [spread, spread], k: [k, k] },
  aF: { a: [360 - spread, 360 - spread], k: [k, k] },
});

const mirror = (a: readonly number[]) => a.map((v) => 360 - v);

// --- moves -----------------------------------------------------------------------------------

const pullApart = (base: (o: Partial<Pose>) => Pose, band: boolean, squeeze: number) => ({
  view: 'front' as const,
  scene: { band, ...(base === seatFront ? { chair: SEAT_FRONT } : {}) },
  frames: [
    { pose: base(armsFront(0.3, 120)), hold: 0.4, move: 1.2 },
    { pose: base(armsFront(1, 98)), hold: squeeze, move: 1.5 },
  ],
});

const W: Pick<Pose, 'aN' | 'aF'> = { aN: [122, 18], aF: [238, 342] };
const Y: Pick<Pose, 'aN' | 'aF'> = { aN: [36, 26], aF: [324, 334] };

/**
 * Scapular push-ups, as the cues say: arms locked straight and the body one straight line from the
 * floor contact (`base`) through the head. Only the shoulder blades move: the shoulder stays pinned
 * over the hands while the whole straight body tips a few degrees about `base`, so the chest sinks
 * between the shoulders (blades together) and rises again (blades apart).
 */
const scapular = (
  base: Pt,
  /** Length from `base` to the pelvis along the body line. */
  toPelvis: number,
  /** Lean of the body line that puts the shoulder over the hands (the pushed-away pose). */
  lean0: number,
  /** Direction from the shoulder to the hands (the arms never bend). */
  arm: number,
  legs: (lean: number) => Pick<Pose, 'lN' | 'lF'>,
) => {
  const along = (lean: number, length: number): Pt => [
    base[0] + Math.sin(lean * RAD) * length,
    base[1] - Math.cos(lean * RAD) * length,
  ];
  // The shoulder girdle sits 0.9 of the way up the 50-unit torso (figure.ts `shoulderBase`).
  const shoulder = along(lean0, toPelvis + 45);
  return (lean: number, head: number): Pose => ({
    p: along(lean, toPelvis),
    t: lean,
    c: 0,
    sp: shoulder,
    h: lean + head,
    aN: [arm, arm],
    aF: [arm + 1, arm + 1],
    ...legs(lean),
  });
};
const RAD = Math.PI / 180;

/** Standing at a wall: ankles fixed, straight legs, hands on the wall at shoulder height. */
const scapWall = scapular([86.4, 162.8], 69, 20, 92, (lean) => ({
  lN: [180 + lean, 180 + lean, 90],
  lF: [178 + lean, 178 + lean, 90],
}));

/** Kneeling: knees fixed on the floor, shins flat behind, hands under the shoulders. */
const kneeling = scapular([73.8, 161], 35, 52, 180, (lean) => ({
  lN: [180 + lean, 268, 250],
  lF: [180 + lean, 266, 250],
}));

/** High plank: toes fixed, the whole body straight, hands under the shoulders. */
const plank = scapular([36, 158.1], 69, 66, 180, (lean) => ({
  lN: [180 + lean, 180 + lean, 160],
  lF: [180 + lean, 180 + lean, 160],
}));

/** Hands and knees; arms straight down, thigh down, shin along the floor. */
const quadruped = (over: Partial<Pose> = {}): Pose => ({
  p: [88, 127],
  t: 71,
  h: 102,
  aN: [178, 180],
  aF: [182, 180],
  lN: [180, 270, 250],
  lF: [180, 270, 250],
  ...over,
});

/** Lying face down, head to the right. */
const prone = (over: Partial<Pose> = {}): Pose => ({
  p: [90, 154],
  t: 90,
  h: 92,
  aN: [95, 93],
  aF: [94, 92],
  lN: [270, 270, 180],
  lF: [270, 270, 180],
  ...over,
});

/** Seen from above, lying face down, head to the right. */
const topView = (over: Partial<Pose> = {}): Pose => ({
  p: [96, 92],
  t: 90,
  aN: [262, 264],
  aF: [278, 276],
  lN: [264, 270, 270],
  lF: [276, 270, 270],
  ...over,
});

const bridgeFeet: Pt = [150, 162];
const supine = (over: Partial<Pose> = {}): Pose => ({
  p: [108, 154],
  t: 270,
  h: 270,
  aN: [104, 90],
  aF: [103, 90],
  lN: { to: bridgeFeet, bend: -1, foot: 90 },
  lF: { to: [bridgeFeet[0] - 2, bridgeFeet[1]], bend: -1, foot: 90 },
  ...over,
});

/** An arm as one straight line at `angle`, drawn at `k` of its length (pointing at the viewer). */
const arms = (angle: number, k: number): Limb => ({ a: [angle, angle], k: [k, k] });
/** Seated, leaning forward from the hips about 40°, back flat and neck long. */
const leanForward = (aN: Limb, aF: Limb): Pose => seatSide({ t: 40, c: 0, h: 46, aN, aF });

export const ILLUSTRATIONS: Readonly<Record<string, Illustration>> = {
  'band-pull-apart': pullApart(standFront, true, 0.8),
  'seated-band-pull-apart': pullApart(seatFront, true, 0.8),
  'mimed-pull-apart': pullApart(seatFront, false, 1.8),

  'scapular-push-up-wall': {
    view: 'side',
    scene: { wall: 178 },
    frames: [
      { pose: scapWall(20, 2), hold: 0.3, move: 1 },
      { pose: scapWall(24, 2), hold: 0.5, move: 1 },
    ],
  },
  'scapular-push-up-knees': {
    view: 'side',
    scene: {},
    box: [24, 40, 176, 132],
    frames: [
      { pose: kneeling(52, 8), hold: 0.3, move: 1 },
      { pose: kneeling(56, 8), hold: 0.5, move: 1 },
    ],
  },
  'scapular-push-up-floor': {
    view: 'side',
    scene: {},
    box: [20, 40, 176, 132],
    frames: [
      { pose: plank(66, 8), hold: 0.3, move: 1 },
      { pose: plank(69, 8), hold: 0.5, move: 1 },
    ],
  },
  'seated-scapular-reach': {
    view: 'side',
    scene: { chair: SEAT_SIDE },
    frames: [
      { pose: seatSide({ aN: [88, 88], aF: [90, 90], pr: -4 }), hold: 0.4, move: 1.1 },
      { pose: seatSide({ aN: [88, 88], aF: [90, 90], pr: 6 }), hold: 0.5, move: 1.1 },
    ],
  },

  'reverse-snow-angel': {
    view: 'front',
    scene: { floor: false, mat: true },
    frames: [
      { pose: topView(), hold: 0.5, move: 2.2 },
      { pose: topView({ aN: [100, 98], aF: [440, 442] }), hold: 0.5, move: 2.2 },
    ],
  },
  // Side view, leaning forward from the hips with a flat back: the arms sweep from hanging, out
  // to the side (toward the viewer, so drawn short) and on past the head, in line with the back.
  'seated-snow-angel': {
    view: 'side',
    scene: { chair: SEAT_SIDE },
    still: 2,
    frames: [
      { pose: leanForward(arms(176, 1), arms(180, 1)), hold: 0.5, move: 1.2 },
      { pose: leanForward(arms(112, 0.45), arms(114, 0.45)), hold: 0, move: 1.2 },
      { pose: leanForward(arms(44, 1), arms(46, 1)), hold: 0.6, move: 1.2 },
      { pose: leanForward(arms(112, 0.45), arms(114, 0.45)), hold: 0, move: 1.2 },
    ],
  },

  'bird-dog': {
    view: 'side',
    scene: {},
    box: [6, 34, 200, 150],
    frames: [
      { pose: quadruped(), hold: 0.3, move: 1 },
      { pose: quadruped({ aN: [76, 78], lF: [266, 268, 250] }), hold: 1.6, move: 1 },
      { pose: quadruped(), hold: 0.3, move: 1 },
      { pose: quadruped({ aF: [76, 78], lN: [266, 268, 250] }), hold: 1.6, move: 1 },
    ],
  },
  'standing-bird-dog': {
    view: 'side',
    scene: {},
    frames: [
      { pose: standSide(), hold: 0.3, move: 1 },
      { pose: standSide({ t: 8, aN: [30, 28], lF: [208, 204, 120] }), hold: 1.4, move: 1 },
      { pose: standSide(), hold: 0.3, move: 1 },
      { pose: standSide({ t: 8, aF: [30, 28], lN: [208, 204, 120] }), hold: 1.4, move: 1 },
    ],
  },
  'seated-bird-dog': {
    view: 'side',
    scene: { chair: SEAT_SIDE },
    frames: [
      { pose: seatSide(), hold: 0.3, move: 1 },
      { pose: seatSide({ aN: [32, 28], lF: [90, 100, 10] }), hold: 1.4, move: 1 },
      { pose: seatSide(), hold: 0.3, move: 1 },
      { pose: seatSide({ aF: [32, 28], lN: [90, 100, 10] }), hold: 1.4, move: 1 },
    ],
  },

  'superman-hold': {
    view: 'side',
    scene: {},
    box: [14, 60, 180, 135],
    frames: [
      { pose: prone(), hold: 0.5, move: 1 },
      {
        pose: prone({
          t: 80,
          h: 76,
          aN: [72, 74],
          aF: [73, 75],
          lN: [280, 280, 190],
          lF: [279, 279, 189],
        }),
        hold: 2,
        move: 1,
      },
    ],
  },
  'wall-angel': {
    view: 'front',
    scene: { backWall: true },
    frames: [
      { pose: standFront(W), hold: 0.4, move: 1.6 },
      { pose: standFront(Y), hold: 0.4, move: 1.6 },
    ],
  },
  'seated-wall-angel': {
    view: 'front',
    scene: { chair: SEAT_FRONT },
    frames: [
      { pose: seatFront(W), hold: 0.4, move: 1.6 },
      { pose: seatFront(Y), hold: 0.4, move: 1.6 },
    ],
  },
  'chin-tuck': {
    view: 'side',
    scene: { chair: SEAT_SIDE },
    frames: [
      { pose: seatSide({ h: 12, ho: [5, 1] }), hold: 0.6, move: 0.9 },
      { pose: seatSide({ h: -4, ho: [-6, 0] }), hold: 2.5, move: 0.9 },
    ],
  },
  'glute-bridge': {
    view: 'side',
    scene: {},
    box: [14, 56, 160, 120],
    frames: [
      { pose: supine(), hold: 0.4, move: 1.2 },
      { pose: supine({ p: [106, 128], t: 240, h: 268 }), hold: 1, move: 1.4 },
    ],
  },
  'chair-thoracic-extension': {
    view: 'side',
    scene: { chair: { x: 90, seat: 134, back: 100 } },
    frames: [
      {
        pose: seatSide({ aN: { to: [92, 68], bend: 1 }, aF: { to: [93, 66], bend: 1 } }),
        hold: 0.4,
        move: 1.6,
      },
      {
        pose: seatSide({
          t: -24,
          c: -7,
          h: -42,
          aN: { to: [70, 80], bend: 1 },
          aF: { to: [71, 78], bend: 1 },
        }),
        hold: 0.8,
        move: 1.6,
      },
    ],
  },
  'doorway-chest-stretch': {
    view: 'side',
    scene: { doorway: 77 },
    frames: [
      {
        pose: standSide({
          p: [104, 94],
          aN: { to: [80, 24], bend: -1 },
          aF: { to: [79, 25], bend: -1 },
          lN: [170, 184, 90],
          lF: [192, 180, 90],
        }),
        hold: 0.4,
        move: 1.6,
      },
      {
        pose: standSide({
          p: [110, 94],
          t: 8,
          aN: { to: [80, 24], bend: -1 },
          aF: { to: [79, 25], bend: -1 },
          lN: [158, 184, 90],
          lF: [200, 188, 90],
        }),
        hold: 2.5,
        move: 1.6,
      },
    ],
  },
  'seated-chest-stretch': {
    view: 'side',
    scene: { chair: SEAT_SIDE },
    frames: [
      { pose: seatSide({ aN: { to: [128, 121] }, aF: { to: [126, 122] } }), hold: 0.5, move: 1.4 },
      {
        pose: seatSide({
          t: -3,
          c: -6,
          h: -12,
          pr: -4,
          aN: { to: [88, 122], bend: -1 },
          aF: { to: [89, 121], bend: -1 },
        }),
        hold: 2.5,
        move: 1.4,
      },
    ],
  },
  'standing-back-extension': {
    view: 'side',
    scene: {},
    frames: [
      {
        pose: standSide({ aN: { to: [106, 84], bend: -1 }, aF: { to: [107, 83], bend: -1 } }),
        hold: 0.4,
        move: 1.3,
      },
      {
        pose: standSide({
          p: [121, 94],
          t: -20,
          c: -8,
          h: -30,
          aN: { to: [109, 85], bend: -1 },
          aF: { to: [110, 84], bend: -1 },
          lN: [172, 182, 90],
          lF: [174, 182, 90],
        }),
        hold: 0.8,
        move: 1.3,
      },
    ],
  },
  'marching-in-place': {
    view: 'side',
    scene: {},
    frames: [
      {
        pose: standSide({ lN: [92, 182, 92], aF: [150, 118], aN: [204, 196] }),
        hold: 0.1,
        move: 0.6,
      },
      {
        pose: standSide({ lF: [92, 182, 92], aN: [150, 118], aF: [204, 196] }),
        hold: 0.1,
        move: 0.6,
      },
    ],
  },
  'seated-marching': {
    view: 'side',
    scene: { chair: SEAT_SIDE },
    frames: [
      {
        pose: seatSide({ lN: [78, 172, 82], aF: [150, 100], aN: [200, 186] }),
        hold: 0.1,
        move: 0.6,
      },
      {
        pose: seatSide({ lF: [78, 172, 82], aN: [150, 100], aF: [200, 186] }),
        hold: 0.1,
        move: 0.6,
      },
    ],
  },
  'seated-twist': {
    view: 'front',
    face: true,
    scene: { chair: SEAT_FRONT },
    still: 1,
    frames: [
      { pose: seatFront(), hold: 0.3, move: 1.3 },
      {
        pose: seatFront({ sw: 0.45, ho: [-5, 0], aN: [206, 250], aF: [196, 176] }),
        hold: 2,
        move: 1.3,
      },
      { pose: seatFront(), hold: 0.3, move: 1.3 },
      {
        pose: seatFront({ sw: 0.45, ho: [5, 0], aN: mirror([196, 176]), aF: mirror([206, 250]) }),
        hold: 2,
        move: 1.3,
      },
    ],
  },
};

/** The illustration for an id; throws naming the id if it has none. */
export function getIllustration(id: string): Illustration {
  const illustration = ILLUSTRATIONS[id];
  if (!illustration) throw new Error(`No illustration "${id}"`);
  return illustration;
}
