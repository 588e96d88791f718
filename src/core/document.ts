import type { Diagnostic } from './diagnostic.js';
import type { DocDate } from './schema.js';
import type { Span } from './span.js';

export type SourceFormat = 'text' | 'html' | 'jsonl';

/**
 * A piece of block text and the original range it stands for.
 * `text === original.slice(start, end)` for verbatim pieces; otherwise a decoded form (HTML entity, collapsed whitespace).
 */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** What ingest thinks a block is; clean makes the final call. */
export type BlockHint = 'title' | 'heading' | 'paragraph' | 'caption' | 'list' | 'meta' | 'chrome' | 'quote';

/** A block of the source as ingest found it, in original coordinates. */
export interface RawBlock extends Span {
  hint: BlockHint;
  pieces: Piece[];
}

/** One article as read by ingest, before any cleaning. */
export interface RawDocument {
  /** content hash of `original` (sha256, hex, first 16 chars) */
  id: string;
  /** file path, `-` for stdin, `path#line` for a JSONL record */
  source: string;
  format: SourceFormat;
  /** the text as read (decoded to UTF-16); every span indexes it */
  original: string;
  /** the article's blocks in reading order (metadata such as the ` date` header excluded) */
  blocks: RawBlock[];
  /** spans of metadata consumed by ingest (date headers, datelines, "Stand:" lines) */
  meta: Array<Span & { kind: string }>;
  title?: string;
  url?: string;
  byline?: string;
  date?: DocDate;
  /** the rule that produced `date` (e.g. `ingest.date.published`, `ingest.dateline+year-from-metadata`, `ingest.html.json-ld:datePublished`) */
  dateRule?: string;
  /** the record's own id field (JSONL/JSON corpora), if it has one */
  recordId?: string;
  /** language declared by the source (html lang, JSONL field), if any */
  declaredLang?: string;
  diagnostics: Diagnostic[];
}
