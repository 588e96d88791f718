/**
 * Run a global pattern over only the lines that hold one of its required
 * literals, with the same matches as a scan of the whole text.
 *
 * Sound when no match can hold a line break: then every match lies inside one
 * line, and that line holds one of the literals every match holds. `lineBound`
 * decides this conservatively from the pattern's source; a pattern it cannot
 * clear is scanned whole by the caller.
 */

/** Letter, mark and number property classes: none of them holds a line break. */
const SAFE_PROPS = /^(?:L|Lu|Ll|Lt|Lm|Lo|M|Mn|Mc|Me|N|Nd|Nl|No)$/u;

/**
 * Whether no match of `re` can hold "\n": no negated class, no class escape
 * other than letter/mark/number properties, no line-break or code escape, no
 * numbered back-reference, no `s` flag, no literal line break.
 */
export function lineBound(re: RegExp): boolean {
  if (re.flags.includes('s') || !re.flags.includes('u')) return false;
  const s = re.source;
  if (s.includes('\n') || s.includes('\r')) return false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '[' && s[i + 1] === '^') return false;
    if (ch !== '\\') continue;
    const nx = s[i + 1];
    if (nx === undefined) return false;
    if (nx === 'p') {
      const m = /^\{([^}]*)\}/u.exec(s.slice(i + 2));
      if (!m || !SAFE_PROPS.test(m[1]!)) return false;
      i += 1 + m[0].length;
      continue;
    }
    // \b \B (assertions), \k<name> (a named group's own text): no new characters
    if (nx === 'b' || nx === 'B') {
      i++;
      continue;
    }
    if (nx === 'k') {
      i++;
      continue;
    }
    // any other letter or digit escape (\s \W \n \u… \1 …) may stand for a line break
    if (/[\p{L}\p{N}]/u.test(nx)) return false;
    i++; // an escaped punctuation character: itself
  }
  return true;
}

/** Characters that split a text into pieces when a pattern can match none of them. */
const BREAKS = '\n,;:()"“”!?[]';

/**
 * The characters of `BREAKS` no match of `re` can hold ("" when unknown): `re`
 * passes `lineBound`, has no `.` and no class range that might cover one, and
 * its source never names the character (as a literal, inside a class or as syntax).
 */
export function breakChars(re: RegExp): string {
  if (!lineBound(re)) return '';
  const s = re.source;
  let inClass = false;
  let classPos = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\') {
      i++;
      if (inClass) classPos++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      else if (ch === '-' && classPos > 0 && s[i + 1] !== ']') return '';
      classPos++;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      classPos = 0;
    } else if (ch === '.') return '';
  }
  return [...BREAKS].filter((c) => c === '\n' || !s.includes(c)).join('');
}

export interface LineMatch {
  index: number;
  text: string;
  groups: Record<string, string | undefined> | undefined;
}

const stickyCache = new WeakMap<RegExp, RegExp>();
const classEsc = (c: string): string => (c === '\n' ? '\\n' : /[\]\[\\^-]/u.test(c) ? `\\${c}` : c);

/** `re` behind a lazy run of non-break characters, sticky: the first match at or after lastIndex within the piece. */
function stickyOf(re: RegExp, breaks: string): RegExp {
  let s = stickyCache.get(re);
  if (s === undefined) {
    s = new RegExp(`[^${[...breaks].map(classEsc).join('')}]*?(?<lineScanAll>${re.source})`, re.flags.replace('g', '') + 'y');
    stickyCache.set(re, s);
  }
  return s;
}

/** Spans [start, end) of a text between the characters of `breaks` (default: lines). */
export function lineSpans(text: string, breaks = '\n'): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    if (breaks.includes(text[i]!)) {
      out.push([s, i]);
      s = i + 1;
    }
  }
  out.push([s, text.length]);
  return out;
}

/**
 * The first match of `re` (as a global scan from `from` would find it) in the
 * lines `lines` whose folded text holds one of `lits`, or null. `re` must pass
 * `lineBound`; `lits` are literals every match holds (folded).
 */
export function execInLines(
  re: RegExp,
  text: string,
  folded: string,
  lines: ReadonlyArray<[number, number]>,
  lits: readonly string[],
  from: number,
  hasLit: Map<number, boolean>,
  breaks = '\n',
): LineMatch | null {
  const st = stickyOf(re, breaks);
  for (let li = 0; li < lines.length; li++) {
    const [ls, le] = lines[li]!;
    if (le < from) continue;
    let ok = hasLit.get(li);
    if (ok === undefined) {
      const line = folded.slice(ls, le);
      ok = lits.some((l) => line.includes(l));
      hasLit.set(li, ok);
    }
    if (!ok) continue;
    st.lastIndex = Math.max(ls, from);
    const m = st.exec(text);
    if (m === null) continue;
    const all = m.groups?.['lineScanAll'] ?? '';
    return { index: m.index + m[0].length - all.length, text: all, groups: m.groups };
  }
  return null;
}

/**
 * All matches of global `re` as `text.matchAll(re)` gives them, found in the
 * lines that hold one of `lits` (see `execInLines`).
 */
export function matchInLines(
  re: RegExp,
  text: string,
  folded: string,
  lines: ReadonlyArray<[number, number]>,
  lits: readonly string[],
  breaks = '\n',
): LineMatch[] {
  const out: LineMatch[] = [];
  const seen = new Map<number, boolean>();
  let from = 0;
  for (let m = execInLines(re, text, folded, lines, lits, from, seen, breaks); m; m = execInLines(re, text, folded, lines, lits, from, seen, breaks)) {
    out.push(m);
    // an empty match: one code point further, as matchAll does
    from = m.text.length > 0 ? m.index + m.text.length : m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return out;
}
