/** Hand-built analyses for the casualties and claims tests: text, actors and events placed by their words. */
import type { ActorRecord, Analysis, EventDraft } from '../../core/analysis.js';
import { OffsetMap } from '../../core/span.js';

export interface ActorSpec {
  name: string;
  kind: string;
  inter?: number;
  /** the words of each mention (every occurrence is a mention) */
  mentions: string[];
}

export interface EventSpec {
  id: string;
  type: string;
  subType?: string;
  /** the trigger word (first occurrence, or `nth`) */
  trigger: string;
  nth?: number;
  actors?: string[];
  /** further sentence indices folded into the event (merged mentions) */
  also?: number[];
}

/** Where `needle` occurs in `text`, case-insensitively. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  const t = text.toLowerCase();
  const n = needle.toLowerCase();
  for (let at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + 1)) out.push(at);
  return out;
}

export function fixture(text: string, lang: string, actors: ActorSpec[] = [], events: EventSpec[] = []): Analysis {
  const acts: ActorRecord[] = actors.map((a, i) => ({
    id: `a${i}`,
    name: a.name,
    kind: a.kind,
    ...(a.inter !== undefined ? { inter: a.inter } : {}),
    mentions: [],
    rule: 'fixture',
    cmentions: a.mentions.flatMap((m) => occurrences(text, m).map((s) => ({ start: s, end: s + m.length }))),
  }));
  const paraStarts = [0, ...[...text.matchAll(/\n\n/gu)].map((m) => m.index + 2)];
  const sentences: Analysis['sentences'] = [];
  for (const [p, ps] of paraStarts.entries()) {
    const pe = p + 1 < paraStarts.length ? paraStarts[p + 1]! - 2 : text.length;
    let s = ps;
    for (const m of text.slice(ps, pe).matchAll(/[.!?]["'”’]?(?:\s+|$)/gu)) {
      const e = ps + m.index + m[0].trimEnd().length;
      sentences.push({ start: s, end: e, index: sentences.length, paragraph: p });
      s = ps + m.index + m[0].length;
    }
    if (s < pe) sentences.push({ start: s, end: pe, index: sentences.length, paragraph: p });
  }
  const evs: EventDraft[] = events.map((e) => {
    const cs = occurrences(text, e.trigger)[e.nth ?? 0] ?? -1;
    if (cs < 0) throw new Error(`fixture: trigger '${e.trigger}' not in text`);
    const sentence = sentences.findIndex((s) => cs >= s.start && cs < s.end);
    return {
      id: e.id,
      type: e.type,
      subType: e.subType ?? '',
      date: { start: '2024-01-01', end: '2024-01-01' },
      location: { level: 'country', name: 'X', country: 'XX' },
      actors: e.actors ?? [],
      sources: [],
      trigger: { start: cs, end: cs + e.trigger.length, text: e.trigger },
      evidence: [],
      rules: {},
      cs,
      ce: cs + e.trigger.length,
      sentence,
      ...(e.also ? { sentences: [sentence, ...e.also] } : {}),
    };
  });
  return {
    raw: { id: 't', source: 't', format: 'text', original: text, blocks: [], diagnostics: [] } as unknown as Analysis['raw'],
    doc: { id: 't', source: 't', format: 'text', lang, date: { value: '2024-01-01', precision: 'day', basis: 'cli' } },
    text,
    map: OffsetMap.identity(text.length),
    blocks: [],
    boilerplate: [],
    paragraphs: paraStarts.map((s, index) => ({ start: s, end: s, index, kind: 'paragraph' as const, lang })),
    sentences,
    tokens: [],
    places: [],
    actors: acts,
    times: [],
    events: evs,
    casualties: [],
  };
}
