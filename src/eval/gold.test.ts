import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleGoldJson, SAMPLE_ARTICLE } from './fixtures/sample.js';
import { goldWarnings, loadGoldDir, parseAccept, parseGold } from './gold.js';

describe('gold loading', () => {
  it('parses the sample and computes span ends', () => {
    const r = parseGold('sample', JSON.stringify(sampleGoldJson()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.gold.places[0]!.end - r.gold.places[0]!.start).toBe('Riverton'.length);
    expect(r.gold.events[1]!.subTypes).toEqual(['Non-state actor overtakes territory', 'Armed clash']);
    expect(r.gold.events[0]!.types).toEqual(['Explosions/Remote violence']);
    expect(goldWarnings(r.gold, SAMPLE_ARTICLE)).toEqual([]);
  });

  it('parses alsoAccept entries generally', () => {
    expect(parseAccept('admin1:Belgium Oblast')).toEqual({ level: 'admin1', value: 'Belgium Oblast' });
    expect(parseAccept('Country: XF')).toEqual({ level: 'country', value: 'XF' });
    expect(parseAccept('Someplace')).toEqual({ level: null, value: 'Someplace' });
    expect(parseAccept('region:Foo')).toMatch(/unknown level "region"/);
  });

  it('reports what is wrong with a malformed file', () => {
    const bad = sampleGoldJson();
    (bad['places'] as Array<Record<string, unknown>>)[0]!['level'] = 'city';
    (bad['events'] as Array<Record<string, unknown>>)[0]!['date'] = { start: '2024-03-04', end: '4 March' };
    const r = parseGold('bad', JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/places\.0\.level/);
    expect(r.message).toMatch(/events\.0\.date\.end/);
    const notJson = parseGold('x', '{"doc": ');
    expect(notJson.ok).toBe(false);
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

  it('skips a malformed file and loads the rest; a missing directory is an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-'));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(sampleGoldJson()));
    writeFileSync(join(dir, 'broken.json'), '{"doc": "x"}');
    const r = await loadGoldDir(dir);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.golds.map((g) => g.name)).toEqual(['good']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.file).toMatch(/broken\.json$/);
    expect(r.problems[0]!.message).toMatch(/lang/);
    const missing = await loadGoldDir(join(dir, 'nope'));
    expect(missing).toEqual({ ok: false, message: expect.stringMatching(/does not exist/) });
  });
});
