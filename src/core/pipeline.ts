/**
 * The pipeline: a literal, ordered list of stages folded over one document.
 * Ingest (file → RawDocument) runs before it; merge (across documents) after.
 */
import type { Analysis } from './analysis.js';
import type { RawDocument } from './document.js';
import type { DocDate, SitrepDocument } from './schema.js';
import { SitrepDocumentSchema } from './schema.js';
import { OffsetMap } from './span.js';
import type { Stage, StageContext } from './stage.js';
import type { Diagnostic } from './diagnostic.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Gazetteer } from '../gazetteer/types.js';
import { clean } from '../stages/clean/index.js';
import { segment } from '../stages/segment/index.js';
import { langid } from '../stages/langid/index.js';
import { places } from '../stages/places/index.js';
import { actors } from '../stages/actors/index.js';
import { time } from '../stages/time/index.js';
import { events } from '../stages/events/index.js';
import { casualties } from '../stages/casualties/index.js';
import { claims } from '../stages/claims/index.js';

export const PIPELINE: readonly Stage[] = [clean, segment, langid, places, actors, time, events, casualties, claims];

export interface AnalyzeOptions {
  packs: Readonly<Record<string, LanguagePack>>;
  gazetteer: () => Gazetteer;
  /** force the language (skips detection) */
  lang?: string;
  /** force the reference date (YYYY-MM-DD | YYYY-MM | YYYY) */
  date?: string;
  /** run only up to and including this stage */
  until?: string;
}

export function dateFromString(value: string, basis: DocDate['basis']): DocDate {
  const precision = value.length >= 10 ? 'day' : value.length >= 7 ? 'month' : 'year';
  return { value, precision, basis };
}

function initial(raw: RawDocument, opts: AnalyzeOptions): Analysis {
  const date: DocDate = opts.date
    ? dateFromString(opts.date, 'cli')
    : raw.date ?? { value: null, precision: null, basis: 'none' };
  const lang = opts.lang ?? raw.declaredLang ?? 'en';
  return {
    raw,
    doc: {
      id: raw.id,
      source: raw.source,
      format: raw.format,
      lang,
      ...(opts.lang !== undefined ? { langForced: true } : {}),
      date,
      ...(raw.title !== undefined ? { title: raw.title } : {}),
      ...(raw.url !== undefined ? { url: raw.url } : {}),
      ...(raw.byline !== undefined ? { byline: raw.byline } : {}),
    },
    text: raw.original,
    map: OffsetMap.identity(raw.original.length),
    blocks: [],
    boilerplate: [],
    paragraphs: [],
    sentences: [],
    tokens: [],
    places: [],
    actors: [],
    times: [],
    events: [],
    casualties: [],
  };
}

export function runPipeline(raw: RawDocument, opts: AnalyzeOptions, stages: readonly Stage[] = PIPELINE): { analysis: Analysis; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [...raw.diagnostics];
  let a = initial(raw, opts);
  for (const s of stages) {
    const pack = opts.packs[a.doc.lang] ?? opts.packs['en'] ?? Object.values(opts.packs)[0];
    if (!pack) throw new Error('no language packs loaded');
    const ctx: StageContext = {
      original: raw.original,
      lang: pack,
      packs: opts.packs,
      refDate: a.doc.date,
      gazetteer: opts.gazetteer,
      report: (d) => diagnostics.push({ ...d, stage: s.name }),
    };
    a = s.run(a, ctx);
    if (opts.until === s.name) break;
  }
  return { analysis: a, diagnostics };
}

/** Strip internal fields (cleaned offsets) and validate against the output contract. */
export function toOutput(a: Analysis, diagnostics: Diagnostic[]): SitrepDocument {
  return SitrepDocumentSchema.parse({
    document: a.doc,
    boilerplate: a.boilerplate,
    places: a.places,
    actors: a.actors,
    events: a.events,
    casualties: a.casualties,
    diagnostics,
  });
}

export function analyze(raw: RawDocument, opts: AnalyzeOptions): SitrepDocument {
  const { analysis, diagnostics } = runPipeline(raw, opts);
  return toOutput(analysis, diagnostics);
}
