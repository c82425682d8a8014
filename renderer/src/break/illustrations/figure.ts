/**
 * Geometry of the line figure: poses are a few angles and targets, solved into joints (forward and
 * two-bone inverse kinematics), then into SVG path strings and SMIL keyframe lists.
 */

export type Pt = readonly [number, number];

/**
 * A limb: absolute segment angles ([upper, lower] or [thigh, shin, foot]); the same with per-segment
 * length factors `k` for a limb pointing at the viewer (foreshortened); or a target for the hand or
 * ankle, the elbow or knee found by inverse kinematics (`bend` picks its side).
 */
export type Limb =
  | readonly number[]
  | { readonly a: readonly number[]; readonly k: readonly number[] }
  | { readonly to: Pt; readonly bend?: 1 | -1; readonly foot?: number };

/**
 * A pose. Angles are degrees, 0 = straight up, 90 = right, 180 = down (clockwise, screen space).
 * Side views face right; `aN`/`lN` are the near arm/leg and `aF`/`lF` the far ones (drawn faded).
 * Front views use N for the limb on the right of the picture and F for the left.
 */
export interface Pose {
  /** Pelvis centre. */
  p: Pt;
  /** Direction from pelvis to neck. */
  t: number;
  /** Spine bow: positive rounds the back, negative arches it. */
  c?: number;
  /** Direction from neck to head; defaults to the torso's. */
  h?: number;
  /** Head glide (chin tuck), added to the head centre. */
  ho?: Pt;
  /** Front views: shoulder width as a fraction (a twist narrows it). */
  sw?: number;
  /** Side views: shoulders moved forward (protraction, +) or back (retraction, −) of the spine. */
  pr?: number;
  /** Side views: the shoulder pinned in place while the spine moves under it (scapular push-ups). */
  sp?: Pt;
  aN: Limb;
  aF: Limb;
  lN: Limb;
  lF: Limb;
}

export type View = 'side' | 'front';

/** Segment lengths in viewBox units (viewBox 0 0 240 180). */
export const LEN = {
  torso: 50,
  neck: 6,
  head: 11,
  upperArm: 27,
  forearm: 25,
  thigh: 35,
  shin: 34,
  foot: 10,
  shoulderHalf: 17,
  hipHalf: 9,
} as const;

export const VIEWBOX = { width: 240, height: 180 } as const;
export const FLOOR_Y = 166;

export interface Joints {
  head: Pt;
  eye: Pt;
  neck: Pt;
  headBase: Pt;
  ctrl: Pt;
  pelvis: Pt;
  /** Where the shoulder girdle sits on the spine; the arm path starts here so a moving shoulder shows. */
  shoulderBase: Pt;
  shN: Pt;
  shF: Pt;
  elN: Pt;
  elF: Pt;
  haN: Pt;
  haF: Pt;
  hipN: Pt;
  hipF: Pt;
  knN: Pt;
  knF: Pt;
  anN: Pt;
  anF: Pt;
  toN: Pt;
  toF: Pt;
}

const RAD = Math.PI / 180;
const dir = (deg: number): Pt => [Math.sin(deg * RAD), -Math.cos(deg * RAD)];
const add = (a: Pt, b: Pt, k = 1): Pt => [a[0] + b[0] * k, a[1] + b[1] * k];
const lerp = (a: number, b: number, k: number) => a + (b - a) * k;
const lerpPt = (a: Pt, b: Pt, k: number): Pt => [lerp(a[0], b[0], k), lerp(a[1], b[1], k)];
const angleOf = (from: Pt, to: Pt) => Math.atan2(to[0] - from[0], -(to[1] - from[1])) / RAD;

/** Point on a quadratic Bézier. */
function bezier(a: Pt, c: Pt, b: Pt, k: number): Pt {
  return lerpPt(lerpPt(a, c, k), lerpPt(c, b, k), k);
}

/** Two-bone chain from `root`: returns the middle joint, the end and the lower segment's angle. */
function chain(root: Pt, limb: Limb, l1: number, l2: number): [Pt, Pt, number] {
  const angles = anglesOf(limb);
  if (angles) {
    const k = 'k' in limb ? limb.k : [];
    const lower = angles[1] ?? 180;
    const mid = add(root, dir(angles[0] ?? 180), l1 * (k[0] ?? 1));
    return [mid, add(mid, dir(lower), l2 * (k[1] ?? 1)), lower];
  }
  if (!('to' in limb)) throw new Error('A limb needs angles or a target');
  // Inverse kinematics: law of cosines, the bend picks which side the elbow or knee goes.
  const toward = angleOf(root, limb.to);
  const reach = Math.hypot(limb.to[0] - root[0], limb.to[1] - root[1]);
  const d = Math.min(Math.max(reach, Math.abs(l1 - l2) + 0.01), l1 + l2 - 0.01);
  const cos = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d);
  const alpha = Math.acos(Math.min(1, Math.max(-1, cos))) / RAD;
  const mid = add(root, dir(toward + (limb.bend ?? 1) * alpha), l1);
  const lower = angleOf(mid, limb.to);
  return [mid, add(mid, dir(lower), l2), lower];
}

