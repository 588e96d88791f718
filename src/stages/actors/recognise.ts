/**
 * Recognise actor mentions in a cleaned text and group them into actors.
 * Pure: (text, places, compiled lexicon) → records with cleaned spans.
 */
import type { PlaceMention } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';
import type { CompiledActors } from './compile.js';
import { escapeRe, groupOf } from './compile.js';
import { fold, mayMatch, requiredLiterals } from '../events/prefilter.js';
import { scanNames, type NameIndex } from './names-index.js';
import { breakChars, execInLines, lineSpans, matchInLines, type LineMatch } from './line-scan.js';
import { COUNTRIES } from './countries.js';
import { CONTEXT_ACTORS, DICTIONARY, type DictEntry } from './dictionary.js';
import type { RoleId, StateBody } from './lexicon.js';
import { GOVERNORATE_SEATS, officeName, PLACE_ROLES, regionalActor, shortPlace, stateActor, withDesignation } from './names.js';

export interface Found {
  /** grouping key: one actor per key */
  key: string;
  name: string;
  kind: string;
  inter?: number;
  role?: string;
  country?: string;
  aliases: string[];
  rule: string;
  cs: number;
  ce: number;
  /** higher wins among overlapping candidates of equal length */
  prio: number;
}

interface Pending {
  body: StateBody;
  home?: boolean;
  cs: number;
  ce: number;
  rule: string;
}

export interface RecogniseInput {
  text: string;
  places: readonly PlaceMention[];
  lang: string;
  /** paragraph boundaries (cleaned offsets), for the focus-country search */
  paragraphs?: readonly Span[];
}

const PRIO = { dict: 60, person: 55, office: 50, body: 40, regional: 35, gov: 30, generic: 20, bare: 10 } as const;

function fromEntry(e: DictEntry, cs: number, ce: number, rule: string): Found {
  return {
    key: `dict:${e.id}`,
    name: e.name,
    kind: e.kind,
    ...(e.inter !== undefined ? { inter: e.inter } : {}),
    ...(e.role !== undefined ? { role: e.role } : {}),
    ...(e.country !== undefined ? { country: e.country } : {}),
    aliases: e.aliases ?? [],
    rule,
    cs,
    ce,
    prio: e.kind === 'person' ? PRIO.person : PRIO.dict,
  };
}

function stateFound(body: StateBody, code: string, cs: number, ce: number, rule: string, prio: number): Found {
  const c = stateActor(body, code);
  return {
    key: `state:${body}:${code}`,
    name: c.name,
    kind: c.kind,
    ...(c.inter !== undefined ? { inter: c.inter } : {}),
    country: code,
    aliases: c.aliases,
    rule,
    cs,
    ce,
    prio,
  };
}

/** The admin1 a place mention stands for (itself when admin1, its admin1 otherwise). */
function admin1Of(p: PlaceMention): string | undefined {
  return p.level === 'admin1' ? p.name : p.admin1;
}

/** The admin1 as offices are named: with its designation where the country uses one ("Kharkiv" → "Kharkiv Oblast"). */
function officeAdmin1(p: PlaceMention): string | undefined {
  const a1 = admin1Of(p);
  return a1 && p.country ? withDesignation(a1, p.country) : a1;
}

function placeNameFor(role: RoleId, p: PlaceMention): string | undefined {
  if (p.level === 'country') return undefined;
  if (role === 'mayor') return p.level === 'place' ? p.name : undefined;
  if (role === 'head of administration') return p.level === 'place' ? p.name : officeAdmin1(p);
  if (p.level === 'place' && p.country && GOVERNORATE_SEATS.has(p.country)) return p.name;
  return officeAdmin1(p);
}

