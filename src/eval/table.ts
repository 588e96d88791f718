/** Plain-text rendering of an evaluation report: one row per article, per language and the total, then the raw counts. */
import type { Figures } from './aggregate.js';
import type { EvalReport } from './run.js';

const HEAD = ['', 'plc P', 'plc R', 'plc F1', 'evt P', 'evt R', 'evt F1', 'subT', 'fatal', 'src', 'width', 'cas P', 'cas R', 'cas F1', 'docDate'];

export function fmt(x: number | null, digits = 2): string {
  return x === null ? '–' : x.toFixed(digits);
}

function row(label: string, f: Figures): string[] {
  return [
    label,
    fmt(f.places.p),
    fmt(f.places.r),
    fmt(f.places.f1),
    fmt(f.events.p),
    fmt(f.events.r),
    fmt(f.events.f1),
    fmt(f.subTypeAcc),
    fmt(f.fatalityAcc),
    fmt(f.sourceAcc),
    fmt(f.widthRatio),
    fmt(f.casualties.p),
    fmt(f.casualties.r),
    fmt(f.casualties.f1),
    fmt(f.docDateAcc),
  ];
}

export function layout(rows: string[][], rules: ReadonlySet<number>): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1));
  const out: string[] = [];
  rows.forEach((r, i) => {
    if (rules.has(i)) out.push(rule);
    out.push(line(r));
  });
  return out.join('\n');
}

/** The raw counts behind the total row. */
export function renderCounts(report: EvalReport): string[] {
  const c = report.total.counts;
  const e = c.events;
  return [
    `places: ${c.places.found}/${c.places.gold} gold found; ${c.places.correct}/${c.places.predicted} predictions correct` +
      ` (wrong: ${c.places.fpNotPlace} notPlace, ${c.places.fpWrongResolution} resolution, ${c.places.fpNoGold} no gold, ${c.places.fpNoSpan} no span; ${c.places.demonyms} demonyms left out, ${c.places.duplicates} duplicates)`,
    `events: ${e.pairedRequired}/${e.goldRequired} required gold paired (+${e.pairedOptional}/${e.goldOptional} optional); ${e.predicted} predicted`,
    `  on pairs: sub-type ${e.subTypeCorrect}/${e.pairedRequired + e.pairedOptional}, fatalities ${e.fatalityCorrect}/${e.fatalityTotal}, sources ${e.sourceCorrect}/${e.sourceTotal}, mean width ratio ${fmt(report.total.figures.widthRatio)}`,
    `  actors on pairs: gold actors found ${e.actorGoldFound}/${e.actorGold}, predicted actors right ${e.actorPredRight}/${e.actorPred}, sources given as actors ${e.actorSourceAsActor}`,
    `casualties: ${c.casualties.found}/${c.casualties.gold} gold found; ${c.casualties.found}/${c.casualties.predicted} predictions matched (source+hedge agree on ${c.casualties.sourceAgree})`,
    `document date: ${c.docDate.correct}/${c.docDate.gold} articles with a gold docDate right`,
    'subT/fatal/src: accuracy on paired events; width: mean predicted/gold date-window width on paired events',
  ];
}

export function renderTable(report: EvalReport): string {
  const rows: string[][] = [HEAD];
  const rules = new Set<number>([1]);
  for (const a of report.articles) rows.push(row(a.name, a.figures));
  rules.add(rows.length);
  for (const l of report.languages) rows.push(row(`${l.name} (${l.articles})`, l.figures));
  rules.add(rows.length);
  rows.push(row(`total (${report.total.articles})`, report.total.figures));
  return `${layout(rows, rules)}\n\n${renderCounts(report).join('\n')}`;
}
