/**
 * Agreement with the shared scorer (../shared/tools/score.mjs, the one hidden
 * sets are scored with): the pipeline's predictions for the real-text corpus
 * are saved to a temp folder, then scored by both; every figure, per article
 * and in total, must be equal. Skipped when ../shared is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../lang/registry.js';
import type { Figures } from './aggregate.js';
import { extractDocument } from './predict.js';
import { runEval, type GroupScore } from './run.js';

const SHARED = process.env['SITREP_SHARED'] ?? resolve(import.meta.dirname, '..', '..', '..', 'shared');
const SCORER = join(SHARED, 'tools', 'score.mjs');
const REAL = join(SHARED, 'corpus', 'real');
const present = existsSync(SCORER) && existsSync(join(REAL, 'gold')) && existsSync(join(REAL, 'articles'));
if (!present) console.warn(`agreement.test: ${SCORER} or ${REAL} is absent; skipping the comparison with the shared scorer (set SITREP_SHARED)`);

type Num = number | null;
interface TheirPart { precision: Num; recall: Num; f1: Num }
interface Theirs {
  name?: string;
  places: TheirPart & { gold: number; found: number; predicted: number; correct: number };
  events: TheirPart & { subtypeAcc: Num; fatalityAcc: Num; sourceAcc: Num; widthRatio: Num; actorRecall: Num; actorPrecision: Num; actorSourceAsActorN: number; predicted: number; pairedRequired: number; pairedOptional: number };
  casualties: TheirPart & { predicted: number; matched: number; sourceAcc: Num };
}

const r6 = (x: Num | undefined): Num => (x === null || x === undefined ? null : Math.round(x * 1e6) / 1e6);

function theirFigures(t: Theirs) {
  const e = t.events;
  return [
    t.places.precision, t.places.recall, t.places.f1, t.places.correct, t.places.predicted, t.places.found,
    e.precision, e.recall, e.f1, e.predicted, e.pairedRequired, e.pairedOptional,
    e.subtypeAcc, e.fatalityAcc, e.sourceAcc, e.widthRatio, e.actorRecall, e.actorPrecision, e.actorSourceAsActorN,
    t.casualties.precision, t.casualties.recall, t.casualties.f1, t.casualties.predicted, t.casualties.matched, t.casualties.sourceAcc,
  ].map(r6);
}

function ourFigures(g: Pick<GroupScore, 'counts' | 'figures'>) {
  const f: Figures = g.figures;
  const c = g.counts;
  return [
    f.places.p, f.places.r, f.places.f1, c.places.correct, c.places.predicted, c.places.found,
    f.events.p, f.events.r, f.events.f1, c.events.predicted, c.events.pairedRequired, c.events.pairedOptional,
    f.subTypeAcc, f.fatalityAcc, f.sourceAcc, f.widthRatio, f.actorRecall, f.actorPrecision, c.events.actorSourceAsActor,
    f.casualties.p, f.casualties.r, f.casualties.f1, c.casualties.predicted, c.casualties.found, f.casualtySourceAcc,
  ].map(r6);
}

describe.skipIf(!present)('sitrep eval agrees with the shared scorer', () => {
  it('on the pipeline predictions for the real-text corpus: every figure, per article and in total', async () => {
    const pred = mkdtempSync(join(tmpdir(), 'sitrep-agree-'));
    const articles = join(REAL, 'articles');
    const packs = await loadPacks();
    for (const f of readdirSync(articles).filter((x) => !x.startsWith('.')).sort()) {
      const d = await extractDocument(join(articles, f), packs);
      if (d.ok) writeFileSync(join(pred, `${basename(f, extname(f))}.json`), JSON.stringify(d.doc));
    }
    const out = join(pred, 'score.json');
    execFileSync(process.execPath, [SCORER, '--gold', join(REAL, 'gold'), '--articles', articles, '--pred', pred, '--json', out], { stdio: 'ignore' });
    const theirs = JSON.parse(readFileSync(out, 'utf8')) as { total: Theirs; articles: Theirs[] };
    const ours = await runEval({ gold: join(REAL, 'gold'), articles, pred });
    if (!ours.ok) throw new Error(ours.message);
    expect(ours.report.articles.map((a) => a.name)).toEqual(theirs.articles.map((a) => a.name));
    expect(ourFigures(ours.report.total)).toEqual(theirFigures(theirs.total));
    for (const [i, a] of ours.report.articles.entries()) {
      expect({ article: a.name, figures: ourFigures(a) }).toEqual({ article: a.name, figures: theirFigures(theirs.articles[i]!) });
    }
  }, 300_000);
});
