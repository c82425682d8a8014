/**
 * The replay CLI as a user runs it: output shape, exit codes, and errors on stderr only. The cases run
 * the CLI bundled once with esbuild (one plain `node` process per case file, ~0.1 s, instead of
 * compiling it with tsx in every process, ~1 s each on a loaded machine); the last test runs the
 * documented `npm run --silent replay` itself.
 */
import { buildSync } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'replay-'));
const cli = join(dir, 'replay.mjs');
buildSync({
  entryPoints: ['electron/cli/replay.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  outfile: cli,
  logLevel: 'error',
});
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/Berlin' },
  });

const good = [
  '{"at": "2026-03-09T09:00:00+01:00", "type": "input", "to": "2026-03-09T09:40:00+01:00"}',
  '{"at": "2026-03-09T09:41:00+01:00", "type": "break-start"}',
  '{"at": "2026-03-09T09:43:00+01:00", "type": "break-end", "completed": true}',
  '',
].join('\n');

// Limits for a loaded 2-core machine: the slowest case is one `npm run` (npm, then tsx).
describe('replay CLI', { timeout: 60_000 }, () => {
  it('prints one JSON object with prompts, days and streak', () => {
    const r = run(file('good.jsonl', good));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    // Prompts are ISO instants in local time with the offset, like the timeline's lines.
    expect(out.prompts).toEqual(['2026-03-09T09:30:00+01:00']);
    expect(out.days).toEqual([
      {
        date: '2026-03-09',
        sittingSeconds: 2460,
        movingSeconds: 120,
        awaySeconds: 0,
        breaksPrompted: 1,
        breaksTaken: 1,
        breaksPartial: 0,
        breaksSkipped: 0,
        breaksSnoozed: 0,
        breaksMissed: 0,
        naturalBreaks: 0,
        longestSitSeconds: 2460,
        callSeconds: 0,
        goalMet: false,
      },
    ]);
    expect(out.streak).toEqual({ current: 0, longest: 0 });
  });

  it('applies a settings file', () => {
    const r = run(
      file('g2.jsonl', good),
      '--settings',
      file('s.json', '{"breakIntervalMinutes": 20, "dailyGoalBreaks": 1}'),
    );
    const out = JSON.parse(r.stdout);
    expect(out.prompts).toEqual(['2026-03-09T09:20:00+01:00']);
    expect(out.days[0].goalMet).toBe(true);
    expect(out.streak).toEqual({ current: 1, longest: 1 });
  });

  it('stops on a malformed line with exit 2, the line number on stderr and nothing on stdout', () => {
    for (const bad of [
      '{"at": "2026-03-09T09:45:00+01:00", "type": "jump"}',
      '{"at": "yesterday", "type": "lock"}',
      '{"at": "2026-03-09T09:45:00+01:00", "type": "input", "to": "2026-03-09T09:44:00+01:00"}',
      '{"at": "2026-03-09T09:45:00+01:00", "type": "input"',
      '{"at": "2026-03-09T09:45:00", "type": "lock"}',
    ]) {
      const r = run(file('bad.jsonl', good + bad + '\n'));
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/line 4: /);
    }
    // Five CLI starts: on a loaded machine that is more than the default 5 s.
  }, 60_000);

  it('replays call-start / call-end lines: the call is sitting, its break prompted at its end', () => {
    const calls = [
      '{"at": "2026-03-09T09:00:00+01:00", "type": "input", "to": "2026-03-09T09:10:00+01:00"}',
      '{"at": "2026-03-09T09:10:00+01:00", "type": "call-start"}',
      '{"at": "2026-03-09T10:10:00+01:00", "type": "call-end"}',
      '',
    ].join('\n');
    const r = run(file('calls.jsonl', calls));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.prompts).toEqual(['2026-03-09T10:10:00+01:00']);
    expect(out.days[0]).toMatchObject({ sittingSeconds: 4200, awaySeconds: 0, callSeconds: 3600 });
    expect(Object.keys(out.days[0]).slice(-2)).toEqual(['callSeconds', 'goalMet']);
  }, 60_000);

  it('stops on a malformed call line naming its line', () => {
    for (const bad of [
      '{"at": "2026-03-09T09:45:00+01:00", "type": "call-begin"}',
      '{"at": "09:45", "type": "call-end"}',
    ]) {
      const r = run(file('bad-call.jsonl', good + bad + '\n'));
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/line 4: /);
    }
  }, 60_000);

  it('rejects out-of-bounds settings naming the key and its bounds', () => {
    const r = run(
      file('g3.jsonl', good),
      '--settings',
      file('bad.json', '{"breakIntervalMinutes": 5}'),
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /breakIntervalMinutes must be a whole number of minutes from 10 to 120/,
    );
    const line = run(
      file(
        'g4.jsonl',
        good +
          '{"at": "2026-03-09T09:50:00+01:00", "type": "settings", "settings": {"maxSnoozes": 7}}\n',
      ),
    );
    expect(line.status).toBe(2);
    expect(line.stderr).toMatch(/line 4: maxSnoozes must be a whole number of snoozes from 0 to 5/);
  });

  it('works through npm run --silent replay exactly as documented', () => {
    const out = execFileSync('npm', ['run', '--silent', 'replay', '--', file('g5.jsonl', good)], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Europe/Berlin' },
    });
    expect(JSON.parse(out).days).toHaveLength(1);
  });
});
