/**
 * Cross-article merge against the gold `sameAs` links:
 *   npx tsx scripts/eval-merge.ts [--gold DIR] [--articles DIR]
 * Analyses and stores every article (a temporary SQLite store), pairs predicted article events with gold
 * events (compatible type, overlapping dates, agreeing location, as the corpus scoring rules say), and reports
 * how many gold same-event links end in one merged event, and how many cross-article merges have no gold link.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyze } from '../src/core/pipeline.js';
import type { SitrepEvent } from '../src/core/schema.js';
import { lazyGazetteer } from '../src/gazetteer/load.js';
import { loadPacks } from '../src/lang/registry.js';
import { ingest } from '../src/stages/ingest/index.js';
import { distanceKm, eventWindow } from '../src/stages/merge/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const goldDir = arg('--gold', '../shared/corpus/gold');
const articlesDir = arg('--articles', '../shared/corpus/articles');

interface GoldEvent {
  id: string;
  type: string | string[];
  subType: string | string[];
  date: { start: string; end: string };
  location: { level: string; name: string; country: string; admin1?: string; lat?: number; lon?: number };
  sameAs?: { doc: string; id: string };
}

const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
const lc = (s: string | undefined) => (s ?? '').toLowerCase();

function pairs(g: GoldEvent, p: SitrepEvent): boolean {
  if (!list(g.type).includes(p.type)) return false;
  const w = eventWindow(p);
  if (!w.start || w.start > g.date.end || w.end < g.date.start) return false;
  const gl = g.location;
  const pl = p.location;
  if (gl.level === 'country') return lc(gl.country) === lc(pl.country);
  if (gl.level === 'admin1') return lc(gl.name) === lc(pl.name) || lc(gl.name) === lc(pl.admin1);
  if (gl.lat === undefined || gl.lon === undefined || pl.lat === undefined || pl.lon === undefined) return false;
  return distanceKm(gl.lat, gl.lon, pl.lat, pl.lon) <= 25;
}

const packs = await loadPacks();
const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-merge-'));
const store = openSqliteStore(join(dir, 'eval.db'));
const byFile = new Map<string, { articleId: string; events: SitrepEvent[] }>();
for await (const item of ingest([articlesDir], { packs })) {
  if (!item.ok) continue;
  const doc = analyze(item.doc, { packs, gazetteer: lazyGazetteer });
  await store.putDocument(doc, item.doc.original);
  byFile.set(basename(item.doc.source), { articleId: doc.document.id, events: doc.events });
}
const article = await Promise.all([...byFile.values()].map((a) => store.getArticle(a.articleId)));
const mergedOf = new Map(article.filter((a) => a !== null).map((a) => [a.id, a.mergedIds]));

let links = 0;
let merged = 0;
const linked = new Set<string>();
for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { doc: string; events: GoldEvent[] };
  const here = byFile.get(gold.doc);
  for (const g of gold.events) {
    if (!g.sameAs || !here || gold.doc > g.sameAs.doc) continue; // count each link once
    const other = byFile.get(g.sameAs.doc);
    const otherGold = (JSON.parse(readFileSync(join(goldDir, g.sameAs.doc.replace(/\.[a-z]+$/, '.json')), 'utf8')) as { events: GoldEvent[] }).events.find((e) => e.id === g.sameAs!.id);
    if (!other || !otherGold) continue;
    links++;
    const a = here.events.filter((p) => pairs(g, p)).map((p) => mergedOf.get(here.articleId)?.[p.id]);
    const b = other.events.filter((p) => pairs(otherGold, p)).map((p) => mergedOf.get(other.articleId)?.[p.id]);
    const ok = a.some((x) => x && b.includes(x));
    if (ok) merged++;
    for (const x of a) if (x && b.includes(x)) linked.add(x);
    console.log(`${ok ? 'merged ' : 'MISSED '} ${gold.doc}#${g.id} ~ ${g.sameAs.doc}#${g.sameAs.id} (predicted: ${a.length} / ${b.length})`);
  }
}
const multi: string[] = [];
for (let cursor: string | undefined, first = true; first || cursor; first = false) {
  const page = await store.listEvents({ limit: 1000, ...(cursor ? { cursor } : {}) });
  for (const e of page.items) if (e.articleCount > 1 && !linked.has(e.id)) multi.push(`${e.type}/${e.subType} ${e.location.name} ${e.date.start}..${e.date.end} (${e.langs.join(',')})`);
  cursor = page.next ?? undefined;
}
console.log(`gold same-event links merged: ${merged}/${links}`);
console.log(`cross-article merges without a gold link: ${multi.length}${multi.length ? '\n  ' + multi.join('\n  ') : ''}`);
await store.close();
rmSync(dir, { recursive: true, force: true });
