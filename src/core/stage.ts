import type { Analysis } from './analysis.js';
import type { Diagnostic } from './diagnostic.js';
import type { DocDate } from './schema.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Gazetteer } from '../gazetteer/types.js';

export interface StageContext {
  /** the source text as read; every output span indexes it */
  readonly original: string;
  /** the pack of the document's language (set after langid; the default pack before) */
  readonly lang: LanguagePack;
  /** all packs, for stages that look across languages (clean, langid) */
  readonly packs: Readonly<Record<string, LanguagePack>>;
  /** the document's reference date: anchors relative time expressions */
  readonly refDate: DocDate;
  /** the gazetteer, loaded lazily by stages that need it */
  readonly gazetteer: () => Gazetteer;
  report(d: Omit<Diagnostic, 'stage'>): void;
}

/** A stage is a plain function from the analysis so far to the next one. */
export type StageFn = (input: Analysis, ctx: StageContext) => Analysis;

export interface Stage {
  readonly name: string;
  readonly run: StageFn;
}

export const stage = (name: string, run: StageFn): Stage => ({ name, run });
