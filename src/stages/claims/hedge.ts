/**
 * The hedge of a claim (corpus README, "Hedges"): denied when the source
 * denies; claimed when a party claims its own deed or success (an explicit
 * claim, "they had killed", enemy dead counted by the side that killed them,
 * or an attack reported by the side that carried it out); reported for
 * hearsay ("naar verluidt", "zouden", "reportedly", "soll"); else asserted.
 */
import type { ActorRecord, Analysis, CasualtyDraft, EventDraft } from '../../core/analysis.js';
import type { Hedge } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { isoCountries } from '../../lang/iso-countries.js';
import type { ClaimsLexicon } from './lexicon.js';
import type { SourceRef } from './sources.js';

/** ACLED inter codes of armed parties: state forces, rebels, militias, external forces. */
const PARTY_INTER = new Set([1, 2, 3, 4, 8]);
const PARTY_KIND = /state forces|rebel|militia|external forces|government|armed group|military/iu;

export function isParty(src: SourceRef | null, lx: ClaimsLexicon, text?: string): boolean {
  if (!src) return false;
  // state-run media speak for their state ("the state-run newspaper X reported that troops had …")
  if (text && lx.stateMedia && lx.stateMedia.test(text.slice(Math.max(0, src.cs - 40), src.ce))) return true;
  const a = src.actor;
  // health ministries, civil defence, rescue services, rights bodies count the dead but fight no one
  if (lx.civilBodies && [src.name, ...(src.aliases ?? [])].some((n) => lx.civilBodies!.test(n))) return false;
  if (!a) return lx.partyWords.test(src.name);
  if (a.inter !== undefined && PARTY_INTER.has(a.inter)) return true;
  return PARTY_KIND.test(a.kind);
}

const alpha2Memo = new Map<string, string | undefined>();
/** The ISO code of an English country name (memoised: names repeat across claims). */
function alpha2(name: string): string | undefined {
  if (alpha2Memo.has(name)) return alpha2Memo.get(name);
  const code = isoCountries('en')?.getAlpha2Code(name, 'en');
  if (alpha2Memo.size > 5000) alpha2Memo.clear();
  alpha2Memo.set(name, code);
  return code;
}

const termMemo = new Map<string, RegExp>();
/** An enemy term as a whole-word pattern, made once. */
function termRegex(t: string): RegExp {
  let re = termMemo.get(t);
  if (!re) termMemo.set(t, (re = new RegExp(`(?<![\\p{L}])${t}(?![\\p{L}])`, 'u')));
  return re;
}

