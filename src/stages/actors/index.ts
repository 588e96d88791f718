/**
 * ACTORS stage: conflict actors named in the cleaned text — dictionary actors
 * (armed groups, organisations, media, well-known people), state bodies of
 * every country ("Military Forces of X", "Ministry of Defence of X"…),
 * capitals/countries speaking for their government, people with roles,
 * offices named after a place ("Governor of Kursk Oblast"), regional bodies,
 * generic sources ("residents", "security sources") and acronyms defined in
 * the text. Runs after places (uses `a.places` to name offices).
 *
 * Offices take the place named with the title ("Gouverneur X van de regio Y",
 * "der Gouverneur des Departements Y, X", "the Y state governor") before the
 * context's; a bare title refers to the office or holder named before, else to
 * the nearest place. Bare state bodies ("het leger") take the same body stated
 * before, else the country in focus in the paragraph (a stated state actor,
 * then the nearest town), else the article's home country; "government troops"
 * always the home country. Some actors depend on the home country (IS branches,
 * Myanmar's resistance → People's Defence Force; see `CONTEXT_ACTORS`).
 *
 * Helpers for later stages (events, claims):
 *  - `actorAt(a, cs, ce)`          the actor with a mention overlapping [cs, ce)
 *  - `actorsIn(a, cs, ce)`         actors with a mention inside [cs, ce), with that mention
 *  - `findSourceActor(a, pos, max)` the actor mention starting nearest after `pos` (a cue's end) within `max` chars
 *  - `actorByName(a, name)`        the actor whose name or alias equals `name` (case-insensitive)
 *  - `actorNames(actor)`           name + aliases
 */
import type { ActorRecord, Analysis } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';
import { outSpan } from '../../core/analysis.js';
import { stage } from '../../core/stage.js';
import { compileActors } from './compile.js';
import { recognise, type Found } from './recognise.js';

export { recognise } from './recognise.js';
export { compileActors } from './compile.js';
export { stateActor } from './names.js';

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/** Group found mentions into actor records (one per key), mentions in text order. */
export function toRecords(a: Pick<Analysis, 'map' | 'raw'>, found: readonly Found[]): ActorRecord[] {
  // one actor per canonical name (a dictionary entry and a generated state body may name the same actor)
  const byKey = new Map<string, Found[]>();
  for (const f of found) {
    const k = f.name.toLowerCase();
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const out: ActorRecord[] = [];
  for (const fs of byKey.values()) {
    fs.sort((x, y) => x.cs - y.cs);
    const first = fs.find((f) => f.key.startsWith('dict:')) ?? fs[0]!;
    const key = first.key;
    const aliases = [...new Set(fs.flatMap((f) => f.aliases))].filter((x) => x !== first.name);
    const cmentions: Span[] = fs.map((f) => ({ start: f.cs, end: f.ce }));
    const rec: ActorRecord = {
      id: key.startsWith('dict:') ? key.slice(5) : `${key.split(':')[0]}:${slug(first.name)}`,
      name: first.name,
      kind: first.kind,
      ...(first.inter !== undefined ? { inter: first.inter } : {}),
      ...(first.role !== undefined ? { role: first.role } : {}),
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(first.country !== undefined ? { country: first.country } : {}),
      mentions: cmentions.map((m) => outSpan(a, m.start, m.end)),
      rule: first.rule,
      cmentions,
    };
    out.push(rec);
  }
  return out.sort((x, y) => (x.cmentions[0]?.start ?? 0) - (y.cmentions[0]?.start ?? 0));
}

export const actors = stage('actors', (a, ctx) => {
  const found: Found[] = [];
  const paras = a.paragraphs.length > 0 ? a.paragraphs : [{ start: 0, end: a.text.length, lang: a.doc.lang, index: 0, kind: 'paragraph' as const }];
  // one pass per run of paragraphs in the same language
  let i = 0;
  while (i < paras.length) {
    const lang = paras[i]!.lang || a.doc.lang;
    let j = i;
    while (j + 1 < paras.length && (paras[j + 1]!.lang || a.doc.lang) === lang) j++;
    const start = paras[i]!.start;
    const end = paras[j]!.end;
    const pack = ctx.packs[lang] ?? ctx.lang;
    const lex = pack.actors;
    if (lex?.bodies) {
      const c = compileActors(lex, pack.code);
      const text = a.text.slice(start, end);
      const places = a.places.filter((p) => p.cs >= start && p.ce <= end).map((p) => ({ ...p, cs: p.cs - start, ce: p.ce - start }));
      const ps = paras.slice(i, j + 1).map((p) => ({ start: p.start - start, end: p.end - start }));
      for (const f of recognise({ text, places, lang: pack.code, paragraphs: ps }, c)) found.push({ ...f, cs: f.cs + start, ce: f.ce + start });
    }
    i = j + 1;
  }
  return { ...a, actors: toRecords(a, found) };
});

/** The actor with a mention overlapping the cleaned span [cs, ce). */
export function actorAt(a: Pick<Analysis, 'actors'>, cs: number, ce: number): ActorRecord | undefined {
  return a.actors.find((x) => x.cmentions.some((m) => m.start < ce && cs < m.end));
}

/** Actors with a mention inside [cs, ce), each with its first such mention, in text order. */
export function actorsIn(a: Pick<Analysis, 'actors'>, cs: number, ce: number): Array<{ actor: ActorRecord; mention: Span }> {
  const out: Array<{ actor: ActorRecord; mention: Span }> = [];
  for (const actor of a.actors) {
    for (const m of actor.cmentions) if (m.start >= cs && m.end <= ce) out.push({ actor, mention: m });
  }
  return out.sort((x, y) => x.mention.start - y.mention.start);
}

/** The actor mention starting nearest after cleaned offset `pos` (e.g. the end of "volgens"/"according to"), within `max` characters. */
export function findSourceActor(a: Pick<Analysis, 'actors'>, pos: number, max = 60): { actor: ActorRecord; mention: Span } | undefined {
  let best: { actor: ActorRecord; mention: Span } | undefined;
  for (const actor of a.actors) {
    for (const m of actor.cmentions) {
      if (m.start < pos || m.start - pos > max) continue;
      if (!best || m.start < best.mention.start || (m.start === best.mention.start && m.end > best.mention.end)) best = { actor, mention: m };
    }
  }
  return best;
}

/** All names an actor goes by: canonical name first, then aliases. */
export function actorNames(actor: Pick<ActorRecord, "name" | "aliases">): string[] {
  return [actor.name, ...(actor.aliases ?? [])];
}

/** The actor whose canonical name or an alias equals `name` (case-insensitive). */
export function actorByName(a: Pick<Analysis, 'actors'>, name: string): ActorRecord | undefined {
  const n = name.toLowerCase();
  return a.actors.find((x) => actorNames(x).some((y) => y.toLowerCase() === n));
}

const SOURCE_KINDS = new Set(['anonymous sources', 'media', 'organisation']);

/**
 * Whether an actor only ever reports (anonymous sources, media, NGOs, monitors)
 * rather than takes part in events: events may leave such actors out of
 * `actors` while claims still use them as sources. People and generic civilians
 * are not source-only ("residents" can be victims).
 */
export function isSourceOnly(actor: Pick<ActorRecord, 'kind' | 'inter'>): boolean {
  return SOURCE_KINDS.has(actor.kind) && actor.inter === undefined;
}
