/**
 * Generate the JSON Schema of the output contract from the zod types in src/core/schema.ts.
 * Usage: npm run schema            (writes schema/sitrep-document.schema.json)
 *        npm run schema -- --check (exits 1 when the committed file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentJsonSchema } from '../src/core/json-schema.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'sitrep-document.schema.json');
const text = JSON.stringify(documentJsonSchema(), null, 2) + '\n';
if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== text) {
    process.stderr.write(`${out} is stale: run npm run schema\n`);
    process.exit(1);
  }
  process.stdout.write('schema up to date\n');
} else {
  writeFileSync(out, text);
  process.stdout.write(`wrote ${out}\n`);
}
