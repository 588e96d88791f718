/**
 * Near-duplicate detection behind a small interface: `fingerprint(original, format)` gives what the
 * store keeps and looks up (signature + LSH band keys), `similarity` compares two fingerprints.
 * The store (src/store/sql/stories.ts) uses it to keep republished and lightly edited copies of a
 * story as sources of one stored article, extracted once.
 */
import { bands, COPY_THRESHOLD, decodeSignature, encodeSignature, signature, similarity, storyWords } from './minhash.js';

export interface Fingerprint {
  /** hex of the MinHash signature */
  signature: string;
  /** LSH band keys to index and look up */
  bands: string[];
  sig: Uint32Array;
}

/** The fingerprint of an article's text, or null when it is too short to tell copies apart. */
export function fingerprint(original: string, format: string): Fingerprint | null {
  const sig = signature(storyWords(original, format));
  if (!sig) return null;
  return { signature: encodeSignature(sig), bands: bands(sig), sig };
}

export function fingerprintSimilarity(a: Fingerprint, hex: string): number {
  return similarity(a.sig, decodeSignature(hex));
}

export { COPY_THRESHOLD };
export { signature, similarity, storyWords, bands } from './minhash.js';
