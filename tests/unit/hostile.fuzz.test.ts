/**
 * Fuzz test (fast-check) of everything that takes outside input: the replay parser, the settings check,
 * the IPC payload schemas and the store's settings update. Hostile values of every shape (deep nesting,
 * huge strings, prototype keys, non-plain objects, cyclic values, BigInt, impossible dates, extreme
 * numbers) must give a clear error naming the line or key, short, without a stack trace, and change
 * nothing. `npm test` runs a few hundred cases; `npm run fuzz` runs many more (FUZZ_RUNS).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  IpcPayloadError,
  requests,
  validateRequest,
  type RequestChannel,
} from '../../electron/core/ipc-contract.ts';
import {
  defaultSettings,
  parseSettings,
  SETTINGS_KEYS,
  validateSettingsPatch,
} from '../../electron/core/settings.ts';
import { MAX_INSTANT, MIN_INSTANT, parseInstant } from '../../electron/core/time.ts';
import { parseTimelineLine, replayTimeline, TimelineError } from '../../electron/core/timeline.ts';
import { openSession } from '../../electron/main/app-controller.ts';
import { guardedHandler } from '../../electron/main/ipc.ts';
import { openAppStore } from '../../electron/main/store/app-store.ts';
import { createConfStore } from '../../electron/main/store/conf-factory.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** FUZZ_SEED replays a failure that fast-check reported (its seed). */
const SEED = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };
/** Generous per-test bound: the point is that no input makes the work unbounded. */
const TIMEOUT = 120_000 + RUNS * 200;
const MAX_MESSAGE = 1000;

// ---------------------------------------------------------------- hostile values

const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupGetter__',
  'toJSON',
  'then',
];
const EXTREME_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  1e21,
  0.1 + 0.2,
  2 ** 31,
  -(2 ** 31) - 1,
];
const HUGE = 'x'.repeat(2_000_000);

function deepArray(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
function deepObject(depth: number, key: string): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = { [key]: v };
  return v;
}
function cyclic(): unknown {
  const o: Record<string, unknown> = { a: [1] };
  o.self = o;
  (o.a as unknown[]).push(o);
  return o;
}
class Custom {
  mon = [['09:00', '17:00']];
}

const nonPlain = fc.constantFrom<() => unknown>(
  () => new Date(0),
  () => new Date(Number.NaN),
  () => new Map([['mon', []]]),
  () => new Set([1]),
  () => /09:00/g,
  () => new Error('boom'),
  () => new ArrayBuffer(16),
  () => new Uint8Array(4),
  () => new Custom(),
  () => Object.create({ band: true }),
  () => Object.create(null),
  () => Object.assign(Object.create(null), { band: true }),
  () => new Proxy({}, {}),
  () => 10n ** 40n,
  () => Symbol('s'),
  () => () => 1,
  cyclic,
);

