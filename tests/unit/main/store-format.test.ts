/** The settings' JSON Schema the store validates with is the one zod generates from the core schema. */
import { describe, expect, it } from 'vitest';
import {
  settingsJsonSchema,
  settingsJsonSchemaFromZod,
} from '../../../electron/main/store/store-format.ts';

describe('settings-schema.json', () => {
  it('equals the schema generated from the core zod schema (else: npx tsx build/scripts/settings-schema.ts)', () => {
    const generated = settingsJsonSchemaFromZod();
    expect(settingsJsonSchema).toEqual(generated);
    expect(Object.keys(generated.properties as object)).toContain('breakIntervalMinutes');
  });
});
