/** From a SitrepDocument to the values the shared SQL writes; and back. */
import type { SitrepDocument, SitrepEvent, TextSpanOut } from '../../core/schema.js';
import { eventWindow, type MergeInput } from '../../stages/merge/index.js';

/** The sentence around a span: language-neutral, from the previous to the next sentence end or line break. */
export function sentenceAround(original: string, start: number, end: number): TextSpanOut | null {
  if (start < 0 || end > original.length || start > end) return null;
  let s = start;
  while (s > 0) {
    const ch = original[s - 1]!;
    if (ch === '\n') break;
    if (/[.!?。]/u.test(ch) && /\s/u.test(original[s] ?? ' ')) break;
    s--;
  }
  let e = end;
  while (e < original.length) {
    const ch = original[e]!;
    if (ch === '\n') break;
    e++;
    if (/[.!?。]/u.test(ch) && /\s|$/u.test(original[e] ?? '')) break;
  }
  while (s < e && /\s/u.test(original[s]!)) s++;
  while (e > s && /\s/u.test(original[e - 1]!)) e--;
  return { start: s, end: e, text: original.slice(s, e) };
}

export interface EventRow {
  articleId: string;
  event: SitrepEvent;
  start: string;
  end: string;
  sentence: TextSpanOut | null;
}

export function eventRows(doc: SitrepDocument, original: string): EventRow[] {
  return doc.events.map((event) => {
    const w = eventWindow(event);
    return { articleId: doc.document.id, event, start: w.start, end: w.end, sentence: sentenceAround(original, event.trigger.start, event.trigger.end) };
  });
}

export function mergeInputs(doc: SitrepDocument, rows: EventRow[]): MergeInput[] {
  return rows.map((r) => ({
    articleId: doc.document.id,
    article: doc.document.source,
    lang: doc.document.lang,
    event: r.event,
    casualties: doc.casualties.filter((c) => c.eventId === r.event.id),
    sentence: r.sentence,
  }));
}

export const json = (v: unknown): string => JSON.stringify(v);
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
