import { describe, expect, it } from 'vitest';
import { parseGazetteer } from './load.js';

const O = 1 << 24;
const SAMPLE = [
  'C\tUA\tUkraine\t50.45\t30.52',
  'A\tUA.07\tKharkiv\t49.7\t36.3\t1',
  'P\t1\tKharkiv\t49.98\t36.25\tPPLA\tUA\t07\t1433886\tharkiv',
  'P\t2\tKupiansk\t49.71\t37.62\tPPLA2\tUA\t07\t27169\tkupiansk',
  `K\tharkiv\t${O + 1},0`,
  'K\tharkov\t0',
  'K\tkupiansk\t1',
  `K\tukraina\t${O}`,
  `K\tukraine\t${O}`,
  '',
].join('\n');

describe('parseGazetteer', () => {
  const g = parseGazetteer(SAMPLE);

  it('indexes places, divisions and countries by key', () => {
    expect(g.size).toBe(2);
    expect(g.lookup('harkiv').map((e) => e.type).sort()).toEqual(['admin1', 'place']);
    expect(g.lookup('harkov')).toHaveLength(1);
    expect(g.lookup('ukraina')[0]).toMatchObject({ type: 'country', cc: 'UA', name: 'Ukraine' });
    expect(g.lookup('ukraine')[0]).toBe(g.lookup('ukraina')[0]);
    expect(g.lookup('nowhere')).toHaveLength(0);
    expect(g.lookup('a')).toHaveLength(0);
    expect(g.lookup('zzz')).toHaveLength(0);
  });

  it('returns full records', () => {
    const p = g.place(2);
    expect(p).toMatchObject({ name: 'Kupiansk', fcode: 'PPLA2', cc: 'UA', a1: '07', pop: 27169, key: 'kupiansk' });
    expect(g.admin1('UA', '07')).toMatchObject({ name: 'Kharkiv', capitalId: 1 });
    expect(g.country('UA')?.lat).toBeCloseTo(50.45);
    expect(g.place(99)).toBeUndefined();
  });
});
