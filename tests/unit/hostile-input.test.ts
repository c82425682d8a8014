/**
 * Issue 9, one regression test per failure: bad input never stops the app, never echoes itself without
 * limit, never costs unbounded time or memory (the store's part is in tests/integration/store-hostile).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { Engine } from '../../electron/core/engine.ts';
import { excerpt } from '../../electron/core/excerpt.ts';
import {
  requests,
  validateRequest,
  type RequestChannel,
} from '../../electron/core/ipc-contract.ts';
import {
  applySettingsPatch,
  defaultSettings,
  MAX_RANGES_PER_DAY,
  validateSettingsPatch,
} from '../../electron/core/settings.ts';
import {
  formatInstant,
  localDateKey,
  parseInstant,
  workingHoursAt,
} from '../../electron/core/time.ts';
import { parseTimelineLine, replayTimeline, TimelineError } from '../../electron/core/timeline.ts';
import { registerIpcHandlers, type RequestHandlers } from '../../electron/main/ipc.ts';

// Many cases start the CLI or reopen the store: generous bounds for a loaded machine (not measurements).
vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const replay = (args: string[], nodeArgs: string[] = []) =>
  spawnSync(process.execPath, [...nodeArgs, '--import', 'tsx', 'electron/cli/replay.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/Berlin' },
    maxBuffer: 64 * 1024 * 1024,
  });
const START = '{"at": "2026-03-09T09:00:00+01:00", "type": "unlock"}';
const line = (fields: string) => `{"at": "2026-03-09T09:05:00+01:00", ${fields}}`;
const nested = (depth: number, leaf = '1') => '['.repeat(depth) + leaf + ']'.repeat(depth);

/** What every refusal must look like: a message, short, without a stack trace. */
function expectClearError(text: string, ...mentions: string[]) {
  expect(text.length).toBeGreaterThan(0);
  expect(text.length).toBeLessThan(2000);
  expect(text).not.toMatch(/\n\s+at /);
  for (const m of mentions) expect(text).toContain(m);
}

function lineError(text: string, lineNumber = 2): TimelineError {
  try {
    parseTimelineLine(text, lineNumber);
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineError);
    return error as TimelineError;
  }
  throw new Error(`line was accepted: ${text.slice(0, 80)}`);
}

