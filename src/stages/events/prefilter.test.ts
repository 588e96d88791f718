import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../lang/registry.js';
import { compileLexicon } from './compile.js';
import { fold, foldChar, literalsOf, mayMatch, requiredLiterals, topAlternatives } from './prefilter.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Every project text file under `dir` (samples, held-out articles, golden inputs). */
function texts(dir: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...texts(p));
    else if (/\.(?:txt|html?|jsonl?)$/u.test(n)) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

describe('requiredLiterals', () => {
  it('derives the literals every match contains', () => {
    expect(requiredLiterals('shell(?:ing|ed|s)')?.sort()).toEqual(['shelled', 'shelling', 'shells']);
    expect(requiredLiterals('\\p{L}*Protest(?:e|en)?')).toEqual(['protest']);
    expect(requiredLiterals('(?:ballistic |cruise )?(?:missile|rocket)s? (?:\\S+ ){0,2}hit')?.sort()).toEqual(['missile ', 'missiles ', 'rocket ', 'rockets ']);
    expect(requiredLiterals('counter-?terroris[mt]')?.sort()).toEqual(['counter-terrorism', 'counter-terrorist', 'counterterrorism', 'counterterrorist']);
    expect(requiredLiterals('(?<![\\p{L}\\p{N}])(?:raid(?:s|ed)?)(?![\\p{L}\\p{N}])')).toEqual(['raid']);
  });
  it('gives up where a match may hold no literal, or on syntax it does not know', () => {
    expect(requiredLiterals('\\p{L}+')).toBeNull();
    expect(requiredLiterals('(?:war)?')).toBeNull();
    expect(requiredLiterals('war|\\d+')).toBeNull();
    expect(requiredLiterals('(a)\\1')).toBeNull();
    expect(requiredLiterals('[a-z]+ing')).toEqual(['ing']);
    expect(requiredLiterals('[^x]y')).toEqual(['y']);
  });
  it('folds the text unit by unit, as `iu` regexes compare characters', () => {
    expect(fold('Straße İstanbul ſ ΣΑΣ')).toHaveLength('Straße İstanbul ſ ΣΑΣ'.length);
    expect(fold('ABC ſ')).toBe('abc s');
    // any character an `iu` regex takes for a letter of the lexicons folds to that letter
    const alphabet = new Set<string>();
    for (const c of 'abcdefghijklmnopqrstuvwxyzäöüßéèëïçñ0123456789-') alphabet.add(c);
    const res = [...alphabet].map((c) => [c, new RegExp(`^${c}$`, 'iu')] as const);
    const bad: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const x = String.fromCharCode(cp);
      for (const [c, re] of res) if (re.test(x) && foldChar(x) !== foldChar(c)) bad.push(`${x}~${c}`);
      if (fold(`a${x}b`) !== `a${foldChar(x)}b` && fold(`a${x}b`).length === 3) bad.push(`fold ${x}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('literal pre-tests of every pack', async () => {
  const packs = await loadPacks();
  const docs = [...texts(join(root, 'samples')), ...texts(join(root, 'test', 'heldout', 'articles')), ...texts(join(root, 'test', 'golden'))];
  const lines = docs.flatMap((d) => d.split(/\n+/u)).filter((l) => l.trim().length > 0);
  // upper-cased lines try the case folding too; context filters test short windows ending (or starting) at a word gap
  const windows: string[] = [];
  for (const l of lines) {
    for (let i = l.indexOf(' '); i >= 0 && windows.length < 1500; i = l.indexOf(' ', i + 1)) {
      windows.push(l.slice(Math.max(0, i + 1 - 50), i + 1), l.slice(i, i + 50));
    }
  }
  const all = [...lines, ...lines.map((l) => l.toUpperCase()), ...windows];
  for (const pack of Object.values(packs)) {
    it(`${pack.code}: no line a regex matches is ruled out by its literals`, () => {
      expect(lines.length).toBeGreaterThan(50);
      const lex = compileLexicon(pack.events);
      const pairs: Array<[RegExp, string[] | null]> = [];
      for (const t of lex.triggers) {
        pairs.push([new RegExp(t.re.source, 'iu'), t.lits]);
        if (t.requires) pairs.push([t.requires, t.requiresLits]);
        if (t.unless) pairs.push([t.unless, t.unlessLits]);
      }
      for (const f of lex.filters) {
        if (f.before) pairs.push([f.before, f.beforeLits]);
        if (f.after) pairs.push([f.after, f.afterLits]);
      }
      // the lexicon's context regexes (speakers, reference points, targets, …)
      for (const v of Object.values(lex)) if (v instanceof RegExp) pairs.push([new RegExp(v.source, 'iu'), literalsOf(v)]);
      let matched = 0;
      const missed: string[] = [];
      for (const line of all) {
        const fl = fold(line);
        for (const [re, lits] of pairs) {
          if (re.test(line)) {
            matched++;
            if (!mayMatch(fl, lits)) missed.push(`${re.source.slice(0, 60)} :: ${line.slice(0, 80)}`);
          }
        }
      }
      expect(matched).toBeGreaterThan(20);
      expect(missed).toEqual([]);
    });
  }
});

describe('topAlternatives', () => {
  it('splits a pattern at its top-level bars only', () => {
    expect(topAlternatives('a|b(?:c|d)|[|]e|\\|f')).toEqual(['a', 'b(?:c|d)', '[|]e', '\\|f']);
    expect(topAlternatives('(?:a|b)')).toEqual(['(?:a|b)']);
    expect(topAlternatives('a)|(b')).toBeNull();
  });
});
