/**
 * build/electron-builder.yml read the way electron-builder reads it (js-yaml), and electron-builder's
 * own offline validation of it against the JSON schema that ships in app-builder-lib (scheme.json).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const REPO = path.resolve(import.meta.dirname, '..', '..', '..');
export const BUILDER_CONFIG_PATH = path.join(REPO, 'build', 'electron-builder.yml');

export type BuilderConfig = Record<string, unknown> & {
  appId: string;
  asarUnpack: string[];
  linux: { target: string[] };
};

export function loadBuilderConfig(): BuilderConfig {
  const yaml = require('js-yaml') as { load(text: string): unknown };
  return yaml.load(readFileSync(BUILDER_CONFIG_PATH, 'utf8')) as BuilderConfig;
}

/** Rejects with electron-builder's message (unknown property, wrong type) when the config is invalid. */
export async function validateBuilderConfig(config: Record<string, unknown>): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    validateConfiguration(
      config: unknown,
      debug: { isEnabled: boolean; add(key: string, value: unknown): void },
    ): Promise<void>;
  };
  await validateConfiguration(config, { isEnabled: false, add: () => undefined });
}
