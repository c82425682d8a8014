// Writes electron/main/store/settings-schema.json: the settings' JSON Schema generated from the core
// zod schema (store-format.ts loads the file, so a start does not generate it).
// `npx tsx build/scripts/settings-schema.ts`; tests/unit/main/store-format.test.ts checks it is current.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { settingsJsonSchemaFromZod } from '../../electron/main/store/store-format.ts';

const file = path.join(
  import.meta.dirname,
  '..',
  '..',
  'electron',
  'main',
  'store',
  'settings-schema.json',
);
const options = { ...(await resolveConfig(file)), parser: 'json' };
writeFileSync(file, await format(JSON.stringify(settingsJsonSchemaFromZod()), options));
console.log(`settings-schema: wrote ${path.relative(process.cwd(), file)}`);
