/** Shared by the golden test and its regeneration script: run one golden case. */
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ingest } from '../src/stages/ingest/index.js';
import { analyze } from '../src/core/pipeline.js';
import { loadPacks } from '../src/lang/registry.js';
import { lazyGazetteer } from '../src/gazetteer/load.js';
import type { SitrepDocument } from '../src/core/schema.js';

export const GOLDEN_DIR = new URL('../test/golden/', import.meta.url).pathname;

export interface GoldenCase {
  lang: string;
  name: string;
  dir: string;
  input: string;
  /** reference date for the case, from `date.txt` when present */
  date?: string;
}

export function goldenCases(): GoldenCase[] {
  if (!existsSync(GOLDEN_DIR)) return [];
  const cases: GoldenCase[] = [];
  for (const lang of readdirSync(GOLDEN_DIR).sort()) {
    for (const name of readdirSync(join(GOLDEN_DIR, lang)).sort()) {
      const dir = join(GOLDEN_DIR, lang, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      if (!input) continue;
      const dateFile = join(dir, 'date.txt');
      const c: GoldenCase = { lang, name, dir, input: join(dir, input) };
      if (existsSync(dateFile)) c.date = readFileSync(dateFile, 'utf8').trim();
      cases.push(c);
    }
  }
  return cases;
}

/** Extract a golden case; the source path is made relative so the file is machine-independent. */
export async function runGolden(c: GoldenCase): Promise<SitrepDocument> {
  const packs = await loadPacks();
  for await (const item of ingest([c.input], { packs })) {
    if (!item.ok) throw new Error(`golden input failed to ingest: ${c.input}`);
    const doc = analyze(item.doc, { packs, gazetteer: lazyGazetteer, ...(c.date ? { date: c.date } : {}) });
    doc.document.source = relative(join(GOLDEN_DIR, '..', '..'), c.input);
    return doc;
  }
  throw new Error(`golden input produced no document: ${c.input}`);
}
