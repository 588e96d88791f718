/** Hand-built analyses for the events tests: text, places and times placed by their words. */
import type { Analysis, PlaceMention, TimeMention } from '../../core/analysis.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { DocDate, Level } from '../../core/schema.js';
import { OffsetMap } from '../../core/span.js';
import type { StageContext } from '../../core/stage.js';
import type { LanguagePack } from '../../lang/pack.js';

export interface PlaceSpec {
  text: string;
  /** which occurrence of `text` (0-based) */
  nth?: number;
  level: Level;
  name: string;
  country: string;
  admin1?: string;
  lat?: number;
  lon?: number;
  kind?: 'toponym' | 'demonym';
}

export interface TimeSpec {
  text: string;
  nth?: number;
  start: string;
  end: string;
  basis?: TimeMention['basis'];
  /** the time rule id (default 'fixture') */
  rule?: string;
}

function find(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: '${needle}' #${nth} not in text`);
  }
  return at;
}

export function makeAnalysis(text: string, lang: string, date: string, places: PlaceSpec[] = [], times: TimeSpec[] = []): Analysis {
  const pm: PlaceMention[] = places.map((p) => {
    const cs = find(text, p.text, p.nth);
    return {
      start: cs,
      end: cs + p.text.length,
      text: p.text,
      level: p.level,
      name: p.name,
      country: p.country,
      ...(p.admin1 !== undefined ? { admin1: p.admin1 } : {}),
      ...(p.lat !== undefined ? { lat: p.lat } : {}),
      ...(p.lon !== undefined ? { lon: p.lon } : {}),
      kind: p.kind ?? 'toponym',
      precision: { acled: 1, ucdp: 1 },
      rule: 'fixture',
      cs,
      ce: cs + p.text.length,
    };
  });
  const tm: TimeMention[] = times.map((t) => {
    const cs = find(text, t.text, t.nth);
    return { cs, ce: cs + t.text.length, start: t.start, end: t.end, precision: 'day', basis: t.basis ?? 'relative', rule: t.rule ?? 'fixture', text: t.text };
  });
  const docDate: DocDate = { value: date, precision: 'day', basis: 'cli' };
  return {
    raw: { id: 'fixture', source: 'fixture', format: 'text', original: text, blocks: [], meta: [], diagnostics: [] },
    doc: { id: 'fixture', source: 'fixture', format: 'text', lang, date: docDate },
    text,
    map: OffsetMap.identity(text.length),
    blocks: [],
    boilerplate: [],
    paragraphs: [],
    sentences: [],
    tokens: [],
    places: pm,
    actors: [],
    times: tm,
    events: [],
    casualties: [],
  };
}

export function makeContext(pack: LanguagePack, packs: Record<string, LanguagePack>, date: string, sink: Diagnostic[] = []): StageContext {
  return {
    original: '',
    lang: pack,
    packs,
    refDate: { value: date, precision: 'day', basis: 'cli' },
    gazetteer: () => {
      throw new Error('events tests need no gazetteer');
    },
    report: (d) => sink.push({ ...d, stage: 'events' }),
  };
}
