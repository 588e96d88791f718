/**
 * Ingest: files, directories (recursively), stdin and JSONL corpora → RawDocument.
 *
 * - Encodings: UTF-8 (a BOM is stripped: `original` is the decoded text
 *   WITHOUT the BOM, so offsets count from the first character after it),
 *   UTF-16 with a BOM, Windows-1252 when the bytes are not UTF-8.
 * - Bad inputs never stop a batch: each yields `{ok: false, diagnostics}`
 *   (binary, empty, too large, unreadable, undecodable, malformed JSON) and
 *   the generator goes on.
 * - Plain text: a line is a block; the head is read for metadata (date
 *   lines, labelled date prefixes, bylines, datelines, the headline).
 * - HTML: blocks from an offset-keeping scanner over the raw source (spans
 *   index the HTML as read), metadata from meta tags and JSON-LD, content
 *   decided by Readability (blocks outside it are hinted 'chrome').
 * - JSONL (`.jsonl`, `.ndjson`; one article per line) and `.json` (one record
 *   or an array, read when named explicitly): `original` is the record's
 *   text field; source is `path#line` (`path#index` for a JSON array, 1-based).
 * - Month names, date labels and byline words come from the language packs
 *   (the union of all of them: ingest runs before language identification).
 */
import { extname } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { RawDocument, SourceFormat } from '../../core/document.js';
import type { LanguagePack } from '../../lang/pack.js';
import { loadPacks } from '../../lang/registry.js';
import { buildDocument, contentId, contextForPacks, ingestContext, type DocHints, type IngestContext } from './build.js';
import { binaryReason, decode } from './decode.js';
import { looksLikeHtml } from './htmldoc.js';
import type { IngestItem } from './item.js';
import type { IngestLexicon } from './lexicon.js';
import { expandInputs, fileLines, head, readBounded } from './read.js';
import { jsonItems, jsonlItems, jsonlLineItem } from './records.js';

export { contentId };
export type { IngestItem };

export interface IngestOptions {
  /** files (and JSONL records) larger than this are refused with a diagnostic (default 20 MB) */
  maxBytes?: number | undefined;
  /** language packs whose ingest lexicons are used (default: all discovered packs) */
  packs?: Readonly<Record<string, LanguagePack>> | undefined;
  /** an explicit lexicon (overrides `packs`) */
  lexicon?: IngestLexicon | undefined;
  /** what `-` reads (default: process.stdin) */
  stdin?: AsyncIterable<Buffer | string> | undefined;
  /** the URL of the page(s) read (`--url`): its date is a candidate; a URL the page or record states comes first */
  url?: string | undefined;
  /** the reference date (`--date`, YYYY[-MM[-DD]]): the document date of a page that states none, and the year of a yearless one */
  reference?: string | undefined;
  /** today, for year inference (tests; default: the clock) */
  now?: Date | undefined;
}

function hintsOf(opts: Pick<IngestOptions, 'url' | 'reference' | 'now'>): DocHints {
  return { ...(opts.url ? { url: opts.url } : {}), ...(opts.reference ? { reference: opts.reference } : {}), ...(opts.now ? { now: opts.now } : {}) };
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const diag = (code: string, severity: Diagnostic['severity'], message: string, source: string): Diagnostic => ({ code, severity, stage: 'ingest', message, source });
const fail = (source: string, code: string, message: string): IngestItem => ({ ok: false, source, diagnostics: [diag(code, 'error', message, source)] });

function contextOf(opts: Pick<IngestOptions, 'packs' | 'lexicon'>): IngestContext {
  return opts.lexicon ? ingestContext(opts.lexicon) : contextForPacks(opts.packs);
}

/**
 * Read one article given as a string. `format` 'html' parses HTML; 'text' and
 * 'jsonl' read it as plain text (with HTML detected by content for 'jsonl').
 * Without `packs`/`lexicon` only numeric and ISO dates are recognised.
 */
export function ingestString(
  original: string,
  source: string,
  format: SourceFormat = 'text',
  opts: Pick<IngestOptions, 'packs' | 'lexicon' | 'url' | 'reference' | 'now'> = {},
): RawDocument {
  const as = format === 'html' || (format === 'jsonl' && looksLikeHtml(original)) ? 'html' : 'text';
  return buildDocument(original, source, format, as, contextOf(opts), [], hintsOf(opts));
}

type Kind = 'text' | 'html' | 'jsonl' | 'json' | 'sniff';

function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  return 'sniff';
}

