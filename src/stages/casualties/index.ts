/**
 * casualties: every casualty figure the text states (corpus README,
 * "Figures"), linked to the event it belongs to; sets each event's
 * `fatalities` (and `injuries`) from the figures linked to it.
 * Source and hedge are set by the claims stage that runs next.
 *
 * Conventions (min..max; `acled` is ACLED's conservative count):
 *  - bare N → N..N; "at least N" → N..open; "more than N" → N+1..open;
 *    "between A and B", "A-B", "A to B" → A..B (acled A);
 *  - "up to N", "nearly N" → unknown..N (acled unknown), "fewer than N" → unknown..N-1;
 *    "about N" → N..N;
 *  - "a dozen" → 12..12, "more than a dozen" → 13..open, "dozens" → 24..open (acled 12),
 *    "tientallen" → 20..open (acled 10), "hundreds" → 200..open (acled 100);
 *  - "no injuries", "niemand raakte gewond", "Doden vielen er niet" → 0..0;
 *    words without a number ("several") give no figure;
 *  - a part of a figure ("including four children") is a figure of its own,
 *    marked `subset` and left out of the event's toll;
 *  - kinds: killed, injured, missing, detained, displaced (the last two are
 *    not casualties in the corpus's scoring but are stated figures too).
 * A headline repeating a figure of the body, and a figure restated for the
 * same event, are dropped.
 */
import type { Analysis, CasualtyDraft, EventDraft } from '../../core/analysis.js';
import { outSpan } from '../../core/analysis.js';
import { stage } from '../../core/stage.js';
import { distanceKm } from '../../core/geo.js';
import { decideOutcome } from '../events/table.js';
import type { CasualtiesLexicon } from './lexicon.js';
import { sentenceFigures, type SentenceFigure } from './figures.js';
import { isHeadingParagraph, sentenceRanges, sentenceAt, type SentenceRange } from './sentences.js';
import { eventToll } from './fatalities.js';
import { PhraseSet, mayMatch, tokenize } from './words.js';

interface Found {
  fig: SentenceFigure;
  sent: SentenceRange;
  cs: number;
  ce: number;
  eventId: string | null;
}

