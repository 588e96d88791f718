import { describe, expect, it } from 'vitest';
import { mergeAll, cluster, compatible, type MergeInput } from './index.js';
import { article, exampleArticles, RIVERTON, MILLBROOK, NORTHSHIRE, FARPORT } from '../../store/testing/fixtures.js';
import type { SitrepDocument } from '../../core/schema.js';

function inputs(docs: Array<{ doc: SitrepDocument; original: string }>): MergeInput[] {
  return docs.flatMap(({ doc }) =>
    doc.events.map((event) => ({
      articleId: doc.document.id,
      article: doc.document.source,
      lang: doc.document.lang,
      event,
      casualties: doc.casualties.filter((c) => c.eventId === event.id),
      sentence: null,
    })),
  );
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

const strike = (text: string, source: string, location = RIVERTON, date: string | [string, string] = '2031-03-04', initiator?: string) =>
  article({
    text,
    source,
    events: [{ type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', date, location, trigger: 'strike', ...(initiator ? { initiator } : {}) }],
  });

describe('merge', () => {
  it('merges the cross-language strike and keeps the other events apart', () => {
    const merged = mergeAll(inputs(exampleArticles()));
    const multi = merged.filter((m) => m.articleCount > 1);
    expect(multi).toHaveLength(2);
    const riverton = multi.find((m) => m.subType === 'Shelling/artillery/missile attack')!;
    expect(riverton.langs).toEqual(['en', 'nl']);
    expect(riverton.fatalities).toEqual({ low: 7, best: 9, high: null });
    const conflict = riverton.conflicts.find((c) => c.field === 'fatalities')!;
    expect(conflict.values.map((v) => v.value)).toEqual([{ min: 7, max: null }, { min: 9, max: null }]);
    expect(conflict.values.flatMap((v) => v.claims.map((c) => c.source))).toEqual(['Governor of Northshire', null]);
    const millbrook = multi.find((m) => m.location.name === 'Millbrook')!;
    expect(millbrook.conflicts.find((c) => c.field === 'injuries')!.values.map((v) => v.value)).toEqual([
      { min: 2, max: 2 },
      { min: 3, max: 3 },
    ]);
    // the clash at the same place and time is another event (different type)
    expect(merged.filter((m) => m.type === 'Battles' && m.location.name === 'Riverton')).toHaveLength(1);
    expect(merged).toHaveLength(5);
  });

  it('surfaces a disagreement inside one article', () => {
    const merged = mergeAll(inputs(exampleArticles()));
    const ambush = merged.find((m) => m.location.name === 'Dunholm')!;
    expect(ambush.fatalities).toEqual({ low: 6, best: 21, high: null });
    expect(ambush.conflicts[0]!.values.map((v) => v.claims[0]!.source)).toEqual(['army', 'Eastvale Militia']);
  });

  it('gives the same result (ids included) in every input order', () => {
    const base = inputs(exampleArticles());
    const expected = JSON.stringify(mergeAll(base));
    for (const p of permutations(base).slice(0, 200)) expect(JSON.stringify(mergeAll(p))).toBe(expected);
  });

  it('does not chain A~B~C when A and C are incompatible', () => {
    // A and C are 40 km apart (incompatible), B sits between them (compatible with both)
    const a = strike('A strike hit the west.', 'a.txt', { ...RIVERTON, lat: 49.7, lon: 37.3 });
    const b = strike('A strike hit the middle.', 'b.txt', { ...RIVERTON, lat: 49.7, lon: 37.58 });
    const c = strike('A strike hit the east.', 'c.txt', { ...RIVERTON, lat: 49.7, lon: 37.86 });
    const ins = inputs([a, b, c]);
    expect(compatible(ins[0]!, ins[1]!)).toBe(true);
    expect(compatible(ins[1]!, ins[2]!)).toBe(true);
    expect(compatible(ins[0]!, ins[2]!)).toBe(false);
    const groups = cluster(ins);
    expect(groups).toHaveLength(2);
    expect(Math.max(...groups.map((g) => g.length))).toBe(2);
  });

  it('joins a place event to an admin1 event containing it, not to one elsewhere', () => {
    const region = strike('A strike hit the region.', 'r.txt', NORTHSHIRE);
    const town = strike('A strike hit the town.', 't.txt', MILLBROOK);
    const far = strike('A strike hit the port.', 'f.txt', FARPORT);
    const ins = inputs([region, town, far]);
    expect(compatible(ins[0]!, ins[1]!)).toBe(true);
    expect(compatible(ins[0]!, ins[2]!)).toBe(false);
  });

  it('needs specific dates to join two different nearby places', () => {
    const town = strike('A strike hit the town.', 't.txt', RIVERTON, '2031-03-04');
    const nearbyVague = strike('A strike hit the village over the winter.', 'v.txt', MILLBROOK, ['2031-01-01', '2031-04-30']);
    const sameVague = strike('A strike hit the town over the winter.', 's.txt', RIVERTON, ['2031-01-01', '2031-04-30']);
    const nearbyDay = strike('A strike hit the village.', 'd.txt', MILLBROOK, '2031-03-04');
    const ins = inputs([town, nearbyVague, sameVague, nearbyDay]);
    expect(compatible(ins[0]!, ins[1]!)).toBe(false);
    expect(compatible(ins[0]!, ins[2]!)).toBe(true);
    expect(compatible(ins[0]!, ins[3]!)).toBe(true);
  });

  it('keeps apart events whose dates do not overlap or whose initiators differ', () => {
    const x = strike('A strike on Monday.', 'x.txt', RIVERTON, '2031-03-02');
    const y = strike('A strike on Friday.', 'y.txt', RIVERTON, '2031-03-06');
    const z = strike('A strike by others.', 'z.txt', RIVERTON, '2031-03-02', 'Other Army');
    const w = strike('A strike by the north.', 'w.txt', RIVERTON, '2031-03-02', 'Northern Army');
    const ins = inputs([x, y, z, w]);
    expect(compatible(ins[0]!, ins[1]!)).toBe(false);
    expect(compatible(ins[2]!, ins[3]!)).toBe(false);
    expect(compatible(ins[0]!, ins[3]!)).toBe(true);
  });
});