function anglesOf(limb: Limb): readonly number[] | null {
  if (Array.isArray(limb)) return limb as readonly number[];
  if ('a' in limb) return limb.a;
  return null;
}

/** Solves a pose into joint positions. */
export function solve(pose: Pose, view: View): Joints {
  const { p, t } = pose;
  const neck = add(p, dir(t), LEN.torso);
  const back = dir(t - 90);
  const ctrl = add(lerpPt(p, neck, 0.5), back, 2 * (pose.c ?? 0));
  const h = pose.h ?? t;
  const headBase = add(neck, dir(h), LEN.neck);
  const head = add(add(headBase, dir(h), LEN.head), pose.ho ?? [0, 0]);
  // Side views: an eye toward the face. Front views: a nose dot that follows a turning head.
  const eye: Pt =
    view === 'front'
      ? [head[0] + (pose.ho?.[0] ?? 0) * 0.9, head[1] + 2]
      : add(add(head, dir(h + 90), 5.5), dir(h), 1.5);

  const front = view === 'front';
  const across = dir(t + 90);
  const shoulderBase = bezier(p, ctrl, neck, 0.9);
  const shoulderCentre =
    !front && pose.sp ? pose.sp : add(shoulderBase, across, front ? 0 : (pose.pr ?? 0));
  const sw = front ? LEN.shoulderHalf * (pose.sw ?? 1) : 0;
  const hw = front ? LEN.hipHalf : 0;
  const shN = add(shoulderCentre, across, sw);
  const shF = add(shoulderCentre, across, -sw);
  const hipN = add(p, across, hw);
  const hipF = add(p, across, -hw);

  const [elN, haN] = chain(shN, pose.aN, LEN.upperArm, LEN.forearm);
  const [elF, haF] = chain(shF, pose.aF, LEN.upperArm, LEN.forearm);
  const [knN, anN, shinN] = chain(hipN, pose.lN, LEN.thigh, LEN.shin);
  const [knF, anF, shinF] = chain(hipF, pose.lF, LEN.thigh, LEN.shin);
  const footAngle = (limb: Limb, shin: number, side: 1 | -1) => {
    const explicit = anglesOf(limb)?.[2] ?? ('foot' in limb ? limb.foot : undefined);
    if (explicit !== undefined) return explicit;
    // Side views: the foot points forward; front views: slightly outward.
    if (front) return side === 1 ? 110 : 250;
    return shin - 90;
  };
  const footLen = front ? LEN.foot * 0.6 : LEN.foot;
  const toN = add(anN, dir(footAngle(pose.lN, shinN, 1)), footLen);
  const toF = add(anF, dir(footAngle(pose.lF, shinF, -1)), footLen);

  return {
    head,
    eye,
    neck,
    headBase,
    ctrl,
    pelvis: p,
    shoulderBase,
    shN,
    shF,
    elN,
    elF,
    haN,
    haF,
    hipN,
    hipF,
    knN,
    knF,
    anN,
    anF,
    toN,
    toF,
  };
}

