/**
 * One decoded article → RawDocument: plain text or HTML, with metadata and
 * the document date chosen from what the metadata states.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { RawDocument, SourceFormat } from '../../core/document.js';
import type { LanguagePack } from '../../lang/pack.js';
import { compileDateMatcher, type DateMatcher } from './dates.js';
import { chooseDocDate, copyrightYear, parseReference } from './docdate.js';
import { compileHeaderMatcher, RANK, type DateCandidate, type HeaderMatcher } from './header.js';
import { parseHtml } from './htmldoc.js';
import { EMPTY_INGEST_LEXICON, mergeIngestLexicons, type IngestLexicon } from './lexicon.js';
import { parseText } from './textdoc.js';
import { urlDate } from './urldate.js';

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

/** What the caller knows about an article besides its text. */
export interface DocHints {
  /** the page's URL (`--url`, a record's url field); a URL the page states itself comes first */
  url?: string | undefined;
  /** the reference date (`--date`, YYYY[-MM[-DD]]) for a page that states no date of its own */
  reference?: string | undefined;
  /** today, for year inference (tests) */
  now?: Date | undefined;
}

/** The date candidate of a URL; its span when the URL is written in the original (an HTML link). */
function urlCandidate(url: string | undefined, original: string, now: Date | undefined): DateCandidate[] {
  if (!url) return [];
  const d = urlDate(url, now);
  if (!d) return [];
  const at = original.indexOf(url);
  return [
    {
      parts: { year: d.year!, month: d.month, ...(d.day !== undefined ? { day: d.day } : {}) },
      ...(at >= 0 ? { span: { start: at + d.start, end: at + d.end, text: url.slice(d.start, d.end) } } : {}),
      pos: 0,
      rank: RANK.url,
      rule: `ingest.url.${d.format}`,
    },
  ];
}

/** A warning when nothing of the document is left as article text. */
function noText(blocks: RawDocument['blocks'], source: string): Diagnostic[] {
  if (blocks.some((b) => b.hint !== 'chrome' && b.hint !== 'meta')) return [];
  return [{ code: 'ingest/no-text', severity: 'warning', stage: 'ingest', message: 'no article text found (only markup, metadata or page chrome)', source }];
}

/** Build the RawDocument of one article text. `format` is what is reported; `as` how the text is parsed. */
export function buildDocument(
  original: string,
  source: string,
  format: SourceFormat,
  as: ParseAs,
  ctx: IngestContext,
  diagnostics: Diagnostic[] = [],
  hints: DocHints = {},
): RawDocument {
  const diags = [...diagnostics];
  const reference = parseReference(hints.reference);
  const opts = { reference, now: hints.now, copyrightYear: copyrightYear(original, hints.now) };
  if (as === 'html') {
    const h = parseHtml(original, source, ctx.dates, ctx.header);
    diags.push(...h.diagnostics);
    const url = h.url ?? hints.url;
    const urls = [...new Set([h.url, hints.url].filter((u): u is string => !!u))];
    const chosen = chooseDocDate([...h.dates, ...urls.flatMap((u, i) => urlCandidate(u, original, hints.now).map((c) => ({ ...c, pos: i })))], opts);
    diags.push(...chosen.diagnostics, ...noText(h.blocks, source));
    return {
      id: contentId(original),
      source,
      format,
      original,
      blocks: h.blocks,
      meta: h.meta.sort((a, b) => a.start - b.start),
      ...(h.title !== undefined ? { title: h.title } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(h.byline !== undefined ? { byline: h.byline } : {}),
      ...(chosen.date ? { date: chosen.date } : {}),
      ...(chosen.date && chosen.rule ? { dateRule: chosen.rule } : {}),
      ...(h.lang !== undefined ? { declaredLang: h.lang } : {}),
      diagnostics: diags,
    };
  }
  const t = parseText(original, ctx.header);
  const chosen = chooseDocDate([...t.dates, ...urlCandidate(hints.url, original, hints.now)], opts);
  diags.push(...t.diagnostics.map((d) => ({ ...d, source })), ...chosen.diagnostics, ...noText(t.blocks, source));
  return {
    id: contentId(original),
    source,
    format,
    original,
    blocks: t.blocks,
    meta: t.meta,
    ...(t.title !== undefined ? { title: t.title } : {}),
    ...(t.byline !== undefined ? { byline: t.byline } : {}),
    ...(hints.url ? { url: hints.url } : {}),
    ...(chosen.date ? { date: chosen.date } : {}),
    ...(chosen.date && chosen.rule ? { dateRule: chosen.rule } : {}),
    diagnostics: diags,
  };
}
