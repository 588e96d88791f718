/** Plain-text listing of what each article's prediction got wrong (for `sitrep eval --details`). */
import type { EvalReport } from './run.js';

export function renderDetails(report: EvalReport): string {
  const out: string[] = [];
  for (const a of report.articles) {
    const { places, events, casualties } = a.detail;
    const lines: string[] = [];
    if (places.missed.length) lines.push(`  places missed: ${places.missed.join(', ')}`);
    if (places.wrong.length) lines.push(`  places wrong: ${places.wrong.map((w) => `${w.start ?? "?"}:${w.text} (${w.why})`).join(', ')}`);
    if (events.missed.length) lines.push(`  required events unpaired: ${events.missed.join(', ')}`);
    if (events.unpaired.length) lines.push(`  predicted events unpaired: #${events.unpaired.join(', #')}`);
    const sidesWrong = events.pairs.filter((p) => p.subType === false || p.fatalities === false || p.sources === false);
    for (const p of sidesWrong) {
      const what = [p.subType === false ? 'sub-type' : '', p.fatalities === false ? 'fatalities' : '', p.sources === false ? 'sources' : ''].filter(Boolean);
      lines.push(`  pair ${p.gold}=#${p.pred}: wrong ${what.join(', ')}`);
    }
    if (casualties.missed.length) lines.push(`  figures missed: ${casualties.missed.join(', ')}`);
    if (casualties.wrong.length) lines.push(`  figures wrong: ${casualties.wrong.join(', ')}`);
    out.push(`${a.name}${lines.length ? '' : ': all correct'}`, ...lines);
  }
  return out.join('\n');
}