const settingsFailure = (input: unknown) => {
  const result = validateSettingsPatch(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
};

describe('1. setting names that exist on Object.prototype', () => {
  const names = [
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__proto__',
    '__defineGetter__',
  ];

  it('are unknown keys, named in the message, for every source', () => {
    for (const name of names) {
      const issues = settingsFailure(JSON.parse(`{"${name}": 1}`));
      expect(issues).toHaveLength(1);
      expect(issues[0]?.key).toBe(name);
      expect(issues[0]?.message).toContain(`${name} is not a setting`);
      expect(() => applySettingsPatch(defaultSettings(), JSON.parse(`{"${name}": 5}`))).toThrow(
        /is not a setting/,
      );
    }
  });

  it('a replay settings line or settings file with one exits 2 naming it, no stack trace', () => {
    const timeline = file(
      'proto.jsonl',
      [START, line('"type": "settings", "settings": {"constructor": 1}')].join('\n'),
    );
    const r = replay([timeline]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expectClearError(r.stderr, 'line 2', 'constructor is not a setting');
    const s = replay([file('ok.jsonl', START), '--settings', file('s.json', '{"toString": 5}')]);
    expect(s.status).toBe(2);
    expectClearError(s.stderr, 'toString is not a setting');
  });

  it('through IPC, "__proto__" reaches the settings check and is named, not dropped', async () => {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
    const impl = Object.fromEntries(
      (Object.keys(requests) as RequestChannel[]).map((c) => [c, () => undefined]),
    ) as unknown as RequestHandlers;
    impl['settings:update'] = (patch) => validateSettingsPatch(patch) as never;
    registerIpcHandlers(
      { handle: (c, l) => void handlers.set(c, l), removeHandler: () => undefined },
      impl,
    );
    const event = { senderFrame: { url: 'app://renderer/index.html', parent: null } };
    const update = handlers.get('settings:update')!;
    for (const payload of ['{"__proto__": {"sound": false}}', '{"constructor": 1}']) {
      const result = (await update(event as never, JSON.parse(payload))) as {
        ok: boolean;
        issues: { key: string }[];
      };
      expect(result.ok).toBe(false);
      expect(result.issues[0]?.key).toBe(Object.keys(JSON.parse(payload))[0]);
    }
  });
});

describe('2. values that cannot be turned into text', () => {
  it('deep nesting, BigInt, cyclic values, symbols and functions give a clear message', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    for (const value of [deep, 10n ** 500n, cyclic, Symbol('x'), () => 1]) {
      for (const key of ['breakIntervalMinutes', 'workingHours', 'equipment']) {
        const issues = settingsFailure({ [key]: value });
        expectClearError(issues[0]!.message, key);
      }
      expect(excerpt(value).length).toBeLessThanOrEqual(60);
    }
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(excerpt(throwing)).toBe('(a value that cannot be shown)');
  });

  it('a timeline line with 5000 levels of nesting in "type" or a settings value', () => {
    expectClearError(
      lineError(`{"at": "2026-03-09T09:00:00Z", "type": ${nested(5000)}}`).message,
      '"type"',
    );
    expectClearError(
      lineError(line(`"type": "settings", "settings": {"sound": ${nested(5000, 'true')}}`)).message,
      'sound must be true or false',
    );
  });

  it('IPC payloads with BigInt, cyclic or deep values are refused with a short message', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.x = cyclic;
    for (const arg of [{ days: 10n }, { days: cyclic }, { days: JSON.parse(nested(5000)) }]) {
      expect(() => validateRequest('history:get', arg)).toThrow(/Invalid payload for history:get/);
    }
  });
});

describe('3. error messages quote at most a short excerpt', () => {
  const huge = 'x'.repeat(20_000_000);

  it('a 20 MB type, instant, settings value or key', () => {
    expectClearError(
      lineError(`{"at": "2026-03-09T09:00:00Z", "type": "${huge}"}`).message,
      'line 2',
    );
    expectClearError(lineError(`{"at": "${huge}", "type": "lock"}`).message, '"at"');
    expectClearError(settingsFailure({ dayStartsAt: huge })[0]!.message, 'dayStartsAt');
    expectClearError(settingsFailure({ [huge]: 1 })[0]!.message, 'is not a setting');
  });

  it('a 20 MB string or key through IPC comes back as a short message', () => {
    for (const [channel, arg] of [
      ['history:export', { format: huge }],
      ['history:export', { format: 'csv', [huge]: 1 }],
      ['window:open', { view: huge }],
    ] as const) {
      let message = '';
      try {
        validateRequest(channel, arg);
      } catch (error) {
        message = (error as Error).message;
      }
      expectClearError(message, `Invalid payload for ${channel}`);
    }
  });

  it('a million unknown keys list ten problems and count the rest', () => {
    const many = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    const issues = settingsFailure(many);
    expect(issues).toHaveLength(11);
    expect(issues[10]?.message).toBe('and 199990 more problems');
  });

  it('the replay CLI puts a short message on stderr for a 900 KB type', () => {
    const r = replay([
      file('big.jsonl', [START, line(`"type": "${'y'.repeat(900_000)}"`)].join('\n')),
    ]);
    expect(r.status).toBe(2);
    expectClearError(r.stderr, 'line 2', '"type" must be one of');
  });
});

