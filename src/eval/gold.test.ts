import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleGoldJson, SAMPLE_ARTICLE } from './fixtures/sample.js';
import { goldWarnings, loadGoldDir, parseGold } from './gold.js';
import { parseAccept } from './resolution.js';

describe('gold loading', () => {
  it('parses the sample and computes span ends', () => {
    const r = parseGold('sample', JSON.stringify(sampleGoldJson()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.gold.places[0]!.span).toEqual({ start: r.gold.places[0]!.span!.start, end: r.gold.places[0]!.span!.start + 'Riverton'.length });
    expect(r.gold.events[1]!.subTypes).toEqual(['Non-state actor overtakes territory', 'Armed clash']);
    expect(r.gold.events[0]!.types).toEqual(['Explosions/Remote violence']);
    expect(r.gold.docDate).toBe('2024-03-05');
    expect(goldWarnings(r.gold, SAMPLE_ARTICLE)).toEqual([]);
  });

  it('parses alsoAccept entries generally', () => {
    expect(parseAccept('admin1:Belgium Oblast')).toEqual({ level: 'admin1', name: 'Belgium Oblast' });
    expect(parseAccept('Country: xf')).toEqual({ level: 'country', country: 'XF' });
    expect(parseAccept('Someplace')).toEqual({ level: 'name', name: 'Someplace' });
    expect(parseAccept('place:Old Town@51.5,-0.1')).toEqual({ level: 'place', name: 'Old Town', point: { lat: 51.5, lon: -0.1 } });
    expect(parseAccept('')).toBeNull();
  });

  it('accepts a gold file without docDate, lang or country fields (as benchmarks converted from elsewhere have)', () => {
    const j = sampleGoldJson();
    delete j['docDate'];
    delete j['lang'];
    delete j['notPlaces'];
    (j['places'] as Array<Record<string, unknown>>)[0]!['country'] = undefined;
    const r = parseGold('nodate', JSON.stringify(j));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.gold.docDate).toBeUndefined();
    expect(r.gold.lang).toBe('?');
    expect(r.gold.notPlaces).toEqual([]);
  });

  it('rejects only what is not a JSON object; odd items are left out with a warning', () => {
    expect(parseGold('x', '{"doc": ').ok).toBe(false);
    expect(parseGold('x', '[1, 2]')).toEqual({ ok: false, message: 'not a JSON object' });
    const j = sampleGoldJson();
    (j['casualties'] as unknown[]).push('three dead');
    const r = parseGold('odd', JSON.stringify(j));
    if (!r.ok) throw new Error(r.message);
    expect(r.gold.casualties).toHaveLength(2);
    expect(goldWarnings(r.gold)).toEqual(['casualties: 1 item(s) that are not objects left out']);
  });

  it('warns about spans that do not match the article and about unknown ACLED types', () => {
    const j = sampleGoldJson();
    (j['places'] as Array<Record<string, unknown>>)[0]!['start'] = 3;
    (j['events'] as Array<Record<string, unknown>>)[0]!['type'] = 'Explosion';
    (j['places'] as Array<Record<string, unknown>>)[4]!['lat'] = undefined;
    const r = parseGold('w', JSON.stringify(j));
    if (!r.ok) throw new Error(r.message);
    const w = goldWarnings(r.gold, SAMPLE_ARTICLE);
    expect(w.some((m) => /place "Riverton" at 3/.test(m))).toBe(true);
    expect(w.some((m) => /"Explosion" is not an ACLED event type/.test(m))).toBe(true);
    expect(w.some((m) => /"Hillview" .* no lat\/lon/.test(m))).toBe(true);
  });

  it('skips an unreadable file and loads the rest; a missing directory is an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-'));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(sampleGoldJson()));
    writeFileSync(join(dir, 'sparse.json'), JSON.stringify({ doc: 'x' }));
    writeFileSync(join(dir, 'broken.json'), '{"doc": "x"');
    const r = await loadGoldDir(dir);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.golds.map((g) => g.name)).toEqual(['good', 'sparse']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.file).toMatch(/broken\.json$/);
    const missing = await loadGoldDir(join(dir, 'nope'));
    expect(missing).toEqual({ ok: false, message: expect.stringMatching(/does not exist/) });
  });
});
