/**
 * One decoded article → RawDocument: plain text or HTML, with metadata and
 * the document date chosen from what the metadata states.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { RawDocument, SourceFormat } from '../../core/document.js';
import type { LanguagePack } from '../../lang/pack.js';
import { compileDateMatcher, type DateMatcher } from './dates.js';
import { chooseDocDate } from './docdate.js';
import { compileHeaderMatcher, type HeaderMatcher } from './header.js';
import { parseHtml } from './htmldoc.js';
import { EMPTY_INGEST_LEXICON, mergeIngestLexicons, type IngestLexicon } from './lexicon.js';
import { parseText } from './textdoc.js';

/** sha256 of the original text, hex, first 16 characters. */
export function contentId(original: string): string {
  return createHash('sha256').update(original, 'utf8').digest('hex').slice(0, 16);
}

/** Compiled matchers for one lexicon (the union of all packs). */
export interface IngestContext {
  lexicon: IngestLexicon;
  dates: DateMatcher;
  header: HeaderMatcher;
}

const cache = new WeakMap<object, IngestContext>();

export function ingestContext(lexicon: IngestLexicon): IngestContext {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const dates = compileDateMatcher(lexicon);
  const ctx = { lexicon, dates, header: compileHeaderMatcher(lexicon, dates) };
  cache.set(lexicon, ctx);
  return ctx;
}

const packCache = new WeakMap<object, IngestContext>();

/** The context for a set of language packs: the union of their ingest lexicons. */
export function contextForPacks(packs: Readonly<Record<string, LanguagePack>> | undefined): IngestContext {
  if (!packs) return ingestContext(EMPTY_INGEST_LEXICON);
  const hit = packCache.get(packs);
  if (hit) return hit;
  const ctx = ingestContext(mergeIngestLexicons(Object.values(packs).map((p) => p.ingest).filter((l): l is IngestLexicon => !!l)));
  packCache.set(packs, ctx);
  return ctx;
}

export type ParseAs = 'text' | 'html';

/** A warning when nothing of the document is left as article text. */
function noText(blocks: RawDocument['blocks'], source: string): Diagnostic[] {
  if (blocks.some((b) => b.hint !== 'chrome' && b.hint !== 'meta')) return [];
  return [{ code: 'ingest/no-text', severity: 'warning', stage: 'ingest', message: 'no article text found (only markup, metadata or page chrome)', source }];
}

/** Build the RawDocument of one article text. `format` is what is reported; `as` how the text is parsed. */
export function buildDocument(original: string, source: string, format: SourceFormat, as: ParseAs, ctx: IngestContext, diagnostics: Diagnostic[] = []): RawDocument {
  const diags = [...diagnostics];
  if (as === 'html') {
    const h = parseHtml(original, source, ctx.dates, ctx.header);
    diags.push(...h.diagnostics);
    const chosen = chooseDocDate(h.dates);
    diags.push(...chosen.diagnostics, ...noText(h.blocks, source));
    return {
      id: contentId(original),
      source,
      format,
      original,
      blocks: h.blocks,
      meta: h.meta.sort((a, b) => a.start - b.start),
      ...(h.title !== undefined ? { title: h.title } : {}),
      ...(h.url !== undefined ? { url: h.url } : {}),
      ...(h.byline !== undefined ? { byline: h.byline } : {}),
      ...(chosen.date ? { date: chosen.date } : {}),
      ...(chosen.date && chosen.rule ? { dateRule: chosen.rule } : {}),
      ...(h.lang !== undefined ? { declaredLang: h.lang } : {}),
      diagnostics: diags,
    };
  }
  const t = parseText(original, ctx.header);
  const chosen = chooseDocDate(t.dates);
  diags.push(...chosen.diagnostics, ...noText(t.blocks, source));
  return {
    id: contentId(original),
    source,
    format,
    original,
    blocks: t.blocks,
    meta: t.meta,
    ...(t.title !== undefined ? { title: t.title } : {}),
    ...(t.byline !== undefined ? { byline: t.byline } : {}),
    ...(chosen.date ? { date: chosen.date } : {}),
    ...(chosen.date && chosen.rule ? { dateRule: chosen.rule } : {}),
    diagnostics: diags,
  };
}