/** Decoded bytes of one input → items. */
function* fromBytes(bytes: Uint8Array, source: string, kind: Kind, ctx: IngestContext, hints: DocHints): Generator<IngestItem> {
  const dec = decode(bytes, source);
  if (!dec.ok) {
    yield { ok: false, source, diagnostics: dec.diagnostics };
    return;
  }
  const text = dec.text;
  if (!text.trim()) {
    yield fail(source, 'ingest/empty', bytes.length ? 'only whitespace' : 'empty input');
    return;
  }
  let k = kind;
  if (k === 'sniff') {
    const t = text.trimStart();
    if (source === '-' && t.startsWith('{')) k = 'jsonl';
    else if (source === '-' && t.startsWith('[')) k = 'json';
    else k = looksLikeHtml(text) ? 'html' : 'text';
  }
  if (k === 'jsonl' || k === 'json') {
    for (const item of k === 'jsonl' ? jsonlItems(text, source, ctx, hints) : jsonItems(text, source, ctx, hints)) {
      if (item.ok && dec.diagnostics.length) item.doc.diagnostics.unshift(...dec.diagnostics);
      yield item;
    }
    return;
  }
  yield { ok: true, doc: buildDocument(text, source, k === 'html' ? 'html' : 'text', k === 'html' ? 'html' : 'text', ctx, dec.diagnostics, hints) };
}

/** Read files, directories (recursively), `-` for stdin. One bad input never stops the rest. */
export async function* ingest(inputs: string[], opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const ctx = opts.lexicon ? ingestContext(opts.lexicon) : contextForPacks(opts.packs ?? (await loadPacks()));
  const hints = hintsOf(opts);
  const tooLarge = (source: string, size?: number): IngestItem =>
    fail(source, 'ingest/too-large', `${size !== undefined ? `${size} bytes` : 'input'} exceeds the limit of ${max} bytes`);

  for await (const input of expandInputs(inputs)) {
    if (input.kind === 'error') {
      yield { ok: false, source: input.source, diagnostics: input.diagnostics };
      continue;
    }
    if (input.kind === 'stdin') {
      let read;
      try {
        read = await readBounded(opts.stdin ?? process.stdin, max);
      } catch (e) {
        yield fail('-', 'ingest/unreadable', `cannot read stdin: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      if (read.tooLarge) yield tooLarge('-');
      else yield* fromBytes(read.bytes, '-', 'sniff', ctx, hints);
      continue;
    }
    const { path, size } = input;
    const kind = kindOf(path);
    try {
      if (kind === 'jsonl') {
        // streamed: a JSONL corpus may be larger than one article's limit; each record is checked
        const why = binaryReason(await head(path, 8192));
        if (why) {
          yield fail(path, 'ingest/binary', `not a text file (${why})`);
          continue;
        }
        if (size === 0) {
          yield fail(path, 'ingest/empty', 'empty input');
          continue;
        }
        let n = 0;
        for await (const line of fileLines(path)) {
          const item = jsonlLineItem(line, ++n, path, ctx, max, hints);
          if (item) yield item;
        }
        continue;
      }
      if (size > max) {
        yield tooLarge(path, size);
        continue;
      }
      const { readFile } = await import('node:fs/promises');
      const bytes = new Uint8Array(await readFile(path));
      yield* fromBytes(bytes, path, kind, ctx, hints);
    } catch (e) {
      yield fail(path, 'ingest/unreadable', `cannot read: ${e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.message) : String(e)}`);
    }
  }
}
