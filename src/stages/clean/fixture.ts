/**
 * Test support for the text stages: a RawDocument from plain text (one block per non-empty
 * line, verbatim pieces, optional hints by line number) and a runner for clean → segment →
 * langid. Used by the stage tests; independent of the ingest implementation.
 */
import type { RawDocument, BlockHint } from '../../core/document.js';
import type { Analysis } from '../../core/analysis.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Stage } from '../../core/stage.js';
import type { LanguagePack } from '../../lang/pack.js';
import { runPipeline } from '../../core/pipeline.js';

export function rawDoc(original: string, hints: Record<number, BlockHint> = {}, extra: Partial<RawDocument> = {}): RawDocument {
  const blocks: RawDocument['blocks'] = [];
  const re = /[^\n]+/gu;
  let line = 0;
  for (let m = re.exec(original); m; m = re.exec(original)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].trim()) blocks.push({ start, end, hint: hints[line] ?? 'paragraph', pieces: [{ text: m[0], start, end }] });
    line++;
  }
  return { id: 'test', source: 'test', format: 'text', original, blocks, meta: [], diagnostics: [], ...extra };
}

export function run(
  raw: RawDocument,
  packs: Readonly<Record<string, LanguagePack>>,
  stages: readonly Stage[],
  lang?: string,
): { a: Analysis; diagnostics: Diagnostic[] } {
  const { analysis, diagnostics } = runPipeline(
    raw,
    {
      packs,
      gazetteer: () => {
        throw new Error('the text stages need no gazetteer');
      },
      ...(lang !== undefined ? { lang } : {}),
    },
    stages,
  );
  return { a: analysis, diagnostics };
}
