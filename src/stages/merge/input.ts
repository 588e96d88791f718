/**
 * What merge sees of one article event: the event, the casualty figures its article links to it,
 * and enough about the article to name the claims.
 */
import type { Casualty, SitrepEvent, TextSpanOut } from '../../core/schema.js';

export interface MergeInput {
  articleId: string;
  /** article source (file path) */
  article: string;
  lang: string;
  event: SitrepEvent;
  /** casualty figures of the article whose eventId is this event */
  casualties: Casualty[];
  /** the sentence around the trigger (original text) */
  sentence: TextSpanOut | null;
}

/** `articleId:eventId` — the member key; its sort order decides merged ids and tie-breaks. */
export function memberKey(m: { articleId: string; eventId?: string; event?: { id: string } }): string {
  return `${m.articleId}:${m.eventId ?? m.event?.id ?? ''}`;
}

/** Normalise a date window bound: YYYY → YYYY-01-01 / YYYY-12-31, YYYY-MM → -01 / -31; '' when unknown. */
export function windowBound(value: string | undefined, side: 'start' | 'end'): string {
  const v = (value ?? '').trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(v)) return side === 'start' ? `${v}-01` : `${v}-31`;
  if (/^\d{4}$/.test(v)) return side === 'start' ? `${v}-01-01` : `${v}-12-31`;
  return '';
}

export function eventWindow(e: SitrepEvent): { start: string; end: string } {
  const start = windowBound(e.date.start, 'start');
  const end = windowBound(e.date.end || e.date.start, 'end') || start;
  return { start, end: end < start ? start : end };
}