describe('4. impossible dates', () => {
  it('2026-02-30, 2026-04-31, 2025-02-29, hour 24 and month 13 are refused', () => {
    for (const at of [
      '2026-02-30T09:00:00Z',
      '2026-04-31T09:00:00+02:00',
      '2025-02-29T00:00Z',
      '2026-03-09T24:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-03-09T09:00:60Z',
    ]) {
      expect(parseInstant(at), at).toBeNull();
      expectClearError(lineError(`{"at": "${at}", "type": "lock"}`).message, 'line 2', at);
    }
    expect(lineError('{"at": "2026-02-30T09:00:00Z", "type": "lock"}').message).toContain(
      'is not a calendar date (2026-02 has 28 days)',
    );
    expect(parseInstant('2024-02-29T12:00:00Z')).toBe(Date.UTC(2024, 1, 29, 12));
  });

  it('the replay CLI exits 2 instead of counting the line on 2026-03-02', () => {
    const r = replay([
      file('feb30.jsonl', [START, '{"at": "2026-02-30T09:00:00Z", "type": "lock"}'].join('\n')),
    ]);
    expect(r.status).toBe(2);
    expectClearError(r.stderr, 'line 2', '2026-02-30');
  });
});

describe('5. the range of accepted instants', () => {
  it('years 0000–1969 and from 9999-12-31 on are refused, naming the range', () => {
    for (const at of [
      '0000-01-01T00:00:00Z',
      '0042-06-01T09:00:00Z',
      '0099-12-31T23:59:59Z',
      '0999-01-01T00:00Z',
      '1969-12-31T23:59:59Z',
      '9999-12-31T00:00:00Z',
    ]) {
      expect(parseInstant(at), at).toBeNull();
      expectClearError(
        lineError(`{"at": "${at}", "type": "lock"}`).message,
        'outside the instants the app accepts',
        '1970-01-01',
      );
    }
    expect(parseInstant('1970-01-01T00:00:00Z')).toBe(0);
    expect(parseInstant('1969-12-31T19:00:00-05:00')).toBe(0);
    expect(parseInstant('9999-12-30T12:00:00Z')).toBe(Date.UTC(9999, 11, 30, 12));
  });

  it('dates print with four-digit years', () => {
    const year999 = new Date(0);
    year999.setFullYear(999, 0, 15);
    expect(localDateKey(year999.getTime())).toBe('0999-01-15');
    expect(formatInstant(year999.getTime())).toMatch(/^0999-01-15T/);
  });
});

