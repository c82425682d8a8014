/**
 * The electron-builder config as electron-builder itself checks it, offline: its own validator and
 * the JSON schema that ships in app-builder-lib (scheme.json), plus what the deb target needs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuilderConfig, validateBuilderConfig } from './helpers/builder-config.ts';

const pkg = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
) as Record<string, unknown>;

describe('packaging', () => {
  it("build/electron-builder.yml passes electron-builder's schema", async () => {
    await expect(validateBuilderConfig(loadBuilderConfig())).resolves.toBeUndefined();
  });

  it('the schema check is real: a misspelt or misplaced key fails it, naming the key', async () => {
    await expect(validateBuilderConfig({ ...loadBuilderConfig(), asarUnpak: [] })).rejects.toThrow(
      /asarUnpak/,
    );
    const config = loadBuilderConfig();
    await expect(
      validateBuilderConfig({ ...config, linux: { ...config.linux, oneClick: true } }),
    ).rejects.toThrow(/linux/);
  });

  it('package.json has the homepage the deb target requires without a GitHub remote', () => {
    expect(typeof pkg.homepage).toBe('string');
    expect(new URL(pkg.homepage as string).protocol).toBe('https:');
  });

  it('deb is the primary Linux package (it installs the AppArmor profile Ubuntu 24.04+ needs)', () => {
    expect(loadBuilderConfig().linux.target[0]).toBe('deb');
  });

  it('production dependencies the main bundle leaves external are real dependencies', () => {
    const deps = Object.keys(pkg.dependencies as Record<string, string>);
    expect(deps).toEqual(expect.arrayContaining(['node-notifier', 'dbus-next']));
  });
});
