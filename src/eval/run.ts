/**
 * The evaluation run: load gold, obtain a prediction per gold file, score,
 * and sum per language and in total (micro-averaged).
 *
 * The article of a gold file is its `doc` (base name) in the articles
 * directory, else NAME.txt/.html/.htm/.jsonl/.json/.md. With `pred`, the
 * prediction is PRED/NAME.json (or PRED/<doc>.json); a missing or unreadable
 * prediction scores as an empty one.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { loadPacks } from '../lang/registry.js';
import { figures, sumCounts, type Counts, type Figures } from './aggregate.js';
import { goldWarnings, loadGoldDir, type Gold } from './gold.js';
import { halfOf, type Half } from './half.js';
import { extractPrediction, readPrediction, type PredictionResult } from './predict.js';
import { EMPTY_PREDICTION } from './prediction.js';
import { scoreArticle, type ArticleScore } from './score.js';

export interface EvalOptions {
  gold: string;
  /** articles directory; required unless `pred` is given (then used to check gold spans) */
  articles?: string;
  /** directory of NAME.json predictions; without it the pipeline runs on the articles */
  pred?: string;
  /** score only the tune (odd-numbered) or check (even-numbered) articles */
  half?: Half;
}

export interface EvalProblem {
  severity: 'error' | 'warning';
  file: string;
  message: string;
}

export interface GroupScore {
  name: string;
  articles: number;
  counts: Counts;
  figures: Figures;
}

export interface EvalReport {
  articles: ArticleScore[];
  languages: GroupScore[];
  total: GroupScore;
  problems: EvalProblem[];
}

export type EvalResult = { ok: true; report: EvalReport } | { ok: false; message: string };

const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.jsonl', '.json', '.md'];

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The article file of a gold file, or undefined. */
export async function findArticle(dir: string, gold: Pick<Gold, 'name' | 'doc'>): Promise<string | undefined> {
  const names = [...(gold.doc?.trim() ? [basename(gold.doc.trim())] : []), ...ARTICLE_EXTENSIONS.map((e) => gold.name + e)];
  for (const n of names) if (await isFile(join(dir, n))) return join(dir, n);
  return undefined;
}

export function group(name: string, scores: readonly ArticleScore[]): GroupScore {
  const counts = sumCounts(scores.map((s) => s.counts));
  return { name, articles: scores.length, counts, figures: figures(counts) };
}

/** The report of a subset of articles (e.g. one half), from a report's article scores. */
export function reportOf(scores: readonly ArticleScore[], problems: EvalProblem[] = []): EvalReport {
  const langs = [...new Set(scores.map((s) => s.lang))].sort();
  return {
    articles: [...scores],
    languages: langs.map((l) => group(l, scores.filter((s) => s.lang === l))),
    total: group('total', scores),
    problems,
  };
}

export async function runEval(opts: EvalOptions): Promise<EvalResult> {
  if (!opts.pred && !opts.articles) return { ok: false, message: 'eval needs --articles DIR (or --pred DIR with predictions)' };
  const loaded = await loadGoldDir(opts.gold);
  if (!loaded.ok) return { ok: false, message: loaded.message };
  if (opts.articles) {
    try {
      if (!(await stat(opts.articles)).isDirectory()) return { ok: false, message: `articles path ${opts.articles} is not a directory` };
    } catch {
      return { ok: false, message: `articles directory ${opts.articles} does not exist or cannot be read` };
    }
  }
  const problems: EvalProblem[] = loaded.problems.map((p) => ({ severity: 'error', file: p.file, message: `unreadable gold file, skipped: ${p.message}` }));
  const golds = opts.half ? loaded.golds.filter((g) => halfOf(g.name) === opts.half) : loaded.golds;
  const packs = opts.pred ? {} : await loadPacks();
  const scores: ArticleScore[] = [];
  for (const gold of golds) {
    const goldFile = join(opts.gold, `${gold.name}.json`);
    const articlePath = opts.articles ? await findArticle(opts.articles, gold) : undefined;
    const articleText = articlePath ? await readFile(articlePath, 'utf8') : undefined;
    for (const w of goldWarnings(gold, articleText)) problems.push({ severity: 'warning', file: goldFile, message: w });
    let result: PredictionResult;
    if (opts.pred) {
      result = await readPrediction(opts.pred, gold.name, gold.doc);
    } else if (!articlePath) {
      result = { ok: false, message: `no article for ${gold.name} in ${opts.articles}` };
    } else {
      result = await extractPrediction(articlePath, packs);
    }
    if (!result.ok) {
      // A missing or broken prediction scores as predicting nothing, so the totals stay comparable.
      problems.push({ severity: 'error', file: goldFile, message: `${result.message}; scored as an empty prediction` });
    }
    scores.push(scoreArticle(gold, result.ok ? result.prediction : EMPTY_PREDICTION));
  }
  return { ok: true, report: reportOf(scores, problems) };
}
