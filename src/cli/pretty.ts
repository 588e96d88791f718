import type { SitrepDocument } from '../core/schema.js';

/** A readable summary of one extracted document for a terminal. */
export function formatPretty(d: SitrepDocument): string {
  const lines: string[] = [];
  const date = d.document.date.value ? `${d.document.date.value} (${d.document.date.precision}, ${d.document.date.basis})` : 'no date';
  lines.push(`■ ${d.document.title ?? d.document.source}`);
  lines.push(`  ${d.document.source} · lang ${d.document.lang} · ${date} · id ${d.document.id}`);
  if (d.boilerplate.length) lines.push(`  boilerplate: ${d.boilerplate.length} span(s) excluded`);
  const toponyms = d.places.filter((p) => p.kind === 'toponym');
  if (toponyms.length) {
    const names = [...new Set(toponyms.map((p) => `${p.name} (${p.level}, ${p.country})`))];
    lines.push(`  places: ${names.join('; ')}`);
  }
  if (d.actors.length) lines.push(`  actors: ${d.actors.map((a) => a.name).join('; ')}`);
  for (const e of d.events) {
    const fat = e.fatalities ? ` · killed ${e.fatalities.min ?? '?'}${e.fatalities.max === null ? '+' : e.fatalities.max !== e.fatalities.min ? `–${e.fatalities.max}` : ''}` : '';
    const src = e.sources.map((s) => `${s.name ?? 'article'}: ${s.hedge}`).join(', ');
    lines.push(`  ▸ ${e.date.start}${e.date.end !== e.date.start ? '…' + e.date.end : ''}  ${e.subType} @ ${e.location.name}${fat}  [${src}]`);
    lines.push(`      “${e.trigger.text}”`);
  }
  for (const c of d.casualties) {
    lines.push(`  ✚ ${c.kind} ${c.min ?? '?'}${c.max === null ? '+' : c.max !== c.min ? '–' + c.max : ''}${c.who ? ' ' + c.who : ''} — ${c.source ?? 'article'} (${c.hedge}): “${c.text}”`);
  }
  const errs = d.diagnostics.filter((x) => x.severity !== 'info');
  if (errs.length) lines.push(`  diagnostics: ${errs.map((x) => x.code).join(', ')}`);
  return lines.join('\n');
}
