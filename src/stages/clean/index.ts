/**
 * Clean: decide which blocks (or parts of blocks) are boilerplate, keep the rest as
 * title/heading/paragraph blocks, and build the cleaned text with its offset map.
 *
 * - Boilerplate spans are reported in ORIGINAL offsets with a reason; they never reach
 *   the cleaned text, so no later stage extracts from them.
 * - Cues come from every language pack (clean runs before language identification).
 * - Structure cues (repeated blocks, pull quotes, headings) need no language data.
 * - Kept blocks are separated by a synthetic "\n\n" in the cleaned text.
 */
import { stage } from '../../core/stage.js';
import { TextBuilder } from '../../core/span.js';
import type { Block, BoilerplateSpan } from '../../core/analysis.js';
import type { RawBlock } from '../../core/document.js';
import type { BoilerplateReason } from './lexicon.js';
import { menuBlocks } from './menus.js';
import { BlockText, countWords, trimRange } from './block-text.js';
import { allCues, matchCues, type CueHit } from './cues.js';
import { blockKinds, repeatedBlocks, type StructBlock } from './structure.js';

interface Working {
  raw: RawBlock;
  bt: BlockText;
  /** boilerplate ranges in block text */
  hits: CueHit[];
  /** whole-block boilerplate reason */
  drop?: BoilerplateReason;
  /** ingest metadata (hint 'meta') */
  meta: boolean;
}

/** the `RawDocument.meta` kind ingest gives a dateline */
const DATELINE = 'dateline';

/** Blocks following a bare "Read more:" cue line, without a blank line between, are its link list. */
const LINK_LIST_MAX = 6;
const LINK_LIST_MAX_WORDS = 20;

function keptText(w: Working): string {
  let t = w.bt.text;
  for (const h of [...w.hits].reverse()) t = t.slice(0, h.start) + t.slice(h.end);
  return t.trim();
}

function blankLineBetween(original: string, from: number, to: number): boolean {
  return /\n[^\S\n]*\n/u.test(original.slice(from, to));
}

