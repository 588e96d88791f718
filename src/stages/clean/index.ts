import { stage } from '../../core/stage.js';
import { TextBuilder } from '../../core/span.js';
import type { Block } from '../../core/analysis.js';

/** Clean: drop boilerplate blocks, build the cleaned text and its offset map. (Stub: keeps every block.) */
export const clean = stage('clean', (a) => {
  const b = new TextBuilder();
  const blocks: Block[] = [];
  for (const blk of a.raw.blocks) {
    if (b.length > 0) b.synthetic('\n\n', blk.start);
    const start = b.length;
    for (const p of blk.pieces) {
      if (a.raw.original.slice(p.start, p.end) === p.text) b.copy(a.raw.original, p.start, p.end);
      else b.replace(p.text, p.start, p.end);
    }
    blocks.push({ start, end: b.length, kind: blk.hint === 'title' ? 'title' : blk.hint === 'heading' ? 'heading' : 'paragraph' });
  }
  const { text, map } = b.build();
  return { ...a, text, map, blocks };
});
