/**
 * The pairing logic against the real corpus structures: every gold file,
 * restated as a prediction, must score 1.0 on places, events and casualties.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predictionFromGold, scoreRaw } from './fixtures/from-gold.js';
import { goldWarnings, loadGoldDir } from './gold.js';

const CORPUS = process.env['SITREP_CORPUS'] ?? '/work/shared/corpus';
const GOLD_DIR = join(CORPUS, 'gold');
const present = existsSync(GOLD_DIR);
if (!present) console.warn(`corpus.test: ${GOLD_DIR} is absent; skipping the real-gold checks (set SITREP_CORPUS to its parent)`);

describe.skipIf(!present)('real corpus gold, restated as predictions', () => {
  it('loads every gold file without problems and scores 1.0', async () => {
    const r = await loadGoldDir(GOLD_DIR);
    if (!r.ok) throw new Error(r.message);
    expect(r.problems).toEqual([]);
    expect(r.golds.length).toBeGreaterThan(0);
    for (const gold of r.golds) {
      const s = scoreRaw(gold, predictionFromGold(gold));
      const f = s.figures;
      const label = gold.name;
      expect({ label, places: f.places, events: f.events, casualties: f.casualties }).toEqual({
        label,
        places: { p: 1, r: 1, f1: 1 },
        events: { p: 1, r: 1, f1: 1 },
        casualties: { p: 1, r: 1, f1: 1 },
      });
      for (const acc of [f.subTypeAcc, f.fatalityAcc, f.sourceAcc, f.actorRecall, f.actorPrecision]) expect(acc === null || acc === 1).toBe(true);
      // every event pairs with its own gold (ids are carried over)
      for (const pair of s.detail.events.pairs) expect(gold.events[pair.pred]?.id).toBe(pair.gold);
    }
  });

  it('gold spans index the article texts', async () => {
    const r = await loadGoldDir(GOLD_DIR);
    if (!r.ok) throw new Error(r.message);
    for (const gold of r.golds) {
      if (!gold.doc) continue;
      const path = join(CORPUS, 'articles', gold.doc);
      if (!existsSync(path)) continue;
      const spanWarnings = goldWarnings(gold, readFileSync(path, 'utf8')).filter((w) => w.includes('does not match'));
      expect({ gold: gold.name, spanWarnings }).toEqual({ gold: gold.name, spanWarnings: [] });
    }
  });
});