export function recognise(input: RecogniseInput, c: CompiledActors): Found[] {
  const { text, lang } = input;
  const places = [...input.places].filter((p) => p.kind !== 'demonym').sort((x, y) => x.cs - y.cs);
  const cands: Found[] = [];
  const pending: Pending[] = [];
  const bareOffices: Array<{ role: RoleId; cs: number; ce: number }> = [];
  const lex = c.lex;

  // 1. dictionary
  const folded = fold(text);
  // a regex runs only when the text holds one of the literals every match needs
  const may = (re: RegExp): boolean => mayMatch(folded, literals(re));
  // all matches of a pattern, scanning only the lines with its literals where it cannot span lines
  const pieces = new Map<string, Array<[number, number]>>();
  const piecesOf = (breaks: string): Array<[number, number]> => {
    let p = pieces.get(breaks);
    if (p === undefined) pieces.set(breaks, (p = lineSpans(text, breaks)));
    return p;
  };
  const all = (re: RegExp): Array<{ index: number; 0: string; groups: LineMatch['groups'] }> => {
    const lits = literals(re);
    const br = breaksOf(re);
    if (lits !== null && br !== '') return matchInLines(re, text, folded, piecesOf(br), lits, br).map((m) => ({ index: m.index, 0: m.text, groups: m.groups }));
    return [...text.matchAll(re)].map((r) => ({ index: r.index, 0: r[0], groups: r.groups }));
  };
  const hits = (re: RegExp, idx: NameIndex): Array<{ index: number; text: string }> =>
    idx.ok ? scanNames(text, idx, folded) : [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0] }));
  for (const m of hits(c.dictCsRe, c.dictCsIdx)) {
    const e = c.dictCs.get(m.text);
    if (e) cands.push(fromEntry(e, m.index, m.index + m.text.length, `dict.${e.id}`));
  }
  for (const m of hits(c.dictCiRe, c.dictCiIdx)) {
    const e = c.dictCi.get(m.text.toLowerCase());
    if (e) cands.push(fromEntry(e, m.index, m.index + m.text.length, `dict.${e.id}`));
  }

  // 2. state bodies
  const slotMaps = [c.adj, c.poss, c.country, c.capital];
  for (const { p, re } of c.bodies) {
    if (!may(re)) continue;
    // only the pieces (lines, clauses) that hold one of the pattern's literals, where no match can span them (./line-scan.ts)
    const lits = literals(re);
    const br = breaksOf(re);
    const byLine = lits !== null && br !== '';
    const lines = byLine ? piecesOf(br) : [];
    const hasLit = new Map<number, boolean>();
    let from = 0;
    re.lastIndex = 0;
    const next = (): { index: number; 0: string; groups: Record<string, string | undefined> | undefined } | null => {
      if (!byLine) {
        const r = re.exec(text);
        return r ? { index: r.index, 0: r[0], groups: r.groups } : null;
      }
      const lm = execInLines(re, text, folded, lines, lits!, from, hasLit, br);
      return lm ? { index: lm.index, 0: lm.text, groups: lm.groups } : null;
    };
    let m: { index: number; 0: string; groups: Record<string, string | undefined> | undefined } | null;
    while ((m = next()) !== null) {
      from = m.index + m[0].length;
      // the slots' group names in the groups object's order: the first that took part is the slot's word
      const names = slotNames(re, m.groups);
      let code: string | undefined;
      let bad = false;
      for (let k = 0; k < 4 && !bad; k++) {
        const v = firstGroup(m.groups, names[k]!);
        if (v === undefined) continue;
        const hit = slotMaps[k]!.get(v.toLowerCase());
        if (hit === undefined) bad = true;
        else code ??= hit;
      }
      if (bad) {
        // a word in an adjective/possessive slot that is none: try again one character further
        re.lastIndex = m.index + 1;
        from = m.index + 1;
        continue;
      }
      const cs = m.index;
      const ce = m.index + m[0].length;
      if (code) cands.push(stateFound(p.body, code, cs, ce, `${lang}.actor.${p.body}`, PRIO.body));
      else if (!hasSlot(p.re)) pending.push({ body: p.body, cs, ce, rule: `${lang}.actor.${p.body}.${p.home ? 'home' : 'focus'}`, ...(p.home ? { home: true } : {}) });
    }
  }

  // 3. a capital or country speaking for its government
  for (const re of [c.govAfter, c.govBefore]) {
    if (!may(re)) continue;
    // the names before a speech verb: found by the name index (the same matches as the regex)
    const ms =
      re === c.govAfter && c.govAfterIdx.ok
        ? scanNames(text, c.govAfterIdx, undefined, c.govAfterFollow).map((m) => ({ index: m.index, g: m.text as string | undefined, all: m.text }))
        : all(re).map((m) => ({ index: m.index, g: m.groups?.['gov'], all: m[0] }));
    for (const m of ms) {
      const g = m.g;
      if (g === undefined) continue;
      const cs = m.index + m.all.lastIndexOf(g);
      // part of a longer proper name ("Jordan Ellery", "Tbilisi State University")
      if (/^[ -]\p{Lu}/u.test(text.slice(cs + g.length, cs + g.length + 2))) continue;
      const ent = c.metonym.get(g.toLowerCase());
      if (ent) {
        cands.push(fromEntry(ent, cs, cs + g.length, `${lang}.actor.metonym`));
        continue;
      }
      const code = c.country.get(g.toLowerCase()) ?? c.capital.get(g.toLowerCase());
      if (!code) continue;
      cands.push(stateFound('government', code, cs, cs + g.length, `${lang}.actor.government.metonym`, PRIO.gov));
    }
  }

  // 4. generic actors and sources
  for (const { p, re } of c.generic) {
    if (!may(re)) continue;
    for (const m of all(re)) {
      cands.push({
        key: `generic:${p.name}`,
        name: p.name,
        kind: p.kind,
        ...(p.inter !== undefined ? { inter: p.inter } : {}),
        aliases: p.aliases ?? [],
        rule: `${lang}.actor.generic.${p.name.replace(/\s+/gu, '-')}`,
        cs: m.index,
        ce: m.index + m[0].length,
        prio: PRIO.generic,
      });
    }
  }

  // 5. people with roles, offices named after a place
  const placeAt = (pos: number, slack = 2): PlaceMention | undefined => places.find((p) => p.cs >= pos && p.cs <= pos + slack);
  const placeBefore = (pos: number, ok: (p: PlaceMention) => boolean): PlaceMention | undefined => {
    for (let i = places.length - 1; i >= 0; i--) {
      const p = places[i]!;
      if (p.ce <= pos && ok(p)) return p;
    }
    return undefined;
  };
  // a place linked after `pos` (" van de regio Zaporizja", " des Departements Norte de Santander")
  const linkedPlace = (pos: number, role: RoleId): PlaceMention | undefined => {
    const lm = c.linkAfter.exec(text.slice(pos, pos + 80));
    if (!lm) return undefined;
    const pl = placeAt(pos + lm[0].length, 0);
    return pl && placeNameFor(role, pl) !== undefined ? pl : undefined;
  };
  // a place right before a title ("Kharkiv's governor", "the Borno state governor", "Koersk-gouverneur")
  const suffixSrc = lex.placeSuffix ? `(?:${lex.placeSuffix})?` : '';
  const rightBeforeGap = new RegExp(`^(?:['’]s?)?${suffixSrc}[ -]?$`, 'iu');
  const placeRightBefore = (pos: number, role: RoleId): PlaceMention | undefined => {
    const pl = placeBefore(pos, (x) => placeNameFor(role, x) !== undefined);
    return pl && pos - pl.ce <= 20 && rightBeforeGap.test(text.slice(pl.ce, pos)) ? pl : undefined;
  };
  // "door Rusland aangestelde gouverneur": the installing state's adjective and where the phrase starts
  const installedAt = (pos: number): { adj: string; cs: number } | undefined => {
    if (!c.installedBy) return undefined;
    const before = text.slice(Math.max(0, pos - 60), pos);
    const im = c.installedBy.exec(before);
    if (!im) return undefined;
    // a word in any slot may be an adjective, a country or a capital ("Moscow-installed" fills the adjective slot)
    const words = ['adj', 'country', 'capital'].map((k) => groupOf(im.groups, k)?.toLowerCase()).filter((x): x is string => x !== undefined);
    const code = words.map((w) => c.adj.get(w) ?? c.country.get(w) ?? c.capital.get(w)).find((x) => x !== undefined);
    const adj = code ? COUNTRIES.get(code)?.adj : undefined;
    return adj ? { adj, cs: pos - before.length + im.index } : undefined;
  };
  const installedName = (office: string, inst: { adj: string } | undefined): string => (inst ? `${inst.adj}-installed ${office}` : office);
  for (const { p, named, linked, bare } of c.roles) {
    for (const m of may(named) ? all(named) : []) {
      const name = trimName(m.groups?.['name'] ?? '', c);
      if (!name) continue;
      const ns = m.index + m[0].lastIndexOf(name);
      // a country, capital or place is not a person
      if (c.country.has(name.toLowerCase()) || c.capital.has(name.toLowerCase()) || c.adj.has(name.toLowerCase())) continue;
      if (places.some((pl) => pl.cs <= ns && pl.ce >= ns + name.length)) continue;
      const e = c.dictCs.get(name) ?? c.dictCs.get(name.split(' ').at(-1) ?? '');
      if (e) {
        cands.push({ ...fromEntry(e, ns, ns + name.length, `dict.${e.id}`), cs: m.index, ce: ns + name.length });
        continue;
      }
      const canonical = respell(name, c);
      const aliases: string[] = [];
      if (PLACE_ROLES.has(p.role)) {
        // the place named with the title ("Gouverneur X van de regio Y", "the Y governor X") before the context's
        const pl =
          linkedPlace(ns + name.length, p.role) ??
          placeRightBefore(m.index, p.role) ??
          placeBefore(m.index, (x) => placeNameFor(p.role, x) !== undefined);
        if (pl) {
          const names = officeAliases(p.role, placeNameFor(p.role, pl)!);
          const inst = installedAt(m.index);
          aliases.push(...(inst ? names.map((x) => installedName(x, inst)) : []), ...names);
        }
      }
      cands.push({
        key: `person:${canonical}`,
        name: canonical,
        kind: 'person',
        role: p.role,
        aliases,
        rule: `${lang}.actor.person.${p.role.replace(/\s+/gu, '-')}`,
        cs: m.index,
        ce: ns + name.length,
        prio: PRIO.person,
      });
    }
    if (!PLACE_ROLES.has(p.role)) continue;
    const offices = new Set<string>();
    for (const m of may(linked) ? all(linked) : []) {
      const end = m.index + m[0].length;
      const pl = placeAt(end);
      const pname = pl ? placeNameFor(p.role, pl) : undefined;
      if (!pl || !pname) continue;
      const inst = installedAt(m.index);
      const office = installedName(officeName(p.role, pname)!, inst);
      offices.add(office);
      const suffix = lex.placeSuffix ? new RegExp(`^(?:${lex.placeSuffix})(?![\\p{L}\\p{N}])`, 'iu').exec(text.slice(pl.ce, pl.ce + 30)) : null;
      const oce = pl.ce + (suffix ? suffix[0].length : 0);
      const aliases = officeAliases(p.role, pname).filter((x) => x !== office);
      cands.push({
        key: `office:${office}`,
        name: office,
        kind: 'person',
        role: `${p.role} (not named)`,
        aliases,
        rule: `${lang}.actor.office.${p.role.replace(/\s+/gu, '-')}${inst ? '.installed' : ''}`,
        cs: inst ? inst.cs : m.index,
        ce: oce,
        prio: PRIO.office,
      });
      // the holder named after the office: "der Gouverneur des Departements Y, Anna Berg"
      const nm = c.nameAfter.exec(text.slice(oce, oce + 80));
      const holder = nm ? trimName(nm.groups?.['name'] ?? '', c) : undefined;
      if (nm && holder && holder.includes(' ')) {
        const hs = oce + nm[0].indexOf(holder);
        const isPlace = c.country.has(holder.toLowerCase()) || c.capital.has(holder.toLowerCase()) || places.some((x) => x.cs < hs + holder.length && hs < x.ce);
        if (!isPlace) {
          const canonical = respell(holder, c);
          cands.push({
            key: `person:${canonical}`,
            name: canonical,
            kind: 'person',
            role: p.role,
            aliases: [...(inst ? [office] : []), ...officeAliases(p.role, pname)],
            rule: `${lang}.actor.person.${p.role.replace(/\s+/gu, '-')}.office`,
            cs: inst ? inst.cs : m.index,
            ce: hs + holder.length,
            prio: PRIO.person,
          });
        }
      }
    }
    for (const m of may(bare) ? all(bare) : []) bareOffices.push({ role: p.role, cs: m.index, ce: m.index + m[0].length });
  }

  // 5b. people and organisations introduced by cues ("said Anna Berg", "the Delta Watch research group")
  const isPlaceOrState = (name: string, at: number): boolean =>
    c.country.has(name.toLowerCase()) || c.capital.has(name.toLowerCase()) ||
    name.split(' ').some((w) => c.adj.has(w.toLowerCase())) ||
    places.some((pl) => pl.cs <= at && pl.ce >= at + name.length);
  for (const { re, role } of c.personCues) {
    if (!may(re)) continue;
    for (const m of all(re)) {
      let name = trimName(m.groups?.['name'] ?? '', c);
      // "Oekraïnekenner Jan de Wit": the role word is no part of the name (the role pattern finds it)
      if (name && c.roleWord.test(name.split(' ')[0]!)) continue;
      if (name && /-/u.test(name.split(' ')[0]!) && c.roleWord.test(name.split(' ')[0]!.split('-').at(-1)!)) name = undefined;
      if (!name || name.split(' ').length < 2) continue;
      const ns = m.index + m[0].indexOf(name);
      if (isPlaceOrState(name, ns)) continue;
      const e = c.dictCs.get(name);
      if (e) continue; // found by the dictionary already
      const canonical = respell(name, c);
      cands.push({
        key: `person:${canonical}`, name: canonical, kind: 'person', ...(role !== undefined ? { role } : {}), aliases: [],
        rule: `${lang}.actor.person.cue`, cs: ns, ce: ns + name.length, prio: PRIO.person,
      });
    }
  }
  for (const { re, kind } of c.orgCues) {
    if (!may(re)) continue;
    for (const m of all(re)) {
      const name = trimName(m.groups?.['name'] ?? '', c);
      if (!name) continue;
      const ns = m.index + m[0].indexOf(name);
      if (isPlaceOrState(name, ns)) continue;
      cands.push({ key: `org:${name}`, name, kind, aliases: [], rule: `${lang}.actor.org.cue`, cs: ns, ce: ns + name.length, prio: PRIO.generic });
    }
  }

  if (c.orgRun && c.orgWord) {
    for (const m of text.matchAll(c.orgRun)) {
      let words = m[0].split(' ');
      let s = m.index;
      // drop a sentence-initial article or other non-name word
      while (words.length > 0 && c.notNames.has(words[0]!)) {
        s += words[0]!.length + 1;
        words = words.slice(1);
      }
      const caps = words.filter((w) => /^\p{Lu}/u.test(w));
      if (caps.length < 2 || !caps.some((w) => c.orgWord!.test(w))) continue;
      const name = words.join(' ');
      if (isPlaceOrState(name, s)) continue;
      cands.push({ key: `org:${name}`, name, kind: 'organisation', aliases: [], rule: `${lang}.actor.org.name`, cs: s, ce: s + name.length, prio: PRIO.generic });
    }
  }

  // 6. regional bodies: the place right after them, else the nearest admin1 before them
  for (const { p, re } of c.regional) {
    if (!may(re)) continue;
    for (const m of all(re)) {
      const end = m.index + m[0].length;
      const lm = c.linkAfter.exec(text.slice(end, end + 60));
      const after = placeAt(end + 1, 1) ?? placeAt(end, 0) ?? (lm ? placeAt(end + lm[0].length, 0) : undefined);
      // a city administration is named after its town, the others after the admin1
      const named = (x: PlaceMention): string | undefined => (p.body === 'city' ? (x.level === 'place' ? x.name : undefined) : officeAdmin1(x));
      const pl = (after && named(after) ? after : undefined) ?? placeBefore(m.index, (x) => named(x) !== undefined);
      const a1 = pl ? named(pl) : undefined;
      if (!pl || !a1) continue;
      const canon = regionalActor(p.body, a1, pl.country);
      cands.push({
        key: `regional:${canon.name}`,
        name: canon.name,
        kind: canon.kind,
        ...(canon.inter !== undefined ? { inter: canon.inter } : {}),
        ...(pl.country ? { country: pl.country } : {}),
        aliases: canon.aliases,
        rule: `${lang}.actor.regional.${p.body}${pl === after ? '' : '.context'}`,
        cs: m.index,
        ce: pl === after ? pl.ce : end,
        prio: PRIO.regional,
      });
    }
  }

  // 7. choose non-overlapping candidates: longest first, then priority
  const chosen = select(cands);

  // 7b. "Islamic State" in an article about a country where a branch operates is that branch; "resistance forces"
  // in Myanmar are the People's Defence Force
  const home = homeCountry(places);
  if (home) {
    chosen.forEach((f, i) => {
      const id = CONTEXT_ACTORS[f.key]?.[home];
      const e = id ? DICTIONARY.find((x) => x.id === id) : undefined;
      if (e) chosen[i] = { ...fromEntry(e, f.cs, f.ce, `${f.rule}+context`), aliases: [...(e.aliases ?? []), ...(e.exact ?? []).slice(0, 1), f.name] };
    });
  }

  // 8. bare state bodies ("het leger", "the police"): the focus country at that point
  // in text order, so that a resolved body informs the next one ("government troops … the soldiers")
  pending.sort((x, y) => x.cs - y.cs);
  for (const b of pending) {
    if (chosen.some((x) => x.cs < b.ce && b.cs < x.ce)) continue;
    // the same body stated before, else the country in focus; a government's own troops: the home country
    const same = chosen.filter((x) => x.key.startsWith(`state:${b.body}:`) && x.ce <= b.cs).at(-1);
    const code = b.home ? homeCountry(places) : (same?.country ?? focusCountry(b.cs, chosen, places, input.paragraphs));
    if (!code) continue;
    chosen.push(stateFound(b.body, code, b.cs, b.ce, b.rule, PRIO.bare));
  }
  chosen.sort((x, y) => x.cs - y.cs);

  // 8b. an office mentioned without its place ("de gouverneur", "der Bürgermeister"): the same office named
  // before, else the nearest suitable place before it that is not part of another actor's mention
  for (const b of bareOffices) {
    if (chosen.some((x) => x.cs < b.ce && b.cs < x.ce)) continue;
    const rid = b.role.replace(/\s+/gu, '-');
    // the place right before the title ("the Kharkiv governor"), else the same office or its holder named before
    const right = placeRightBefore(b.cs, b.role);
    const title = officeName(b.role, '') ?? '';
    const prev = right
      ? undefined
      : chosen
          .filter(
            (x) =>
              x.ce <= b.cs &&
              ((x.key.startsWith('office:') && x.role === `${b.role} (not named)`) ||
                (x.key.startsWith('person:') && x.role === b.role && x.aliases.some((y) => y.startsWith(title)))),
          )
          .at(-1);
    if (prev?.key.startsWith('person:')) {
      chosen.push({ ...prev, rule: `${lang}.actor.office.${rid}.holder`, cs: b.cs, ce: b.ce, prio: PRIO.bare });
      continue;
    }
    let office = right ? officeName(b.role, placeNameFor(b.role, right)!) : prev?.name;
    if (!office) {
      const free = (x: PlaceMention): boolean => placeNameFor(b.role, x) !== undefined && !chosen.some((f) => f.cs < x.ce && x.cs < f.ce);
      const pl = placeBefore(b.cs, free);
      office = pl ? officeName(b.role, placeNameFor(b.role, pl)!) : undefined;
    }
    if (!office) continue;
    const short = officeName(b.role, shortPlace(office.slice(title.length)));
    const inst = right ? undefined : installedAt(b.cs);
    const plain = [office, ...(short && short !== office ? [short] : [])];
    const oname = installedName(office, inst);
    if (inst && chosen.some((x) => x.cs < b.cs && inst.cs < x.ce)) continue;
    chosen.push({
      key: `office:${oname}`,
      name: oname,
      kind: 'person',
      role: `${b.role} (not named)`,
      aliases: plain.filter((x) => x !== oname),
      rule: `${lang}.actor.office.${rid}.${right ? 'place' : 'context'}${inst ? '.installed' : ''}`,
      cs: inst ? inst.cs : b.cs,
      ce: b.ce,
      prio: PRIO.bare,
    });
  }
  chosen.sort((x, y) => x.cs - y.cs);

  // 9. acronyms defined in the text: "Het Russische vrijwilligerskorps (RVK)", "Sons of the Valley (SOV)"
  defineAcronyms(text, chosen, lang);

  // 10. people introduced as heads or spokespeople of a body speak for it: "Anna Berg, head of the regional administration"
  if (c.apposition) {
    for (const f of chosen) {
      if (f.kind !== 'person' || f.key.startsWith('office:')) continue;
      const am = c.apposition.exec(text.slice(f.ce, f.ce + 80));
      if (!am) continue;
      const at = f.ce + am[0].length;
      // the body's mention right there, or after its place ("head of the Sumy regional administration")
      const body = chosen
        .filter((x) => x !== f && x.kind !== 'person' && x.cs >= at - 4 && x.cs <= at + 40 && !/[,.;:!?()]/u.test(text.slice(at, x.cs)))
        .sort((x, y) => x.cs - y.cs)[0];
      if (!body) continue;
      for (const n of [body.name, ...body.aliases]) if (n !== f.name && !f.aliases.includes(n)) f.aliases.push(n);
    }
  }

  // 10b. "his party": the party of the nearest person named before it in the paragraph
  if (c.ownParty && may(c.ownParty)) {
    for (const m of text.matchAll(c.ownParty)) {
      const cs = m.index;
      const ce = cs + m[0].length;
      if (chosen.some((x) => x.cs < ce && cs < x.ce)) continue;
      const para = input.paragraphs?.find((p) => p.start <= cs && cs < p.end);
      const from = para ? para.start : Math.max(0, cs - 300);
      const person = chosen.filter((x) => x.kind === 'person' && x.key.startsWith('person:') && x.ce <= cs && x.cs >= from).sort((x, y) => y.ce - x.ce)[0];
      const surname = person?.name.split(' ').at(-1);
      if (!person || !surname) continue;
      const name = `${surname}'s party`;
      chosen.push({ key: `party:${name}`, name, kind: 'political party', aliases: [], rule: `${lang}.actor.party.possessive`, cs, ce, prio: PRIO.generic });
    }
  }

  // 11. later surname-only mentions of people named in full
  surnames(text, chosen, lang);

  return chosen.sort((x, y) => x.cs - y.cs);
}

