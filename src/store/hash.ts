import { createHash } from 'node:crypto';

/** The article id: sha256 of the original text, hex, first 16 (the same as ingest's contentId). */
export function contentHash(original: string): string {
  return createHash('sha256').update(original, 'utf8').digest('hex').slice(0, 16);
}
