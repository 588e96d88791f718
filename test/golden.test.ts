/** Golden files per language: the whole output of each case must match expected.json (npm run golden regenerates). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCases, runGolden } from '../scripts/golden-lib.js';

const cases = goldenCases();

describe('golden files', () => {
  it('exist for every language pack folder', () => {
    expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(['de', 'en', 'nl']));
  });
  it.each(cases.map((c) => [`${c.lang}/${c.name}`, c] as const))('%s', async (_, c) => {
    const file = join(c.dir, 'expected.json');
    expect(existsSync(file), `${file} missing: npm run golden`).toBe(true);
    const expected = JSON.parse(readFileSync(file, 'utf8'));
    const actual = JSON.parse(JSON.stringify(await runGolden(c)));
    expect(actual).toEqual(expected);
  });
});
