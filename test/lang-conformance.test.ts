/**
 * Conformance: every language pack found under src/lang/ goes through the same checks,
 * so adding a language is a new folder plus golden tests and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../src/lang/registry.js';
import type { LanguagePack } from '../src/lang/pack.js';

const packs = await loadPacks();
const STAGES = ['clean', 'segment', 'places', 'time', 'actors', 'events', 'casualties', 'claims'] as const;

function* regexes(value: unknown, path: string): Generator<[string, RegExp]> {
  if (value instanceof RegExp) yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* regexes(v, `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) yield* regexes(v, `${path}.${k}`);
}

describe('language packs', () => {
  it('discovers nl, en and de', () => {
    expect(Object.keys(packs)).toEqual(expect.arrayContaining(['nl', 'en', 'de']));
  });

  describe.each(Object.values(packs).map((p) => [p.code, p] as [string, LanguagePack]))('%s', (code, pack) => {
    it('has its folder code and a name', () => {
      expect(pack.code).toBe(code);
      expect(pack.name.length).toBeGreaterThan(0);
    });
    it('supplies data for every stage', () => {
      for (const s of STAGES) expect(pack[s], s).toBeTypeOf('object');
    });
    it('uses Unicode-aware patterns only', () => {
      for (const [path, re] of regexes(pack, code)) expect(re.unicode || (re.flags.includes("v")), `${path} ${re.source}`).toBe(true);
    });
  });
});