/** A headline: a one-sentence paragraph without sentence-final punctuation. */
function isHeadline(text: string, s: SentenceRange, sents: readonly SentenceRange[]): boolean {
  const same = sents.filter((x) => x.paragraph === s.paragraph);
  return same.length === 1 && !/[.!?…"”'’»)]$/u.test(text.slice(s.start, s.end).trimEnd());
}

const backRefCache = new WeakMap<CasualtiesLexicon, PhraseSet>();

function hasBackReference(lx: CasualtiesLexicon, text: string): boolean {
  let ps = backRefCache.get(lx);
  if (!ps) {
    ps = PhraseSet.of(lx.backReferences);
    backRefCache.set(lx, ps);
  }
  const toks = tokenize(text);
  for (let i = 0; i < toks.length; i++) if (ps.match(toks, i)) return true;
  return false;
}

/** Does a time expression of the sentence name a window apart from the event's ("am 7. Oktober 2023" against a strike of last night)? */
function otherTime(a: Analysis, s: SentenceRange, e: EventDraft): boolean {
  const d = e.date;
  if (!d?.start || !d.end) return false;
  return a.times.some((t) => t.cs >= s.start && t.ce <= s.end && (t.end < d.start || t.start > d.end));
}

/** An event whose merged evidence includes the sentence, unless the sentence is dated apart from it. */
function mergedIn(a: Analysis, s: SentenceRange, e: EventDraft): boolean {
  return e.sentences?.includes(s.index) === true && !otherTime(a, s, e);
}

/** Beyond this distance a settlement named with a figure is another place than the event's. */
const SAME_PLACE_KM = 25;

/**
 * Does the figure's sentence name a settlement away from the event's location ("In X, two people died"
 * after a strike on Y)? Then the figure is about victims elsewhere and does not count for that event.
 */
export function namesOtherPlace(a: Pick<Analysis, 'places'>, s: Pick<SentenceRange, 'start' | 'end'>, e: Pick<EventDraft, 'location'>): boolean {
  const loc = e.location;
  for (const p of a.places) {
    if (p.cs < s.start || p.ce > s.end || p.kind !== 'toponym' || p.level !== 'place') continue;
    if (loc.level === 'place' && loc.lat !== undefined && loc.lon !== undefined && p.lat !== undefined && p.lon !== undefined) {
      if (distanceKm(p.lat, p.lon, loc.lat, loc.lon) > SAME_PLACE_KM) return true;
    } else if (loc.level === 'admin1' && p.admin1 !== undefined && p.country === loc.country) {
      if (p.admin1.toLowerCase() !== loc.name.toLowerCase()) return true;
    } else if (loc.level === 'country' && p.country !== loc.country) return true;
  }
  return false;
}

/** The event a figure belongs to: one in its sentence, else the one the text was telling just before. */
function linkEvent(
  lx: CasualtiesLexicon,
  a: Analysis,
  sents: readonly SentenceRange[],
  evSent: ReadonlyMap<EventDraft, number>,
  found: readonly Found[],
  f: Found,
): string | null {
  // an event told in this sentence; else one whose merged evidence includes it ("Monday night a drone hit …" folded into the strike told before)
  const primary = a.events.filter((e) => evSent.get(e) === f.sent.index);
  const here = primary.length > 0 ? primary : a.events.filter((e) => mergedIn(a, f.sent, e) && !namesOtherPlace(a, f.sent, e));
  if (here.length > 0) {
    const before = here.filter((e) => e.cs <= f.cs);
    const pick = before.length > 0 ? before[before.length - 1]! : here[0]!;
    return pick.id;
  }
  const back = hasBackReference(lx, a.text.slice(f.sent.start, f.sent.end));
  // back through the paragraph, and into the one before unless a heading stands between
  for (let k = f.sent.index - 1; k >= 0 && k >= f.sent.index - (back ? 4 : 3); k--) {
    const s = sents[k]!;
    if (isHeadingParagraph(a, s.paragraph)) break;
    const own = a.events.filter((e) => evSent.get(e) === k);
    const evs = (own.length > 0 ? own : a.events.filter((e) => mergedIn(a, s, e))).filter((e) => !namesOtherPlace(a, f.sent, e));
    if (evs.length > 0) return evs[evs.length - 1]!.id;
    const figs = found.filter((x) => x.sent.index === k && x.eventId !== null);
    const via = figs.length > 0 ? a.events.find((e) => e.id === figs[figs.length - 1]!.eventId) : undefined;
    if (via && !namesOtherPlace(a, f.sent, via)) return via.id;
  }
  return null;
}

/**
 * Is the figure a tally over a long period? A tally cue in its own clause
 * ("3,600 people were killed this year") or in a clause opening the sentence
 * before it ("Seit Jahresbeginn wurden …").
 */
export function isTally(lx: CasualtiesLexicon, sentence: string, fs: number, fe: number): boolean {
  const cues = lx.tallyCues ?? [];
  if (cues.length === 0) return false;
  const BREAK = /[,;:()–—]/gu;
  let cs = 0;
  let ce = sentence.length;
  for (const m of sentence.matchAll(BREAK)) {
    if (m.index < fs) cs = m.index + 1;
    else if (m.index >= fe) {
      ce = m.index;
      break;
    }
  }
  const clause = sentence.slice(cs, ce);
  const opening = /[,;:]/u.exec(sentence);
  const lead = opening && opening.index < fs ? sentence.slice(0, opening.index) : '';
  return cues.some((re) => re.test(clause) || (lead !== '' && re.test(lead)));
}

const deathCache = new WeakMap<RegExp, RegExp>();
/** A pack's pattern made once into the global regex `make` builds from its source. */
function compiled(re: RegExp, make: (src: string) => string): RegExp {
  let r = deathCache.get(re);
  if (!r) deathCache.set(re, (r = new RegExp(make(re.source), 'gu')));
  return r;
}
/** Two to four capitalised words: a person's name. */
const NAME = "\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,3}";
const personCache = new WeakMap<RegExp, RegExp>();

const definiteCache = new WeakMap<CasualtiesLexicon, RegExp | null>();
/** An article and a noun of one person ending the string ("the shooter", "de dader", "der Attentäter"). */
function definite(lx: CasualtiesLexicon): RegExp | null {
  if (definiteCache.has(lx)) return definiteCache.get(lx)!;
  const arts = (lx.articles ?? []).filter((w) => !lx.weakOne.includes(w));
  const re = arts.length === 0 ? null : new RegExp(`(?<![\\p{L}])(?:${arts.join('|')})\\s+(?<noun>${lx.personNouns.source})$`, 'iu');
  definiteCache.set(lx, re);
  return re;
}

function plainWord(lx: CasualtiesLexicon, w: string): boolean {
  const low = w.toLowerCase();
  // months and units ("Anfang März") are no names either
  if (lx.weakOne.includes(low) || low in lx.numberWords || lx.zeroSubjects.includes(low) || lx.unitsAfter.includes(low) || lx.notCountBefore.includes(low)) return true;
  let re = personCache.get(lx.personNouns);
  if (!re) personCache.set(lx.personNouns, (re = new RegExp(`^(?:${lx.personNouns.source})(?:e|en|n|s|es|er|innen)?$`, 'iu')));
  return re.test(w) || (lx.articles ?? []).includes(low);
}
/** Two to four capitalised words ending right at the end of the string: a person's name. */
const FULL_NAME = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Ll}'’-]+\s+){1,3}\p{Lu}[\p{Ll}'’-]+$/u;
const SURNAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’-]{2,}$/u;

