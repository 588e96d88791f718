/** Small helpers over RawBlocks and their pieces. */
import type { BlockHint, Piece, RawBlock } from '../../core/document.js';

export function blockText(b: RawBlock): string {
  return b.pieces.map((p) => p.text).join('');
}

/** A block that is a verbatim slice of the original. */
export function verbatimBlock(original: string, start: number, end: number, hint: BlockHint): RawBlock {
  return { start, end, hint, pieces: [{ text: original.slice(start, end), start, end }] };
}

/**
 * Drop the pieces of `b` that lie before original offset `at` (a verbatim
 * piece straddling `at` is cut), and leading whitespace after it. Returns
 * undefined when nothing is left.
 */
export function cutBefore(b: RawBlock, original: string, at: number): RawBlock | undefined {
  const pieces: Piece[] = [];
  for (const p of b.pieces) {
    if (p.end <= at) continue;
    if (p.start >= at) pieces.push(p);
    else if (p.text === original.slice(p.start, p.end)) pieces.push({ text: original.slice(at, p.end), start: at, end: p.end });
  }
  while (pieces.length) {
    const first = pieces[0]!;
    const lead = /^\s*/u.exec(first.text)?.[0].length ?? 0;
    if (lead === 0) break;
    if (lead === first.text.length) pieces.shift();
    else if (first.text === original.slice(first.start, first.end)) pieces[0] = { text: first.text.slice(lead), start: first.start + lead, end: first.end };
    else break;
  }
  if (!pieces.length) return undefined;
  return { ...b, start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end, pieces };
}
