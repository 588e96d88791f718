/** The HTTP API, tested through the app object against a real (temporary) SQLite store. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { openStore } from '../store/open.js';
import type { Store, MergedEvent, EventDetail, Page, StoredArticle, PlaceSummary } from '../store/types.js';
import { exampleArticles, article, RIVERTON } from '../store/testing/fixtures.js';

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T };
}
const ids = (p: Page<MergedEvent>) => p.items.map((e) => `${e.subType}@${e.location.name}`).sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  store = await openStore({ sqlite: join(dir, 'api.db') });
  for (const { doc, original } of exampleArticles()) await store.putDocument(doc, original);
  // an article with hostile text, to check it comes back as data
  const hostile = article({
    source: 'en-hostile.txt', lang: 'en', date: '2031-04-02',
    text: 'Police detained <script>alert(1)</script> protesters in Riverton on Monday, witnesses said.',
    events: [{ type: 'Strategic developments', subType: 'Arrests', date: '2031-03-31', location: RIVERTON, actors: ['Police of Northshire'], trigger: 'detained', sources: [{ name: 'witnesses', hedge: 'asserted' }] }],
  });
  await store.putDocument(hostile.doc, hostile.original);
  app = createApp({ store, web: false });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/events', () => {
  it('lists merged events, the cross-language strike merged into one', async () => {
    const { status, body } = await get<Page<MergedEvent>>('/api/events');
    expect(status).toBe(200);
    const strike = body.items.find((e) => e.subType === 'Shelling/artillery/missile attack');
    expect(strike?.articleCount).toBe(2);
    expect(strike?.langs.sort()).toEqual(['en', 'nl']);
  });

  it('filters by bbox', async () => {
    const { body } = await get<Page<MergedEvent>>('/api/events?bbox=30,46,31,47');
    expect(ids(body)).toEqual(['Air/drone strike@Farport']);
  });

  it('filters by date range (window overlap)', async () => {
    const { body } = await get<Page<MergedEvent>>('/api/events?from=2031-03-03&to=2031-03-03');
    expect(ids(body)).toEqual(['Air/drone strike@Farport']);
  });

  it('filters by type and sub-type', async () => {
    expect(ids((await get<Page<MergedEvent>>('/api/events?type=Battles')).body)).toEqual(['Armed clash@Dunholm', 'Armed clash@Riverton']);
    expect(ids((await get<Page<MergedEvent>>('/api/events?subType=Arrests')).body)).toEqual(['Arrests@Riverton']);
  });

  it('filters by actor, country and admin1', async () => {
    expect(ids((await get<Page<MergedEvent>>('/api/events?actor=eastvale%20militia')).body)).toEqual(['Armed clash@Dunholm']);
    expect(ids((await get<Page<MergedEvent>>('/api/events?country=ml')).body)).toEqual(['Armed clash@Dunholm']);
    expect(ids((await get<Page<MergedEvent>>('/api/events?admin1=Southmark')).body)).toEqual(['Air/drone strike@Farport']);
  });

  it('filters by claim source and hedge', async () => {
    expect(ids((await get<Page<MergedEvent>>('/api/events?source=witnesses')).body)).toEqual(['Arrests@Riverton']);
    expect(ids((await get<Page<MergedEvent>>('/api/events?hedge=claimed')).body)).toEqual(['Armed clash@Dunholm', 'Armed clash@Riverton']);
  });

  it('searches the article text', async () => {
    expect(ids((await get<Page<MergedEvent>>('/api/events?q=Drohnenangriff')).body)).toEqual(['Air/drone strike@Farport']);
  });

  it('paginates with a cursor, without gaps or repeats', async () => {
    const all = (await get<Page<MergedEvent>>('/api/events?limit=1000')).body.items.map((e) => e.id);
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page: Page<MergedEvent> = (await get<Page<MergedEvent>>(`/api/events?limit=2${next ? `&cursor=${encodeURIComponent(next)}` : ''}`)).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => e.id));
      next = page.next;
    } while (next);
    expect(seen).toEqual(all);
  });

  it('rejects bad input with JSON error codes', async () => {
    for (const q of ['bbox=1,2,3', 'bbox=10,0,0,0', 'from=yesterday', 'hedge=maybe', 'limit=0', 'limit=5000', 'country=Narnia', 'country=xx', 'type=Bogus', 'subType=Nothing', 'unknown=1', 'from=2031-03-05&to=2031-03-01', 'from=2024-13-45', 'to=2024-02-30', 'from=2023-02-29']) {
      const r = await get<{ error: { code: string; message: string } }>(`/api/events?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error.code, q).toBe('invalid_query');
    }
    const bad = await get<{ error: { code: string } }>('/api/events?cursor=not-a-cursor');
    expect(bad.status).toBe(400);
  });
});

describe('filter values as people write them', () => {
  it('accepts a country by name or code, and a type in any case', async () => {
    const byName = ids((await get<Page<MergedEvent>>('/api/events?country=Mali')).body);
    expect(byName).toEqual(['Armed clash@Dunholm']);
    expect(ids((await get<Page<MergedEvent>>('/api/events?country=MLI')).body)).toEqual(byName);
    expect(ids((await get<Page<MergedEvent>>('/api/events?type=battles')).body)).toEqual(['Armed clash@Dunholm', 'Armed clash@Riverton']);
  });

  it('accepts a leap day and rejects an impossible one with a one-line message', async () => {
    expect((await get<unknown>('/api/events?from=2024-02-29')).status).toBe(200);
    const r = await get<{ error: { message: string } }>('/api/events?from=2024-13-45');
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^from: not a calendar date$/);
  });

  it('finds admin1 with or without its division word', async () => {
    expect(ids((await get<Page<MergedEvent>>('/api/events?admin1=Southmark%20Oblast')).body)).toEqual(['Air/drone strike@Farport']);
    expect(ids((await get<Page<MergedEvent>>('/api/events?admin1=southmark%20province')).body)).toEqual(['Air/drone strike@Farport']);
  });

  it('finds actors by a word of their name', async () => {
    expect(ids((await get<Page<MergedEvent>>('/api/events?actor=eastvale')).body)).toEqual(['Armed clash@Dunholm']);
  });

  it('lists actors with counts and admin1 names', async () => {
    const { status, body } = await get<{ items: Array<{ name: string; aliases: string[]; events: number }> }>('/api/actors');
    expect(status).toBe(200);
    const army = body.items.find((a) => a.name === 'Northern Army');
    expect(army?.events).toBeGreaterThan(0);
    expect((await get<{ items: Array<{ name: string }> }>('/api/actors?q=eastvale')).body.items.map((a) => a.name).sort()).toEqual(['Army of Eastvale', 'Eastvale Militia']);
    const a1 = (await get<{ items: Array<{ admin1: string; country: string }> }>('/api/admin1?q=Northshire%20Oblast')).body.items;
    expect(a1.map((x) => x.admin1)).toEqual(['Northshire']);
  });

  it('counts events and bins them by day for a view', async () => {
    const all = (await get<Page<MergedEvent>>('/api/events?limit=1000')).body.items.length;
    expect((await get<{ count: number }>('/api/events/count')).body.count).toBe(all);
    const days = (await get<{ days: Array<{ day: string; events: number }> }>('/api/events/days')).body.days;
    expect(days.reduce((n, d) => n + d.events, 0)).toBe(all);
    expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort());
    expect((await get<{ count: number }>('/api/events/count?type=Battles')).body.count).toBe(2);
  });

  it('downloads the view as CSV and GeoJSON', async () => {
    const csv = await app.request('/api/export.csv?type=Battles&bom=1');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.trim().split('\n')).toHaveLength(3);
    const geo = (await (await app.request('/api/export.geojson?country=ML')).json()) as { features: unknown[] };
    expect(geo.features).toHaveLength(1);
    expect((await app.request('/api/export.csv?from=2024-02-30')).status).toBe(400);
  });

  it('serves rendered docs from the OpenAPI document', async () => {
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/api/docs/swagger-ui-bundle.js');
    expect((await app.request('/api/docs/init.js')).status).toBe(200);
    expect(await (await app.request('/api/docs/init.js')).text()).toContain('/api/openapi.json');
    expect((await app.request('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });
});

describe('GET /api/events/:id', () => {
  it('returns the event with its members, claims, evidence spans and sentences', async () => {
    const list = (await get<Page<MergedEvent>>('/api/events?subType=Shelling%2Fartillery%2Fmissile%20attack')).body;
    const id = list.items[0]!.id;
    const { status, body } = await get<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
    expect(status).toBe(200);
    expect(body.members).toHaveLength(2);
    for (const m of body.members) {
      expect(m.claims.length).toBeGreaterThan(0);
      expect(m.sentence?.text).toContain(m.event.trigger.text);
    }
    expect(body.conflicts.some((c) => c.field === 'fatalities')).toBe(true);
  });

  it('404s as JSON for an unknown id, 400 for a malformed one', async () => {
    expect((await get<{ error: { code: string } }>('/api/events/nope')).body.error.code).toBe('not_found');
    expect((await get<{ error: { code: string } }>('/api/events/%3Cscript%3E')).status).toBe(400);
  });
});

describe('articles, places, stats, openapi', () => {
  it('lists and returns articles; hostile text comes back as data', async () => {
    const { body } = await get<Page<StoredArticle>>('/api/articles?lang=en');
    expect(body.items.every((a) => a.lang === 'en')).toBe(true);
    const hostile = body.items.find((a) => a.source === 'en-hostile.txt');
    expect(hostile).toBeDefined();
    const res = await app.request(`/api/articles/${hostile!.id}`);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const full = (await res.json()) as { original: string };
    expect(full.original).toContain('<script>alert(1)</script>');
    expect((await get<Page<StoredArticle>>('/api/articles?q=Rivierstad')).body.items.map((a) => a.source)).toEqual(['nl-rivierstad.txt']);
    expect((await get<unknown>('/api/articles/0000000000000000')).status).toBe(404);
  });

  it('lists places with filters', async () => {
    const { status, body } = await get<Page<PlaceSummary>>('/api/places?country=UA');
    expect(status).toBe(200);
    expect(body.items.every((p) => p.country === 'UA')).toBe(true);
    expect((await get<unknown>('/api/places?level=planet')).status).toBe(400);
  });

  it('reports stats', async () => {
    const { body } = await get<{ articles: number; mergedEvents: number; byLang: Record<string, number> }>('/api/stats');
    expect(body.articles).toBe(5);
    expect(body.byLang['nl']).toBe(1);
    expect(body.mergedEvents).toBeGreaterThan(0);
  });

  it('serves an OpenAPI 3.1 document naming every route', async () => {
    const { body } = await get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/events', '/api/events/{id}', '/api/articles', '/api/articles/{id}', '/api/places', '/api/stats', '/api/actors', '/api/admin1', '/api/export.csv', '/api/docs']),
    );
  });

  it('answers unknown routes with a JSON 404', async () => {
    const r = await get<{ error: { code: string } }>('/api/nothing');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });
});