/**
 * One named person told dead ("Yaya Tamu died on Friday", "X wurde getötet"): a figure of 1. The name is two to four
 * capitalised words right before a verb of one person's death (the pack's `deathAfterName`), or one capitalised word
 * that the document names elsewhere as the last word of such a name; a name that is a place or a body is no person.
 */
function namedDeaths(lx: CasualtiesLexicon, a: Analysis, sents: readonly SentenceRange[], found: readonly Found[]): Found[] {
  const out: Found[] = [];
  const add = (s: SentenceRange, name: string, cs: number, ce: number): void => {
    // "Der Soldat", "Zwei Kinder": an article, a number word or a noun of persons is no name
    if (name.split(/\s+/u).some((w) => plainWord(lx, w))) return;
    const ne = cs + name.length;
    if ([...found, ...out].some((f) => f.sent.index === s.index && f.cs < ce && f.ce > cs)) return;
    if (a.places.some((p) => p.kind === 'toponym' && p.cs < ne && p.ce > cs)) return;
    if (a.actors.some((x) => x.kind !== 'person' && x.cmentions.some((c) => c.start < ne && c.end > cs))) return;
    const fig: SentenceFigure = {
      min: 1, max: 1, low: 1, best: 1, high: 1, acled: 1, kind: 'killed',
      start: Math.min(cs, ce) - s.start, end: Math.max(ne, ce) - s.start, numStart: cs - s.start, numEnd: ne - s.start,
      who: name, subset: false, via: 'named', how: 'person',
    };
    out.push({ fig, sent: s, cs: Math.min(cs, ce), ce: Math.max(ne, ce), eventId: null });
  };
  const addNoun = (s: SentenceRange, noun: string, cs: number, at: number, ce: number): void => {
    if ([...found, ...out].some((f) => f.sent.index === s.index && f.cs < ce && f.ce > cs)) return;
    const fig: SentenceFigure = {
      min: 1, max: 1, low: 1, best: 1, high: 1, acled: 1, kind: 'killed',
      start: cs - s.start, end: ce - s.start, numStart: cs - s.start, numEnd: at + noun.length - s.start,
      who: noun, subset: false, via: 'named', how: 'role',
    };
    out.push({ fig, sent: s, cs, ce, eventId: null });
  };
  const after = lx.deathAfterName ? compiled(lx.deathAfterName, (src) => `(?<=\\s)(?:${src})(?![\\p{L}])`) : null;
  // "kwam X om het leven", "wurde X getötet": the verb first, the name, then the rest of the verb
  const around = (lx.deathAroundName ?? []).map((d) => compiled(d.before, (src) => `(?<![\\p{L}])(?:${src})\\s+(?<name>${NAME})\\s*(?:${d.after.source})(?![\\p{L}])`));
  for (const s of sents) {
    const body = a.text.slice(s.start, s.end);
    if (after) {
      for (const m of body.matchAll(after)) {
        const before = body.slice(0, m.index).trimEnd();
        let name = FULL_NAME.exec(before)?.[0];
        if (!name) {
          const w = SURNAME.exec(before)?.[0];
          // a single word counts when it is not the sentence's first word and the text names a person "… W" elsewhere
          if (w && before.length > w.length && new RegExp(`\\p{Lu}[\\p{Ll}'’-]+\\s+${w}(?![\\p{L}])`, 'u').test(a.text)) name = w;
        }
        // "Der Angreifer": capitalised, but an article and a noun, no name
        if (name && !name.split(/\s+/u).some((w) => plainWord(lx, w))) add(s, name, s.start + before.length - name.length, s.start + m.index + m[0].length);
        else {
          // "the shooter was shot dead", "de dader werd doodgeschoten": one person named by the noun of the role
          const d = definite(lx)?.exec(before);
          if (d?.groups) {
            const at = s.start + d.index + d[0].length - d.groups['noun']!.length;
            addNoun(s, d.groups['noun']!, s.start + d.index, at, s.start + m.index + m[0].length);
          }
        }
      }
    }
    for (const re of around) {
      for (const m of body.matchAll(re)) {
        const name = m.groups!['name']!;
        const cs = s.start + m.index + m[0].indexOf(name);
        add(s, name, cs, s.start + m.index + m[0].length);
      }
    }
  }
  return out;
}

