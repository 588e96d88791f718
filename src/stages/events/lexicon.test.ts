import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../lang/registry.js';
import { compileLexicon } from './compile.js';

/** ACLED event types and sub-types, spelled as ACLED spells them. */
const ACLED: Record<string, string[]> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
};

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