export const clean = stage('clean', (a, ctx) => {
  const original = a.raw.original;
  const cues = allCues(ctx.packs);
  const work: Working[] = a.raw.blocks.map((raw) => {
    const bt = new BlockText(original, raw);
    const w: Working = { raw, bt, hits: [], meta: false };
    const hits = matchCues(bt.text, cues);
    const whole = hits.find((h) => h.whole);
    // ingest's chrome hint drops the block; a cue names the reason more precisely
    if (raw.hint === 'chrome') w.drop = whole?.reason ?? 'chrome';
    else if (whole) w.drop = whole.reason;
    else {
      w.hits = hits;
      // nothing but boilerplate left → the whole block goes
      if (hits.length > 0 && !/[\p{L}\p{N}]/u.test(keptText(w))) w.drop = hits[0]!.reason;
    }
    // ingest metadata (byline, date line) is not article text: reported as boilerplate 'meta',
    // and kept out of the repeat/pull-quote comparison
    if (raw.hint === 'meta') {
      w.meta = true;
      w.drop ??= 'meta';
    }
    return w;
  });

  // link lists after a bare "Read more:" / "Share via:" line: list items, or (in plain text)
  // short lines with no blank line between
  for (let i = 0; i < work.length; i++) {
    const w = work[i]!;
    if ((w.drop !== 'read-more' && w.drop !== 'share') || !/:\s*$/u.test(w.bt.text)) continue;
    for (let j = i + 1, n = 0; j < work.length && n < LINK_LIST_MAX; j++, n++) {
      const v = work[j]!;
      const adjacent = v.raw.hint === 'list' || (a.raw.format !== 'html' && !blankLineBetween(original, work[j - 1]!.raw.end, v.raw.start));
      if (!adjacent || v.meta || countWords(v.bt.text) > LINK_LIST_MAX_WORDS) break;
      if (v.drop && v.drop !== w.drop) break;
      v.drop = w.drop;
    }
  }

  // repeated blocks and pull quotes (among content blocks)
  const content = work.filter((w) => !w.meta);
  const structs: StructBlock[] = content.map((w) => ({ text: w.bt.text.trim(), hint: w.raw.hint, dropped: w.drop !== undefined }));
  for (const [i, reason] of repeatedBlocks(structs)) content[i]!.drop = reason;
  for (const i of menuBlocks(work.map((w) => w.bt.text))) work[i]!.drop ??= 'menu';

  // boilerplate spans (original offsets)
  const boilerplate: BoilerplateSpan[] = [];
  const emit = (bt: BlockText, s: number, e: number, reason: string): void => {
    const start = bt.origStart(s);
    const end = Math.max(start, bt.origEnd(e));
    if (end > start) boilerplate.push({ start, end, text: original.slice(start, end), reason });
  };
  for (const w of work) {
    if (w.drop) {
      const [s, e] = trimRange(w.bt.text, 0, w.bt.text.length);
      emit(w.bt, s, e, w.drop);
    } else for (const h of w.hits) emit(w.bt, h.start, h.end, h.reason);
  }
  // metadata consumed by ingest may still carry chrome ("Updated 3 hours ago", "5 min read")
  for (const m of a.raw.meta) {
    const bt = new BlockText(original, { start: m.start, end: m.end, hint: 'meta', pieces: [{ text: original.slice(m.start, m.end), start: m.start, end: m.end }] });
    for (const h of matchCues(bt.text, cues)) emit(bt, h.start, h.end, h.reason);
  }

  // cleaned text. A dateline ("KYIV, Aug 14 (Agency) -") names where the report was filed:
  // it is kept as a heading-kind block of its own so places can read it (events skip headings).
  const datelines: Working[] = a.raw.meta
    .filter((m) => m.kind === DATELINE)
    .map((m) => {
      const end = m.start + original.slice(m.start, m.end).replace(/[\s\p{Pd}]+$/u, '').length;
      const raw: RawBlock = { start: m.start, end, hint: 'heading', pieces: [{ text: original.slice(m.start, end), start: m.start, end }] };
      return { raw, bt: new BlockText(original, raw), hits: [], meta: false };
    })
    .filter((w) => /\p{L}/u.test(w.bt.text));
  const kept = [...work.filter((w) => !w.drop), ...datelines].sort((x, y) => x.raw.start - y.raw.start);
  // a block that lost a photo credit is a caption: never a heading
  const kinds = blockKinds(
    kept.map((w) => ({ text: keptText(w), hint: w.hits.some((h) => h.reason === 'credit') ? 'caption' : w.raw.hint })),
  );
  const b = new TextBuilder();
  const blocks: Block[] = [];
  kept.forEach((w, k) => {
    // kept ranges: the block minus its boilerplate hits, trimmed at the ends
    const ranges: Array<[number, number]> = [];
    let at = 0;
    for (const h of w.hits) {
      ranges.push([at, h.start]);
      at = h.end;
    }
    ranges.push([at, w.bt.text.length]);
    const first = ranges.findIndex(([s, e]) => /\S/u.test(w.bt.text.slice(s, e)));
    if (first < 0) return;
    let last = ranges.length - 1;
    while (!/\S/u.test(w.bt.text.slice(ranges[last]![0], ranges[last]![1]))) last--;
    // trim the block's ends; across a hole keep a single space
    const t = w.bt.text;
    ranges[first] = [trimRange(t, ranges[first]![0], ranges[first]![1])[0], ranges[first]![1]];
    ranges[last] = [ranges[last]![0], trimRange(t, ranges[last]![0], ranges[last]![1])[1]];
    for (let r = first + 1; r <= last; r++) {
      const prev = ranges[r - 1]!;
      if (prev[1] > prev[0] && /\s/u.test(t[prev[1] - 1]!)) {
        let s0 = ranges[r]![0];
        while (s0 < ranges[r]![1] && /\s/u.test(t[s0]!)) s0++;
        ranges[r] = [s0, ranges[r]![1]];
      }
    }
    if (b.length > 0) b.synthetic('\n\n', w.raw.start);
    const start = b.length;
    for (let r = first; r <= last; r++) w.bt.copyTo(b, original, ranges[r]![0], ranges[r]![1]);
    blocks.push({ start, end: b.length, kind: kinds[k]! });
  });
  const { text, map } = b.build();
  boilerplate.sort((x, y) => x.start - y.start || x.end - y.end);
  const dedup = boilerplate.filter((x, i) => i === 0 || x.start !== boilerplate[i - 1]!.start || x.end !== boilerplate[i - 1]!.end);
  return { ...a, text, map, blocks, boilerplate: dedup };
});
