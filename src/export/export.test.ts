import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '@placemarkio/check-geojson';
import { openStore } from '../store/open.js';
import type { Store, MergedEvent } from '../store/types.js';
import { exampleArticles } from '../store/testing/fixtures.js';
import { exportEvents, type ExportFormat } from './write.js';
import { ACLED_COLUMNS, acledRow, csvField, disorderType, timePrecision } from './acled-csv.js';
import { interOf } from './inter.js';
import { acledNotes, whenPhrase } from './notes.js';
import { combinedScale, outletFromTitle, outletOf, siteNameFromHtml } from './outlets.js';
import { article, DUNHOLM } from '../store/testing/fixtures.js';
import { contentHash } from '../store/hash.js';

let dir: string;
let store: Store;

async function run(format: ExportFormat, bom = false): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportEvents(store, format, out, {}, { bom });
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

/** Minimal RFC 4180 parser for the assertions. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  return rows;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
  store = await openStore({ sqlite: join(dir, 'x.db') });
  for (const { doc, original } of exampleArticles()) await store.putDocument(doc, original);
  // an HTML page whose outlet is named only in its metadata, and a Dutch text with a URL
  const html = article({
    source: 'page.html', lang: 'en', date: '2031-05-02',
    text: '<html><head><meta property="og:site_name" content="The Eastvale Courier"></head><body><p>Militia fighters clashed with the army in Dunholm on Friday.</p></body></html>',
    events: [{ type: 'Battles', subType: 'Armed clash', date: '2031-04-30', location: DUNHOLM, actors: ['Eastvale Militia', 'Army of Eastvale'], trigger: 'clashed' }],
  });
  html.doc.document.format = 'html';
  await store.putDocument(html.doc, html.original);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ACLED CSV', () => {
  it("has ACLED's exact header and one row per merged event", async () => {
    const rows = parseCsv(await run('acled-csv'));
    expect(rows[0]).toEqual([
      'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
      'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
      'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
      'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
    ]);
    const stats = await store.stats();
    expect(rows.length - 1).toBe(stats.mergedEvents);
    for (const r of rows.slice(1)) expect(r).toHaveLength(ACLED_COLUMNS.length);
  });

  it('follows ACLED conventions: conservative fatalities, precisions, numeric iso, region', async () => {
    const rows = parseCsv(await run('acled-csv'));
    const head = rows[0]!;
    const col = (r: string[], c: string) => r[head.indexOf(c)]!;
    const strike = rows.find((r) => col(r, 'sub_event_type') === 'Shelling/artillery/missile attack')!;
    // 'at least 7' (en) vs 'at least 9' (nl): ACLED keeps the lowest figure
    expect(col(strike, 'fatalities')).toBe('7');
    expect(col(strike, 'time_precision')).toBe('1');
    expect(col(strike, 'geo_precision')).toBe('1');
    expect(col(strike, 'iso')).toBe('804');
    expect(col(strike, 'region')).toBe('Europe');
    expect(col(strike, 'country')).toBe('Ukraine');
    expect(col(strike, 'disorder_type')).toBe('Political violence');
    expect(col(strike, 'tags')).toMatch(/sources disagree on fatalities/);
  });

  it('derives time precision from the window and disorder type from the type', () => {
    expect(timePrecision({ date: { start: '2031-01-01', end: '2031-01-01' } })).toBe(1);
    expect(timePrecision({ date: { start: '2031-01-01', end: '2031-01-06' } })).toBe(2);
    expect(timePrecision({ date: { start: '2031-01-01', end: '2031-01-31' } })).toBe(3);
    expect(disorderType('Protests', 'Peaceful protest')).toBe('Demonstrations');
    expect(disorderType('Protests', 'Excessive force against protesters')).toBe('Political violence; Demonstrations');
    expect(disorderType('Strategic developments', 'Arrests')).toBe('Strategic developments');
  });

  it('codes inter from canonical actor names', () => {
    expect(interOf('Military Forces of Russia')).toBe(1);
    expect(interOf('Rapid Support Forces')).toBe(2);
    expect(interOf('protesters')).toBe(6);
    expect(interOf('civilians')).toBe(7);
    expect(interOf('Unidentified Armed Group (Sudan)')).toBe(3);
  });

  it('quotes fields and neutralises spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
  });

  it('puts the interaction code lower inter first', () => {
    const e: MergedEvent = {
      id: 'm1', type: 'Battles', subType: 'Armed clash', date: { start: '2031-01-01', end: '2031-01-01' },
      location: { level: 'place', name: 'X', country: 'SD', lat: 13, lon: 25 }, actors: ['Rapid Support Forces', 'Military Forces of Sudan'],
      actorRoles: [{ name: 'Rapid Support Forces', role: 'initiator' }, { name: 'Military Forces of Sudan', role: 'target' }],
      fatalities: null, injuries: null, hedges: ['asserted'], sources: [], mergedFrom: [], articleCount: 1, langs: ['en'], conflicts: [], summary: 's',
    };
    const row = acledRow(e);
    expect([row.actor1, row.inter1, row.actor2, row.inter2, row.interaction]).toEqual(['Rapid Support Forces', 2, 'Military Forces of Sudan', 1, 12]);
  });
});

describe('ACLED CSV for ACLED users', () => {
  it('has 31 columns on every row, a publication as source, English notes, ingest timestamps', async () => {
    const rows = parseCsv(await run('acled-csv'));
    const head = rows[0]!;
    expect(head).toHaveLength(31);
    const col = (r: string[], c: string) => r[head.indexOf(c)]!;
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(31);
      expect(col(r, 'source')).not.toBe('');
      expect(col(r, 'source_scale')).toMatch(/^(International|National|Subnational|Regional|Local|New media|Other|Unknown)(-(International|National|Regional|New media))?$/);
      // English, ACLED-style: a date phrase, a sentence, no copied article text in another language
      expect(col(r, 'notes')).toMatch(/^(On \d{1,2} [A-Z][a-z]+ \d{4}|Between .+|In [A-Z][a-z]+ \d{4}|In \d{4}), .+\.$/);
      expect(col(r, 'notes')).not.toMatch(/raketaanval|Drohnenangriff|geleide bom/);
      expect(Number(col(r, 'timestamp'))).toBeGreaterThan(1_600_000_000);
    }
    const fromHtml = rows.find((r) => col(r, 'source') === 'The Eastvale Courier');
    expect(fromHtml, 'og:site_name as the outlet').toBeDefined();
    expect(col(fromHtml!, 'source_scale')).toBe('Unknown');
  });

  it('writes a Dutch or German article event as an English note', async () => {
    const rows = parseCsv(await run('acled-csv'));
    const head = rows[0]!;
    const strike = rows.find((r) => r[head.indexOf('location')] === 'Farport')!;
    expect(strike[head.indexOf('notes')]).toMatch(/^On \d+ March 2031, Northern Army carried out an air\/drone strike on Farport \(Southmark\)\./);
  });

  it("counts other outlets' copies of a story among its sources", async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'sitrep-export-copies-'));
    const s2 = await openStore({ sqlite: join(dir2, 'c.db') });
    try {
      const text =
        'Militia fighters clashed with the army in Dunholm on Friday, residents said. The fighting lasted for several hours and spread to the market district, ' +
        'where shops were burned and dozens of families fled towards the river. Local officials said the army had sent reinforcements from the regional capital, ' +
        'while the militia claimed to control the northern road. Aid groups called for a ceasefire to reach the wounded.';
      const a = article({ source: 'a.txt', lang: 'en', date: '2031-05-02', text, events: [{ type: 'Battles', subType: 'Armed clash', date: '2031-04-30', location: DUNHOLM, actors: ['Eastvale Militia'], trigger: 'clashed' }] });
      a.doc.document.url = 'https://www.reuters.com/world/dunholm';
      await s2.putDocument(a.doc, a.original);
      const copy = text.replace('Aid groups', 'Humanitarian groups');
      expect(await s2.putCopy({ id: contentHash(copy), source: 'b.txt', format: 'text', original: copy, url: 'https://nos.nl/artikel/1' })).not.toBeNull();
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      await exportEvents(s2, 'acled-csv', out);
      const rows = parseCsv(Buffer.concat(chunks).toString('utf8'));
      const head = rows[0]!;
      expect(rows[1]![head.indexOf('source')]).toBe('Reuters; NOS');
      expect(rows[1]![head.indexOf('source_scale')]).toBe('National-International');
    } finally {
      await s2.close();
      rmSync(dir2, { recursive: true, force: true });
    }
  });

  it('starts with a UTF-8 BOM when asked', async () => {
    expect((await run('acled-csv', true)).charCodeAt(0)).toBe(0xfeff);
    expect((await run('acled-csv')).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('names outlets from the table, metadata, title or domain', () => {
    expect(outletOf({ url: 'https://www.reuters.com/world/x' })).toEqual({ name: 'Reuters', scale: 'International' });
    expect(outletOf({ url: 'https://edition.cnn.com/x' })?.name).toBe('CNN');
    expect(outletOf({ url: 'https://news.example.org/a' })).toEqual({ name: 'news.example.org', scale: 'Unknown' });
    expect(outletOf({ title: 'Strike on Kupiansk - Kyiv Independent' })).toEqual({ name: 'Kyiv Independent', scale: 'National' });
    expect(outletOf({ source: 'articles/x.txt' })).toBeNull();
    expect(outletFromTitle('No outlet here')).toBeNull();
    expect(siteNameFromHtml('<meta content="NOS" property="og:site_name">')).toBe('NOS');
    expect(combinedScale(['National', 'International'])).toBe('National-International');
    expect(combinedScale([])).toBe('Unknown');
  });

  it('phrases dates and events as ACLED notes do', () => {
    expect(whenPhrase('2024-08-13', '2024-08-13')).toBe('On 13 August 2024');
    expect(whenPhrase('2024-08-01', '2024-08-31')).toBe('In August 2024');
    expect(whenPhrase('2024-08-10', '2024-08-14')).toBe('Between 10 and 14 August 2024');
    expect(whenPhrase('2024-01-01', '2024-12-31')).toBe('In 2024');
    expect(whenPhrase('', '')).toBe('On an unreported date');
    const e: MergedEvent = {
      id: 'm1', type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', date: { start: '2024-08-13', end: '2024-08-13' },
      location: { level: 'place', name: 'Kupiansk', country: 'UA', admin1: 'Kharkiv', lat: 49.7, lon: 37.6 }, actors: ['Military Forces of Russia', 'Civilians (Ukraine)'],
      actorRoles: [{ name: 'Military Forces of Russia', role: 'initiator' }, { name: 'Civilians (Ukraine)', role: 'target' }],
      fatalities: { low: 7, best: 9, high: 9 }, injuries: { low: 19, best: 19, high: 19 }, hedges: ['asserted'], sources: ['Governor of Kharkiv Oblast'], mergedFrom: [], articleCount: 2, langs: ['en', 'nl'],
      conflicts: [{ field: 'fatalities', values: [] }], summary: 'Een raketaanval…',
    };
    expect(acledNotes(e, { actor1: 'Military Forces of Russia', actor2: 'Civilians (Ukraine)' })).toBe(
      'On 13 August 2024, Military Forces of Russia shelled Kupiansk (Kharkiv). 7-9 killed, 19 injured. Reports differ on fatalities; the lowest figure is coded. Sources cited: Governor of Kharkiv Oblast.',
    );
  });
});

describe('GeoJSON', () => {
  it('is a valid RFC 7946 FeatureCollection with [lon, lat] points', async () => {
    const text = await run('geojson');
    const fc = check(text); // throws on invalid GeoJSON
    expect(fc.type).toBe('FeatureCollection');
    const features = (fc as { features: Array<{ geometry: { coordinates: number[] } | null; properties: Record<string, unknown> }> }).features;
    expect(features.length).toBe((await store.stats()).mergedEvents);
    const dunholm = features.find((f) => f.properties['location'] === 'Dunholm')!;
    expect(dunholm.geometry?.coordinates).toEqual([-2.9, 15.0]);
  });
});

describe('JSONL', () => {
  it('writes one full record (with members and claims) per line', async () => {
    const lines = (await run('jsonl')).trim().split('\n');
    expect(lines.length).toBe((await store.stats()).mergedEvents);
    for (const l of lines) {
      const rec = JSON.parse(l) as { members: Array<{ claims: unknown[] }> };
      expect(rec.members.length).toBeGreaterThan(0);
    }
  });
});
