/**
 * The project's yardsticks, scored in one go (`sitrep eval --yardsticks`):
 * the shared corpus, the real-text corpus split into its tune half (odd
 * article numbers), its check half (even numbers) and all of it, the
 * GeoWebNews places benchmark, and the project's own held-out set. Paths are
 * relative to the repository (../shared/… beside it); a yardstick whose
 * folders are missing is skipped with a note.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Figures } from './aggregate.js';
import { fmt, layout } from './table.js';
import { halfOf, type Half } from './half.js';
import { group, runEval, type EvalProblem, type GroupScore } from './run.js';

export interface Yardstick {
  name: string;
  gold: string;
  articles: string;
  /** rows split off by half, beside the whole set */
  halves?: boolean;
}

export function defaultYardsticks(repo: string): Yardstick[] {
  const shared = resolve(repo, '..', 'shared');
  return [
    { name: 'corpus', gold: join(shared, 'corpus', 'gold'), articles: join(shared, 'corpus', 'articles') },
    { name: 'real', gold: join(shared, 'corpus', 'real', 'gold'), articles: join(shared, 'corpus', 'real', 'articles'), halves: true },
    { name: 'geowebnews', gold: join(shared, 'bench', 'geowebnews', 'gold'), articles: join(shared, 'bench', 'geowebnews', 'articles') },
    { name: 'heldout', gold: join(repo, 'test', 'heldout', 'gold'), articles: join(repo, 'test', 'heldout', 'articles') },
  ];
}

export interface YardstickRow extends GroupScore {
  yardstick: string;
  half: Half | null;
}

export interface YardstickReport {
  rows: YardstickRow[];
  skipped: Array<{ yardstick: string; reason: string }>;
  problems: Array<EvalProblem & { yardstick: string }>;
}

export async function runYardsticks(list: readonly Yardstick[], onProgress?: (name: string) => void): Promise<YardstickReport> {
  const out: YardstickReport = { rows: [], skipped: [], problems: [] };
  for (const y of list) {
    if (!existsSync(y.gold) || !existsSync(y.articles)) {
      out.skipped.push({ yardstick: y.name, reason: `${existsSync(y.gold) ? y.articles : y.gold} is missing` });
      continue;
    }
    onProgress?.(y.name);
    const r = await runEval({ gold: y.gold, articles: y.articles });
    if (!r.ok) {
      out.skipped.push({ yardstick: y.name, reason: r.message });
      continue;
    }
    out.problems.push(...r.report.problems.map((p) => ({ ...p, yardstick: y.name })));
    if (y.halves) {
      for (const half of ['tune', 'check'] as const) {
        const scores = r.report.articles.filter((a) => halfOf(a.name) === half);
        out.rows.push({ ...group(`${y.name} ${half}`, scores), yardstick: y.name, half });
      }
    }
    out.rows.push({ ...group(y.name, r.report.articles), yardstick: y.name, half: null });
  }
  return out;
}

const HEAD = ['yardstick', 'n', 'plc P', 'plc R', 'plc F1', 'evt P', 'evt R', 'evt F1', 'subT', 'fatal', 'src', 'cas F1', 'docDate'];

function cells(f: Figures): string[] {
  return [f.places.p, f.places.r, f.places.f1, f.events.p, f.events.r, f.events.f1, f.subTypeAcc, f.fatalityAcc, f.sourceAcc, f.casualties.f1, f.docDateAcc].map((x) => fmt(x));
}

export function renderYardsticks(r: YardstickReport): string {
  const rows = [HEAD, ...r.rows.map((row) => [row.name, String(row.articles), ...cells(row.figures)])];
  const notes = r.skipped.map((s) => `skipped ${s.yardstick}: ${s.reason}`);
  return [
    layout(rows, new Set([1])),
    '',
    'subT/fatal/src: accuracy on paired events; cas F1: casualty figures; docDate: share of articles whose predicted document date equals the gold docDate (or is more precise and inside it)',
    ...notes,
  ].join('\n');
}
