import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../lang/registry.js';
import { compileLexicon } from './compile.js';
import { ACLED_TAXONOMY as ACLED } from '../../core/acled.js';


describe('events lexicons of every language pack', async () => {
  const packs = await loadPacks();
  const withEvents = Object.values(packs).filter((p) => p.events.triggers.length > 0);
  it('exist for nl, en and de', () => {
    expect(withEvents.map((p) => p.code).sort()).toEqual(expect.arrayContaining(['de', 'en', 'nl']));
  });
  for (const pack of withEvents) {
    it(`${pack.code}: compiles, ids are unique and prefixed, types are ACLED's`, () => {
      const lex = compileLexicon(pack.events);
      expect(lex.triggers.length).toBe(pack.events.triggers.length);
      const ids = [...pack.events.triggers.map((t) => t.id), ...pack.events.filters.map((f) => f.id)];
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.startsWith(`${pack.code}.`)).toBe(true);
      for (const t of pack.events.triggers) {
        expect(Object.keys(ACLED)).toContain(t.type);
        expect(ACLED[t.type]).toContain(t.subType);
      }
    });
  }
});
