/**
 * JSON corpus records → RawDocuments. One article per JSONL line (or per
 * element of a JSON array); field names are matched tolerantly. The
 * article text field is the `original` every span indexes.
 */
import type { Diagnostic } from '../../core/diagnostic.js';
import type { DocDate } from '../../core/schema.js';
import { buildDocument, type DocHints, type IngestContext } from './build.js';
import { toDocDate } from './dates.js';
import { looksLikeHtml } from './htmldoc.js';
import type { IngestItem } from './item.js';

export const FIELDS = {
  text: ['text', 'content', 'body', 'article', 'full_text', 'fulltext', 'maintext', 'article_text', 'html'],
  date: ['date', 'published', 'publishedAt', 'published_at', 'pubDate', 'pub_date', 'datePublished', 'date_published', 'publish_date', 'date_publish', 'publication_date', 'timestamp', 'time'],
  url: ['url', 'link', 'href', 'source_url'],
  title: ['title', 'headline'],
  lang: ['lang', 'language', 'locale'],
  id: ['id', '_id', 'uid', 'guid'],
} as const;

function field(obj: Record<string, unknown>, names: readonly string[]): unknown {
  for (const n of names) if (obj[n] !== undefined && obj[n] !== null) return obj[n];
  // case-insensitive fallback
  const lower = new Map(Object.keys(obj).map((k) => [k.toLowerCase(), k]));
  for (const n of names) {
    const k = lower.get(n.toLowerCase());
    if (k !== undefined && obj[k] !== undefined && obj[k] !== null) return obj[k];
  }
  return undefined;
}

const diag = (code: string, severity: Diagnostic['severity'], message: string, source: string): Diagnostic => ({ code, severity, stage: 'ingest', message, source });

/** A date field: ISO or written date strings, or epoch seconds/milliseconds. */
function fieldDate(v: unknown, ctx: IngestContext): DocDate | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) {
    const ms = v > 1e11 ? v : v * 1000;
    const d = new Date(ms);
    if (Number.isNaN(d.getTime())) return undefined;
    return toDocDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
  if (typeof v !== 'string') return undefined;
  const m = ctx.dates.findAll(v)[0];
  return m ? toDocDate(m) : undefined;
}

/** One parsed record → a document or a failure. */
export function recordToItem(value: unknown, source: string, ctx: IngestContext, hints: DocHints = {}): IngestItem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, source, diagnostics: [diag('ingest/record-not-object', 'error', 'record is not a JSON object', source)] };
  }
  const obj = value as Record<string, unknown>;
  const text = field(obj, FIELDS.text);
  if (typeof text !== 'string') {
    return { ok: false, source, diagnostics: [diag('ingest/record-no-text', 'error', `record has no text field (${FIELDS.text.join('/')})`, source)] };
  }
  if (!text.trim()) return { ok: false, source, diagnostics: [diag('ingest/empty', 'error', 'record text is empty', source)] };

  // the record's own url comes before one given for the whole input; its date is read
  const rawUrl = field(obj, FIELDS.url);
  const url = typeof rawUrl === 'string' && rawUrl.trim() ? rawUrl.trim() : undefined;
  const doc = buildDocument(text, source, 'jsonl', looksLikeHtml(text) ? 'html' : 'text', ctx, [], { ...hints, ...(url ? { url } : {}) });
  const title = field(obj, FIELDS.title);
  if (typeof title === 'string' && title.trim()) doc.title = title.trim();
  if (url) doc.url = url;
  const lang = field(obj, FIELDS.lang);
  if (typeof lang === 'string') {
    const primary = lang.trim().split(/[-_]/u)[0]?.toLowerCase();
    if (primary && /^[a-z]{2,3}$/u.test(primary)) doc.declaredLang = primary;
  }
  const id = field(obj, FIELDS.id);
  if (typeof id === 'string' || typeof id === 'number') doc.recordId = String(id);
  const rawDate = field(obj, FIELDS.date);
  if (rawDate !== undefined) {
    // the record's own date field outranks dates read from the text head
    const d = fieldDate(rawDate, ctx);
    if (d) {
      doc.date = d;
      doc.dateRule = 'ingest.record.date-field';
    }
    else doc.diagnostics.push(diag('ingest/bad-date-field', 'warning', `date field ${JSON.stringify(rawDate).slice(0, 60)} is not a date`, source));
  }
  return { ok: true, doc };
}

/** The item of JSONL line number `n` (1-based); undefined for a blank line. */
export function jsonlLineItem(raw: string, n: number, path: string, ctx: IngestContext, maxChars = Infinity, hints: DocHints = {}): IngestItem | undefined {
  const line = n === 1 ? raw.replace(/^\uFEFF/u, '') : raw;
  if (!line.trim()) return undefined;
  const source = `${path}#${n}`;
  if (line.length > maxChars) {
    return { ok: false, source, diagnostics: [diag('ingest/too-large', 'error', `${source}: record of ${line.length} characters exceeds the limit`, source)] };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, source, diagnostics: [diag('ingest/jsonl-malformed', 'error', `${source}: not valid JSON (${e instanceof Error ? e.message : String(e)})`, source)] };
  }
  const item = recordToItem(value, source, ctx, hints);
  if (item.ok && line.includes('\uFFFD')) {
    item.doc.diagnostics.push(diag('ingest/invalid-utf8', 'warning', `${source}: invalid UTF-8 replaced by U+FFFD`, source));
  }
  return item;
}

/** Records of a JSONL text, one per non-blank line. */
export function* jsonlItems(text: string, path: string, ctx: IngestContext, hints: DocHints = {}): Generator<IngestItem> {
  const lines = text.split(/\r?\n/u);
  for (const [i, line] of lines.entries()) {
    const item = jsonlLineItem(line, i + 1, path, ctx, Infinity, hints);
    if (item) yield item;
  }
}

/** Records of a JSON file: one object (source = path) or an array of them (source = path#index, 1-based). */
export function* jsonItems(text: string, path: string, ctx: IngestContext, hints: DocHints = {}): Generator<IngestItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield { ok: false, source: path, diagnostics: [diag('ingest/json-malformed', 'error', `not valid JSON (${e instanceof Error ? e.message : String(e)})`, path)] };
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield recordToItem(v, `${path}#${i + 1}`, ctx, hints);
  } else yield recordToItem(value, path, ctx, hints);
}