function same(x: Found, y: Found): boolean {
  return x.fig.kind === y.fig.kind && x.fig.min === y.fig.min && x.fig.max === y.fig.max;
}

export function findCasualties(a: Analysis, lx: CasualtiesLexicon, lang: string): CasualtyDraft[] {
  const sents = sentenceRanges(a);
  const evSent = new Map<EventDraft, number>();
  for (const e of a.events) evSent.set(e, sentenceAt(sents, e.cs));

  let found: Found[] = [];
  for (const s of sents) {
    for (const fig of sentenceFigures(lx, a.text.slice(s.start, s.end), (k) => mayMatch(lx.keywords[k]!.pattern, a.text, s.start, s.end))) {
      found.push({ fig, sent: s, cs: s.start + fig.start, ce: s.start + fig.end, eventId: null });
    }
  }
  found.push(...namedDeaths(lx, a, sents, found));
  found.sort((x, y) => x.cs - y.cs);
  // a tally over a long period is a figure of its own: it sets no event's toll
  for (const f of found) f.eventId = isTally(lx, a.text.slice(f.sent.start, f.sent.end), f.fig.start, f.fig.end) ? null : linkEvent(lx, a, sents, evSent, found, f);

  // a headline repeats a figure of the body
  found = found.filter((f) => !(isHeadline(a.text, f.sent, sents) && found.some((g) => g !== f && same(f, g) && !isHeadline(a.text, g.sent, sents))));
  // a figure restated for the same event (or in the next sentence) by another voice
  found = found.filter((f, i) =>
    !found.slice(0, i).some((g) => same(f, g) && !g.fig.subset && !f.fig.subset && g.fig.via !== 'zero' &&
      ((f.eventId !== null && g.eventId === f.eventId && f.sent.index - g.sent.index <= 2) ||
        (f.eventId === null && g.eventId === null && f.sent.index - g.sent.index === 1))),
  );

  return found.map((f) => {
    const span = outSpan(a, f.cs, f.ce);
    const d: CasualtyDraft = {
      kind: f.fig.kind,
      min: f.fig.min,
      max: f.fig.max,
      low: f.fig.low,
      best: f.fig.best,
      high: f.fig.high,
      acled: f.fig.acled,
      who: f.fig.who,
      source: null,
      hedge: 'asserted',
      eventId: f.eventId,
      start: span.start,
      end: span.end,
      text: span.text,
      rule: `casualties.${lang}.${f.fig.via}.${f.fig.how}`,
      cs: f.cs,
      ce: f.ce,
      sentence: f.sent.index,
    };
    if (f.fig.subset) d.subset = true;
    return d;
  });
}

const killedCache = new WeakMap<CasualtiesLexicon, Array<{ re: RegExp; pattern: RegExp }>>();

/**
 * Events whose sentences (the event's own and those of its figures) tell of
 * deaths with no figure ("several people were killed"): a count of the
 * wounded alone says nothing of their dead.
 */
