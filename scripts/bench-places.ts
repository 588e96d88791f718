/**
 * Places benchmark: gazetteer load time, resident memory after loading, and
 * recognition + resolution throughput (toponyms per second) over the sample
 * articles (and the shared corpus when it is there).
 *
 * Run: npx tsx scripts/bench-places.ts — or call benchPlaces() from the main bench.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OffsetMap } from '../src/core/span.js';
import { loadGazetteer } from '../src/gazetteer/load.js';
import { loadPacks } from '../src/lang/registry.js';
import { findPlaces } from '../src/stages/places/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface PlacesBench {
  loadMs: number;
  rssMB: number;
  /** the first pass over the texts (cold: JIT, first lookups) */
  firstPassMs: number;
  toponymsPerSec: number;
  toponyms: number;
  texts: number;
}

function texts(): Array<{ lang: string; text: string }> {
  const out: Array<{ lang: string; text: string }> = [];
  for (const dir of [join(root, 'samples'), join(root, '..', 'shared', 'corpus', 'articles')]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      const m = /^([a-z]{2})-/.exec(f);
      if (!m || !/\.(txt|html)$/.test(f)) continue;
      out.push({ lang: m[1]!, text: readFileSync(join(dir, f), 'utf8') });
    }
  }
  return out;
}

export async function benchPlaces(minMs = 2000): Promise<PlacesBench> {
  const t0 = performance.now();
  const g = loadGazetteer();
  const loadMs = performance.now() - t0;
  const rssMB = process.memoryUsage().rss / 1e6;
  const packs = await loadPacks();
  const docs = texts().filter((d) => packs[d.lang]);
  const pass = (): number => {
    let n = 0;
    for (const d of docs) {
      const a = { text: d.text, map: OffsetMap.identity(d.text.length), raw: { original: d.text } } as Parameters<typeof findPlaces>[0];
      n += findPlaces(a, g, packs[d.lang]!.places).filter((p) => p.kind === 'toponym').length;
    }
    return n;
  };
  // the first pass pays for JIT compilation and for entries the gazetteer decodes on first lookup: timed on its own
  const f0 = performance.now();
  pass();
  const firstPassMs = performance.now() - f0;
  let toponyms = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    toponyms += pass();
    elapsed = performance.now() - start;
  } while (elapsed < minMs && docs.length > 0);
  return { loadMs, rssMB, firstPassMs, toponymsPerSec: toponyms / (elapsed / 1000), toponyms, texts: docs.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchPlaces();
  process.stdout.write(
    `places: gazetteer load ${r.loadMs.toFixed(0)} ms, rss ${r.rssMB.toFixed(0)} MB, first pass ${r.firstPassMs.toFixed(0)} ms, ${r.toponymsPerSec.toFixed(0)} toponyms/s (${r.texts} texts)\n`,
  );
}
