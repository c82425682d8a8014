/** Headless replay (SPEC section 8): `npm run --silent replay -- <timeline.jsonl> [--settings <file.json>]`. */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { excerpt } from '../core/excerpt.ts';
import { defaultSettings, parseSettings, type Settings } from '../core/settings.ts';
import { TimelineError, TimelineReplay, type ReplayResult } from '../core/timeline.ts';

const USAGE = 'usage: npm run --silent replay -- <timeline.jsonl> [--settings <file.json>]';

class UsageError extends Error {}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
}

/** A timeline line longer than this is refused before it is parsed (real lines are ~100 bytes). */
const MAX_LINE_CHARS = 1_000_000;
const CHUNK_BYTES = 1 << 20;

/** Replays the file as a stream, one line at a time: memory holds one chunk and one line, never the file. */
function replayFile(path: string, settings: Settings): ReplayResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new UsageError(
      `cannot read timeline ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  try {
    const replay = new TimelineReplay(settings);
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let pending = '';
    let lineNumber = 0;
    for (;;) {
      const bytes = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      const text = bytes > 0 ? decoder.write(buffer.subarray(0, bytes)) : decoder.end();
      let start = 0;
      for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
        lineNumber++;
        if (newline === start && pending === '') {
          // A blank line: nothing to parse, nothing to allocate.
          start = newline + 1;
          continue;
        }
        const piece = text.slice(start, newline);
        if (pending.length + piece.length > MAX_LINE_CHARS) throw tooLong(lineNumber);
        replay.line(pending === '' ? piece : pending + piece, lineNumber);
        pending = '';
        start = newline + 1;
      }
      pending += text.slice(start);
      if (pending.length > MAX_LINE_CHARS) throw tooLong(lineNumber + 1);
      if (bytes === 0) break;
    }
    if (pending !== '') replay.line(pending, lineNumber + 1);
    return replay.result();
  } catch (error) {
    // A directory, a device that fails mid-read: the file's problem, not ours.
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string') throw new UsageError(`cannot read timeline ${path}: ${code}`);
    throw error;
  } finally {
    closeSync(fd);
  }
}

function tooLong(lineNumber: number): TimelineError {
  return new TimelineError(lineNumber, `is longer than ${MAX_LINE_CHARS} characters`);
}

function loadSettings(path: string | undefined): Settings {
  if (path === undefined) return defaultSettings();
  let json: unknown;
  try {
    json = JSON.parse(readText(path, 'settings file').replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const reason = String((error as Error).message).slice(0, 120);
    throw new UsageError(`settings file ${path} is not valid JSON (${reason})`);
  }
  const parsed = parseSettings(json);
  if (!parsed.ok || !parsed.settings) {
    const issues = parsed.ok ? [] : parsed.issues;
    throw new UsageError(`settings file ${path}: ${issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.settings;
}

export function main(argv: string[]): number {
  let timelinePath: string | undefined;
  let settingsPath: string | undefined;
  try {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] as string;
      if (arg === '--settings') {
        settingsPath = argv[++i];
        if (settingsPath === undefined) throw new UsageError('--settings needs a file path');
      } else if (arg === '--help' || arg === '-h') {
        process.stdout.write(USAGE + '\n');
        return 0;
      } else if (arg.startsWith('--')) {
        throw new UsageError(`unknown option ${excerpt(arg)}`);
      } else if (timelinePath === undefined) {
        timelinePath = arg;
      } else {
        throw new UsageError(`unexpected argument ${excerpt(arg)}`);
      }
    }
    if (timelinePath === undefined) throw new UsageError('missing timeline file');
    const settings = loadSettings(settingsPath);
    const result = replayFile(timelinePath, settings);
    process.stdout.write(JSON.stringify(result) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof TimelineError) {
      process.stderr.write(`replay: ${timelinePath}: ${error.message}\n`);
    } else if (error instanceof UsageError) {
      process.stderr.write(`replay: ${error.message}\n${USAGE}\n`);
    } else {
      process.stderr.write(`replay: ${(error as Error).stack ?? error}\n`);
      return 1;
    }
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
