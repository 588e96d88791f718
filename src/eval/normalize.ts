/**
 * Name keys for scoring (corpus README, "Scoring rules").
 *
 * - `fold`: lower case, diacritics removed ("Kyïv" → "kyiv").
 * - `squash`: folded, apostrophes dropped, every run of other non-letters/digits one space.
 * - `normAdmin`: the key admin-area names compare on: squashed, with a leading
 *   "(the) oblast/region/province/republic of" and trailing Oblast/Region/
 *   Province/Governorate/Krai/State words removed ("Belgorod Oblast" = "belgorod").
 * - `normLabel`: ACLED labels compare case-insensitively, spaces normalised ("Air / drone strike").
 * - `words4`: the folded words of four or more letters.
 */
export function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

export function fold(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export function squash(s: unknown): string {
  return fold(s)
    .replace(/['’ʼ`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ADMIN_HEAD = /^(?:the )?(?:oblast|region|province|republic) of /u;
const ADMIN_TAIL = / (?:oblast|obl|region|province|governorate|krai|kray|state)$/u;

export function normAdmin(s: unknown): string {
  if (!present(s)) return '';
  let key = squash(s).replace(ADMIN_HEAD, '');
  while (key.includes(' ')) {
    const shorter = key.replace(ADMIN_TAIL, '');
    if (shorter === key) break;
    key = shorter;
  }
  return key.trim();
}

export function normLabel(s: unknown): string {
  return String(s ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s*\/\s*/gu, '/')
    .replace(/\s+/gu, ' ');
}

export function words4(s: unknown): string[] {
  return (fold(s).match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 4);
}
