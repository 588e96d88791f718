/** Worker thread: analyse RawDocuments sent by the pool (src/queue/threads.ts). */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/pipeline.js';
import type { RawDocument } from '../core/document.js';
import { lazyGazetteer } from '../gazetteer/load.js';
import { loadPacks } from '../lang/registry.js';

interface Task {
  id: number;
  raw: RawDocument;
  lang?: string;
  date?: string;
}

const packs = await loadPacks();
parentPort?.on('message', (t: Task) => {
  try {
    const doc = analyze(t.raw, { packs, gazetteer: lazyGazetteer, ...(t.lang ? { lang: t.lang } : {}), ...(t.date ? { date: t.date } : {}) });
    parentPort?.postMessage({ id: t.id, ok: true, doc });
  } catch (err) {
    parentPort?.postMessage({ id: t.id, ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
parentPort?.postMessage({ ready: true });
