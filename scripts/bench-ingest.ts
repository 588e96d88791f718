/**
 * Ingest load benchmark (issue 11): `npm run bench:ingest -- [--articles 20000] [--backends sqlite,pg]
 *   [--workers 2] [--pg URL] [--seed 1] [--copies N]`
 *
 * Builds a synthetic-but-realistic day of news from the project's own articles (samples/ and the
 * held-out set test/heldout/articles — sentences re-mixed, dated anew, never the shared corpus):
 *  - 60 % distinct articles: 6–10 sentences of one language from the pool, a new date;
 *  - 30 % copies: 500 stories, each published by ~12 outlets — verbatim with another header/footer, or
 *    lightly edited (headline rewritten, a sentence dropped, a word changed);
 *  - 10 % big events: 50 events × 40 reports — a lead sentence naming the event's town and day (own
 *    templates per language) followed by pool sentences.
 * It writes them as one JSONL file (shuffled), ingests it with `processInputs` (the code of
 * `sitrep ingest`) and 2 analysis threads into a fresh SQLite file and a fresh PostgreSQL schema, and
 * prints articles/s, time per article over the first and the last 1,000 articles (wall clock and the
 * store's own write time), peak RSS, and the merge result: per big event, how many merged events hold
 * its reports' lead events (1 = one cluster) and per story whether its copies were recognised.
 *
 * `--copies N`: instead, ingest N copies of one held-out article (each with its own outlet footer) and
 * print the time and how they were stored (`--no-dedup`: each copy stored and merged as an article of
 * its own — 200 identical reports of 7 events — to time the merge alone).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPacks } from '../src/lang/registry.js';
import { processInputs, type Outcome } from '../src/queue/process.js';
import { AnalyzePool } from '../src/queue/threads.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import { contentHash } from '../src/store/hash.js';

const root = join(import.meta.dirname, '..');
const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : dflt;
};
const TOTAL = Number(arg('--articles', '20000'));
const BACKENDS = arg('--backends', 'sqlite,pg').split(',').filter(Boolean);
const WORKERS = Number(arg('--workers', '2'));
const PG = arg('--pg', process.env['SITREP_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test');
const SEED = Number(arg('--seed', '1'));
const COPIES = Number(arg('--copies', '0'));
/** --no-dedup: store copies as articles of their own (to time the merge of many identical reports) */
const DEDUP = !process.argv.includes('--no-dedup');
const WINDOW = Math.min(1000, Math.max(1, Math.floor(TOTAL / 5)));

// ---------------------------------------------------------------- the pool of sentences

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}
const r = rng(SEED * 7919 + 17);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const MONTHS =
  /\b(jan(uary|uar|uari)?|feb(ruary|ruar|ruari)?|m(arch|ärz|aart)|april|may|mai|mei|june?|juni|july?|juli|aug(ust|us)?|sept?(ember)?|o[ck]t(ober)?|nov(ember)?|de[cz](ember)?)\b|\d{4}|\d{1,2}\/\d{1,2}/iu;

function sourceFiles(): Array<{ lang: string; text: string }> {
  const dirs = [join(root, 'samples'), join(root, 'test', 'heldout', 'articles')];
  const out: Array<{ lang: string; text: string }> = [];
  for (const d of dirs) {
    for (const f of readdirSync(d).sort()) {
      if (!f.endsWith('.txt')) continue;
      out.push({ lang: f.slice(0, 2), text: readFileSync(join(d, f), 'utf8') });
    }
  }
  return out;
}

