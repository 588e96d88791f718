import { describe, expect, it } from 'vitest';
import { actorNameMatches, sourceNameMatches } from './names.js';
import { parsePrediction, parsePredictionText } from './prediction.js';

describe('reading predictions', () => {
  const one = { document: { date: { value: '2024-03-05' } }, places: [{ start: 0, end: 3, country: 'XF' }], events: [], casualties: [] };

  it('finds the prediction in the usual holders and keeps the document date', () => {
    for (const v of [one, [one], { documents: [one] }, { result: one }, { data: { output: one } }]) {
      const r = parsePrediction(v);
      expect(r.ok && r.prediction.places.length).toBe(1);
      expect(r.ok && r.prediction.docDate).toBe('2024-03-05');
    }
    expect(parsePrediction({ nothing: [] }).ok).toBe(false);
  });

  it('reads JSON lines and log lines before a JSON document', () => {
    const lines = parsePredictionText(`{"log": 1}\n${JSON.stringify(one)}\n`);
    expect(lines.ok && lines.prediction.places.length).toBe(1);
    const logged = parsePredictionText(`loading gazetteer…\n${JSON.stringify(one, null, 2)}`);
    expect(logged.ok && logged.prediction.places.length).toBe(1);
    expect(parsePredictionText('').ok).toBe(false);
  });

  it('every item counts, whatever its shape; an object where an array belongs is read as its values', () => {
    const r = parsePrediction({ places: { a: { start: 1, end: 2 }, b: 'junk' }, casualties: [{ kind: 'Killed', count: 4 }] });
    if (!r.ok) throw new Error(r.message);
    expect(r.prediction.places).toHaveLength(2);
    expect(r.prediction.places[1]!.span).toBeUndefined();
    expect(r.prediction.casualties[0]).toMatchObject({ kind: 'killed', figure: { min: 4, max: 4 } });
  });
});

describe('name rules', () => {
  it('source names: folded equality, a shared word of 4+ letters, or via the gold actor', () => {
    expect(sourceNameMatches('Kyïv', 'KYIV')).toBe(true);
    expect(sourceNameMatches('Russian defence ministry', 'Ministry of Defence of Russia')).toBe(true);
    expect(sourceNameMatches('UN', 'un')).toBe(true);
    expect(sourceNameMatches('the UN', 'UN agency')).toBe(false);
    expect(sourceNameMatches('Gladkov', 'governor Vyacheslav Gladkov')).toBe(true);
    expect(sourceNameMatches('the governor', 'Vasko', [{ name: 'Vasko', mentions: ['regional governor'] }])).toBe(true);
    expect(sourceNameMatches(null, 'x')).toBe(false);
  });

  it('actor names: generic words do not count; five-letter stems do', () => {
    expect(actorNameMatches('Russian forces', 'Military Forces of Russia')).toBe(true);
    expect(actorNameMatches('Ukrainian forces', 'Military Forces of Russia')).toBe(false);
    expect(actorNameMatches('police', 'Police Forces of Freedonia')).toBe(false);
    expect(actorNameMatches('Police', 'police')).toBe(true);
  });
});