export function untoldDeaths(a: Pick<Analysis, 'text' | 'events' | 'sentences'>, lx: CasualtiesLexicon, cas: readonly CasualtyDraft[]): Set<string> {
  const sents = sentenceRanges(a);
  let killedWords = killedCache.get(lx);
  if (!killedWords) killedCache.set(lx, (killedWords = lx.keywords.filter((k) => k.kind === 'killed' && !k.zeroOnly).map((k) => ({ re: new RegExp(`(?<![\\p{L}])(?:${k.pattern.source})(?![\\p{L}])`, 'giu'), pattern: k.pattern }))));
  const out = new Set<string>();
  for (const e of a.events) {
    const figs = cas.filter((c) => c.eventId === e.id);
    const idx = new Set([sentenceAt(sents, e.cs), ...figs.map((c) => sentenceAt(sents, c.cs))].filter((k) => k >= 0));
    for (const k of idx) {
      const s = sents[k]!;
      const body = a.text.slice(s.start, s.end);
      const bare = killedWords.some(({ re, pattern }) => mayMatch(pattern, a.text, s.start, s.end) && [...body.matchAll(re)].some((m) => !cas.some((c) => c.kind === 'killed' && c.cs <= s.start + m.index && c.ce >= s.start + m.index + m[0].length)));
      if (bare) out.add(e.id);
    }
  }
  return out;
}

/**
 * Set each event's fatalities and injuries from its figures. A figure told
 * after a sentence of several events of one type ("drone attacks on A and
 * B; no one was injured") counts for each of them; "no injuries" with no
 * death reported means no fatalities either.
 */
export function applyTolls(events: readonly EventDraft[], cas: readonly CasualtyDraft[], untold: ReadonlySet<string> = new Set()): EventDraft[] {
  return events.map((e) => {
    const siblings = new Set(events.filter((x) => x.sentence === e.sentence && x.type === e.type).map((x) => x.id));
    const figs = cas.filter((c) => c.eventId === e.id || (c.eventId != null && siblings.has(c.eventId) && c.sentence !== e.sentence));
    const { fatalities: _f, injuries: _i, ...rest } = e;
    void _f;
    void _i;
    const out: EventDraft = { ...rest };
    let killed = eventToll(figs, 'killed');
    const injured = eventToll(figs, 'injured');
    if (!killed && injured && injured.min === 0 && injured.max === 0) killed = { min: 0, max: 0 };
    // the wounded counted and no death told: no one was killed ("both were injured", "lightly injuring a guard")
    const injuredOnly = !killed && injured !== undefined && (injured.min ?? 0) > 0 && figs.every((c) => c.kind !== 'killed') && !untold.has(e.id);
    if (injuredOnly) killed = { min: 0, max: 0 };
    if (killed) out.fatalities = killed;
    // the outcome fills the frame too: deaths at a demonstration make it force against protesters
    const row = killed ? decideOutcome(out.type, out.subType, killed.min ?? 0) : null;
    if (row) {
      out.type = row.type;
      out.subType = row.subType;
      out.rules = { ...out.rules, type: `${out.rules['type'] ?? ''}+${row.id}` };
    }
    else if (e.fatalities && figs.every((c) => c.kind !== 'killed')) out.fatalities = e.fatalities;
    if (injured) out.injuries = injured;
    else if (e.injuries && figs.every((c) => c.kind !== 'injured')) out.injuries = e.injuries;
    if (killed || injured) out.rules = { ...e.rules, ...(killed ? { fatalities: injuredOnly ? 'casualties.toll.injured-only' : 'casualties.toll' } : {}), ...(injured ? { injuries: 'casualties.toll' } : {}) };
    return out;
  });
}

/**
 * The kinds that are casualties (corpus README: killed and injured). Detentions, displacement and the
 * missing are figures of other events (arrests, flight), not casualties: they are recognised so that
 * they are not misread as deaths, and left out of the output.
 */
const CASUALTY_KINDS: ReadonlySet<string> = new Set(['killed', 'injured']);

export const casualties = stage('casualties', (a, ctx) => {
  const cas = findCasualties(a, ctx.lang.casualties, ctx.lang.code).filter((c) => CASUALTY_KINDS.has(c.kind));
  return { ...a, casualties: cas, events: applyTolls(a.events, cas, untoldDeaths(a, ctx.lang.casualties, cas)) };
});