const SLOTS = ['adj', 'poss', 'country', 'capital'] as const;
const slotCache = new WeakMap<RegExp, string[][]>();

/** Per slot (adj, poss, country, capital): the names `groupOf` would look at, in the same order. */
function slotNames(re: RegExp, groups: Record<string, string | undefined> | undefined): string[][] {
  let s = slotCache.get(re);
  if (s === undefined) {
    const keys = groups ? Object.keys(groups) : [];
    s = SLOTS.map((pre) => keys.filter((k) => k.startsWith(pre) && /^\d+$/u.test(k.slice(pre.length))));
    slotCache.set(re, s);
  }
  return s;
}

/** As `groupOf`, over names found beforehand. */
function firstGroup(groups: Record<string, string | undefined> | undefined, names: readonly string[]): string | undefined {
  if (!groups) return undefined;
  for (const k of names) {
    const v = groups[k];
    if (v !== undefined) return v;
  }
  return undefined;
}

const slotSrc = new Map<string, boolean>();
/** Whether a body pattern's source has an adjective, possessive, country or capital slot. */
function hasSlot(src: string): boolean {
  let h = slotSrc.get(src);
  if (h === undefined) {
    h = /\{(?:ADJ|POSS|COUNTRY|CAPITAL)\}/u.test(src);
    slotSrc.set(src, h);
  }
  return h;
}

