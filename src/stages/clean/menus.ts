/**
 * Site menus: runs of short bulleted lines ("• Sport", "• Oorlog in Oekraïne", "• Tennis")
 * that aggregator pages keep above or below the article. Language-independent: a block
 * is a menu when it is (or belongs to a run of) at least MENU_MIN_ITEMS short lines that
 * each open with a bullet.
 */
const BULLET = /^\s*[•·▪▸►◦‣*]\s*\S/u;
const MENU_MIN_ITEMS = 3;
const MENU_MAX_WORDS = 5;

function shortBullet(line: string): boolean {
  return BULLET.test(line) && line.trim().split(/\s+/u).length - 1 <= MENU_MAX_WORDS;
}

/** Whether every non-empty line of a block is a short bulleted item (and how many there are). */
function items(text: string): number {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.every(shortBullet) ? lines.length : 0;
}

/** Indices of the blocks that are site menus. */
export function menuBlocks(texts: readonly string[]): Set<number> {
  const out = new Set<number>();
  let runStart = 0;
  let runItems = 0;
  const close = (end: number): void => {
    if (runItems >= MENU_MIN_ITEMS) for (let k = runStart; k < end; k++) out.add(k);
  };
  texts.forEach((t, i) => {
    const n = items(t);
    if (n === 0) {
      close(i);
      runStart = i + 1;
      runItems = 0;
    } else runItems += n;
  });
  close(texts.length);
  return out;
}
