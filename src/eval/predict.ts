/**
 * Where predictions come from: a directory of `NAME.json` files, or running
 * the extraction pipeline on the article (the same calls `sitrep extract` makes).
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { analyze } from '../core/pipeline.js';
import { lazyGazetteer } from '../gazetteer/load.js';
import type { LanguagePack } from '../lang/pack.js';
import { ingest } from '../stages/ingest/index.js';
import { parsePrediction, parsePredictionText, type Prediction } from './prediction.js';

export type PredictionResult = { ok: true; prediction: Prediction } | { ok: false; message: string };

/** Read `DIR/NAME.json`, else `DIR/<doc>.json` (the gold file's article name). */
export async function readPrediction(dir: string, name: string, doc?: string): Promise<PredictionResult> {
  const names = [`${name}.json`, ...(doc ? [`${basename(doc)}.json`] : [])];
  for (const n of names) {
    const path = join(dir, n);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      return { ok: false, message: `cannot read ${path}: ${String(err)}` };
    }
    const r = parsePredictionText(text);
    return r.ok ? r : { ok: false, message: `${path}: ${r.message}` };
  }
  return { ok: false, message: `no prediction file ${names.join(' or ')} in ${dir}` };
}

/** Run ingest and the pipeline on one article file: the document as `sitrep extract` prints it. */
export async function extractDocument(articlePath: string, packs: Readonly<Record<string, LanguagePack>>): Promise<{ ok: true; doc: unknown } | { ok: false; message: string }> {
  try {
    for await (const item of ingest([articlePath], { packs })) {
      if (!item.ok) {
        return { ok: false, message: `ingest failed for ${articlePath}: ${item.diagnostics.map((d) => `${d.code}: ${d.message}`).join('; ')}` };
      }
      return { ok: true, doc: analyze(item.doc, { packs, gazetteer: lazyGazetteer }) };
    }
    return { ok: false, message: `ingest produced no document for ${articlePath}` };
  } catch (err) {
    return { ok: false, message: `extraction crashed on ${articlePath}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}` };
  }
}

/** Run the pipeline on one article file and read its output as a prediction. A crash in a stage is reported as a failed prediction. */
export async function extractPrediction(articlePath: string, packs: Readonly<Record<string, LanguagePack>>): Promise<PredictionResult> {
  const d = await extractDocument(articlePath, packs);
  if (!d.ok) return d;
  const r = parsePrediction(d.doc);
  return r.ok ? r : { ok: false, message: `extraction output for ${articlePath} is not scorable: ${r.message}` };
}