const breakCache = new WeakMap<RegExp, string>();
/** `breakChars` of a pattern, once. */
function breaksOf(re: RegExp): string {
  let b = breakCache.get(re);
  if (b === undefined) {
    b = breakChars(re);
    breakCache.set(re, b);
  }
  return b;
}

const litCache = new WeakMap<RegExp, string[] | null>();

/**
 * Folded literals of which every match of `re` holds one (null: none known). Derived as for the `iu`
 * flags, whose matches include those of the same source without `i`: sound for exact-case patterns too.
 */
function literals(re: RegExp): string[] | null {
  let l = litCache.get(re);
  if (l === undefined) {
    l = re.flags.includes('u') ? requiredLiterals(re.source) : null;
    litCache.set(re, l);
  }
  return l;
}

/** An office's names: "Governor of Norte de Santander Department", "Governor of Norte de Santander". */
function officeAliases(role: RoleId, place: string): string[] {
  const out = [officeName(role, place), officeName(role, shortPlace(place))].filter((x): x is string => x !== undefined);
  return [...new Set(out)];
}

function select(cands: Found[]): Found[] {
  const sorted = [...cands].sort((x, y) => y.ce - y.cs - (x.ce - x.cs) || y.prio - x.prio || x.cs - y.cs);
  const out: Found[] = [];
  for (const f of sorted) if (!out.some((o) => o.cs < f.ce && f.cs < o.ce)) out.push(f);
  return out;
}