/** Linear blend of two poses of the same shape (angles with angles, targets with targets). */
export function blend(a: Pose, b: Pose, k: number): Pose {
  const limb = (x: Limb, y: Limb, name: string): Limb => {
    const [ax, ay] = [anglesOf(x), anglesOf(y)];
    if (ax && ay) {
      if (ax.length !== ay.length)
        throw new Error(`Pose limb ${name}: angle lists differ in length`);
      const angles = ax.map((v, i) => lerp(v, ay[i] ?? v, k));
      const kx = 'k' in x ? x.k : null;
      const ky = 'k' in y ? y.k : null;
      if (!kx && !ky) return angles;
      const scale = [0, 1].map((i) => lerp(kx?.[i] ?? 1, ky?.[i] ?? 1, k));
      return { a: angles, k: scale };
    }
    if ('to' in x && 'to' in y) {
      const foot = x.foot !== undefined && y.foot !== undefined ? lerp(x.foot, y.foot, k) : x.foot;
      return {
        to: lerpPt(x.to, y.to, k),
        bend: x.bend ?? 1,
        ...(foot === undefined ? {} : { foot }),
      };
    }
    throw new Error(`Pose limb ${name}: one pose uses angles and the other a target`);
  };
  return {
    p: lerpPt(a.p, b.p, k),
    t: lerp(a.t, b.t, k),
    c: lerp(a.c ?? 0, b.c ?? 0, k),
    h: lerp(a.h ?? a.t, b.h ?? b.t, k),
    ho: lerpPt(a.ho ?? [0, 0], b.ho ?? [0, 0], k),
    sw: lerp(a.sw ?? 1, b.sw ?? 1, k),
    pr: lerp(a.pr ?? 0, b.pr ?? 0, k),
    ...(a.sp && b.sp ? { sp: lerpPt(a.sp, b.sp, k) } : {}),
    aN: limb(a.aN, b.aN, 'aN'),
    aF: limb(a.aF, b.aF, 'aF'),
    lN: limb(a.lN, b.lN, 'lN'),
    lF: limb(a.lF, b.lF, 'lF'),
  };
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();
const pt = (q: Pt) => `${f(q[0])} ${f(q[1])}`;

/** The drawable parts of a solved pose; every pose yields the same commands, so SMIL can tween `d`. */
export interface Shapes {
  armF: string;
  legF: string;
  torso: string;
  legN: string;
  armN: string;
  band: string;
  head: Pt;
  eye: Pt;
}

export function shapes(j: Joints, view: View): Shapes {
  const shoulders =
    view === 'front' ? ` M${pt(j.shF)} L${pt(j.shN)} M${pt(j.hipF)} L${pt(j.hipN)}` : '';
  return {
    armF: `M${pt(j.shoulderBase)} L${pt(j.shF)} L${pt(j.elF)} L${pt(j.haF)}`,
    legF: `M${pt(j.hipF)} L${pt(j.knF)} L${pt(j.anF)} L${pt(j.toF)}`,
    torso: `M${pt(j.pelvis)} Q${pt(j.ctrl)} ${pt(j.neck)} L${pt(j.headBase)}${shoulders}`,
    legN: `M${pt(j.hipN)} L${pt(j.knN)} L${pt(j.anN)} L${pt(j.toN)}`,
    armN: `M${pt(j.shoulderBase)} L${pt(j.shN)} L${pt(j.elN)} L${pt(j.haN)}`,
    band: `M${pt(j.haF)} L${pt(j.haN)}`,
    head: j.head,
    eye: j.eye,
  };
}

/** One keyframe of an illustration: a pose held for `hold` seconds, then `move` seconds to the next. */
export interface Frame {
  pose: Pose;
  hold?: number;
  move?: number;
}

export interface Timeline {
  /** Loop length in seconds. */
  dur: number;
  keyTimes: string;
  /** One SMIL `values` list per shape key. */
  values: Record<keyof Shapes | 'headX' | 'headY' | 'eyeX' | 'eyeY', string>;
}

const DEFAULT_MOVE_SECONDS = 1.2;
const DEFAULT_HOLD_SECONDS = 0.4;
const SUBSTEPS = 6;
const ease = (k: number) => k * k * (3 - 2 * k);

/**
 * Samples the looping keyframes (eased, with holds) into SMIL keyTimes and values. Angles are tweened
 * before solving, so a sweeping arm keeps its length instead of shrinking through the shoulder.
 */
export function timeline(frames: readonly Frame[], view: View): Timeline {
  if (frames.length < 2) throw new Error('An illustration needs at least two frames');
  const samples: { at: number; s: Shapes }[] = [];
  let at = 0;
  frames.forEach((frame, i) => {
    const next = frames[(i + 1) % frames.length] ?? frame;
    const hold = frame.hold ?? DEFAULT_HOLD_SECONDS;
    const move = frame.move ?? DEFAULT_MOVE_SECONDS;
    const still = shapes(solve(frame.pose, view), view);
    samples.push({ at, s: still });
    if (hold > 0) samples.push({ at: at + hold, s: still });
    for (let k = 1; k < SUBSTEPS; k++) {
      const pose = blend(frame.pose, next.pose, ease(k / SUBSTEPS));
      samples.push({ at: at + hold + (move * k) / SUBSTEPS, s: shapes(solve(pose, view), view) });
    }
    at += hold + move;
  });
  const first = samples[0];
  if (first) samples.push({ at, s: first.s });
  const dur = at;
  const list = (pick: (s: Shapes) => string) => samples.map(({ s }) => pick(s)).join(';');
  return {
    dur,
    keyTimes: samples.map(({ at: t }) => (t / dur).toFixed(4)).join(';'),
    values: {
      armF: list((s) => s.armF),
      legF: list((s) => s.legF),
      torso: list((s) => s.torso),
      legN: list((s) => s.legN),
      armN: list((s) => s.armN),
      band: list((s) => s.band),
      head: '',
      eye: '',
      headX: list((s) => f(s.head[0])),
      headY: list((s) => f(s.head[1])),
      eyeX: list((s) => f(s.eye[0])),
      eyeY: list((s) => f(s.eye[1])),
    },
  };
}
