import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared annotated corpus lives beside the checkout (../shared/corpus); SITREP_CORPUS overrides. */
export const CORPUS = process.env['SITREP_CORPUS'] ?? resolve(ROOT, '..', 'shared', 'corpus');
export const HAVE_CORPUS = existsSync(join(CORPUS, 'articles'));

export function corpusArticles(): string[] {
  if (!HAVE_CORPUS) return [];
  return readdirSync(join(CORPUS, 'articles'))
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => join(CORPUS, 'articles', f));
}

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

function isSpanLike(v: unknown): v is SpanLike {
  return (
    typeof v === 'object' && v !== null &&
    typeof (v as SpanLike).start === 'number' && typeof (v as SpanLike).end === 'number' && typeof (v as SpanLike).text === 'string'
  );
}

/** Every object with numeric start/end and a text in the output, wherever it sits. */
export function collectSpans(value: unknown, path = '$', out: Array<{ path: string; span: SpanLike }> = []): Array<{ path: string; span: SpanLike }> {
  if (Array.isArray(value)) value.forEach((v, i) => collectSpans(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    if (isSpanLike(value)) out.push({ path, span: value });
    for (const [k, v] of Object.entries(value)) collectSpans(v, `${path}.${k}`, out);
  }
  return out;
}
