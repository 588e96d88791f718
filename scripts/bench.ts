/**
 * npm run bench — speed and memory, printed (never asserted in tests).
 *  1. end-to-end extraction over the shared corpus (../shared/corpus/articles): articles/s, sentences/s
 *  2. gazetteer load time, resident memory and toponyms/s (scripts/bench-places.ts)
 * Options: --rounds N (default 30)
 */
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/stages/ingest/index.js';
import { runPipeline } from '../src/core/pipeline.js';
import { loadPacks } from '../src/lang/registry.js';
import { lazyGazetteer } from '../src/gazetteer/load.js';
import type { RawDocument } from '../src/core/document.js';
import { benchPlaces } from './bench-places.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env['SITREP_CORPUS'] ?? resolve(root, '..', 'shared', 'corpus');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 30;
const mb = (n: number) => (n / 1024 / 1024).toFixed(0);

const packs = await loadPacks();

// 1. gazetteer load, resident memory, recognition + resolution throughput
{
  const r = await benchPlaces();
  console.log(`gazetteer      load ${r.loadMs.toFixed(0)} ms, RSS after load ${r.rssMB.toFixed(0)} MB`);
  console.log(`places         ${r.toponymsPerSec.toFixed(0)} toponyms/s after a first pass of ${r.firstPassMs.toFixed(0)} ms (recognition + resolution over ${r.texts} texts, 1 core)`);
}

// 2. end-to-end extraction over the corpus
const articlesDir = join(corpus, 'articles');
if (!existsSync(articlesDir)) {
  console.log(`corpus not found at ${articlesDir}: skipping the end-to-end bench (set SITREP_CORPUS)`);
} else {
  const files = readdirSync(articlesDir).sort().map((f) => join(articlesDir, f));
  const docs: RawDocument[] = [];
  for await (const item of ingest(files, { packs })) if (item.ok) docs.push(item.doc);
  // warm-up
  for (const d of docs) runPipeline(d, { packs, gazetteer: lazyGazetteer });
  let sentences = 0;
  let toponyms = 0;
  let events = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      const { analysis } = runPipeline(d, { packs, gazetteer: lazyGazetteer });
      sentences += analysis.sentences.length;
      toponyms += analysis.places.length;
      events += analysis.events.length;
    }
  }
  const s = (performance.now() - t0) / 1000;
  const n = docs.length * rounds;
  console.log(`end-to-end     ${n} articles in ${s.toFixed(2)} s: ${(n / s).toFixed(0)} articles/s, ${(sentences / s).toFixed(0)} sentences/s, ${(toponyms / s).toFixed(0)} toponyms/s, ${(events / s).toFixed(0)} events/s (1 core)`);
  console.log(`memory         RSS ${mb(process.memoryUsage().rss)} MB, heap ${mb(process.memoryUsage().heapUsed)} MB`);
}
