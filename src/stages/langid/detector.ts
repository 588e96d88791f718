/**
 * Language detection with `eld` (n-gram detector, medium database), restricted to the
 * languages that have a pack. One detector per language set.
 *
 * Fast path: eld scores every n-gram for all of its 60 languages and drops the others
 * afterwards. The same computation over the allowed languages only (eld's own data, byte
 * dictionary, separator pattern and average scores, read from its package) gives the same
 * integer sums for them, hence the same scores, verdict and reliability — `detector.test.ts`
 * checks that against eld's public `detect`. The restricted scores come from ./ngram-table.ts
 * (cached, so that a start does not load eld's database). When eld's internals cannot be read
 * (another version), the public `detect` is used.
 */
import { AVG_SCORE, DICTIONARY, eldModule, PATTERNS, PUBLIC } from './eld-files.js';
import { restrictedTable } from './ngram-table.js';
import type { Restricted } from './ngram-table.js';

export interface Detection {
  /** best language among the allowed ones, '' when nothing was detected */
  lang: string;
  /** score of the best language (eld's scale) */
  score: number;
  /** relative lead of the best over the runner-up: (best - second) / best, in 0..1 */
  margin: number;
  reliable: boolean;
}

/** What eld's `detect` (truncated to this many characters) reads of a text. */
export const ELD_MAX_CHARS = 1000;

/** eld's text processing parts (its n-gram scores are in ./ngram-table.ts) */
interface EldInternals {
  dictionary: readonly string[];
  separators: RegExp;
  avgScore: Record<string, number>;
}

function loadInternals(): EldInternals | undefined {
  const dictionary = eldModule(DICTIONARY)?.['dictionary'];
  const separators = eldModule(PATTERNS)?.['separators'];
  const avgScore = eldModule(AVG_SCORE)?.['avgScore'];
  if (!Array.isArray(dictionary) || dictionary.length !== 256) return undefined;
  if (!(separators instanceof RegExp) || typeof avgScore !== 'object' || avgScore === null) return undefined;
  return { dictionary: dictionary as string[], separators, avgScore: avgScore as Record<string, number> };
}

const internals = loadInternals();

/** Whether detection runs on the restricted fast path (false: eld's public `detect`). */
export const fastPath = internals !== undefined;

/** eld's text processing: separators to spaces, lower case, UTF-8 bytes as characters; cut after ~350 bytes. */
function byteWords(text: string, e: EldInternals): string[] {
  const str = text.replace(e.separators, ' ').trim().toLowerCase();
  const dict = e.dictionary;
  let encoded = '';
  const words: string[] = [];
  let countBytes = 0;
  for (let ii = 0; ii < str.length; ii++) {
    let c = str.charCodeAt(ii);
    if (c < 0x80) {
      if (c === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (countBytes > 350) break;
      } else encoded += str[ii];
      countBytes++;
    } else if (c < 0x800) {
      encoded += dict[0xc0 | (c >> 6)]! + dict[0x80 | (c & 0x3f)]!;
      countBytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      encoded += dict[0xe0 | (c >> 12)]! + dict[0x80 | ((c >> 6) & 0x3f)]! + dict[0x80 | (c & 0x3f)]!;
      countBytes += 3;
    } else {
      ii++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(ii) & 0x3ff));
      encoded += dict[0xf0 | (c >> 18)]! + dict[0x80 | ((c >> 12) & 0x3f)]! + dict[0x80 | ((c >> 6) & 0x3f)]! + dict[0x80 | (c & 0x3f)]!;
      countBytes += 4;
    }
    if (countBytes > 380) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** eld's n-grams of the words: 4 bytes, stride 3, word-initial ones with a leading space, the last with a trailing one. */
function byteNgrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < len; j += 3) out.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    out.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return out;
}

const NOTHING: Detection = { lang: '', score: 0, margin: 0, reliable: false };

function detectFast(text: string, r: Restricted, e: EldInternals): Detection {
  const grams = byteNgrams(byteWords(text.substring(0, ELD_MAX_CHARS), e));
  const sums = new Float64Array(r.ids.length);
  for (const g of grams) {
    const v = r.table.get(g);
    if (v) for (let k = 0; k < v.length; k++) sums[k]! += v[k]!;
  }
  // eld: the first language (by index) with the highest positive sum; then scores scaled and ordered
  let max = -1;
  let maxVal = 0;
  for (let k = 0; k < sums.length; k++) if (sums[k]! > 0 && sums[k]! > maxVal) [max, maxVal] = [k, sums[k]!];
  if (max < 0) return NOTHING;
  const n = grams.size;
  const scored: Array<[number, number]> = [];
  for (let k = 0; k < sums.length; k++) {
    if (sums[k]! <= 0) continue;
    const s = sums[k]! / n;
    scored.push([k, s / (s + 25)]);
  }
  scored.sort((x, y) => y[1] - x[1]);
  const [best, second] = scored;
  if (!best || best[1] <= 0) return NOTHING;
  const language = r.codes[max]!;
  // eld's isReliable compares the best score with the runner-up's language INDEX (as it does)
  const next = second ? r.ids[second[0]]! : 0;
  const reliable = n >= 3 && !((e.avgScore[language] ?? NaN) * 0.75 > best[1] || 0.01 > Math.abs(best[1] - next));
  const margin = second ? (best[1] - second[1]) / best[1] : 1;
  return { lang: r.codes[best[0]]!, score: best[1], margin, reliable };
}

interface EldResult {
  getScores(): Record<string, number>;
  isReliable(): boolean;
}
interface Detector {
  setLanguageSubset(langs: string[]): unknown;
  detect(text: string): EldResult;
}
const detectors = new Map<string, Detector>();
/** restricted tables by language list; undefined: eld's database is unreadable */
const restricted = new Map<string, Restricted | undefined>();

function detectorFor(langs: readonly string[]): Detector {
  const key = [...langs].sort().join(',');
  let d = detectors.get(key);
  if (!d) {
    const eld = eldModule(PUBLIC)?.['eld'] as { newInstance(): Detector } | undefined;
    if (!eld) throw new Error('cannot load the eld language detector');
    d = eld.newInstance();
    d.setLanguageSubset([...langs]);
    detectors.set(key, d);
  }
  return d;
}

/** Detection through eld's public API (the reference the fast path reproduces). */
export function detectWithEld(text: string, langs: readonly string[]): Detection {
  const r = detectorFor(langs).detect(text);
  const scores = Object.entries(r.getScores())
    .filter(([l]) => langs.includes(l))
    .sort((x, y) => y[1] - x[1]);
  const [best, second] = scores;
  if (!best || best[1] <= 0) return NOTHING;
  const margin = second ? (best[1] - second[1]) / best[1] : 1;
  return { lang: best[0], score: best[1], margin, reliable: r.isReliable() };
}

export function detect(text: string, langs: readonly string[]): Detection {
  if (!internals) return detectWithEld(text, langs);
  const key = langs.join(',');
  if (!restricted.has(key)) restricted.set(key, restrictedTable(langs));
  const r = restricted.get(key);
  return r ? detectFast(text, r, internals) : detectWithEld(text, langs);
}
