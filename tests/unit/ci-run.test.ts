/** .ci/run: waits for a busy apt instead of failing, installs what the tests use, logs without colour. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = readFileSync(path.join(import.meta.dirname, '..', '..', '.ci', 'run'), 'utf8');
const aptWait = /^apt_wait\(\) \{\n[\s\S]*?\n\}\n/m.exec(script)?.[0] ?? '';

/** Runs apt_wait around a stand-in for apt-get that prints `outputs[i]` and fails until the last. */
function runAptWait(outputs: string[], lastSucceeds: boolean) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ci-run-'));
  const fake = path.join(dir, 'fake-apt');
  writeFileSync(
    fake,
    `#!/usr/bin/env bash
n=$(cat "${dir}/count" 2>/dev/null || echo 0); echo $((n + 1)) > "${dir}/count"
outputs=(${outputs.map((o) => `'${o}'`).join(' ')})
echo "\${outputs[$n]}"
if [ "$n" -ge $(( \${#outputs[@]} - 1 )) ] && [ "${lastSucceeds ? 1 : 0}" = 1 ]; then exit 0; fi
exit 100
`,
    { mode: 0o755 },
  );
  const r = spawnSync('bash', ['-c', `sleep() { :; }\n${aptWait}\napt_wait "${fake}" install x`], {
    encoding: 'utf8',
  });
  return { ...r, calls: Number(readFileSync(path.join(dir, 'count'), 'utf8')) };
}

describe('.ci/run', () => {
  it('has an apt_wait function that the apt calls go through', () => {
    expect(aptWait).not.toBe('');
    expect(script).toMatch(/apt_wait \$sudo "\$\{apt\[@\]\}" update/);
    expect(script).toMatch(
      /apt_wait \$sudo env DEBIAN_FRONTEND=noninteractive "\$\{apt\[@\]\}" install/,
    );
    expect(script).toContain('DPkg::Lock::Timeout=');
  });

  it('waits while another apt or dpkg holds the lock, then goes on', () => {
    const r = runAptWait(
      [
        'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 123 (apt-get)',
        'E: Could not get lock /var/lib/apt/lists/lock. It is held by process 123 (apt-get)',
        'done',
      ],
      true,
    );
    expect(r.status).toBe(0);
    expect(r.calls).toBe(3);
    expect(r.stdout).toContain('waiting, try 1 of 60');
    expect(r.stdout).toContain('waiting, try 2 of 60');
  });

  it("fails at once, showing apt's message, on any other error", () => {
    const r = runAptWait(['E: Unable to locate package chromiun'], false);
    expect(r.status).toBe(1);
    expect(r.calls).toBe(1);
    expect(r.stderr).toContain('Unable to locate package chromiun');
  });

  it('installs every Debian package the tests start, and logs without ANSI colour', () => {
    const packages = /^packages=\(([^)]*)\)/m.exec(script)?.[1]?.split(/\s+/) ?? [];
    for (const needed of [
      'chromium',
      'xvfb',
      'dbus',
      'dunst',
      'libnotify-bin',
      'mate-screensaver',
    ]) {
      expect(packages).toContain(needed);
    }
    expect(script).toMatch(/^export NO_COLOR=1/m);
    expect(script).not.toMatch(/FORCE_COLOR=[^0]/);
  });
});
