import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/analysis.js';
import type { StageContext } from '../../core/stage.js';
import { OffsetMap } from '../../core/span.js';
import { pack as nl } from '../../lang/nl/index.js';
import { pack as en } from '../../lang/en/index.js';
import { actors, actorAt, actorByName, findSourceActor, isSourceOnly } from './index.js';
import { time, nearestTime } from '../time/index.js';

/** A bare analysis of `text` whose cleaned text is the original shifted by `shift` characters of header. */
function analysis(original: string, shift: number, lang: string): Analysis {
  const text = original.slice(shift);
  return {
    raw: { id: 'x', source: 't', format: 'text', original, blocks: [], meta: [], diagnostics: [] },
    doc: { id: 'x', source: 't', format: 'text', lang, date: { value: '2024-10-09', precision: 'day', basis: 'metadata' } },
    text,
    map: new OffsetMap([{ c: 0, cl: text.length, o: shift, ol: text.length }], text.length),
    blocks: [], boilerplate: [], paragraphs: [{ start: 0, end: text.length, index: 0, kind: 'paragraph', lang }],
    sentences: [], tokens: [], places: [], actors: [], times: [], events: [], casualties: [],
  };
}

function ctx(a: Analysis): StageContext {
  const packs = { nl, en };
  return {
    original: a.raw.original, lang: packs[a.doc.lang as 'nl' | 'en'], packs, refDate: a.doc.date,
    gazetteer: () => ({ size: 0 }) as never, report: () => {},
  };
}

describe('actors and time stages on an analysis', () => {
  const original = 'HEADER\nVolgens het Russische ministerie van Defensie werden maandagavond twaalf drones neergehaald. Kyiv ontkent dat.';
  const a0 = analysis(original, 7, 'nl');
  const a1 = actors.run(a0, ctx(a0));
  const a2 = time.run(a1, ctx(a1));

  it('emits original-text spans', () => {
    for (const actor of a2.actors) for (const m of actor.mentions) expect(original.slice(m.start, m.end)).toBe(m.text);
    const mod = actorByName(a2, 'Ministry of Defence of Russia');
    expect(mod?.mentions[0]?.text).toBe('het Russische ministerie van Defensie');
    expect(mod?.mentions[0]?.start).toBe(original.indexOf('het Russische'));
  });
  it('finds the government speaking through its capital and the source after a cue', () => {
    expect(actorByName(a2, 'Government of Ukraine')?.cmentions).toHaveLength(1);
    const src = findSourceActor(a2, a2.text.indexOf('Volgens') + 'Volgens'.length);
    expect(src?.actor.name).toBe('Ministry of Defence of Russia');
    const kyiv = a2.text.indexOf('Kyiv');
    expect(actorAt(a2, kyiv, kyiv + 4)?.name).toBe('Government of Ukraine');
  });
  it('resolves the weekday against the document date', () => {
    const t = nearestTime(a2, a2.text.indexOf('twaalf'));
    expect(t && [t.text, t.start, t.end]).toEqual(['maandagavond', '2024-10-07', '2024-10-07']);
  });
  it('tells source-only actors from parties', () => {
    expect(isSourceOnly({ kind: 'media' })).toBe(true);
    expect(isSourceOnly({ kind: 'state forces', inter: 1 })).toBe(false);
  });
  it('reports a missing document date instead of guessing', () => {
    const b = analysis('Gisteren viel er een bom.', 0, 'nl');
    const noDate = { ...b, doc: { ...b.doc, date: { value: null, precision: null, basis: 'none' as const } } };
    const seen: string[] = [];
    const c = { ...ctx(noDate), refDate: noDate.doc.date, report: (d: { code: string }) => void seen.push(d.code) };
    expect(time.run(noDate, c).times).toEqual([]);
    expect(seen).toContain('time.no-reference-date');
  });
});
