/**
 * ONE conformance suite for every Store backend: the same checks run against SQLite and PostgreSQL
 * (sqlite/sqlite.test.ts, postgres/postgres.test.ts). Uses our own invented example articles.
 */
import { describe, expect, it } from 'vitest';
import { mergeAll } from '../stages/merge/index.js';
import { eventRows, mergeInputs } from './sql/rows.js';
import { article, exampleArticles, RIVERTON } from './testing/fixtures.js';
import type { QueryTuning } from './sql/queries.js';
import type { EventFilter, MergedEvent, Store } from './types.js';

export interface Harness {
  /** a fresh, empty store (with query planning knobs, e.g. a tiny probe window) */
  open(tuning?: QueryTuning): Promise<{ store: Store; dispose(): Promise<void> }>;
}

/**
 * A generated store: `n` reports of 1–3 events over a few towns (some far apart), days, types,
 * actors and claim sources, so that merges happen and every filter has matches and misses.
 * Marker words in some texts make the text filter checkable.
 */
function generatedArticles(n: number): Array<{ doc: ReturnType<typeof article>['doc']; original: string }> {
  const towns = [
    { level: 'place' as const, name: 'Ashford', country: 'UA', admin1: 'Northshire', admin2: 'Ash Vale District', lat: 49.7, lon: 37.6 },
    { level: 'place' as const, name: 'Brookvale', country: 'UA', admin1: 'Northshire', lat: 49.1, lon: 36.2 },
    { level: 'place' as const, name: 'Coldwater', country: 'UA', admin1: 'Southmark', lat: 46.6, lon: 32.6 },
    { level: 'place' as const, name: 'Dunmore', country: 'RU', admin1: 'Westreach', lat: 50.6, lon: 36.6 },
    { level: 'place' as const, name: 'Elmstead', country: 'ML', admin1: 'Eastvale', lat: 16.3, lon: -0.1 },
  ];
  const kinds: Array<[string, string]> = [
    ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
    ['Explosions/Remote violence', 'Air/drone strike'],
    ['Battles', 'Armed clash'],
    ['Protests', 'Peaceful protest'],
  ];
  const actors = [['Northern Army'], ['Northern Army', 'Southern Militia'], ['Townsfolk']];
  const sources: Array<string | null> = ['Regional Governor', 'Defence Office', null];
  const hedges = ['asserted', 'claimed', 'reported', 'denied'] as const;
  return Array.from({ length: n }, (_, i) => {
    const count = 1 + (i % 3);
    const words = ['quartz', 'juniper', 'saffron'].filter((_, k) => (i + k) % (k + 2) === 0);
    const triggers = Array.from({ length: count }, (_, k) => `incident${k}`);
    const text = `Report ${i} (${words.join(' ')}): ${triggers.join(', ')} took place.`;
    return article({
      text,
      source: `gen-${i}.txt`,
      events: triggers.map((trigger, k) => {
        const [type, subType] = kinds[(i * 3 + k) % kinds.length]!;
        const day = 1 + ((i * 5 + k * 7) % 20);
        return {
          type, subType, trigger,
          date: `2031-04-${String(day).padStart(2, '0')}`,
          location: towns[(i + k * 2) % towns.length]!,
          actors: actors[(i + k) % actors.length]!,
          sources: [{ name: sources[(i + k) % sources.length]!, hedge: hedges[(i * 7 + k) % hedges.length]! }],
          ...(i % 4 === 0 ? { killed: [i % 7, i % 7] as [number, number] } : {}),
        };
      }),
    });
  });
}

