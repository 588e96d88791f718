import { describe, expect, it } from 'vitest';
import { pack as de } from '../../lang/de/index.js';
import { pack as en } from '../../lang/en/index.js';
import { pack as nl } from '../../lang/nl/index.js';
import { roleIndex } from './roles.js';
import { decide, decideOutcome, FRAME_TABLE } from './table.js';

describe('role words: stemmer and compound splitting', () => {
  const N = roleIndex(nl.events.roles!);
  const D = roleIndex(de.events.roles!);
  const E = roleIndex(en.events.roles!);
  it('splits Dutch compounds into means + predicate', () => {
    expect(N.lookup('luchtaanvallen')).toMatchObject({ means: 'aircraft', predicate: 'attack' });
    expect(N.lookup('raketinslag')).toMatchObject({ means: 'rocket', predicate: 'strike' });
    expect(N.lookup('mortierbeschietingen')).toMatchObject({ means: 'mortar', predicate: 'shell' });
    expect(N.lookup('droneaanval')).toMatchObject({ means: 'drone', predicate: 'attack' });
  });
  it('splits German compounds with linking elements', () => {
    expect(D.lookup('Raketenangriff')).toMatchObject({ means: 'rocket', predicate: 'attack' });
    expect(D.lookup('Drohnenangriffe')).toMatchObject({ means: 'drone', predicate: 'attack' });
    expect(D.lookup('Artilleriebeschuss')).toMatchObject({ means: 'artillery', predicate: 'shell' });
    expect(D.lookup('Menschen')).toBeNull();
  });
  it('finds inflected English words by stem', () => {
    expect(E.lookup('airstrikes')).toMatchObject({ means: 'aircraft', predicate: 'strike' });
    expect(E.lookup('drones')).toMatchObject({ means: 'drone' });
    expect(E.lookup('ambushed')).toMatchObject({ predicate: 'ambush' });
  });
});

describe('the frame table', () => {
  const f = (predicate: Parameters<typeof decide>[0]['predicate'], means: string[] = [], target: Parameters<typeof decide>[0]['target'] = null) =>
    decide({ predicate, means: means as never, target, lexicalMeans: false });
  it('decides the sub-type from predicate, means and target, means first', () => {
    expect(f('attack', ['drone'])?.subType).toBe('Air/drone strike');
    expect(f('attack', ['rocket'], 'civilian')?.subType).toBe('Shelling/artillery/missile attack');
    expect(f('attack', [], 'civilian')?.subType).toBe('Attack');
    expect(f('attack', [], 'protester')?.subType).toBe('Excessive force against protesters');
    expect(f('attack')?.subType).toBe('Armed clash');
    expect(f('kill', ['suicide'])?.subType).toBe('Suicide bomb');
    expect(f(null, ['drone'])).toBeNull();
    expect(decide({ predicate: 'attack', means: [], target: null, agent: 'crowd', lexicalMeans: false })?.subType).toBe('Violent demonstration');
  });
  it('spells every type and sub-type as ACLED does', () => {
    const acled: Record<string, string[]> = {
      Battles: ['Armed clash'],
      'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
      'Violence against civilians': ['Attack'],
      Protests: ['Excessive force against protesters'],
      Riots: ['Violent demonstration'],
    };
    for (const r of FRAME_TABLE) expect(acled[r.type]).toContain(r.subType);
  });
});

describe('the outcome rows', () => {
  it('deaths at a protest the forces intervened in make it excessive force; no deaths or a peaceful march do not', () => {
    expect(decideOutcome('Protests', 'Protest with intervention', 2)?.subType).toBe('Excessive force against protesters');
    expect(decideOutcome('Protests', 'Protest with intervention', 0)).toBeNull();
    expect(decideOutcome('Protests', 'Peaceful protest', 3)).toBeNull();
    expect(decideOutcome('Battles', 'Armed clash', 3)).toBeNull();
  });
});

describe('events told by role words alone', async () => {
  const { roleTriggers } = await import('./role-triggers.js');
  const E = roleIndex(en.events.roles!);
  const D = roleIndex(de.events.roles!);
  const hitsOf = (idx: ReturnType<typeof roleIndex>, lang: string, text: string) =>
    roleTriggers(text, lang, [{ start: 0, end: text.length }], idx, []).map((h) => `${h.trigger.rule.id} ${h.trigger.rule.subType} "${text.slice(h.start, h.end)}"`);
  it('a weapon and a remote act in one clause make an event', () => {
    expect(hitsOf(E, 'en', 'Two people died when a shell hit the bus station.')).toEqual(['en.frame.shell Shelling/artillery/missile attack "shell"']);
    expect(hitsOf(D, 'de', 'Die Bombardierung der Brücke dauerte die ganze Nacht.')).toEqual(['de.frame.bomb Shelling/artillery/missile attack "Bombardierung"']);
  });
  it('an act without a weapon, or a weapon without an act, makes none', () => {
    expect(hitsOf(E, 'en', 'Dock workers went on strike over pay.')).toEqual([]);
    expect(hitsOf(E, 'en', 'The explosion at the refinery injured two workers.')).toEqual([]);
    expect(hitsOf(E, 'en', 'The army displayed its new drones.')).toEqual([]);
  });
});
