import { describe, expect, it } from 'vitest';
import {
  HELP_TEXT,
  isCliCommand,
  parseCliArgs,
  userArgs,
} from '../../../electron/main/cli-args.ts';

describe('parseCliArgs', () => {
  it('starts normally with no arguments', () => {
    expect(parseCliArgs([])).toEqual({ ok: true, command: { kind: 'launch' } });
  });

  it.each([
    [['--break-now'], { kind: 'break-now' }],
    [['--resume'], { kind: 'resume' }],
    [['--status'], { kind: 'status' }],
    [
      ['--status-file', 'C:\\Users\\me\\status.json'],
      { kind: 'status', file: 'C:\\Users\\me\\status.json' },
    ],
    [['--status-file=out.json'], { kind: 'status', file: 'out.json' }],
    [['--help'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
    [['--pause', '30'], { kind: 'pause', pause: { minutes: 30 } }],
    [['--pause=45'], { kind: 'pause', pause: { minutes: 45 } }],
    [['--pause', 'tomorrow'], { kind: 'pause', pause: { until: 'tomorrow' } }],
    [['--pause', 'Tomorrow'], { kind: 'pause', pause: { until: 'tomorrow' } }],
    [['--pause', '1440'], { kind: 'pause', pause: { minutes: 1440 } }],
    [['--meeting', 'on'], { kind: 'meeting', on: true }],
    [['--meeting', 'OFF'], { kind: 'meeting', on: false }],
    [['--meeting=off'], { kind: 'meeting', on: false }],
  ])('parses %j', (args, command) => {
    expect(parseCliArgs(args)).toEqual({ ok: true, command });
  });

  it('--status-file needs a path', () => {
    expect(parseCliArgs(['--status-file'])).toEqual({
      ok: false,
      error: '--status-file needs a file path (got nothing)',
    });
    expect(parseCliArgs(['--status-file', '--resume'])).toMatchObject({ ok: false });
  });

  it('lets --help win over other commands, but still reports a bad value given before it', () => {
    expect(parseCliArgs(['--pause', 'soon', '--help'])).toEqual({
      ok: false,
      error: expect.stringContaining('--pause'),
    });
    expect(parseCliArgs(['--status', '--help'])).toEqual({ ok: true, command: { kind: 'help' } });
  });

  it.each([
    [['--pause'], 'got nothing'],
    [['--pause', '--resume'], 'got nothing'],
    [['--pause', '0'], 'got 0'],
    [['--pause', '1441'], 'got 1441'],
    [['--pause', '2.5'], 'got "2.5"'],
    [['--pause', 'soon'], 'got "soon"'],
    [['--pause='], 'got ""'],
  ])('rejects %j naming the value', (args, detail) => {
    const result = parseCliArgs(args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(
      '--pause needs a number of minutes from 1 to 1440 or "tomorrow"',
    );
    expect(result.error).toContain(detail);
  });

  it.each([
    [['--meeting'], 'got nothing'],
    [['--meeting', '--resume'], 'got nothing'],
    [['--meeting', 'maybe'], 'got "maybe"'],
    [['--meeting='], 'got ""'],
  ])('rejects %j naming the value', (args, detail) => {
    const result = parseCliArgs(args);
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('--meeting needs "on" or "off"'),
    });
    if (!result.ok) expect(result.error).toContain(detail);
  });

  it('rejects two commands at once, naming both', () => {
    const result = parseCliArgs(['--break-now', '--pause', '10']);
    expect(result).toEqual({
      ok: false,
      error: 'Give one command at a time (got --break-now, --pause).',
    });
  });

  it('reports an unknown option and a stray argument', () => {
    expect(parseCliArgs(['--breaknow'])).toEqual({
      ok: false,
      error: 'Unknown option "--breaknow". Run with --help to see the options.',
    });
    expect(parseCliArgs(['now'])).toEqual({
      ok: false,
      error: 'Unexpected argument "now". Run with --help to see the options.',
    });
  });

  it('quotes at most a short excerpt of a huge argument', () => {
    const result = parseCliArgs(['--' + 'x'.repeat(1_000_000)]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeLessThan(200);
  });

  it('ignores switches Chromium, Electron, test runners or macOS add', () => {
    const result = parseCliArgs([
      '--no-sandbox',
      '--inspect=0',
      '--remote-debugging-port=0',
      '--user-data-dir=/tmp/x',
      '-psn_0_12345',
      '--status',
      '--enable-logging',
    ]);
    expect(result).toEqual({ ok: true, command: { kind: 'status' } });
  });
});

describe('userArgs', () => {
  it('drops the executable (packaged) or the executable and app path (development)', () => {
    expect(userArgs(['/opt/Posture Break/posture-break', '--status'], false)).toEqual(['--status']);
    expect(userArgs(['electron', 'dist/main/main.cjs', '--status'], true)).toEqual(['--status']);
    expect(
      userArgs(['electron', '--inspect=0', '--remote-debugging-port=0', '.', '--pause', '5'], true),
    ).toEqual(['--pause', '5']);
    expect(userArgs(['electron'], true)).toEqual([]);
  });
});

describe('isCliCommand (a command forwarded by a second launch)', () => {
  it('accepts what the parser produces', () => {
    for (const args of [
      [],
      ['--break-now'],
      ['--pause', '5'],
      ['--pause', 'tomorrow'],
      ['--resume'],
      ['--meeting', 'on'],
      ['--meeting', 'off'],
    ]) {
      const parsed = parseCliArgs(args);
      expect(parsed.ok && isCliCommand(parsed.command)).toBe(true);
    }
  });

  it('rejects anything else', () => {
    for (const value of [
      null,
      'break-now',
      { kind: 'explode' },
      { kind: 'pause' },
      { kind: 'pause', pause: { minutes: 0 } },
      { kind: 'pause', pause: { minutes: 1.5 } },
      { kind: 'pause', pause: { until: 'later' } },
      { kind: 'meeting' },
      { kind: 'meeting', on: 'yes' },
    ]) {
      expect(isCliCommand(value)).toBe(false);
    }
  });
});

describe('help text', () => {
  it('names every option', () => {
    for (const option of [
      '--break-now',
      '--pause <minutes|tomorrow>',
      '--resume',
      '--meeting <on|off>',
      '--status',
      '--help',
    ]) {
      expect(HELP_TEXT).toContain(option);
    }
  });
});
