/** Plain-text rendering of an evaluation report: one row per article, per language and the total. */
import type { Figures } from './aggregate.js';
import type { EvalReport } from './run.js';

const HEAD = ['', 'plc P', 'plc R', 'plc F1', 'evt P', 'evt R', 'evt F1', 'cas P', 'cas R', 'cas F1', 'subT', 'fatal', 'src', 'win pred', 'win gold'];

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
    fmt(f.casualties.p),
    fmt(f.casualties.r),
    fmt(f.casualties.f1),
    fmt(f.subTypeAcc),
    fmt(f.fatalityAcc),
    fmt(f.sourceAcc),
    fmt(f.windowPred, 1),
    fmt(f.windowGold, 1),
  ];
}

function layout(rows: string[][], rules: ReadonlySet<number>): string {
  const widths = HEAD.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1));
  const out: string[] = [];
  rows.forEach((r, i) => {
    if (rules.has(i)) out.push(rule);
    out.push(line(r));
  });
  return out.join('\n');
}

export function renderTable(report: EvalReport): string {
  const rows: string[][] = [HEAD];
  const rules = new Set<number>([1]);
  for (const a of report.articles) rows.push(row(a.name, a.figures));
  rules.add(rows.length);
  for (const l of report.languages) rows.push(row(`${l.name} (${l.articles})`, l.figures));
  rules.add(rows.length);
  rows.push(row(`total (${report.total.articles})`, report.total.figures));
  const c = report.total.counts;
  const legend = [
    `places: ${c.places.correct}/${c.places.predicted} predicted correct, ${c.places.found}/${c.places.gold} gold found` +
      ` (wrong: ${c.places.fpNotPlace} notPlace, ${c.places.fpWrongResolution} resolution, ${c.places.fpDuplicate} duplicate, ${c.places.fpNoGold} no gold; ${c.places.demonyms} demonyms left out)`,
    `events: ${c.events.pairedRequired}/${c.events.goldRequired} required gold paired, ${c.events.pairedOptional} paired with optional gold, ${c.events.predicted} predicted`,
    `casualties: ${c.casualties.found}/${c.casualties.gold} gold found, ${c.casualties.predicted} predicted` +
      (c.casualties.unscored ? ` (${c.casualties.unscored} of other kinds left out)` : ''),
    'subT/fatal/src: accuracy on paired events; win: mean date-window width of paired events in days',
  ];
  return `${layout(rows, rules)}\n\n${legend.join('\n')}`;
}
