/**
 * Every corpus article runs through the whole pipeline without error, and every span in the
 * output indexes the original text exactly: original.slice(start, end) === text.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/stages/ingest/index.js';
import { analyze } from '../src/core/pipeline.js';
import { loadPacks } from '../src/lang/registry.js';
import { lazyGazetteer } from '../src/gazetteer/load.js';
import { SitrepDocumentSchema } from '../src/core/schema.js';
import { HAVE_CORPUS, corpusArticles, collectSpans } from './helpers.js';

describe.skipIf(!HAVE_CORPUS)('corpus invariants (../shared/corpus)', () => {
  it('extracts every article and every span indexes the original', async () => {
    const packs = await loadPacks();
    const files = corpusArticles();
    expect(files.length).toBeGreaterThan(0);
    let checked = 0;
    for await (const item of ingest(files, { packs })) {
      expect(item.ok, `ingest failed: ${item.ok ? '' : item.source}`).toBe(true);
      if (!item.ok) continue;
      const doc = analyze(item.doc, { packs, gazetteer: lazyGazetteer });
      expect(() => SitrepDocumentSchema.parse(doc)).not.toThrow();
      for (const { path, span } of collectSpans(doc)) {
        expect(span.end, `${item.doc.source} ${path}`).toBeGreaterThanOrEqual(span.start);
        expect(item.doc.original.slice(span.start, span.end), `${item.doc.source} ${path}`).toBe(span.text);
        checked++;
      }
      expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
    expect(checked).toBeGreaterThan(0);
  });
});

if (!HAVE_CORPUS) console.warn('corpus-invariants: ../shared/corpus not found, skipped (set SITREP_CORPUS)');
