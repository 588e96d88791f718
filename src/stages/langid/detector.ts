/**
 * Language detection with `eld` (n-gram detector, medium database), restricted to the
 * languages that have a pack. One detector per language set.
 *
 * Fast path: eld scores every n-gram for all of its 60 languages and drops the others
 * afterwards. The same computation over the allowed languages only (eld's own data, byte
 * dictionary, separator pattern and average scores, read from its package) gives the same
 * integer sums for them, hence the same scores, verdict and reliability — `detector.test.ts`
 * checks that against eld's public `detect`. When eld's internals cannot be read (another
 * version), the public `detect` is used.
 */
import { eld } from 'eld/medium';

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

interface EldInternals {
  /** n-gram → {language index: score − 53} */
  ngrams: Record<string, Record<string, number> | undefined>;
  /** language index → ISO code */
  languages: Record<string, string>;
  dictionary: readonly string[];
  separators: RegExp;
  avgScore: Record<string, number>;
}

async function loadInternals(): Promise<EldInternals | undefined> {
  try {
    const entry = import.meta.resolve('eld/medium');
    const at = (p: string): Promise<Record<string, unknown>> => import(new URL(p, entry).href) as Promise<Record<string, unknown>>;
    const [data, dict, patterns, avg] = await Promise.all([at('../ngrams/medium.js'), at('../dictionary.js'), at('../regexPatterns.js'), at('../avgScore.js')]);
    const nd = data['ngramsData'] as { languages?: unknown; ngrams?: unknown } | undefined;
    const dictionary = dict['dictionary'];
    const separators = patterns['separators'];
    const avgScore = avg['avgScore'];
    if (!nd || typeof nd.languages !== 'object' || typeof nd.ngrams !== 'object' || !Array.isArray(dictionary) || dictionary.length !== 256) return undefined;
    if (!(separators instanceof RegExp) || typeof avgScore !== 'object' || avgScore === null) return undefined;
    return {
      ngrams: nd.ngrams as EldInternals['ngrams'],
      languages: nd.languages as EldInternals['languages'],
      dictionary: dictionary as string[],
      separators,
      avgScore: avgScore as Record<string, number>,
    };
  } catch {
    return undefined;
  }
}

const internals = await loadInternals();

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

interface Restricted {
  /** the allowed languages eld knows, ascending by eld's language index */
  codes: string[];
  ids: number[];
  /** n-gram → per allowed language (same order as `codes`) score + 53, or null when it scores none */
  table: Map<string, Float64Array | null>;
}

function restrict(e: EldInternals, langs: readonly string[]): Restricted {
  const pairs: Array<[number, string]> = [];
  for (const [id, code] of Object.entries(e.languages)) if (langs.includes(code)) pairs.push([Number(id), code]);
  pairs.sort((x, y) => x[0] - y[0]);
  return { codes: pairs.map((p) => p[1]), ids: pairs.map((p) => p[0]), table: new Map() };
}

const BASE_NGRAM_SCORE = 53;

function ngramScores(r: Restricted, e: EldInternals, ngram: string): Float64Array | null {
  let v = r.table.get(ngram);
  if (v !== undefined) return v;
  const row = Object.hasOwn(e.ngrams, ngram) ? e.ngrams[ngram] : undefined;
  v = null;
  if (row) {
    for (let k = 0; k < r.ids.length; k++) {
      const w = row[r.ids[k]!];
      if (w === undefined) continue;
      v ??= new Float64Array(r.ids.length);
      v[k] = w + BASE_NGRAM_SCORE;
    }
  }
  r.table.set(ngram, v);
  return v;
}

const NOTHING: Detection = { lang: '', score: 0, margin: 0, reliable: false };

function detectFast(text: string, r: Restricted, e: EldInternals): Detection {
  const grams = byteNgrams(byteWords(text.substring(0, ELD_MAX_CHARS), e));
  const sums = new Float64Array(r.ids.length);
  for (const g of grams) {
    const v = ngramScores(r, e, g);
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

type Detector = ReturnType<typeof eld.newInstance>;
const detectors = new Map<string, Detector>();
const restricted = new Map<string, Restricted>();

function detectorFor(langs: readonly string[]): Detector {
  const key = [...langs].sort().join(',');
  let d = detectors.get(key);
  if (!d) {
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
  let r = restricted.get(key);
  if (!r) {
    r = restrict(internals, langs);
    restricted.set(key, r);
  }
  return detectFast(text, r, internals);
}
