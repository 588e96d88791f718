/**
 * Ingest: files, directories, stdin and JSONL corpora → RawDocument.
 * (Stub interface; the ingest work fills it in.)
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { RawDocument, SourceFormat } from '../../core/document.js';

export interface IngestOptions {
  /** files larger than this are refused with a diagnostic (default 20 MB) */
  maxBytes?: number;
}

export type IngestItem = { ok: true; doc: RawDocument } | { ok: false; source: string; diagnostics: Diagnostic[] };

export function contentId(original: string): string {
  return createHash('sha256').update(original, 'utf8').digest('hex').slice(0, 16);
}

/** Read one article given as a string. */
export function ingestString(original: string, source: string, format: SourceFormat = 'text'): RawDocument {
  const blocks: RawDocument['blocks'] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(original); m; m = re.exec(original)) {
    const start = m.index;
    const end = start + m[0].length;
    blocks.push({ start, end, hint: 'paragraph', pieces: [{ text: m[0], start, end }] });
  }
  return { id: contentId(original), source, format, original, blocks, meta: [], diagnostics: [] };
}

/** Read files, directories (recursively), `-` for stdin. One bad input never stops the rest. */
export async function* ingest(inputs: string[], _opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const { readFile } = await import('node:fs/promises');
  for (const input of inputs) {
    const text = await readFile(input, 'utf8');
    yield { ok: true, doc: ingestString(text, input) };
  }
}
