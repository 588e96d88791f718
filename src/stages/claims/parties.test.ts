import { describe, expect, it } from 'vitest';
import type { ActorRecord, EventDraft } from '../../core/analysis.js';
import { partiesOnly } from './parties.js';

const actor = (name: string, kind: string, inter?: number): ActorRecord => ({ id: name, name, kind, ...(inter !== undefined ? { inter } : {}), mentions: [], cmentions: [], rule: 'test' });
const actors = [actor('Wire Agency', 'media'), actor('Governor of Lakeside', 'person'), actor('Military Forces of Testland', 'state forces', 1), actor('Northern Front', 'rebel group', 2), actor('local residents', 'civilians', 7)];

function ev(roles: Array<[string, 'initiator' | 'target' | 'other']>, sources: Array<string | null>): EventDraft {
  return {
    id: 'ev1', type: 'Battles', subType: 'Armed clash', date: { start: '2024-01-01', end: '2024-01-01' },
    location: { level: 'country', name: 'Testland', country: 'TL' },
    actors: roles.map((r) => r[0]), actorRoles: roles.map(([name, role]) => ({ name, role })),
    sources: sources.map((name) => ({ name, hedge: 'asserted' as const })),
    trigger: { start: 0, end: 1, text: 'x' }, evidence: [], rules: {}, cs: 0, ce: 1,
  } as unknown as EventDraft;
}

describe('event actors are the parties of the frame, not who tells of it', () => {
  it('drops outlets, reporting officials and speaking civilians; keeps armed sides even when they speak', () => {
    const e = partiesOnly({ actors }, ev([['Wire Agency', 'initiator'], ['Governor of Lakeside', 'initiator'], ['Military Forces of Testland', 'initiator'], ['local residents', 'target'], ['Northern Front', 'target']], ['Governor of Lakeside', 'local residents', 'Military Forces of Testland']));
    expect(e.actors).toEqual(['Military Forces of Testland', 'Northern Front']);
  });
  it('keeps a person only as the one the act is done to', () => {
    expect(partiesOnly({ actors }, ev([['Governor of Lakeside', 'target']], [null])).actors).toEqual(['Governor of Lakeside']);
    expect(partiesOnly({ actors }, ev([['Governor of Lakeside', 'initiator']], [null])).actors).toEqual([]);
  });
  it('names each actor once, so actor1 and actor2 differ', () => {
    const e = partiesOnly({ actors }, ev([['Northern Front', 'initiator'], ['Northern Front', 'target'], ['Military Forces of Testland', 'target']], [null]));
    expect(e.actorRoles).toEqual([{ name: 'Northern Front', role: 'initiator' }, { name: 'Military Forces of Testland', role: 'target' }]);
  });
});
