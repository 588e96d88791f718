/**
 * Page metadata of an HTML document: title, url (canonical, og:url), byline,
 * published date (meta tags, JSON-LD datePublished, <time datetime>) and the
 * declared language (<html lang>).
 */
import type { Diagnostic } from '../../core/diagnostic.js';

/** The few DOM members used here (linkedom's document satisfies them). */
export interface MiniElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
export interface MiniDocument {
  documentElement: MiniElement | null;
  querySelector(selector: string): MiniElement | null;
  querySelectorAll(selector: string): ArrayLike<MiniElement>;
}

export interface HtmlMeta {
  title?: string;
  url?: string;
  byline?: string;
  /** raw date strings in order of preference, with where they came from (`updated`: a modification date, ranked last) */
  dates: Array<{ value: string; from: string; updated?: boolean }>;
  lang?: string;
  diagnostics: Diagnostic[];
}

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'DC.date.issued',
  'DC.date',
  'dc.date',
  'dcterms.issued',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'article:published',
  'publish_date',
  'published_time',
  'published-date',
  'originalPublicationDate',
  'cXenseParse:recs:publishtime',
  'dc.date.issued',
  'DCTERMS.issued',
];
/** modification dates: used only when a page states no publication date */
const UPDATED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'lastmod', 'dcterms.modified', 'DC.date.modified'];

const META_ATTRS = ['property', 'name', 'itemprop'] as const;
const metaIndexes = new WeakMap<MiniDocument, Map<string, MiniElement>>();

/**
 * The first <meta> element (document order) per attribute and value: what
 * `querySelector('meta[attr="value"]')` finds (the values compare exactly), from one pass.
 */
function metaIndex(doc: MiniDocument): Map<string, MiniElement> {
  let idx = metaIndexes.get(doc);
  if (!idx) {
    idx = new Map();
    const metas = doc.querySelectorAll('meta');
    for (let i = 0; i < metas.length; i++) {
      const el = metas[i]!;
      for (const attr of META_ATTRS) {
        const v = el.getAttribute(attr);
        if (v === null) continue;
        const k = `${attr}\u0000${v}`;
        if (!idx.has(k)) idx.set(k, el);
      }
    }
    metaIndexes.set(doc, idx);
  }
  return idx;
}

function metaContent(doc: MiniDocument, key: string): string | undefined {
  const idx = metaIndex(doc);
  for (const attr of META_ATTRS) {
    const el = idx.get(`${attr}\u0000${key}`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every object in a JSON-LD value (arrays and @graph flattened). */
function ldObjects(v: Json, out: Array<Record<string, Json>> = []): Array<Record<string, Json>> {
  if (Array.isArray(v)) for (const x of v) ldObjects(x, out);
  else if (v && typeof v === 'object') {
    out.push(v);
    const g = v['@graph'];
    if (g) ldObjects(g, out);
  }
  return out;
}

function ldName(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    const names = v.map(ldName).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return ldName(v['name']);
  return undefined;
}

const ARTICLE_TYPES = /Article|Posting|Report|BlogPosting|WebPage/u;

export function htmlMeta(doc: MiniDocument, source: string): HtmlMeta {
  const out: HtmlMeta = { dates: [], diagnostics: [] };
  const lang =
    doc.documentElement?.getAttribute('lang') ||
    doc.documentElement?.getAttribute('xml:lang') ||
    doc.querySelector('meta[http-equiv="content-language"]')?.getAttribute('content') ||
    metaContent(doc, 'og:locale') ||
    metaContent(doc, 'language') ||
    metaContent(doc, 'DC.language') ||
    metaContent(doc, 'dc.language');
  const primary = lang?.trim().split(/[-_]/u)[0]?.toLowerCase();
  if (primary && /^[a-z]{2,3}$/u.test(primary)) out.lang = primary;

  // JSON-LD
  const ld: Array<Record<string, Json>> = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const text = scripts[i]!.textContent ?? '';
    try {
      ldObjects(JSON.parse(text) as Json, ld);
    } catch {
      out.diagnostics.push({ code: 'ingest/bad-json-ld', severity: 'info', stage: 'ingest', message: 'a JSON-LD block does not parse; ignored', source });
    }
  }
  const articles = ld.filter((o) => {
    const t = o['@type'];
    return typeof t === 'string' ? ARTICLE_TYPES.test(t) : Array.isArray(t) && t.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
  });
  const ldArticle = articles[0] ?? ld.find((o) => 'datePublished' in o || 'headline' in o);

  const title =
    metaContent(doc, 'og:title') ?? (typeof ldArticle?.['headline'] === 'string' ? ldArticle['headline'] : undefined) ?? metaContent(doc, 'twitter:title');
  if (title) out.title = title.trim();

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const ldUrl = typeof ldArticle?.['url'] === 'string' ? ldArticle['url'] : undefined;
  const url = canonical || metaContent(doc, 'og:url') || ldUrl;
  if (url) out.url = url;

  const author = ldName(ldArticle?.['author']) ?? metaContent(doc, 'author') ?? metaContent(doc, 'article:author');
  if (author && !/^https?:/u.test(author)) out.byline = author;

  for (const key of DATE_META.slice(0, 3)) {
    const v = metaContent(doc, key);
    if (v) out.dates.push({ value: v, from: `meta:${key}` });
  }
  const ldDate = ldArticle?.['datePublished'] ?? ldArticle?.['dateCreated'];
  if (typeof ldDate === 'string') out.dates.push({ value: ldDate, from: 'json-ld:datePublished' });
  for (const key of DATE_META.slice(3)) {
    const v = metaContent(doc, key);
    if (v) out.dates.push({ value: v, from: `meta:${key}` });
  }
  const timeEl = doc.querySelector('time[itemprop="datePublished"]') ?? doc.querySelector('time[pubdate]') ?? doc.querySelector('article time[datetime]');
  const dt = timeEl?.getAttribute('datetime')?.trim();
  if (dt) out.dates.push({ value: dt, from: 'time[datetime]' });
  // microdata on any element ("<span itemprop="datePublished" content="…">"), then the first <time datetime> of the page
  const micro = doc.querySelector('[itemprop="datePublished"][content]')?.getAttribute('content')?.trim();
  if (micro) out.dates.push({ value: micro, from: 'itemprop:datePublished' });
  const anyTime = doc.querySelector('main time[datetime]') ?? doc.querySelector('time[datetime]');
  const at = anyTime?.getAttribute('datetime')?.trim();
  if (at && at !== dt) out.dates.push({ value: at, from: 'first-time[datetime]' });
  for (const key of UPDATED_META) {
    const v = metaContent(doc, key);
    if (v) out.dates.push({ value: v, from: `meta:${key}`, updated: true });
  }
  const ldMod = ldArticle?.['dateModified'];
  if (typeof ldMod === 'string') out.dates.push({ value: ldMod, from: 'json-ld:dateModified', updated: true });
  return out;
}