/** The state an actor's side is: its record's `country`, else the "… of <Country>" in its canonical name (state bodies only). */
export function sideOf(name: string, actor?: ActorRecord): string | null {
  // a country is a side for its state bodies only: rebels of a country fight its state
  if (actor && actor.inter !== undefined && actor.inter !== 1 && actor.inter !== 8 && !/government|state/iu.test(actor.kind)) return null;
  const own = actor ? (actor as { country?: unknown }).country : undefined;
  if (typeof own === 'string' && own.length > 0) return own.toUpperCase();
  const m = /\bof (?:the )?([\p{Lu}][\p{L} '-]+)$/u.exec(name);
  if (m) {
    const code = alpha2(m[1]!);
    if (code) return code;
  }
  return null;
}

function sameSide(a: string, aActor: ActorRecord | undefined, b: string, actors: readonly ActorRecord[]): boolean {
  if (a === b) return true;
  const sa = sideOf(a, aActor);
  const sb = sideOf(b, actors.find((x) => x.name === b));
  return sa !== null && sa === sb;
}

/** A rebel group or militia (ACLED inter 2, 3): not a state body. */
function nonState(actor: ActorRecord | undefined): boolean {
  if (!actor) return false;
  if (actor.inter !== undefined) return actor.inter === 2 || actor.inter === 3;
  return /rebel|militia|armed group/iu.test(actor.kind);
}

/** Event types where the side carrying out the event claims it by reporting it. */
const CLAIMABLE = /^(Battles|Explosions\/Remote violence)$/u;
const CLAIMABLE_SUB = /Disrupted weapons use|territory/u;

/** Outlets and persons who only tell of an event carry out none: never its initiator. */
const TELLER_KIND = /media|news|outlet|agency|anonymous sources/iu;

export function initiatorOf(e: EventDraft, actors: readonly ActorRecord[] = []): string | null {
  const teller = (n: string): boolean => TELLER_KIND.test(actors.find((x) => x.name === n)?.kind ?? '');
  return e.actorRoles?.find((r) => r.role === 'initiator' && !teller(r.name))?.name ?? e.actors.find((n) => !teller(n)) ?? null;
}

function near(a: Span, b: Span, gap: number): boolean {
  return a.start - b.end <= gap && b.start - a.end <= gap;
}

export interface HedgeInput {
  /** the source speaks of its own deeds ("nach eigenen Angaben") */
  self?: boolean;
  /** the text of the sentence (part) the claim stands in */
  text: string;
  /** the claim stands in the event's own sentence */
  own: boolean;
  force: string;
  src: SourceRef | null;
  hearsay: boolean;
  claimCue: boolean;
  selfSuccess: readonly Span[];
  /** the words of the attribution cue ("confirmed") */
  cue?: string;
}

/** Kinds and ACLED inter codes of bodies that fight no one: civilians, protesters, organisations, media, parties. */
const CIVIL_KIND = /civilian|organi[sz]ation|ngo|media|protester|student|political party|anonymous sources|human rights|international/iu;
const CIVIL_INTER = new Set([5, 6, 7]);

/**
 * "A students' group claimed the church was burnt by a mob": a claim is a party's claim of its own deed or success;
 * a body that is no armed party and does not carry out the event only tells of it (asserted, or reported as hearsay).
 */
function bystanderClaim(h: HedgeInput, ini: string | null): boolean {
  const x = h.src?.actor;
  if (!x || h.claimCue || x.name === ini) return false;
  return (x.inter !== undefined && CIVIL_INTER.has(x.inter)) || CIVIL_KIND.test(x.kind);
}

export function hedgeForFigure(a: Analysis, lx: ClaimsLexicon, h: HedgeInput, fig: CasualtyDraft): Hedge {
  if (h.force === 'deny') return 'denied';
  if (h.force === 'accuse') return h.hearsay ? 'reported' : 'asserted';
  const fev = fig.eventId != null ? a.events.find((e) => e.id === fig.eventId) : undefined;
  if (h.force === 'claim' && bystanderClaim(h, fev ? initiatorOf(fev, a.actors) : null)) return h.hearsay ? 'reported' : 'asserted';
  if (h.force === 'claim' || (h.claimCue && h.src)) return 'claimed';
  const span = { start: fig.cs, end: fig.ce };
  // "they had killed 86 fighters": the source counts the dead of its own deed
  if (h.src && fig.kind === 'killed' && h.selfSuccess.some((s) => near(s, span, 25))) return 'claimed';
  // a party counting the dead of a fight it is no side of ("the army said 18 fighters of two rival groups died") only reports
  const ev = fig.eventId != null ? a.events.find((e) => e.id === fig.eventId) : undefined;
  const bystander = ev !== undefined && ev.actors.length > 0 && h.src !== null && !ev.actors.some((x) => sameSide(h.src!.name, h.src!.actor, x, a.actors));
  if (isParty(h.src, lx, a.text) && fig.kind === 'killed' && !bystander) {
    // the victims' words right after the figure count too ('mehr als 20 getöteten "Terroristen"')
    const words = `${a.text.slice(fig.cs, fig.ce)} ${a.text.slice(fig.ce, fig.ce + 20).replace(/^[\s"“”„«»']+/u, '').split(/\s+/u)[0] ?? ''} ${fig.who ?? ''}`.toLowerCase();
    if (lx.enemyTerms.some((t) => termRegex(t).test(words))) return 'claimed';
    const srcSide = h.src ? sideOf(h.src.name, h.src.actor) : null;
    const foreign = a.places.some((p) => p.kind === 'demonym' && p.cs >= fig.cs && p.ce <= fig.ce && srcSide !== null && p.country !== srcSide);
    if (foreign) return 'claimed';
  }
  return h.hearsay ? 'reported' : 'asserted';
}

export function hedgeForEvent(a: Analysis, lx: ClaimsLexicon, h: HedgeInput, e: EventDraft): Hedge {
  if (h.force === 'deny') return 'denied';
  if (h.force === 'accuse') return h.hearsay ? 'reported' : 'asserted';
  if (h.force === 'claim' && bystanderClaim(h, initiatorOf(e, a.actors))) return h.hearsay ? 'reported' : 'asserted';
  if (h.force === 'claim' || (h.claimCue && h.src)) return 'claimed';
  if (h.src && h.selfSuccess.length > 0) return 'claimed';
  if (h.self && isParty(h.src, lx, a.text)) return 'claimed';
  if (isParty(h.src, lx, a.text) && h.src) {
    if (lx.successVerbs.test(h.text)) return 'claimed';
    const ini = h.own ? initiatorOf(e, a.actors) : null;
    // a side confirming the attack it carried out, once others told of it, asserts it (a success verb still claims, above)
    const confirms = h.cue !== undefined && (lx.confirmVerbs ?? []).includes(h.cue.toLowerCase());
    if (ini && !confirms && (CLAIMABLE.test(e.type) || CLAIMABLE_SUB.test(e.subType)) && sameSide(h.src.name, h.src.actor, ini, a.actors)) return 'claimed';
    // ground taken by a non-state group with no armed initiator known: a non-state armed group telling of it claims it
    if (h.own && /Non-state actor overtakes territory/u.test(e.subType) && nonState(h.src.actor) && !a.actors.some((x) => x.name === ini && isParty({ name: x.name, actor: x, cs: 0, ce: 0 }, lx))) return 'claimed';
  }
  return h.hearsay ? 'reported' : 'asserted';
}