/** Sentences by language: body sentences with enough words and no explicit date (events get the article's date). */
function sentencePool(): Map<string, string[]> {
  const pool = new Map<string, string[]>();
  for (const { lang, text } of sourceFiles()) {
    const body = text
      .split(/\n\s*\n/u)
      .slice(1)
      .map((p) => p.replace(/^\s*date \S+\s*/u, '').trim())
      .filter((p) => p.split(/\s+/u).length >= 12);
    for (const p of body) {
      for (const s of p.split(/(?<=[.!?]['"”’]?)\s+(?=[A-ZÄÖÜ'"„‘“])/u)) {
        const words = s.split(/\s+/u).length;
        if (words >= 7 && words <= 60 && !MONTHS.test(s)) pool.set(lang, [...(pool.get(lang) ?? []), s.trim()]);
      }
    }
  }
  return pool;
}

const TOWNS: Array<Record<'en' | 'de' | 'nl', string>> = [
  { en: 'Kharkiv', de: 'Charkiw', nl: 'Charkiv' },
  { en: 'Odesa', de: 'Odessa', nl: 'Odesa' },
  { en: 'Dnipro', de: 'Dnipro', nl: 'Dnipro' },
  { en: 'Sumy', de: 'Sumy', nl: 'Sumy' },
  { en: 'Zaporizhzhia', de: 'Saporischschja', nl: 'Zaporizja' },
  { en: 'Kherson', de: 'Cherson', nl: 'Cherson' },
  { en: 'Poltava', de: 'Poltawa', nl: 'Poltava' },
  { en: 'Mykolaiv', de: 'Mykolajiw', nl: 'Mykolajiv' },
  { en: 'Kramatorsk', de: 'Kramatorsk', nl: 'Kramatorsk' },
  { en: 'Chernihiv', de: 'Tschernihiw', nl: 'Tsjernihiv' },
];
const MONTH_NAMES = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};
/** Lead sentences of a big event (our own wording): a missile strike on a town on a given day. */
function lead(lang: 'en' | 'de' | 'nl', town: string, day: Date, killed: number): string {
  const d = day.getUTCDate();
  const m = MONTH_NAMES[lang][day.getUTCMonth()]!;
  if (lang === 'de') return `Bei russischem Raketenbeschuss auf die Stadt ${town} sind am ${d}. ${m} mindestens ${killed} Menschen getötet worden, teilte der Gouverneur mit.`;
  if (lang === 'nl') return `Russische raketten hebben op ${d} ${m} de stad ${town} aangevallen. Volgens de gouverneur kwamen daarbij zeker ${killed} mensen om het leven.`;
  return `Russian missiles struck the city of ${town} on ${d} ${m}, killing at least ${killed} people, the regional governor said.`;
}

// ---------------------------------------------------------------- the synthetic day

interface Rec {
  url: string;
  title: string;
  date: string;
  lang: string;
  text: string;
  kind: 'distinct' | 'story' | 'big';
  group?: number;
  /** big events: the lead sentence */
  lead?: string;
}

const BASE_DAY = Date.UTC(2025, 0, 1);
const dayIso = (n: number) => new Date(BASE_DAY + n * 86_400_000).toISOString().slice(0, 10);

function body(pool: Map<string, string[]>, lang: string, n: number): string[] {
  const xs = pool.get(lang)!;
  return Array.from({ length: n }, () => pick(xs));
}

function paragraphs(sentences: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) out.push(sentences.slice(i, i + 2).join(' '));
  return out.join('\n\n');
}

function titleOf(s: string): string {
  return s.split(/\s+/u).slice(0, 8).join(' ').replace(/[,.;:]$/u, '');
}

function buildDay(total: number): Rec[] {
  const pool = sentencePool();
  const langs = [...pool.keys()].sort() as Array<'en' | 'de' | 'nl'>;
  const recs: Rec[] = [];
  const nBig = Math.max(1, Math.round((total * 0.1) / 40));
  const perBig = Math.max(2, Math.round((total * 0.1) / nBig));
  const nStories = Math.max(1, Math.round((total * 0.3) / 12));
  const perStory = Math.max(2, Math.round((total * 0.3) / nStories));
  // big events: a town and a day each, two events at one town at least 12 days apart
  for (let b = 0; b < nBig; b++) {
    const town = TOWNS[b % TOWNS.length]!;
    const day = 40 + Math.floor(b / TOWNS.length) * 12 + (b % 5);
    const killed = int(3, 30);
    for (let k = 0; k < perBig; k++) {
      const lang = pick(langs);
      const l = lead(lang, town[lang], new Date(BASE_DAY + day * 86_400_000), killed);
      const s = body(pool, lang, int(4, 7));
      recs.push({ url: `https://outlet${int(1, 400)}.example/big/${b}/${k}`, title: titleOf(l), date: dayIso(day + int(0, 1)), lang, text: `${titleOf(l)}\n\n${l}\n\n${paragraphs(s)}`, kind: 'big', group: b, lead: l });
    }
  }
  // stories and their copies
  for (let st = 0; st < nStories; st++) {
    const lang = pick(langs);
    const s = body(pool, lang, int(7, 10));
    const title = titleOf(pick(pool.get(lang)!));
    const day = int(0, 364);
    for (let k = 0; k < perStory; k++) {
      let t = title;
      let ss = [...s];
      let foot = `Outlet ${k} / wire copy`;
      if (k > 0 && r() < 0.5) {
        // lightly edited: new headline, one sentence dropped, one word changed
        t = titleOf(pick(pool.get(lang)!));
        ss.splice(int(1, ss.length - 1), 1);
        const w = int(0, ss.length - 1);
        ss[w] = ss[w]!.replace(/\b(\p{L}{5,})\b/u, (x) => x.toUpperCase());
        foot = `Edited by outlet ${k}.`;
      }
      if (k === 0) foot = 'Wire service';
      recs.push({ url: `https://outlet${int(1, 400)}.example/story/${st}/${k}`, title: t, date: dayIso(day + (k > 0 ? int(0, 1) : 0)), lang, text: `${t}\n\n${paragraphs(ss)}\n\n${foot}`, kind: 'story', group: st });
    }
  }
  // distinct articles
  while (recs.length < total) {
    const lang = pick(langs);
    const s = body(pool, lang, int(6, 10));
    recs.push({ url: `https://outlet${int(1, 400)}.example/a/${recs.length}`, title: titleOf(s[0]!), date: dayIso(int(0, 364)), lang, text: `${titleOf(s[0]!)}\n\n${paragraphs(s)}`, kind: 'distinct' });
  }
  recs.length = total;
  // shuffle (Fisher–Yates, seeded): whichever version of a story comes first is stored as the story
  for (let i = recs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [recs[i], recs[j]] = [recs[j]!, recs[i]!];
  }
  return recs;
}

// ---------------------------------------------------------------- running

interface Timed {
  store: Store;
  latencies: number[];
}

/** The store with its write calls timed (processInputs uses knownArticles, putCopy, putDocument). */
function timed(real: Store): Timed {
  const latencies: number[] = [];
  let pendingCopy = 0;
  const store = {
    kind: real.kind,
    knownArticles: (ids: readonly string[]) => real.knownArticles(ids),
    putCopy: async (c: Parameters<Store['putCopy']>[0]) => {
      if (typeof real.putCopy !== 'function') return null; // a store from before copies existed
      const t = performance.now();
      const out = await real.putCopy(c);
      if (out) latencies.push(performance.now() - t);
      else pendingCopy = performance.now() - t;
      return out;
    },
    putDocument: async (doc: Parameters<Store['putDocument']>[0], original: string) => {
      const t = performance.now();
      const out = await real.putDocument(doc, original);
      latencies.push(performance.now() - t + pendingCopy);
      pendingCopy = 0;
      return out;
    },
  } as unknown as Store;
  return { store, latencies };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const mb = (n: number) => `${Math.round(n / 1048576)} MB`;

async function openFresh(backend: string, dir: string): Promise<{ store: Store; schema?: string }> {
  if (!DEDUP) {
    const { SqlStore } = await import('../src/store/sql/store.js');
    if (backend === 'sqlite') {
      const { SqliteDialect } = await import('../src/store/sqlite/db.js');
      return { store: new SqlStore(new SqliteDialect(join(dir, 'bench.db')), {}, { dedup: false }) };
    }
  }
  if (backend === 'sqlite') return { store: await openStore({ sqlite: join(dir, 'bench.db') }) };
  const schema = `bench_ingest_${process.pid}`;
  const pg = await import('pg');
  const c = new pg.default.Client({ connectionString: PG });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
  if (!DEDUP) {
    const { SqlStore } = await import('../src/store/sql/store.js');
    const { PostgresDialect } = await import('../src/store/postgres/db.js');
    return { store: new SqlStore(await PostgresDialect.open(PG, schema), {}, { dedup: false }), schema };
  }
  return { store: await openStore({ pg: PG, pgSchema: schema }), schema };
}

async function dropSchema(schema: string): Promise<void> {
  const pg = await import('pg');
  const c = new pg.default.Client({ connectionString: PG });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
}

async function ingestFile(backend: string, file: string, dir: string): Promise<{ outcomes: Outcome[]; times: number[]; latencies: number[]; seconds: number; rss: number; store: Store; schema?: string }> {
  const packs = await loadPacks();
  const { store: real, schema } = await openFresh(backend, dir);
  const { store, latencies } = timed(real);
  const pool = WORKERS > 1 ? await AnalyzePool.create(WORKERS) : undefined;
  let rss = process.memoryUsage().rss;
  const sampler = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 500);
  const outcomes: Outcome[] = [];
  const times: number[] = [];
  const t0 = performance.now();
  try {
    for await (const o of processInputs(store, [file], { packs, ...(pool ? { pool, inFlight: WORKERS * 2 } : {}) })) {
      outcomes.push(o);
      times.push(performance.now() - t0);
      if (outcomes.length % 1000 === 0) process.stderr.write(`  ${backend}: ${outcomes.length} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    }
  } finally {
    clearInterval(sampler);
    await pool?.close();
  }
  return { outcomes, times, latencies, seconds: (performance.now() - t0) / 1000, rss: Math.max(rss, process.memoryUsage().rss), store: real, ...(schema ? { schema } : {}) };
}

async function runDay(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-ingest-'));
  // --only big|story|distinct: keep one kind (to look at it alone)
  const only = arg('--only', '');
  const recs = buildDay(TOTAL).filter((x) => !only || x.kind === only);
  const file = join(dir, 'day.jsonl');
  writeFileSync(file, recs.map((x) => JSON.stringify({ url: x.url, title: x.title, date: x.date, lang: x.lang, text: x.text })).join('\n') + '\n');
  const counts = { distinct: 0, story: 0, big: 0 };
  for (const x of recs) counts[x.kind]++;
  console.log(`bench:ingest — ${recs.length} articles (${counts.distinct} distinct, ${counts.story} in ${new Set(recs.filter((x) => x.kind === 'story').map((x) => x.group)).size} stories, ${counts.big} reports of ${new Set(recs.filter((x) => x.kind === 'big').map((x) => x.group)).size} big events), ${WORKERS} analysis threads`);
  try {
    for (const backend of BACKENDS) {
      const run = await ingestFile(backend, file, dir);
      const { outcomes, times, latencies, seconds } = run;
      const n = outcomes.length;
      const w = Math.min(WINDOW, Math.floor(n / 2));
      // wall clock from the first stored article (start-up — packs, gazetteer, threads — left out)
      const firstWall = (times[w]! - times[0]!) / w;
      const lastWall = (times[n - 1]! - times[n - 1 - w]!) / w;
      const firstStore = mean(latencies.slice(0, w));
      const lastStore = mean(latencies.slice(-w));
      const failed = outcomes.filter((o) => o.kind === 'failed');
      console.log(`\n[${backend}] ${n} articles in ${seconds.toFixed(1)} s = ${(n / seconds).toFixed(1)} articles/s; failed ${failed.length}; peak RSS ${mb(run.rss)}`);
      console.log(`  wall time per article: first ${w} ${firstWall.toFixed(2)} ms, last ${w} ${lastWall.toFixed(2)} ms (x${(lastWall / firstWall).toFixed(2)})`);
      console.log(`  store write latency per article (putCopy/putDocument, incl. waiting behind the other writes in flight): first ${w} ${firstStore.toFixed(2)} ms, last ${w} ${lastStore.toFixed(2)} ms (x${(lastStore / firstStore).toFixed(2)})`);
      if (failed.length) console.log(`  first failure: ${JSON.stringify(failed[0]).slice(0, 300)}`);
      // merge result
      const stored = outcomes.filter((o): o is Extract<Outcome, { kind: 'stored' }> => o.kind === 'stored');
      const idOf = new Map<string, string>();
      for (const x of recs) idOf.set(x.url, contentHash(x.text));
      const storyOf = new Map<string, string>(); // article id -> story id (itself when stored as an article)
      for (const o of stored) storyOf.set(o.articleId, o.copyOf ?? o.articleId);
      // stories: one stored article per story, the rest copies
      let storiesOne = 0;
      let copiesRecognised = 0;
      let copiesExpected = 0;
      let falseCopies = 0;
      const groups = new Map<number, Rec[]>();
      for (const x of recs) if (x.kind === 'story') groups.set(x.group!, [...(groups.get(x.group!) ?? []), x]);
      for (const g0 of groups.values()) {
        const g = g0.filter((x) => storyOf.has(idOf.get(x.url)!)); // articles that failed (analysis errors) left out
        const roots = new Set(g.map((x) => storyOf.get(idOf.get(x.url)!)));
        if (roots.size === 1) storiesOne++;
        copiesExpected += g.length - 1;
        copiesRecognised += g.filter((x) => storyOf.get(idOf.get(x.url)!) !== idOf.get(x.url)).length;
      }
      const recOf = new Map<string, Rec>(recs.map((x) => [idOf.get(x.url)!, x]));
      for (const o of stored) if (o.copyOf && recOf.get(o.articleId)?.kind !== 'story') falseCopies++;
      // big events: merged events holding the lead events of their reports
      let oneCluster = 0;
      const spread: number[] = [];
      const share: number[] = [];
      const coverage: number[] = [];
      const bigs = new Map<number, Rec[]>();
      for (const x of recs) if (x.kind === 'big') bigs.set(x.group!, [...(bigs.get(x.group!) ?? []), x]);
      for (const g of bigs.values()) {
        const ids = new Map<string, number>();
        let withLead = 0;
        for (const x of g) {
          const a = await run.store.getArticle(storyOf.get(idOf.get(x.url)!) ?? '');
          if (!a) continue;
          const at = a.original.indexOf(x.lead!);
          const ev = a.document.events.find((e) => at >= 0 && e.trigger.start >= at && e.trigger.end <= at + x.lead!.length && e.type === 'Explosions/Remote violence');
          if (!ev) continue;
          withLead++;
          const m = a.mergedIds[ev.id];
          if (m) ids.set(m, (ids.get(m) ?? 0) + 1);
          if (process.env['BENCH_DEBUG']) console.log(x.group, x.lang, m, ev.subType, ev.date.start, ev.date.end, ev.location.name, JSON.stringify(ev.actorRoles));
        }
        coverage.push(withLead / g.length);
        spread.push(ids.size);
        share.push(Math.max(0, ...ids.values()) / Math.max(1, withLead));
        if (ids.size === 1) oneCluster++;
      }
      const st = await run.store.stats();
      console.log(
        `  stories: ${storiesOne}/${groups.size} stored as one story; copies recognised ${copiesRecognised}/${copiesExpected}; articles of no story stored as copies: ${falseCopies}`,
      );
      console.log(
        `  big events: ${oneCluster}/${bigs.size} in one merged event; the largest merged event of a big event holds ${(100 * mean(share)).toFixed(1)} % of its reports' lead events (min ${(100 * Math.min(...share)).toFixed(1)} %); merged events per big event: max ${Math.max(...spread)}, mean ${mean(spread).toFixed(2)}; reports whose lead event was extracted: ${(100 * mean(coverage)).toFixed(0)} %`,
      );
      console.log(`  store: ${st.articles} articles, ${st.articleEvents} article events, ${st.mergedEvents} merged events (${st.multiSourceEvents} with several sources); check: ${await run.store.check()}`);
      await run.store.close();
      if (run.schema) await dropSchema(run.schema);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runCopies(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-copies-'));
  const src = readFileSync(join(root, 'test', 'heldout', 'articles', 'de-saporischschja-tschassiw-jar-2025-02.txt'), 'utf8');
  const files: string[] = [];
  for (let i = 1; i <= n; i++) {
    const f = join(dir, `copy-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(f, `${src}\n\nÜbernommen von Portal ${i}.\n`);
    files.push(f);
  }
  try {
    for (const backend of BACKENDS) {
      const packs = await loadPacks();
      const { store, schema } = await openFresh(backend, dir);
      const t0 = performance.now();
      let stored = 0;
      for await (const o of processInputs(store, files, { packs })) if (o.kind === 'stored') stored++;
      const s = (performance.now() - t0) / 1000;
      const st = await store.stats();
      const ids = (await store.listArticles({ limit: 10 })).items.map((a) => a.id);
      const copies = (await store.getArticle(ids[0]!))?.copies?.length ?? 0;
      const top = (await store.listEvents({ limit: 1000 })).items.map((e) => e.articleCount).sort((a, b) => b - a);
      console.log(`[${backend}${DEDUP ? '' : ', no dedup'}] ${n} copies: ${s.toFixed(1)} s (${stored} stored); ${st.articles} stored article(s), first has ${copies + 1} sources; ${st.mergedEvents} merged events (articles per merged event: ${top.join(' ')})`);
      await store.close();
      if (schema) await dropSchema(schema);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (COPIES > 0) await runCopies(COPIES);
else await runDay();
