import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  judge,
  loadAllowlist,
  scan,
  type Finding,
} from '../../../build/scripts/electronegativity.mjs';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'posture-eneg-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the security scan', () => {
  it('finds the classic mistakes in TypeScript sources', async () => {
    mkdirSync(path.join(dir, 'electron'), { recursive: true });
    writeFileSync(
      path.join(dir, 'electron', 'bad.ts'),
      `import { BrowserWindow } from 'electron';
export function make(): BrowserWindow {
  const win: BrowserWindow = new BrowserWindow({
    webPreferences: { contextIsolation: false, webSecurity: false, sandbox: false },
  });
  void win.loadURL('http://example.com/');
  return win;
}
`,
    );
    const issues = await scan({ root: dir, paths: ['electron'] });
    const ids = issues.map((i) => `${i.id}:${i.severity}`);
    expect(ids).toContain('CONTEXT_ISOLATION_JS_CHECK:HIGH');
    expect(ids).toContain('WEB_SECURITY_JS_CHECK:MEDIUM');
    expect(ids).toContain('HTTP_RESOURCES_JS_CHECK:MEDIUM');
    const verdict = judge(issues, []);
    expect(verdict.blocking.length).toBeGreaterThan(0);
  }, 30_000);

  it('lets an allow-list entry with a reason through, for one file or everywhere', () => {
    const issue = (id: string, file: string, severity: Finding['severity'] = 'HIGH'): Finding => ({
      id,
      severity,
      confidence: 'FIRM',
      file,
      line: 1,
      column: 0,
      manualReview: false,
      description: '',
    });
    const issues = [
      issue('A_CHECK', 'electron/a.ts'),
      issue('A_CHECK', 'electron/b.ts'),
      issue('B_CHECK', 'electron/c.ts', 'MEDIUM'),
      issue('C_CHECK', 'electron/d.ts', 'LOW'),
    ];
    const verdict = judge(issues, [
      { id: 'A_CHECK', file: 'electron/a.ts', reason: 'safe because of a reason' },
      { id: 'B_CHECK', reason: 'safe everywhere for a reason' },
      { id: 'GONE_CHECK', reason: 'no longer reported anywhere' },
    ]);
    expect(verdict.blocking.map((i) => i.file)).toEqual(['electron/b.ts']);
    expect(verdict.allowed.map((i) => i.id)).toEqual(['A_CHECK', 'B_CHECK']);
    expect(verdict.informational.map((i) => i.id)).toEqual(['C_CHECK']);
    expect(verdict.unused.map((a) => a.id)).toEqual(['GONE_CHECK']);
  });

  it('refuses an allow-list entry without a reason', () => {
    const file = path.join(dir, 'allow.json');
    writeFileSync(file, JSON.stringify({ allow: [{ id: 'CSP_GLOBAL_CHECK', reason: '' }] }));
    expect(() => loadAllowlist(file)).toThrow(/CSP_GLOBAL_CHECK\) needs a "reason"/);
    writeFileSync(file, JSON.stringify({ allow: [{ reason: 'a long enough reason' }] }));
    expect(() => loadAllowlist(file)).toThrow(/needs "id"/);
  });

  it('the app itself has no unexplained HIGH or MEDIUM finding', async () => {
    const verdict = judge(await scan(), loadAllowlist());
    expect(verdict.blocking).toEqual([]);
  }, 30_000);
});