/** The country in focus at `pos`: the nearest stated country before it in the paragraph, else the document's dominant place country. */
function focusCountry(pos: number, chosen: readonly Found[], places: readonly PlaceMention[], paragraphs?: readonly Span[]): string | undefined {
  const para = paragraphs?.find((p) => p.start <= pos && pos < p.end);
  const from = para ? para.start : Math.max(0, pos - 400);
  let best: Found | undefined;
  for (const f of chosen) {
    if (f.country && f.ce <= pos && f.cs >= from && f.key.startsWith('state:') && (!best || f.cs > best.cs)) best = f;
  }
  if (best?.country) return best.country;
  // the country of the nearest town or region before it in the paragraph ("In Ouagadougou, security forces …");
  // country names are left out: they are often other parties ("backed by Rwanda. The police …")
  const near = para ? places.filter((p) => p.country && p.level !== 'country' && p.ce <= pos && p.cs >= para.start).at(-1) : undefined;
  return near?.country ?? homeCountry(places);
}

/** The article's home country: the country most of its places lie in. */
function homeCountry(places: readonly PlaceMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  let top: string | undefined;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [top, n] = [k, v];
  return top;
}

function trimName(raw: string, c: CompiledActors): string | undefined {
  const words = raw.split(' ');
  while (words.length > 0 && c.notNames.has(words[0]!)) words.shift();
  // stop at a word that is a known country/capital/adjective ("President Poetin Rusland…")
  const keep: string[] = [];
  for (const w of words) {
    if (c.notNames.has(w) || c.adj.has(w.toLowerCase()) || (keep.length > 0 && c.country.has(w.toLowerCase()))) break;
    keep.push(w);
  }
  const name = keep.join(' ').replace(/[-'’]+$/u, '');
  return name.length > 1 ? name : undefined;
}

const SLAVIC = /(?:sj|zj|tsj|tsch|sch|oe|kh|ch)|(?:ov|ev|jev|enko|ko|skyj|skij|ski|sky|itsj|ytsj|itsch|ow|ew|uk|yk|yj)$/u;

/** English romanisation of a Slavic-looking name written in the pack's transliteration; other names are kept. */
export function respell(name: string, c: CompiledActors): string {
  const rules = c.lex.respell;
  if (!rules || !name.split(' ').some((w) => SLAVIC.test(w.toLowerCase()))) return name;
  let s = name;
  for (const [re, to] of rules) s = s.replace(re, to);
  return s;
}

function defineAcronyms(text: string, chosen: Found[], lang: string): void {
  const defs = /\((?<acr>\p{Lu}[\p{Lu}\p{N}]{1,7})\)/gu;
  for (const m of text.matchAll(defs)) {
    const acr = m.groups?.['acr'] ?? '';
    const open = m.index;
    // the actor whose mention ends right before " (ACR)"
    const owner = chosen.find((f) => f.ce <= open && text.slice(f.ce, open).trim() === '');
    let target: Found | undefined = owner;
    if (!target) {
      const exp = expansion(text, open, acr);
      if (!exp) continue;
      target = {
        key: `acronym:${acr}`,
        name: exp.text,
        kind: 'organisation',
        aliases: [acr],
        rule: `${lang}.actor.acronym-definition`,
        cs: exp.start,
        ce: exp.end,
        prio: PRIO.generic,
      };
      if (chosen.some((f) => f.cs < exp.end && exp.start < f.ce)) continue;
      chosen.push(target);
    }
    if (!target.aliases.includes(acr) && target.name !== acr) target.aliases.push(acr);
    // every later use of the acronym
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(acr)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const u of text.matchAll(re)) {
      const s = u.index;
      const e = s + acr.length;
      if (s > open && s < open + acr.length + 2) {
        if (!chosen.some((f) => f.cs < e && s < f.ce)) chosen.push({ ...target, cs: s, ce: e, rule: `${lang}.actor.acronym` });
        continue;
      }
      if (chosen.some((f) => f.cs < e && s < f.ce)) continue;
      chosen.push({ ...target, cs: s, ce: e, rule: `${lang}.actor.acronym` });
    }
  }
}

const LINK_WORDS = new Set(['of', 'for', 'the', 'and', 'van', 'de', 'het', 'voor', 'en', 'der', 'die', 'des', 'für', 'und', 'al', 'wal', 'du', 'la', 'le', 'et']);

/** Capitalised words before "(ACR)" whose first letter matches the acronym's. */
function expansion(text: string, open: number, acr: string): { start: number; end: number; text: string } | undefined {
  const before = text.slice(Math.max(0, open - 120), open).replace(/\s+$/u, '');
  const base = open - (text.slice(Math.max(0, open - 120), open).length - before.length) - before.length;
  const words = [...before.matchAll(/[\p{L}\p{N}'’-]+/gu)];
  let i = words.length - 1;
  let start = -1;
  let content = 0;
  while (i >= 0) {
    const w = words[i]![0];
    if (/^\p{Lu}/u.test(w)) {
      start = words[i]!.index;
      content++;
      if (w[0] === acr[0] && content >= 2) break;
    } else if (!LINK_WORDS.has(w.toLowerCase())) break;
    i--;
  }
  if (start < 0 || content < 2) return undefined;
  const first = before.slice(start)[0];
  if (first !== acr[0]) return undefined;
  const s = base + start;
  const e = base + before.length;
  return { start: s, end: e, text: text.slice(s, e) };
}

function surnames(text: string, chosen: Found[], lang: string): void {
  const people = new Map<string, Found>();
  for (const f of chosen) if (f.kind === 'person' && !f.key.startsWith('office:')) people.set(f.key, f);
  for (const f of people.values()) {
    const first = chosen.filter((x) => x.key === f.key).sort((x, y) => x.cs - y.cs)[0]!;
    const written = text.slice(first.cs, first.ce).split(/\s+/u).at(-1)?.replace(/[.,;:]+$/u, '');
    if (!written || written.length < 3 || !/^\p{Lu}/u.test(written)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(written)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const s = m.index;
      const e = s + written.length;
      if (s < first.ce || chosen.some((x) => x.cs < e && s < x.ce)) continue;
      chosen.push({ ...f, cs: s, ce: e, rule: `${lang}.actor.person.surname` });
    }
  }
}
