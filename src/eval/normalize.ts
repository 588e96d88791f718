/**
 * Name comparison for scoring: case, diacritics, punctuation and a leading
 * article "the" do not count ("The Ministry of Defence" = "ministry of defence",
 * "Homyel’ Voblasc’" = "Homyel' Voblasc'").
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/u, '');
}

export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return false;
  const na = normalizeName(a);
  return na !== '' && na === normalizeName(b);
}