describe('6. cost bounded in the span, not the content', () => {
  it('a year typo (2926 for 2026) is a clear error on its line', () => {
    const text = [
      START,
      '{"at": "2926-03-09T10:00:00+01:00", "type": "input", "to": "2926-03-09T10:05:00+01:00"}',
    ].join('\n');
    expect(() => replayTimeline(text, defaultSettings())).toThrow(/line 2: .*100 years/);
    const r = replay([file('typo.jsonl', text)]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expectClearError(r.stderr, 'line 2', 'is the year right?');
    // An input span reaching that far is refused the same way.
    const span = [START, line('"type": "input", "to": "9999-01-01T00:00:00Z"')].join('\n');
    expect(() => replayTimeline(span, defaultSettings())).toThrow(/line 2: "to" is more than/);
  });

  it('two lines from 1970 to 9999 are refused at once', () => {
    const text = [
      '{"at": "1970-01-01T00:00:00Z", "type": "unlock"}',
      '{"at": "9999-12-30T00:00:00Z", "type": "lock"}',
    ].join('\n');
    expect(() => replayTimeline(text, defaultSettings())).toThrow(/line 2/);
  });

  it('a live engine whose clock jumps 900 years keeps a few days, not one record per day', () => {
    const settings = applySettingsPatch(defaultSettings(), { workingHours: true });
    const t0 = Date.parse('2026-03-09T09:00:00+01:00');
    const far = Date.parse('2926-03-09T09:00:00+01:00');
    const engine = Engine.start(settings, t0);
    engine.observe({ type: 'input', at: t0, to: t0 + 600_000 });
    engine.advance(far);
    engine.observe({ type: 'input', at: far, to: far + 60_000 });
    const days = engine.dayStats();
    expect(days.length).toBeLessThanOrEqual(3);
    expect(days.map((d) => d.date)).toEqual(['2026-03-09', '2926-03-09']);
    expect(JSON.stringify(engine.snapshot()).length).toBeLessThan(10_000);
    const totals = engine.totals();
    expect(totals.sittingMs + totals.movingMs + totals.awayMs + totals.unknownMs).toBe(
      engine.lastAt - t0,
    );
    expect(engine.takeSettledDays().map((d) => d.date)).toEqual(['2026-03-09']);
    expect(engine.dayStats().map((d) => d.date)).toEqual(['2926-03-09']);
  });

  it('a restored snapshot with instants outside the accepted range is refused, naming the field', () => {
    const snapshot = Engine.start(defaultSettings(), Date.parse('2026-03-09T09:00:00Z')).snapshot();
    for (const lastAt of [8.64e15, -1e12]) {
      expect(() => Engine.restore({ ...snapshot, lastAt }, defaultSettings())).toThrow(
        /lastAt must be an instant from 1970/,
      );
    }
    const days = Object.fromEntries(
      Array.from({ length: 36_601 }, (_, i) => [
        new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
        {},
      ]),
    );
    expect(() => Engine.restore({ ...snapshot, days }, defaultSettings())).toThrow(
      /days must be at most 36600 days/,
    );
  });

  it('a weekend away still keeps a record, with its rules, for every day', () => {
    const fri = Date.parse('2026-03-06T17:00:00+01:00');
    const mon = Date.parse('2026-03-09T09:00:00+01:00');
    const engine = Engine.start(defaultSettings(), fri);
    engine.observe({ type: 'input', at: fri, to: fri + 60_000 });
    engine.observe({ type: 'input', at: mon, to: mon + 60_000 });
    expect(Object.keys(engine.dayRules())).toEqual([
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
    ]);
  });

  it('a gap of a year still lists every empty date (SPEC 8)', () => {
    const text = [START, '{"at": "2027-03-09T09:00:00+01:00", "type": "unlock"}'].join('\n');
    expect(replayTimeline(text, defaultSettings()).days).toHaveLength(366);
  });
});

describe('7. the timeline is read as a stream', () => {
  it('20 MB of blank lines never hold the file in memory (splitting it took ~400 MB)', () => {
    const blank = file(
      'blank.jsonl',
      Buffer.concat([Buffer.from(START + '\n'), Buffer.alloc(20_000_000, '\n')]),
    );
    // The child reports its own peak resident memory on exit.
    const report = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxRSS='+process.resourceUsage().maxRSS))`;
    const r = replay([blank], ['--import', report]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).days).toHaveLength(1);
    const maxRssKb = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1]);
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(200_000);
  }, 120_000);

  it('a timeline that is a directory is a usage error, not a crash', () => {
    const r = replay([dir]);
    expect(r.status).toBe(2);
    expectClearError(r.stderr, 'cannot read timeline', 'EISDIR');
  });

  it('line numbers count across chunk boundaries, and an over-long line is refused', () => {
    const filler = '\n'.repeat(3_000_000);
    const r = replay([file('late.jsonl', `${START}${filler}{"at": "bad", "type": "lock"}\n`)]);
    expect(r.status).toBe(2);
    expectClearError(r.stderr, `line ${3_000_001}:`);
    const long = replay([file('long.jsonl', `${START}\n${' '.repeat(3_000_000)}\n`)]);
    expect(long.status).toBe(2);
    expectClearError(long.stderr, 'line 2: is longer than');
  });
});

