// Security scan of the app source with @doyensec/electronegativity: electron/ (main, preload, core) and
// the renderer's HTML pages (their CSP). Exits 1 on any HIGH or MEDIUM finding that is not in
// build/electronegativity-allowlist.json with a reason, 2 if the scan itself failed. Never goes online:
// the scanner's translation and release downloads are stubbed out.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const BLOCKING = new Set(['HIGH', 'MEDIUM']);
/** Needs the network (a list of Electron releases); our Electron version is pinned in package.json. */
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

/** What is scanned, relative to the repository root. */
export const SCAN_PATHS = ['electron', 'renderer/index.html', 'renderer/break.html'];

let offlineInstalled = false;
/** The scanner fetches translations and release lists with `got`; hand it one that fails at once. */
function installOffline() {
  if (offlineInstalled) return;
  offlineInstalled = true;
  const Module = require('node:module');
  const load = Module._load;
  Module._load = function (request, parent, ...rest) {
    if (
      request === 'got' &&
      parent?.filename?.includes(`${path.sep}electronegativity${path.sep}`)
    ) {
      return () => Promise.reject(new Error('offline: the security scan does not use the network'));
    }
    return load.call(this, request, parent, ...rest);
  };
}

/**
 * Scans `paths` (under `root`) and returns every finding as
 * { id, severity, confidence, file, line, column, manualReview, description }.
 */
export async function scan({ root = ROOT, paths = SCAN_PATHS } = {}) {
  installOffline();
  const staging = mkdtempSync(path.join(os.tmpdir(), 'posture-electronegativity-'));
  try {
    for (const rel of paths)
      cpSync(path.join(root, rel), path.join(staging, rel), { recursive: true });
    const electronVersion = JSON.parse(
      readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ).version;
    const mod = require('@doyensec/electronegativity');
    const run = mod.default ?? mod;
    const silenced = console.log;
    console.log = () => undefined; // "could not retrieve translations" and progress chatter
    let result;
    try {
      result = await run({
        input: staging,
        isRelative: true,
        electronVersionOverride: electronVersion,
        excludeFromScan: EXCLUDED_CHECKS,
      });
    } finally {
      console.log = silenced;
    }
    const fatal = result.errors.filter((e) => !e.tolerable);
    if (fatal.length > 0) {
      throw new Error(
        `electronegativity could not parse: ${fatal.map((e) => `${path.relative(staging, e.file)} (${e.message})`).join('; ')}`,
      );
    }
    return result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      manualReview: issue.manualReview,
      description: issue.description,
    }));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Reads and checks the allow-list: every entry names a check id and gives a reason. */
export function loadAllowlist(file = path.join(ROOT, 'build', 'electronegativity-allowlist.json')) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data.allow)) throw new Error(`${file}: expected { "allow": [ ... ] }`);
  data.allow.forEach((entry, i) => {
    if (typeof entry.id !== 'string' || entry.id === '') {
      throw new Error(`${file}: allow[${i}] needs "id" (the check id, e.g. "CSP_GLOBAL_CHECK")`);
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 10) {
      throw new Error(`${file}: allow[${i}] (${entry.id}) needs a "reason" saying why it is safe`);
    }
  });
  return data.allow;
}

/** Splits findings into blocking (HIGH/MEDIUM, not allowed), allowed, and informational. */
export function judge(issues, allowlist) {
  const matches = (issue) =>
    allowlist.find((a) => a.id === issue.id && (a.file === undefined || a.file === issue.file));
  const blocking = [];
  const allowed = [];
  const informational = [];
  for (const issue of issues) {
    if (!BLOCKING.has(issue.severity)) informational.push(issue);
    else if (matches(issue)) allowed.push({ ...issue, reason: matches(issue).reason });
    else blocking.push(issue);
  }
  const unused = allowlist.filter(
    (a) => !issues.some((i) => i.id === a.id && (a.file === undefined || a.file === i.file)),
  );
  return { blocking, allowed, informational, unused };
}

const where = (i) => (i.file === 'N/A' ? '(whole app)' : `${i.file}:${i.line}:${i.column}`);

async function main() {
  const started = performance.now();
  const allowlist = loadAllowlist();
  const issues = await scan();
  const { blocking, allowed, informational, unused } = judge(issues, allowlist);
  for (const i of informational) {
    console.log(
      `  note     ${i.severity.padEnd(13)} ${i.id} ${where(i)}${i.manualReview ? ' (review)' : ''}`,
    );
  }
  for (const i of allowed)
    console.log(`  allowed  ${i.severity.padEnd(13)} ${i.id} ${where(i)} — ${i.reason}`);
  for (const a of unused)
    console.log(
      `  (allow-list entry ${a.id}${a.file ? ` ${a.file}` : ''} matched nothing; remove it?)`,
    );
  for (const i of blocking) {
    console.error(
      `  BLOCKING ${i.severity.padEnd(13)} ${i.id} ${where(i)}\n           ${i.description}`,
    );
  }
  const ms = Math.round(performance.now() - started);
  if (blocking.length > 0) {
    console.error(
      `electronegativity: ${blocking.length} HIGH/MEDIUM finding(s) not explained in build/electronegativity-allowlist.json (${ms} ms)`,
    );
    process.exit(1);
  }
  console.log(
    `electronegativity: no unexplained HIGH or MEDIUM finding in ${SCAN_PATHS.join(', ')} (${issues.length} finding(s) in all, ${allowed.length} allowed; ${ms} ms)`,
  );
  process.exit(0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`electronegativity: the scan failed: ${error.message}`);
    process.exit(2);
  });
}
