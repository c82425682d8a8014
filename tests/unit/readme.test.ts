/** README.md stays true to the repository: every script, every folder, the packages .ci/run installs. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('README', () => {
  it('names every npm script', () => {
    const missing = Object.keys(pkg.scripts).filter(
      (name) =>
        !readme.includes(`npm run ${name}`) &&
        !(name === 'start' && readme.includes('npm start')) &&
        !(name === 'test' && readme.includes('npm test')),
    );
    expect(missing).toEqual([]);
  });

  it('names every committed top-level folder and every folder of tests/', () => {
    const folders = (dir: string) =>
      execFileSync('git', ['ls-tree', '-d', '--name-only', 'HEAD', dir], {
        cwd: ROOT,
        encoding: 'utf8',
      })
        .split('\n')
        .filter(Boolean);
    const missing = [...folders('.'), ...folders('tests/')]
      .map((f) => path.basename(f))
      .filter((f) => !readme.includes(`${f}/`));
    expect(missing).toEqual([]);
  });

  it('lists exactly the Debian packages .ci/run installs for the tests', () => {
    const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    const installed = /^packages=\(([^)]*)\)/m.exec(ci)?.[1]?.trim().split(/\s+/) ?? [];
    const listed = /these Debian packages: `([^`]+)`/.exec(readme.replace(/\n\s*/g, ' '))?.[1];
    expect(listed?.split(' ').sort()).toEqual([...installed].sort());
  });

  it('does not claim npm install fetches Electron (Electron 45 has no install script)', () => {
    const electronPkg = JSON.parse(
      readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ) as { scripts?: Record<string, string>; bin: Record<string, string> };
    expect(electronPkg.scripts?.postinstall).toBeUndefined();
    expect(electronPkg.bin['install-electron']).toBe('install.js');
    expect(readme).toContain('npx install-electron');
    expect(readme).not.toMatch(/npm (install|ci)` fetches the Electron binary/);
  });
});