/** The filter applied to one merged event by brute force (the store's answer must equal this). */
function matches(e: MergedEvent, f: EventFilter, texts: Map<string, string>): boolean {
  const l = e.location;
  const eq = (a: string | null | undefined, b: string) => a !== null && a !== undefined && a.toLowerCase() === b.toLowerCase();
  if (f.bbox && !(l.lon !== undefined && l.lat !== undefined && l.lon >= f.bbox[0] && l.lat >= f.bbox[1] && l.lon <= f.bbox[2] && l.lat <= f.bbox[3])) return false;
  if (f.from && !(e.date.end >= f.from)) return false;
  if (f.to && !(e.date.start !== '' && e.date.start <= f.to)) return false;
  if (f.type && e.type !== f.type) return false;
  if (f.subType && e.subType !== f.subType) return false;
  if (f.country && !eq(l.country, f.country)) return false;
  if (f.admin1 && !eq(l.admin1 ?? (l.level === 'admin1' ? l.name : null), f.admin1)) return false;
  if (f.admin2 && !eq(l.admin2, f.admin2)) return false;
  if (f.actor && !e.actors.some((a) => eq(a, f.actor!))) return false;
  if (f.source && !e.sources.some((x) => eq(x, f.source!))) return false;
  if (f.hedge && !e.hedges.includes(f.hedge)) return false;
  if (f.article && !e.mergedFrom.some((m) => m.articleId === f.article)) return false;
  if (f.q !== undefined) {
    const words = f.q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const hit = e.mergedFrom.some((m) => {
      const tokens = new Set(texts.get(m.articleId)!.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      return words.length > 0 && words.every((w) => tokens.has(w));
    });
    if (!hit) return false;
  }
  return true;
}

async function allEvents(store: Store, f: EventFilter = {}): Promise<MergedEvent[]> {
  const out: MergedEvent[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await store.listEvents({ ...f, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    if (!page.next) return out;
    cursor = page.next;
  }
  throw new Error('pagination does not end');
}

async function withStore<T>(h: Harness, fn: (s: Store) => Promise<T>, tuning?: QueryTuning): Promise<T> {
  const { store, dispose } = await h.open(tuning);
  try {
    return await fn(store);
  } finally {
    await store.close();
    await dispose();
  }
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

export function storeConformance(name: string, h: Harness): void {
  describe(`store conformance: ${name}`, () => {
    it('stores an article with its text and extractions; re-ingest changes nothing', async () => {
      await withStore(h, async (s) => {
        const docs = exampleArticles();
        for (const { doc, original } of docs) expect((await s.putDocument(doc, original)).status).toBe('inserted');
        const before = await s.dump();
        for (const { doc, original } of docs) expect((await s.putDocument(doc, original)).status).toBe('exists');
        expect(await s.dump()).toBe(before);
        const first = docs[0]!;
        const a = await s.getArticle(first.doc.document.id);
        expect(a?.original).toBe(first.original);
        expect(a?.document).toEqual(first.doc);
        expect(Object.keys(a!.mergedIds).sort()).toEqual(['e1', 'e2', 'e3']);
        expect(await s.knownArticles([first.doc.document.id, 'ffffffffffffffff'])).toEqual(new Set([first.doc.document.id]));
        expect(await s.check()).toBe('ok');
        const st = await s.stats();
        expect(st).toMatchObject({ articles: 4, articleEvents: 7, mergedEvents: 5, multiSourceEvents: 2, byLang: { en: 2, nl: 1, de: 1 } });
        expect(st.conflicts).toBeGreaterThanOrEqual(3);
      });
    });

    it('refuses a document whose id is not the hash of its text', async () => {
      await withStore(h, async (s) => {
        const { doc } = exampleArticles()[0]!;
        await expect(s.putDocument(doc, 'some other text')).rejects.toThrow(/content hash/);
      });
    });

    it('writes one article in one transaction: a failure half-way leaves nothing', async () => {
      await withStore(h, async (s) => {
        const [ok, bad] = exampleArticles();
        await s.putDocument(ok!.doc, ok!.original);
        const before = await s.dump();
        // two events with the same id: the second insert fails after the article, places and first event were written
        const broken = structuredClone(bad!.doc);
        broken.events[1]!.id = broken.events[0]!.id;
        await expect(s.putDocument(broken, bad!.original)).rejects.toThrow();
        expect(await s.dump()).toBe(before);
        expect((await s.knownArticles([broken.document.id])).size).toBe(0);
        expect((await s.putDocument(bad!.doc, bad!.original)).status).toBe('inserted');
        expect(await s.check()).toBe('ok');
      });
    });

    it('answers event queries with each filter, and pages with a stable order', async () => {
      await withStore(h, async (s) => {
        for (const { doc, original } of exampleArticles()) await s.putDocument(doc, original);
        const all = await allEvents(s);
        expect(all).toHaveLength(5);
        const order = all.map((e) => [e.date.start, e.id].join('|'));
        expect(order).toEqual([...order].sort().reverse());
        // pages of 2 give the same sequence
        const paged = await allEvents(s, { limit: 2 });
        expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
        const first = await s.listEvents({ limit: 2 });
        expect(first.items).toHaveLength(2);
        expect(first.next).not.toBeNull();

        const ids = async (f: EventFilter) => {
          const got = (await allEvents(s, f)).map((e) => e.location.name + '/' + e.subType).sort();
          expect(await s.countEvents(f)).toBe(got.length);
          return got;
        };
        expect(await ids({ bbox: [37.5, 49.6, 37.7, 49.75] })).toEqual(['Millbrook/Air/drone strike', 'Riverton/Armed clash', 'Riverton/Shelling/artillery/missile attack']);
        expect(await ids({ bbox: [37.65, 49.6, 37.7, 49.65] })).toEqual(['Millbrook/Air/drone strike']);
        expect(await ids({ from: '2031-03-05', to: '2031-03-31' })).toEqual(['Millbrook/Air/drone strike', 'Riverton/Armed clash']);
        expect(await ids({ to: '2031-03-03' })).toEqual(['Dunholm/Armed clash', 'Farport/Air/drone strike']);
        expect(await ids({ type: 'Battles' })).toEqual(['Dunholm/Armed clash', 'Riverton/Armed clash']);
        expect(await ids({ subType: 'Air/drone strike' })).toEqual(['Farport/Air/drone strike', 'Millbrook/Air/drone strike']);
        expect(await ids({ actor: 'eastvale militia' })).toEqual(['Dunholm/Armed clash']);
        expect(await ids({ country: 'ml' })).toEqual(['Dunholm/Armed clash']);
        expect(await ids({ admin1: 'Southmark' })).toEqual(['Farport/Air/drone strike']);
        expect(await ids({ source: 'governor of northshire' })).toEqual(['Riverton/Shelling/artillery/missile attack']);
        expect(await ids({ hedge: 'reported' })).toEqual(['Millbrook/Air/drone strike']);
        expect(await ids({ hedge: 'claimed' })).toEqual(['Dunholm/Armed clash', 'Riverton/Armed clash']);
        expect(await ids({ q: 'Drohnenangriff' })).toEqual(['Farport/Air/drone strike']);
        expect(await ids({ q: 'geleide bom' })).toEqual(['Millbrook/Air/drone strike', 'Riverton/Shelling/artillery/missile attack']);
        expect(await ids({ q: 'nosuchwordanywhere' })).toEqual([]);
        expect(await ids({ q: '  ' })).toEqual([]);
        const nl = exampleArticles()[1]!.doc.document.id;
        expect(await ids({ article: nl })).toEqual(['Millbrook/Air/drone strike', 'Riverton/Shelling/artillery/missile attack']);
        expect(await ids({ type: 'Battles', country: 'UA', hedge: 'claimed' })).toEqual(['Riverton/Armed clash']);
        await expect(s.listEvents({ cursor: 'garbage' })).rejects.toThrow(/cursor/);
      });
    });

    it('returns one merged event with its members, claims, figures, sentences and conflicts', async () => {
      await withStore(h, async (s) => {
        for (const { doc, original } of exampleArticles()) await s.putDocument(doc, original);
        const [strike] = await allEvents(s, { subType: 'Shelling/artillery/missile attack' });
        expect(strike!.langs).toEqual(['en', 'nl']);
        expect(strike!.mergedFrom).toHaveLength(2);
        expect(strike!.fatalities).toEqual({ low: 7, best: 9, high: null });
        const d = await s.getEvent(strike!.id);
        expect(d!.members.map((m) => m.article.lang).sort()).toEqual(['en', 'nl']);
        for (const m of d!.members) {
          const a = await s.getArticle(m.articleId);
          expect(a!.original.slice(m.sentence!.start, m.sentence!.end)).toBe(m.sentence!.text);
          expect(m.sentence!.text).toContain(m.event.trigger.text);
        }
        const en = d!.members.find((m) => m.article.lang === 'en')!;
        expect(en.claims.map((c) => c.name)).toEqual(['Governor of Northshire']);
        expect(en.casualties.map((c) => c.text)).toEqual(['killed at least seven people', 'wounded 19']);
        const conflict = d!.conflicts.find((c) => c.field === 'fatalities')!;
        expect(conflict.values.map((v) => [v.value, v.claims.map((c) => c.source)])).toEqual([
          [{ min: 7, max: null }, ['Governor of Northshire']],
          [{ min: 9, max: null }, [null]],
        ]);
        expect(await s.getEvent('nope')).toBeNull();
      });
    });

    it('lists articles and places', async () => {
      await withStore(h, async (s) => {
        for (const { doc, original } of exampleArticles()) await s.putDocument(doc, original);
        const arts = await s.listArticles({ limit: 3 });
        expect(arts.items).toHaveLength(3);
        const rest = await s.listArticles({ limit: 3, cursor: arts.next! });
        expect(rest.items).toHaveLength(1);
        expect(new Set([...arts.items, ...rest.items].map((a) => a.id)).size).toBe(4);
        expect((await s.listArticles({ lang: 'nl' })).items.map((a) => a.source)).toEqual(['nl-rivierstad.txt']);
        expect((await s.listArticles({ q: 'ambushed' })).items.map((a) => a.source)).toEqual(['en-dunholm.txt']);
        const places = await s.listPlaces({ country: 'UA' });
        const millbrook = places.items.find((p) => p.name === 'Millbrook')!;
        expect(millbrook).toMatchObject({ mentions: 2, articles: 2, events: 1, level: 'place' });
        expect((await s.listPlaces({ q: 'riv' })).items.map((p) => p.name).sort()).toEqual(['Riverton', 'Rivierstad']);
      });
    });

    it('lets a new report join an existing merged event without splitting it; the old id redirects', async () => {
      await withStore(h, async (s) => {
        const report = (text: string, killed: number) =>
          article({
            text,
            source: `r-${killed}.txt`,
            events: [{ type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', date: '2031-03-04', location: RIVERTON, trigger: 'strike', killed: [killed, killed] }],
          });
        const x = report('The strike on Riverton killed four.', 4);
        const y = report('Four died in the strike on Riverton.', 5);
        await s.putDocument(x.doc, x.original);
        await s.putDocument(y.doc, y.original);
        const [before] = (await s.listEvents()).items;
        expect(before!.articleCount).toBe(2);
        // a third report whose key sorts before both: the merged id changes
        const first = [x.doc.document.id, y.doc.document.id].sort()[0]!;
        let z = report('A strike on Riverton: six dead (0).', 6);
        for (let i = 1; z.doc.document.id >= first; i++) z = report(`A strike on Riverton: six dead (${i}).`, 6);
        await s.putDocument(z.doc, z.original);
        const after = (await s.listEvents()).items;
        expect(after).toHaveLength(1);
        expect(after[0]!.articleCount).toBe(3);
        expect(after[0]!.id).not.toBe(before!.id);
        expect(after[0]!.fatalities).toEqual({ low: 4, best: 6, high: 6 });
        const viaOld = await s.getEvent(before!.id);
        expect(viaOld?.id).toBe(after[0]!.id);
        expect(await s.check()).toBe('ok');
      });
    });

    it('answers every filter exactly as a brute-force filter over all events, in both plan steps and at any page size', async () => {
      const docs = generatedArticles(48);
      const texts = new Map(docs.map((d) => [d.doc.document.id, d.original]));
      const filters: EventFilter[] = [
        { bbox: [36, 49, 38, 50] }, { bbox: [-1, 15, 1, 17] }, { bbox: [37.59, 49.69, 37.61, 49.71] }, { bbox: [0, 0, 1, 1] },
        { from: '2031-04-05', to: '2031-04-12' }, { to: '2031-04-03' }, { from: '2031-04-18' },
        { type: 'Battles' }, { type: 'Battles', country: 'ua' }, { subType: 'Air/drone strike', country: 'RU' }, { country: 'ML' },
        { admin1: 'northshire' }, { admin2: 'ash vale district' }, { actor: 'southern militia' }, { actor: 'Townsfolk', country: 'UA' },
        { source: 'regional governor' }, { hedge: 'denied' }, { hedge: 'claimed', source: 'Defence Office' },
        { q: 'quartz' }, { q: 'juniper saffron' }, { q: 'Report 7' }, { q: 'saffron', bbox: [36, 49, 38, 50], type: 'Battles' },
        { article: docs[5]!.doc.document.id }, { type: 'Protests', hedge: 'asserted', to: '2031-04-15', from: '2031-04-02' },
      ];
      for (const tuning of [{ probeWindow: 3, planBySelectivity: false }, { probeWindow: 40, planBySelectivity: false }, { probeWindow: 3 }, { probeWindow: 40 }, {}]) {
        await withStore(h, async (s) => {
          for (const { doc, original } of docs) await s.putDocument(doc, original);
          const everything = await allEvents(s, { limit: 1000 });
          for (const f of filters) {
            const want = everything.filter((e) => matches(e, f, texts)).map((e) => e.id);
            for (const limit of [2, 7, 50]) {
              expect((await allEvents(s, { ...f, limit })).map((e) => e.id), JSON.stringify({ f, limit, tuning })).toEqual(want);
            }
            expect(await s.countEvents(f)).toBe(want.length);
          }
          // the filters are not vacuous: most select some events and not all
          const sizes = filters.map((f) => everything.filter((e) => matches(e, f, texts)).length);
          expect(sizes.filter((n) => n > 0 && n < everything.length).length).toBeGreaterThan(filters.length - 3);
        }, tuning);
      }
    });

    it('keeps the statistics exact write after write (counters equal a count from scratch)', async () => {
      await withStore(h, async (s) => {
        const docs = generatedArticles(30);
        for (const [i, { doc, original }] of docs.entries()) {
          await s.putDocument(doc, original);
          if (i % 6 !== 5) continue;
          expect(await s.check()).toBe('ok');
          const st = await s.stats();
          const all = await allEvents(s, { limit: 1000 });
          const written = docs.slice(0, i + 1).map((d) => d.doc);
          const tally = (xs: string[]) => Object.fromEntries([...new Set(xs)].sort().map((k) => [k, xs.filter((x) => x === k).length]));
          expect(st).toEqual({
            articles: i + 1,
            articleEvents: written.reduce((n, d) => n + d.events.length, 0),
            mergedEvents: all.length,
            multiSourceEvents: all.filter((e) => e.articleCount > 1).length,
            claims: written.reduce((n, d) => n + d.events.reduce((k, e) => k + e.sources.length, 0), 0),
            casualties: written.reduce((n, d) => n + d.casualties.length, 0),
            places: written.reduce((n, d) => n + d.places.length, 0),
            conflicts: all.reduce((n, e) => n + e.conflicts.length, 0),
            byLang: tally(written.map((d) => d.document.lang)),
            byType: tally(all.map((e) => e.type)),
            byCountry: tally(all.map((e) => e.location.country)),
            dateRange: { from: all.map((e) => e.date.start).sort()[0], to: all.map((e) => e.date.end).sort().at(-1) },
          });
        }
        expect(await s.putDocument(docs[0]!.doc, docs[0]!.original)).toMatchObject({ status: 'exists' });
        expect((await s.stats()).articles).toBe(docs.length);
      });
    });

    it('finds merge candidates with long date windows, stored before or after the short one', async () => {
      const long = article({
        text: 'Fighting around Riverton went on for most of the spring.',
        source: 'long.txt',
        events: [{ type: 'Battles', subType: 'Armed clash', date: ['2031-03-01', '2031-05-31'], location: RIVERTON, trigger: 'Fighting' }],
      });
      const short = article({
        text: 'Clashes in Riverton on 20 May left the market in ruins.',
        source: 'short.txt',
        events: [{ type: 'Battles', subType: 'Armed clash', date: '2031-05-20', location: RIVERTON, trigger: 'Clashes' }],
      });
      const filler = generatedArticles(12);
      for (const order of [[long, ...filler, short], [short, ...filler, long]]) {
        await withStore(h, async (s) => {
          for (const { doc, original } of order) await s.putDocument(doc, original);
          const riverton = (await allEvents(s, { bbox: [37.59, 49.69, 37.61, 49.71], type: 'Battles' })).filter((e) => e.date.start >= '2031-03-01' && e.location.name === 'Riverton');
          expect(riverton.map((e) => e.articleCount)).toEqual([2]);
          expect(await s.check()).toBe('ok');
        });
      }
    });

    it('stores near-duplicates of a story as its copies (extracted once), each a source with its own outlet and URL', async () => {
      const body = Array.from({ length: 6 }, (_, k) =>
        `Paragraph ${['one', 'two', 'three', 'four', 'five', 'six'][k]} tells how the strike on Riverton hit the ${['market', 'depot', 'bridge', 'school', 'station', 'harbour'][k]} before dawn, and how the ${['mayor', 'governor', 'police', 'medics', 'army', 'residents'][k]} counted the damage in the morning.`,
      ).join('\n\n');
      const spec = (text: string, source: string) =>
        article({ text, source, events: [{ type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', date: '2031-03-04', location: RIVERTON, trigger: 'strike' }] });
      const story = spec(`Strike on Riverton\n\n${body}`, 'wire.txt');
      const copy = spec(`Riverton hit by a strike\n\n${body}\n\nRepublished by the Valley Courier.`, 'courier.txt');
      const raced = spec(`Strike on Riverton\n\n${body.replace('before dawn', 'at first light')}\n\n(c) Harbour News`, 'harbour.txt');
      const other = spec(`A different report\n\n${body.split('\n\n').map((p, k) => (k % 2 ? p : `An unrelated paragraph number ${k} about ${k * 7} other things in another town far away from here.`)).join('\n\n')}`, 'other.txt');
      await withStore(h, async (s) => {
        // nothing stored yet: no story to be a copy of
        expect(await s.putCopy({ id: copy.doc.document.id, source: 'courier.txt', format: 'text', original: copy.original })).toBeNull();
        expect((await s.putDocument(story.doc, story.original)).status).toBe('inserted');
        const c = await s.putCopy({ id: copy.doc.document.id, source: 'courier.txt', format: 'text', original: copy.original, url: 'https://courier.example/a', date: '2031-03-05' });
        expect(c).toMatchObject({ status: 'inserted', copyOf: story.doc.document.id, events: 0 });
        // a copy analysed by a racing worker is still stored as a copy, not a second story
        expect(await s.putDocument(raced.doc, raced.original)).toMatchObject({ status: 'inserted', copyOf: story.doc.document.id });
        // half the text in common is another article
        expect(await s.putDocument(other.doc, other.original)).toMatchObject({ status: 'inserted', events: 1 });
        expect((await s.putDocument(other.doc, other.original)).status).toBe('exists');
        expect((await s.putDocument(raced.doc, raced.original)).status).toBe('exists');
        expect(await s.putCopy({ id: copy.doc.document.id, source: 'courier.txt', format: 'text', original: copy.original })).toMatchObject({ status: 'exists' });
        expect(await s.knownArticles([copy.doc.document.id, raced.doc.document.id])).toEqual(new Set([copy.doc.document.id, raced.doc.document.id]));
        const a = await s.getArticle(story.doc.document.id);
        expect(a!.copies!.map((x) => [x.source, x.url, x.outlet, x.date, x.storyId])).toEqual(
          expect.arrayContaining([
            ['courier.txt', 'https://courier.example/a', 'courier.example', '2031-03-05', story.doc.document.id],
            ['harbour.txt', null, null, raced.doc.document.date.value ?? null, story.doc.document.id],
          ]),
        );
        expect(a!.copies!.every((x) => x.similarity >= 0.55 && x.similarity <= 1)).toBe(true);
        const st = await s.stats();
        expect(st).toMatchObject({ articles: 2, articleEvents: 2 });
        expect(await s.check()).toBe('ok');
      });
    });

    it('merges many reports of one event into one merged event in any order, without chaining', async () => {
      // 24 reports: three profiles of one strike (points 2 km apart, two windows), plus two far ends that
      // each fit the middle but not one another
      const point = (lon: number) => ({ ...RIVERTON, lat: 49.7, lon });
      const docs = Array.from({ length: 24 }, (_, i) =>
        article({
          text: `Report ${i}: a strike hit the town, officials said (${i}).`,
          source: `many-${i}.txt`,
          events: [{ type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', date: i % 3 === 0 ? ['2031-03-03', '2031-03-05'] as [string, string] : '2031-03-04', location: point(37.6 + (i % 2) * 0.03), trigger: 'strike', killed: [i % 5, i % 5] }],
        }),
      );
      docs.push(
        article({ text: 'West: a strike hit the west end.', source: 'west.txt', events: [{ type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', date: '2031-03-04', location: point(37.35), trigger: 'strike' }] }),
        article({ text: 'East: a strike hit the east end.', source: 'east.txt', events: [{ type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', date: '2031-03-04', location: point(37.9), trigger: 'strike' }] }),
      );
      const batch = mergeAll(docs.flatMap(({ doc, original }) => mergeInputs(doc, eventRows(doc, original))));
      const big = batch.filter((e) => e.articleCount >= 24);
      expect(big).toHaveLength(1);
      const orders = [docs, [...docs].reverse(), docs.map((d, i) => docs[(i * 7) % docs.length]!)];
      let first: string | null = null;
      for (const order of orders) {
        const got = await withStore(h, async (s) => {
          for (const { doc, original } of order) await s.putDocument(doc, original);
          expect(await s.check()).toBe('ok');
          return JSON.stringify((await allEvents(s)).map((e) => [e.id, e.mergedFrom.length, e.articleCount]).sort());
        });
        first ??= got;
        expect(got).toBe(first);
      }
      expect(first).toBe(JSON.stringify(batch.map((e) => [e.id, e.mergedFrom.length, e.articleCount]).sort()));
    });

    it('merges the same way in every ingest order, and as the batch merge does', async () => {
      const docs = exampleArticles();
      // an extra report of the strike, by a fourth source, to make three-way merges possible
      docs.push(
        article({
          text: 'Officials counted eight dead after the strike on Riverton.',
          source: 'en-riverton-2.txt',
          events: [{ type: 'Explosions/Remote violence', subType: 'Shelling/artillery/missile attack', date: '2031-03-04', location: RIVERTON, trigger: 'strike', killed: [8, 8], sources: [{ name: 'officials', hedge: 'asserted' }] }],
        }),
      );
      const batch = JSON.stringify(
        mergeAll(docs.flatMap(({ doc, original }) => mergeInputs(doc, eventRows(doc, original)))).sort((a, b) =>
          a.date.start === b.date.start ? (a.id < b.id ? 1 : -1) : a.date.start < b.date.start ? 1 : -1,
        ),
      );
      const perms = permutations(docs);
      const picks = [0, 7, 31, 64, 99, perms.length - 1].map((i) => perms[i]!);
      for (const order of picks) {
        const got = await withStore(h, async (s) => {
          for (const { doc, original } of order) await s.putDocument(doc, original);
          expect(await s.check()).toBe('ok');
          return JSON.stringify(await allEvents(s));
        });
        expect(got).toBe(batch);
      }
      const strike = (JSON.parse(batch) as MergedEvent[]).find((e) => e.location.name === 'Riverton' && e.type !== 'Battles')!;
      expect(strike.articleCount).toBe(3);
      expect(strike.fatalities).toEqual({ low: 7, best: 9, high: null });
    });
  });
}