describe('8. working-hours ranges per day', () => {
  const minuteRanges = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const hhmm = (m: number) =>
        `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return [hhmm(i * 2), hhmm(i * 2 + 1)] as [string, string];
    });

  it('at most MAX_RANGES_PER_DAY, with a message naming the bound', () => {
    expect(MAX_RANGES_PER_DAY).toBe(48);
    expect(validateSettingsPatch({ workingHours: { mon: minuteRanges(48) } }).ok).toBe(true);
    const issues = settingsFailure({ workingHours: { mon: minuteRanges(720) } });
    expect(issues[0]?.message).toBe('workingHours.mon has 720 ranges; a day may have at most 48');
  });

  it('the edge search agrees with a brute-force answer and the replay steps only through edges that matter', () => {
    const hours = {
      mon: minuteRanges(48),
      tue: [['09:00', '17:30']] as [string, string][],
      sun: [['22:00', '24:00']] as [string, string][],
    };
    const base = Date.parse('2026-03-09T00:00:00+01:00');
    for (let t = base - 86_400_000; t < base + 8 * 86_400_000; t += 7 * 60_000 + 13_000) {
      const answer = workingHoursAt(t, hours);
      // Brute force: minute by minute, the first change of the inside/outside answer.
      const insideAt = (ms: number) => {
        const d = new Date(ms);
        const ranges =
          hours[
            (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[d.getDay()] as 'mon'
          ] ?? [];
        const m = d.getHours() * 60 + d.getMinutes();
        return ranges.some(([a, b]) => {
          const [ah, am] = a.split(':').map(Number) as [number, number];
          const [bh, bm] = b.split(':').map(Number) as [number, number];
          return ah * 60 + am <= m && m < bh * 60 + bm;
        });
      };
      expect(answer.inside, new Date(t).toISOString()).toBe(insideAt(t));
    }
    const text = [
      `{"at": "2026-03-09T00:00:00+01:00", "type": "settings", "settings": {"workingHours": ${JSON.stringify(hours)}}}`,
      '{"at": "2026-04-08T00:00:00+02:00", "type": "unlock"}',
    ].join('\n');
    expect(replayTimeline(text, defaultSettings()).days).toHaveLength(31);
  });
});

describe('9. only plain data for settings', () => {
  it('Date, Map, Set, RegExp, Error, ArrayBuffer, typed arrays and class instances are refused', () => {
    class Hours {
      mon = [['09:00', '17:00']];
    }
    const values = [
      new Date(0),
      new Map(),
      new Set(),
      /x/,
      new Error('x'),
      new ArrayBuffer(8),
      new Uint8Array(2),
      new Hours(),
      Object.create({ mon: [] }),
    ];
    for (const value of values) {
      for (const key of ['workingHours', 'equipment']) {
        const issues = settingsFailure({ [key]: value });
        expect(issues[0]?.key).toBe(key);
        expectClearError(issues[0]!.message, `${key} must be`);
      }
      expect(validateSettingsPatch(value).ok).toBe(false);
    }
    expect(validateSettingsPatch({ workingHours: { mon: [['09:00', '17:00']] } }).ok).toBe(true);
  });

  it('settings:update through IPC refuses a non-plain payload', () => {
    expect(() => validateRequest('settings:update', new Date(0))).toThrow(/plain object/);
    expect(() => validateRequest('settings:update', new Map())).toThrow(/plain object/);
  });
});

describe('extreme numbers', () => {
  it('-0 is stored as 0, NaN and Infinity are refused', () => {
    const result = validateSettingsPatch({ restDayBelowMinutes: -0, maxSnoozes: -0 });
    expect(result.ok && Object.is(result.patch.restDayBelowMinutes, 0)).toBe(true);
    expect(result.ok && Object.is(result.patch.maxSnoozes, 0)).toBe(true);
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, 1e308, 10.5]) {
      expectClearError(settingsFailure({ maxSnoozes: n })[0]!.message, 'maxSnoozes');
    }
  });
});

describe('a UTF-8 byte-order mark', () => {
  it('is accepted at the start of a timeline, and only there', () => {
    expect(replayTimeline(`\uFEFF${START}\n`, defaultSettings()).days).toHaveLength(1);
    const r = replay([
      file(
        'bom.jsonl',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${START}\n`)]),
      ),
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(() => replayTimeline(`${START}\n\uFEFF${START}\n`, defaultSettings())).toThrow(/line 2/);
  });
});
