/**
 * Over every yardstick (../shared/corpus, its real/ half-corpus, test/heldout): no event names
 * an outlet, a reporting official or another non-armed source of its own as actor1/actor2, and
 * actor1 differs from actor2 in every ACLED CSV row made from a single-article event.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/stages/ingest/index.js';
import { analyze } from '../src/core/pipeline.js';
import { loadPacks } from '../src/lang/registry.js';
import { lazyGazetteer } from '../src/gazetteer/load.js';
import { acledRow } from '../src/export/acled-csv.js';
import type { MergedEvent } from '../src/store/types.js';
import { isArmed } from '../src/stages/claims/parties.js';
import { CORPUS, HAVE_CORPUS, ROOT } from './helpers.js';

const DIRS = [join(CORPUS, 'articles'), join(CORPUS, 'real', 'articles'), join(ROOT, 'test', 'heldout', 'articles')].filter((d) => existsSync(d));

describe.skipIf(!HAVE_CORPUS)('event actors over all corpora', () => {
  it('never a source, outlet or reporting official as actor; actor1 != actor2', async () => {
    const packs = await loadPacks();
    const files = DIRS.flatMap((d) => readdirSync(d).filter((f) => !f.startsWith('.')).sort().map((f) => join(d, f)));
    let rows = 0;
    for await (const item of ingest(files, { packs })) {
      if (!item.ok) continue;
      const doc = analyze(item.doc, { packs, gazetteer: lazyGazetteer });
      const kinds = new Map(doc.actors.map((x) => [x.name, x.kind]));
      const byName = new Map(doc.actors.map((x) => [x.name, x]));
      for (const e of doc.events) {
        const where = `${item.doc.source} ${e.id} ${e.trigger.text}`;
        const sources = new Set(e.sources.map((s) => s.name).filter((n): n is string => n !== null));
        for (const r of e.actorRoles ?? e.actors.map((name) => ({ name, role: 'other' }))) {
          const kind = kinds.get(r.name) ?? '';
          expect(/media|news|agency|newspaper/iu.test(kind), `${where}: outlet ${r.name} as actor`).toBe(false);
          if (/person/iu.test(kind)) expect(r.role, `${where}: person ${r.name} as actor`).toBe('target');
          const x = byName.get(r.name);
          if (sources.has(r.name) && x) expect(isArmed(x), `${where}: source ${r.name} as actor`).toBe(true);
        }
        const merged = {
          ...e, date: { start: e.date.start, end: e.date.end }, actorRoles: e.actorRoles ?? [], fatalities: null, injuries: null,
          hedges: [], sources: [], mergedFrom: [], articleCount: 1, langs: [doc.document.lang], conflicts: [], summary: '',
        } as unknown as MergedEvent;
        const row = acledRow(merged) as unknown as Record<string, unknown>;
        if (row['actor1'] !== '') expect(row['actor1'], `${where}: actor1 = actor2`).not.toBe(row['actor2']);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(0);
  }, 240_000);
});
