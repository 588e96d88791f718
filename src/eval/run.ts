/**
 * The evaluation run: load gold, obtain a prediction per gold file, score,
 * and sum per language and in total (micro-averaged).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, basename, join } from 'node:path';
import { loadPacks } from '../lang/registry.js';
import { figures, sumCounts, type Counts, type Figures } from './aggregate.js';
import { goldWarnings, loadGoldDir } from './gold.js';
import { extractPrediction, readPrediction, type PredictionResult } from './predict.js';
import { EMPTY_PREDICTION } from './prediction.js';
import { scoreArticle, type ArticleScore } from './score.js';

export interface EvalOptions {
  gold: string;
  /** articles directory; required unless `pred` is given (then used to check gold spans) */
  articles?: string;
  /** directory of NAME.json predictions; without it the pipeline runs on the articles */
  pred?: string;
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

/** Article files of a directory by base name ("x.txt" → "x"). */
async function articleIndex(dir: string): Promise<Map<string, string> | string> {
  try {
    if (!(await stat(dir)).isDirectory()) return `articles path ${dir} is not a directory`;
    const index = new Map<string, string>();
    for (const f of (await readdir(dir)).sort()) {
      if (f.startsWith('.')) continue;
      const base = basename(f, extname(f));
      if (!index.has(base)) index.set(base, join(dir, f));
    }
    return index;
  } catch {
    return `articles directory ${dir} does not exist or cannot be read`;
  }
}

function group(name: string, scores: readonly ArticleScore[]): GroupScore {
  const counts = sumCounts(scores.map((s) => s.counts));
  return { name, articles: scores.length, counts, figures: figures(counts) };
}

export async function runEval(opts: EvalOptions): Promise<EvalResult> {
  if (!opts.pred && !opts.articles) return { ok: false, message: 'eval needs --articles DIR (or --pred DIR with predictions)' };
  const loaded = await loadGoldDir(opts.gold);
  if (!loaded.ok) return { ok: false, message: loaded.message };
  const problems: EvalProblem[] = loaded.problems.map((p) => ({ severity: 'error', file: p.file, message: `malformed gold file, skipped: ${p.message}` }));
  let articles = new Map<string, string>();
  if (opts.articles) {
    const idx = await articleIndex(opts.articles);
    if (typeof idx === 'string') return { ok: false, message: idx };
    articles = idx;
  }
  const packs = opts.pred ? {} : await loadPacks();
  const scores: ArticleScore[] = [];
  for (const gold of loaded.golds) {
    const goldFile = join(opts.gold, `${gold.name}.json`);
    const articlePath = articles.get(gold.name);
    const articleText = articlePath ? await readFile(articlePath, 'utf8') : undefined;
    for (const w of goldWarnings(gold, articleText)) problems.push({ severity: 'warning', file: goldFile, message: w });
    let result: PredictionResult;
    if (opts.pred) {
      result = await readPrediction(opts.pred, gold.name);
    } else if (!articlePath) {
      problems.push({ severity: 'error', file: goldFile, message: `no article named ${gold.name}.* in ${opts.articles}; not scored` });
      continue;
    } else {
      result = await extractPrediction(articlePath, packs);
    }
    if (!result.ok) {
      // A missing or broken prediction scores as predicting nothing, so the totals stay comparable.
      problems.push({ severity: opts.pred && result.message.startsWith('no prediction file') ? 'warning' : 'error', file: goldFile, message: `${result.message}; scored as an empty prediction` });
    }
    scores.push(scoreArticle(gold, result.ok ? result.prediction : EMPTY_PREDICTION));
  }
  const langs = [...new Set(scores.map((s) => s.lang))].sort();
  return {
    ok: true,
    report: {
      articles: scores,
      languages: langs.map((l) => group(l, scores.filter((s) => s.lang === l))),
      total: group('total', scores),
      problems,
    },
  };
}
