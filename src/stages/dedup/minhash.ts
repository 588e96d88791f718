/**
 * Near-duplicate articles: MinHash over word shingles, with LSH bands for lookup.
 *
 * A story republished by another outlet (a wire copy with another header or footer, a changed
 * headline, a dropped or added paragraph) shares most of its word 4-shingles with the original; two
 * different reports of one event share few. `signature(text)` gives 128 minimum hashes (one per
 * seeded hash function), whose agreement rate estimates the Jaccard similarity of the shingle sets;
 * `bands(sig)` cuts it into 32 bands of 4, so two texts with Jaccard ≥ 0.55 share at least one band
 * with probability > 0.97 (0.7: > 0.999) and the store finds candidates by an index lookup.
 *
 * No npm MinHash package fitted (the maintained ones are Python or Go); this is small, dependency-free
 * and deterministic (fixed seeds), so signatures stored by one version compare with the next.
 */

/** Word shingle length. */
export const SHINGLE = 4;
/** Hash functions in a signature. */
export const HASHES = 128;
/** Rows per LSH band (HASHES / ROWS bands). */
export const ROWS = 4;
/** Estimated Jaccard similarity from which a text is a copy of a stored story. */
export const COPY_THRESHOLD = 0.55;
/** Texts with fewer words are never treated as copies (too little text to tell a copy from a template). */
export const MIN_WORDS = 40;

const SEEDS: Uint32Array = (() => {
  const out = new Uint32Array(HASHES);
  let s = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6a09e667 + i) >>> 0;
    out[i] = fmix(s);
  }
  return out;
})();

/** murmur3's 32-bit finaliser: a bijection with full avalanche. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h >>> 0);
}

/**
 * The comparable text of an article: markup, scripts and styles removed for HTML (also HTML in a JSONL
 * record), then lower-cased
 * words (letters and digits; diacritics kept). Headers, datelines and outlet footers stay in: they
 * differ between copies and only lower the similarity a little.
 */
export function storyWords(original: string, format: string): string[] {
  let t = original;
  if (format === 'html' || /^\s*<(!doctype|html|head|body|div|p|article)\b/iu.test(t)) {
    t = t
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/giu, ' ')
      .replace(/<!--[\s\S]*?-->/gu, ' ')
      .replace(/<[^>]*>/gu, ' ')
      .replace(/&[#a-z0-9]+;/giu, ' ');
  }
  return t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** MinHash signature of a word list; null when it is too short to compare. */
export function signature(words: readonly string[]): Uint32Array | null {
  if (words.length < MIN_WORDS) return null;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = hashString(words.slice(i, i + SHINGLE).join(' '));
    if (seen.has(h)) continue;
    seen.add(h);
    for (let k = 0; k < HASHES; k++) {
      const v = fmix((h ^ SEEDS[k]!) >>> 0);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** LSH band keys (`band:hash`): two signatures that agree on all rows of some band share its key. */
export function bands(sig: Uint32Array): string[] {
  const out: string[] = [];
  for (let b = 0; b < HASHES / ROWS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix((Math.imul(h, 0x01000193) ^ sig[b * ROWS + r]!) >>> 0);
    out.push(`${b}:${h.toString(16).padStart(8, '0')}`);
  }
  return out;
}

export function encodeSignature(sig: Uint32Array): string {
  let s = '';
  for (const v of sig) s += v.toString(16).padStart(8, '0');
  return s;
}

export function decodeSignature(hex: string): Uint32Array {
  const out = new Uint32Array(HASHES);
  for (let k = 0; k < HASHES; k++) out[k] = parseInt(hex.slice(k * 8, k * 8 + 8), 16) >>> 0;
  return out;
}
