/**
 * The state folded through the pipeline. Internal structures (blocks,
 * paragraphs, sentences, tokens, mentions) use CLEANED-text offsets
 * (`start`/`end` into `Analysis.text`); everything that goes to the output
 * is translated to original offsets with `Analysis.map` (see `outSpan`).
 */
import type { RawDocument } from './document.js';
import type { Casualty, Place, SitrepEvent, Actor, DocDate } from './schema.js';
import type { OffsetMap, Span, TextSpan } from './span.js';

export type BlockKind = 'title' | 'heading' | 'paragraph';

export interface Block extends Span {
  kind: BlockKind;
}

export interface BoilerplateSpan extends TextSpan {
  reason: string;
}

export interface Paragraph extends Span {
  index: number;
  kind: BlockKind;
  lang: string;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  sentence: number;
}

/** A place mention: the output record plus its cleaned-text span. */
export interface PlaceMention extends Place {
  cs: number;
  ce: number;
}

/** An actor of the document: the output record plus its mentions in cleaned-text offsets. */
export interface ActorRecord extends Actor {
  /** canonical id in the actor dictionary (or a generated one for people/ad-hoc actors) */
  id: string;
  cmentions: Span[];
}

/** A time expression resolved to a window. */
export interface TimeMention {
  cs: number;
  ce: number;
  start: string;
  end: string;
  precision: 'day' | 'month' | 'year';
  basis: 'explicit' | 'relative' | 'inferred';
  rule: string;
  text: string;
}

export interface EventDraft extends SitrepEvent {
  cs: number;
  ce: number;
  sentence: number;
  /** every sentence index that gives evidence for the event (merged mentions), when known */
  sentences?: number[];
}

export interface CasualtyDraft extends Casualty {
  cs: number;
  ce: number;
  sentence: number;
  /** a part of a figure stated before it ("including four children"): not added to the event's toll */
  subset?: boolean;
}

export interface DocMeta {
  id: string;
  source: string;
  format: RawDocument['format'];
  lang: string;
  /** the language was given by the user (not detected); langid keeps it */
  langForced?: boolean;
  date: DocDate;
  title?: string;
  url?: string;
  byline?: string;
  paragraphLangs?: Array<{ start: number; end: number; lang: string }>;
}

export interface Analysis {
  raw: RawDocument;
  doc: DocMeta;
  /** cleaned text (boilerplate and metadata removed) */
  text: string;
  /** cleaned offsets → original offsets */
  map: OffsetMap;
  blocks: Block[];
  boilerplate: BoilerplateSpan[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  places: PlaceMention[];
  actors: ActorRecord[];
  times: TimeMention[];
  events: EventDraft[];
  casualties: CasualtyDraft[];
}

/** Translate a cleaned-text span to an original-text span with its text. */
export function outSpan(a: Pick<Analysis, 'map' | 'raw'>, cs: number, ce: number): TextSpan {
  const { start, end } = a.map.toOriginal({ start: cs, end: ce });
  return { start, end, text: a.raw.original.slice(start, end) };
}
