import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema } from './json-schema.js';

describe('JSON Schema of the output contract', () => {
  it('is committed and up to date with the zod types (run npm run schema)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/sitrep-document.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(documentJsonSchema())));
  });
});
