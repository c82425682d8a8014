/** Headless replay (SPEC section 8): `npm run --silent replay -- <timeline.jsonl> [--settings <file.json>]`. */
import { readFileSync } from 'node:fs';
import { defaultSettings, parseSettings, type Settings } from '../core/settings.ts';
import { replayTimeline, TimelineError } from '../core/timeline.ts';

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

function loadSettings(path: string | undefined): Settings {
  if (path === undefined) return defaultSettings();
  let json: unknown;
  try {
    json = JSON.parse(readText(path, 'settings file'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`settings file ${path} is not valid JSON (${(error as Error).message})`);
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
        throw new UsageError(`unknown option ${arg}`);
      } else if (timelinePath === undefined) {
        timelinePath = arg;
      } else {
        throw new UsageError(`unexpected argument ${arg}`);
      }
    }
    if (timelinePath === undefined) throw new UsageError('missing timeline file');
    const settings = loadSettings(settingsPath);
    const result = replayTimeline(readText(timelinePath, 'timeline'), settings);
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
