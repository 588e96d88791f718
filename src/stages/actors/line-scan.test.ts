import { describe, expect, it } from 'vitest';
import { breakChars, execInLines, lineBound, lineSpans, matchInLines } from './line-scan.js';
import { fold, requiredLiterals } from '../events/prefilter.js';

const wrap = (s: string): string => `(?<![\\p{L}\\p{N}])(?:${s})(?![\\p{L}\\p{N}])`;

describe('lineBound', () => {
  it('clears patterns of letters, spaces and letter classes', () => {
    expect(lineBound(new RegExp(wrap('(?:the )?(?<adj0>\\p{L}[\\p{L}\\p{M}-]*) (?:troops|army)'), 'giu'))).toBe(true);
  });
  it('refuses patterns that may match a line break', () => {
    for (const src of ['a\\sb', 'a[^x]b', 'a\\Wb', 'a\\P{L}b', '(a)\\1', 'a\\nb', 'a\\p{C}b', 'a\\u000ab']) {
      expect(lineBound(new RegExp(src, 'gu'))).toBe(false);
    }
    expect(lineBound(new RegExp('a.b', 'gsu'))).toBe(false);
    expect(lineBound(new RegExp('ab', 'g'))).toBe(false);
  });
});

describe('execInLines', () => {
  it('finds the same matches as a scan of the whole text', () => {
    const re = new RegExp(wrap('(?:the )?(?<adj0>\\p{L}[\\p{L}\\p{M}-]*) (?:troops|army)'), 'giu');
    const text = 'Quiet line here.\nThe northern army moved; the army\nwaited. Nothing else.\n\nMore Troops and army troops arrived.\nend';
    const lits = requiredLiterals(re.source)!;
    expect(lits).not.toBeNull();
    const whole: Array<[number, string]> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      whole.push([m.index, m[0]]);
      // restart one character further after every other match, as the body loop does for a rejected word
      if (whole.length % 2 === 0) re.lastIndex = m.index + 1;
    }
    const byLine: Array<[number, string]> = [];
    const folded = fold(text);
    const lines = lineSpans(text);
    const seen = new Map<number, boolean>();
    let from = 0;
    for (let m = execInLines(re, text, folded, lines, lits, from, seen); m; m = execInLines(re, text, folded, lines, lits, from, seen)) {
      byLine.push([m.index, m.text]);
      from = byLine.length % 2 === 0 ? m.index + 1 : m.index + m.text.length;
    }
    expect(byLine).toEqual(whole);
    expect(whole.length).toBeGreaterThan(3);
  });
  it('splits a text into line spans', () => {
    expect(lineSpans('ab\n\ncd')).toEqual([[0, 2], [3, 3], [4, 6]]);
  });
});

describe('breakChars', () => {
  it('lists the break characters a pattern can never match', () => {
    const b = breakChars(new RegExp(wrap('(?:the )?(?<adj0>\\p{L}[\\p{L}\\p{M}-]*) (?:troops|army)'), 'giu'));
    expect(b).toContain('\n');
    expect(b).toContain(',');
    expect(breakChars(new RegExp('a(?:, b){1,6}', 'gu'))).not.toContain(',');
    expect(breakChars(new RegExp('a[ -~]b', 'gu'))).toBe('');
    expect(breakChars(new RegExp('a.b', 'gu'))).toBe('');
    expect(breakChars(new RegExp('a\\sb', 'gu'))).toBe('');
  });
  it('scanning by clause finds the same matches as matchAll', () => {
    const re = new RegExp(wrap('(?:the )?(?<adj0>\\p{L}[\\p{L}\\p{M}-]*) (?:troops|army)'), 'giu');
    const br = breakChars(re);
    const text = 'Yesterday, the northern army moved; troops, army troops and the army;\n"Rebel troops" left, army, quietly.';
    const want = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    const got = matchInLines(re, text, fold(text), lineSpans(text, br), requiredLiterals(re.source)!, br).map((m) => [m.index, m.text]);
    expect(got).toEqual(want);
    expect(want.length).toBeGreaterThan(2);
  });
});
