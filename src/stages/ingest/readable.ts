/**
 * Which blocks are the article: Readability (on a linkedom DOM) extracts the
 * main content; a block whose text is not part of it is page chrome.
 */
import { Readability } from '@mozilla/readability';
import type { RawBlock } from '../../core/document.js';
import { blockText } from './blocks.js';

export interface ReadableResult {
  title?: string;
  byline?: string;
  publishedTime?: string;
  /** false when Readability found no article (blocks keep their tag-based hints) */
  found: boolean;
}

const norm = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** A page title and its parts around a site-name separator ("Headline | Site", "Site - Headline"). */
export function titleForms(titles: Array<string | undefined>): string[] {
  const out = new Set<string>();
  for (const t of titles) {
    if (!t) continue;
    const n = norm(t);
    out.add(n);
    for (const part of n.split(/\s+(?:[|\-–—·:]{1,2})\s+/u)) if (part.split(' ').length >= 2) out.add(part);
  }
  return [...out];
}

/** Hints from the markup that Readability does not overrule. */
const KEEP = new Set<RawBlock['hint']>(['chrome', 'meta', 'title']);

/**
 * Run Readability on `doc` (it is modified) and mark as chrome the blocks
 * whose text it left out. The headline keeps hint 'title'.
 */
export function markContent(doc: unknown, blocks: RawBlock[], knownTitle: string | undefined): ReadableResult {
  let article: ReturnType<Readability['parse']>;
  try {
    article = new Readability(doc as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    article = null;
  }
  const text = norm(article?.textContent ?? '');
  if (!article || !text) return { found: false };
  const titles = titleForms([knownTitle, article.title ?? undefined]);
  for (const b of blocks) {
    const t = norm(blockText(b));
    if (b.hint !== 'chrome' && titles.includes(t)) {
      b.hint = 'title';
      continue;
    }
    if (KEEP.has(b.hint)) continue;
    if (!text.includes(t)) b.hint = 'chrome';
  }
  return {
    found: true,
    ...(article.title ? { title: article.title } : {}),
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.publishedTime ? { publishedTime: article.publishedTime } : {}),
  };
}
