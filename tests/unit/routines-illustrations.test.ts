// The figures behind every move: each catalog move has one, poses solve to sane joints, limbs keep their length.
import { describe, expect, it } from 'vitest';
import { MOVES } from '../../electron/core/routines.ts';
import {
  FLOOR_Y,
  LEN,
  VIEWBOX,
  blend,
  solve,
  timeline,
  type Joints,
  type Pose,
  type Pt,
} from '../../renderer/src/break/illustrations/figure.ts';
import { ILLUSTRATIONS, getIllustration } from '../../renderer/src/break/illustrations/poses.ts';

const dist = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Poses along the whole loop: every frame and four in-betweens per transition. */
function samples(id: string): { pose: Pose; joints: Joints }[] {
  const spec = getIllustration(id);
  const out: { pose: Pose; joints: Joints }[] = [];
  spec.frames.forEach((frame, i) => {
    const next = spec.frames[(i + 1) % spec.frames.length] ?? frame;
    for (const k of [0, 0.25, 0.5, 0.75]) {
      const pose = blend(frame.pose, next.pose, k);
      out.push({ pose, joints: solve(pose, spec.view) });
    }
  });
  return out;
}

const isForeshortened = (limb: Pose['aN']) => !Array.isArray(limb) && 'k' in limb;

describe('illustrations', () => {
  it('every move has a figure, and every figure belongs to a move', () => {
    const used = new Set(MOVES.map((m) => m.illustration));
    for (const move of MOVES) expect(ILLUSTRATIONS, move.id).toHaveProperty(move.illustration);
    for (const id of Object.keys(ILLUSTRATIONS)) expect(used, id).toContain(id);
  });

  it.each(Object.keys(ILLUSTRATIONS))(
    '%s: limbs keep their length and stay in the picture',
    (id) => {
      const spec = getIllustration(id);
      const [bx, by, bw, bh] = spec.box ?? [0, 0, VIEWBOX.width, VIEWBOX.height];
      expect(bw / bh, 'boxes keep the 4:3 frame').toBeCloseTo(4 / 3, 2);
      expect(spec.frames.length).toBeGreaterThanOrEqual(2);
      for (const { pose, joints } of samples(id)) {
        for (const [name, p] of Object.entries(joints)) {
          expect(Number.isFinite(p[0]) && Number.isFinite(p[1]), `${id} ${name}`).toBe(true);
          expect(p[0], `${id} ${name} x`).toBeGreaterThanOrEqual(bx - 2);
          expect(p[0], `${id} ${name} x`).toBeLessThanOrEqual(bx + bw + 2);
          expect(p[1], `${id} ${name} y`).toBeGreaterThanOrEqual(by - 2);
          expect(p[1], `${id} ${name} y`).toBeLessThanOrEqual(FLOOR_Y + 2);
        }
        // A solved limb is never longer than its bones, and straight-angle limbs are exactly that long.
        const arms = [
          [joints.shN, joints.elN, joints.haN, pose.aN],
          [joints.shF, joints.elF, joints.haF, pose.aF],
        ] as const;
        for (const [sh, el, ha, limb] of arms) {
          if (isForeshortened(limb)) continue;
          expect(dist(sh, el), `${id} upper arm`).toBeCloseTo(LEN.upperArm, 0);
          expect(dist(el, ha), `${id} forearm`).toBeCloseTo(LEN.forearm, 0);
        }
        const legs = [
          [joints.hipN, joints.knN, joints.anN, pose.lN],
          [joints.hipF, joints.knF, joints.anF, pose.lF],
        ] as const;
        for (const [hip, kn, an, limb] of legs) {
          if (isForeshortened(limb)) continue;
          expect(dist(hip, kn), `${id} thigh`).toBeCloseTo(LEN.thigh, 0);
          expect(dist(kn, an), `${id} shin`).toBeCloseTo(LEN.shin, 0);
        }
        expect(dist(joints.pelvis, joints.neck), `${id} torso`).toBeCloseTo(LEN.torso, 0);
      }
    },
  );

  it.each(Object.keys(ILLUSTRATIONS))(
    '%s: the loop is 1–12 s with one value per key time',
    (id) => {
      const spec = getIllustration(id);
      const t = timeline(spec.frames, spec.view);
      expect(t.dur).toBeGreaterThanOrEqual(1);
      expect(t.dur).toBeLessThanOrEqual(12);
      const times = t.keyTimes.split(';').map(Number);
      for (let i = 1; i < times.length; i++)
        expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] ?? 0);
      for (const key of ['armN', 'armF', 'legN', 'legF', 'torso', 'headX', 'headY'] as const) {
        expect(t.values[key].split(';'), `${id} ${key}`).toHaveLength(times.length);
      }
    },
  );

  it('figures on the floor rest on it: feet or hands touch the floor line', () => {
    for (const id of [
      'bird-dog',
      'scapular-push-up-knees',
      'scapular-push-up-floor',
      'glute-bridge',
    ]) {
      const first = samples(id)[0];
      if (!first) throw new Error(id);
      const lowest = Math.max(...Object.values(first.joints).map((p) => p[1]));
      expect(lowest, id).toBeGreaterThan(FLOOR_Y - 8);
    }
  });

  it('blending poses of different shapes names the limb', () => {
    const a: Pose = {
      p: [0, 0],
      t: 0,
      aN: [180, 180],
      aF: [180, 180],
      lN: [180, 180],
      lF: [180, 180],
    };
    const b: Pose = { ...a, aN: { to: [10, 10] } };
    expect(() => blend(a, b, 0.5)).toThrow(/limb aN/);
    expect(() => getIllustration('cartwheel')).toThrow(/No illustration "cartwheel"/);
  });
});

describe('figures that match the words', () => {
  /** How far `q` lies off the straight line through `a` and `b`. */
  const offLine = (a: Pt, b: Pt, q: Pt) =>
    Math.abs((b[0] - a[0]) * (a[1] - q[1]) - (a[0] - q[0]) * (b[1] - a[1])) / dist(a, b);

  for (const id of ['scapular-push-up-wall', 'scapular-push-up-knees', 'scapular-push-up-floor']) {
    it(`${id}: the elbows never bend and the body is one straight line, all through the loop`, () => {
      const kneeling = id.endsWith('knees');
      for (const { pose, joints: j } of samples(id)) {
        expect(pose.c ?? 0).toBe(0);
        expect(offLine(j.shN, j.haN, j.elN)).toBeLessThan(0.5);
        expect(offLine(j.shF, j.haF, j.elF)).toBeLessThan(0.5);
        // From the floor contact (ankle, or knee when kneeling) through the pelvis to the neck.
        const base = kneeling ? j.knN : j.anN;
        expect(offLine(base, j.neck, j.pelvis)).toBeLessThan(0.5);
        if (!kneeling) expect(offLine(base, j.neck, j.knN)).toBeLessThan(0.5);
      }
      // And the chest does sink and rise: the spine moves under the pinned shoulder.
      const spec = getIllustration(id);
      const [a, b] = spec.frames.map((f) => solve(f.pose, spec.view).neck);
      expect(dist(a!, b!)).toBeGreaterThan(3);
    });
  }

  it('seated snow angel leans forward from the hips with a flat back, as step 1 says', () => {
    const spec = getIllustration('seated-snow-angel');
    expect(spec.view).toBe('side');
    for (const { pose } of samples('seated-snow-angel')) {
      expect(pose.t).toBeGreaterThanOrEqual(30);
      expect(pose.c ?? 0).toBe(0);
    }
  });
});