/** Strings that look like instants, many of them impossible or out of range. */
const instantish = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 19 }),
    fc.integer({ min: 0, max: 39 }),
    fc.integer({ min: 0, max: 29 }),
    fc.integer({ min: 0, max: 69 }),
    fc.integer({ min: 0, max: 69 }),
    fc.constantFrom('Z', '+01:00', '-05:30', '+2400', '+14:00', '', '+01:60', '.123Z', '.5-03:00'),
  )
  .map(([y, mo, d, h, mi, s, z]) => {
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}${z}`;
  });

const leaf = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...EXTREME_NUMBERS),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  instantish,
  fc.constantFrom('09:00', '24:00', '17:30', 'tomorrow', 'input', 'settings'),
);

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
      withObjectString: true,
    }),
  },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 20_000 }).map(deepArray) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 50, max: 5_000 }), fc.constantFrom('mon', '__proto__', 'band'))
      .map(([d, k]) => deepObject(d, k)),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: HUGE.length }).map((n) => HUGE.slice(0, n)) },
  { weight: 1, arbitrary: nonPlain.map((make) => make()) },
  { weight: 1, arbitrary: fc.array(fc.tuple(leaf, leaf), { maxLength: 800 }) },
);

const settingsKey = fc.oneof(
  fc.constantFrom(...SETTINGS_KEYS),
  fc.constantFrom(...PROTO_KEYS),
  fc.string({ maxLength: 12 }),
);
/** A patch built with own keys only (`__proto__` included), as JSON.parse or IPC would deliver it. */
const hostilePatch = fc.array(fc.tuple(settingsKey, hostile), { maxLength: 6 }).map((entries) => {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(patch, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return patch;
});

/** What every refusal must look like. */
function expectClear(message: string) {
  expect(typeof message).toBe('string');
  expect(message.length).toBeGreaterThan(0);
  expect(message.length).toBeLessThan(MAX_MESSAGE);
  expect(message).not.toMatch(/\n\s+at /);
}

/** A cheap fingerprint of an input's own top level, to prove nothing was changed in place. */
function fingerprint(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [value];
  return Reflect.ownKeys(value).flatMap((key) => [
    key,
    (value as Record<PropertyKey, unknown>)[key],
  ]);
}

// ---------------------------------------------------------------- the properties

describe('fuzz: settings validation', () => {
  it(
    'any patch is accepted as plain, valid settings or refused naming each bad key',
    () => {
      fc.assert(
        fc.property(fc.oneof(hostilePatch, hostile), (input) => {
          const before = fingerprint(input);
          const result = validateSettingsPatch(input);
          expect(fingerprint(input)).toEqual(before);
          if (result.ok) {
            // Only known keys, only plain JSON, and it survives a store round trip unchanged.
            for (const key of Object.keys(result.patch)) expect(SETTINGS_KEYS).toContain(key);
            const json = JSON.parse(JSON.stringify(result.patch)) as unknown;
            expect(json).toEqual(result.patch);
            expect(parseSettings(json).ok).toBe(true);
          } else {
            const ownKeys = typeof input === 'object' && input !== null ? Object.keys(input) : [];
            for (const issue of result.issues) {
              expectClear(issue.message);
              if (issue.key !== '(settings)') expect(ownKeys).toContain(issue.key);
            }
          }
        }),
        { numRuns: RUNS, ...SEED },
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: instants', () => {
  it(
    'an accepted instant is a real calendar date and time inside the accepted range',
    () => {
      fc.assert(
        fc.property(fc.oneof(instantish, fc.string({ maxLength: 40 })), (text) => {
          const ms = parseInstant(text);
          if (ms === null) return;
          expect(ms).toBeGreaterThanOrEqual(MIN_INSTANT);
          expect(ms).toBeLessThanOrEqual(MAX_INSTANT);
          // Undo the offset and read the fields back: nothing rolled over.
          const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(text)!;
          const offset = /([+-])(\d{2}):?(\d{2})$/.exec(text);
          const offsetMs = offset
            ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000
            : 0;
          const local = new Date(ms + offsetMs);
          expect([
            local.getUTCFullYear(),
            local.getUTCMonth() + 1,
            local.getUTCDate(),
            local.getUTCHours(),
            local.getUTCMinutes(),
            local.getUTCSeconds(),
          ]).toEqual(m.slice(1, 7).map((v) => Number(v ?? 0)));
        }),
        { numRuns: RUNS * 10, ...SEED },
      );
    },
    TIMEOUT,
  );
});

const TYPES = [
  'lock',
  'unlock',
  'suspend',
  'resume',
  'break-start',
  'break-end',
  'snooze',
  'skip',
  'pause',
  'resume-reminders',
  'input',
  'settings',
];

/** Timeline lines: mostly well-formed objects with hostile fields, some raw hostile text. */
const hostileLine = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          at: fc.oneof(instantish, hostile),
          type: fc.oneof(fc.constantFrom(...TYPES), hostile),
          to: fc.oneof(instantish, hostile),
          until: fc.oneof(instantish, fc.constant('tomorrow'), hostile),
          completed: fc.oneof(fc.boolean(), hostile),
          settings: fc.oneof(hostilePatch, hostile),
        },
        { requiredKeys: ['at', 'type'] },
      )
      .map((line) => {
        try {
          return JSON.stringify(line) ?? 'undefined';
        } catch {
          return (
            '{"at": "2026-03-09T09:00:00Z", "type": ' + '['.repeat(6000) + ']'.repeat(6000) + '}'
          );
        }
      }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\uFEFF{}',
      '{"at":',
      '[]',
      'null',
      '{"__proto__": {"type": "lock"}}',
      '{"constructor": {"type": "lock"}, "at": "2026-03-09T09:00:00Z"}',
    ),
  },
);

describe('fuzz: replay parser', () => {
  it(
    'a line is one observation inside the accepted range, or a TimelineError naming it',
    () => {
      fc.assert(
        fc.property(hostileLine, fc.integer({ min: 1, max: 10_000_000 }), (text, lineNumber) => {
          try {
            const obs = parseTimelineLine(text, lineNumber);
            expect(TYPES).toContain(obs.type);
            expect(obs.at).toBeGreaterThanOrEqual(MIN_INSTANT);
            expect(obs.at).toBeLessThanOrEqual(MAX_INSTANT);
          } catch (error) {
            expect(error).toBeInstanceOf(TimelineError);
            expect((error as TimelineError).lineNumber).toBe(lineNumber);
            expect((error as Error).message.startsWith(`line ${lineNumber}: `)).toBe(true);
            expectClear((error as Error).message);
          }
        }),
        { numRuns: RUNS, ...SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'a whole timeline replays, or stops with a TimelineError naming one of its lines',
    () => {
      const start = '{"at": "2026-03-09T09:00:00+01:00", "type": "unlock"}';
      fc.assert(
        fc.property(fc.array(hostileLine, { minLength: 1, maxLength: 8 }), (lines) => {
          const text = [start, ...lines].join('\n');
          try {
            const result = replayTimeline(text, defaultSettings());
            expect(result.days.length).toBeGreaterThan(0);
            expect(result.days.length).toBeLessThanOrEqual(36_600);
          } catch (error) {
            expect(error).toBeInstanceOf(TimelineError);
            const n = (error as TimelineError).lineNumber;
            expect(n).toBeGreaterThanOrEqual(2);
            expect(n).toBeLessThanOrEqual(text.split('\n').length);
            expectClear((error as Error).message);
          }
        }),
        { numRuns: Math.ceil(RUNS / 3), ...SEED },
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: IPC payloads', () => {
  const channels = Object.keys(requests) as RequestChannel[];
  const ours = { senderFrame: { url: 'app://renderer/index.html', parent: null } };

  it(
    'every channel refuses a hostile argument before its handler runs, with a short message',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...channels),
          fc.oneof(
            hostile,
            hostilePatch,
            fc.record(
              {
                days: hostile,
                format: hostile,
                view: hostile,
                minutes: hostile,
                until: hostile,
                completed: hostile,
              },
              { requiredKeys: [] },
            ),
          ),
          async (channel, arg) => {
            const reached: unknown[] = [];
            const handler = guardedHandler(channel, ((a: unknown) => {
              reached.push(a);
              return undefined;
            }) as never);
            try {
              await handler(ours as never, arg);
              // Accepted: the handler got exactly one value the schema allows.
              expect(reached).toHaveLength(1);
              expect(() => validateRequest(channel, reached[0])).not.toThrow();
              if (channel === 'settings:update') expect(reached[0]).toBe(arg);
            } catch (error) {
              expect(reached).toEqual([]);
              expect(error).toBeInstanceOf(IpcPayloadError);
              expect((error as Error).message.startsWith(`Invalid payload for ${channel}: `)).toBe(
                true,
              );
              expectClear((error as Error).message);
            }
          },
        ),
        { numRuns: RUNS * 2, ...SEED },
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: the settings update (the session validates, the store saves)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-fuzz-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(
    'a refused patch changes neither the settings nor the file',
    () => {
      const store = openAppStore({ createStore: createConfStore, cwd: dir });
      const session = openSession(store, Date.parse('2026-03-10T10:00:00Z'));
      const file = path.join(dir, 'config.json');
      let at = Date.parse('2026-03-10T10:00:00Z');
      fc.assert(
        fc.property(hostilePatch, (patch) => {
          const settings = store.settings;
          const bytes = fs.readFileSync(file, 'utf8');
          at += 1000;
          const { result } = session.updateSettings(at, patch);
          if (!result.ok) {
            // At most ten problems and a count of the rest, each one short.
            for (const issue of result.issues) expectClear(issue.message);
            expect(session.settings).toEqual(settings);
            expect(store.settings).toEqual(settings);
            expect(fs.readFileSync(file, 'utf8')).toBe(bytes);
          } else {
            store.saveSettings(result.settings);
            expect(openAppStore({ createStore: createConfStore, cwd: dir }).settings).toEqual(
              session.settings,
            );
          }
        }),
        { numRuns: Math.ceil(RUNS / 3), ...SEED },
      );
    },
    TIMEOUT,
  );
});
