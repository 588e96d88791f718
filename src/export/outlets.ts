/**
 * The publication (outlet) behind an article, for ACLED's `source` and `source_scale`: from a small table of
 * outlets by domain; else the site name in the page's metadata; else the title's outlet suffix
 * ("… - Reuters"); else the URL's domain. ACLED scales: International, National, Subnational, Regional,
 * Local, New media, Other; "Unknown" when sitrep cannot tell.
 */
export interface Outlet {
  name: string;
  scale: string;
}

const I = 'International';
const N = 'National';
const NM = 'New media';

/** domain (without www.) → outlet. A sub-domain matches its parent (edition.cnn.com → cnn.com). */
const TABLE: Record<string, Outlet> = {
  'reuters.com': { name: 'Reuters', scale: I },
  'apnews.com': { name: 'Associated Press', scale: I },
  'afp.com': { name: 'AFP', scale: I },
  'bbc.com': { name: 'BBC News', scale: I },
  'bbc.co.uk': { name: 'BBC News', scale: I },
  'aljazeera.com': { name: 'Al Jazeera', scale: I },
  'theguardian.com': { name: 'The Guardian', scale: I },
  'nytimes.com': { name: 'New York Times', scale: I },
  'washingtonpost.com': { name: 'Washington Post', scale: I },
  'cnn.com': { name: 'CNN', scale: I },
  'france24.com': { name: 'France 24', scale: I },
  'dw.com': { name: 'Deutsche Welle', scale: I },
  'rferl.org': { name: 'Radio Free Europe/Radio Liberty', scale: I },
  'voanews.com': { name: 'Voice of America', scale: I },
  'euronews.com': { name: 'Euronews', scale: I },
  'reliefweb.int': { name: 'ReliefWeb', scale: I },
  'kyivindependent.com': { name: 'Kyiv Independent', scale: N },
  'kyivpost.com': { name: 'Kyiv Post', scale: N },
  'pravda.com.ua': { name: 'Ukrainska Pravda', scale: N },
  'ukrinform.net': { name: 'Ukrinform', scale: N },
  'ukrinform.ua': { name: 'Ukrinform', scale: N },
  'suspilne.media': { name: 'Suspilne', scale: N },
  'meduza.io': { name: 'Meduza', scale: N },
  'tass.com': { name: 'TASS', scale: N },
  'tass.ru': { name: 'TASS', scale: N },
  'interfax.ru': { name: 'Interfax', scale: N },
  'nos.nl': { name: 'NOS', scale: N },
  'nu.nl': { name: 'NU.nl', scale: N },
  'volkskrant.nl': { name: 'de Volkskrant', scale: N },
  'nrc.nl': { name: 'NRC', scale: N },
  'trouw.nl': { name: 'Trouw', scale: N },
  'ad.nl': { name: 'AD', scale: N },
  'telegraaf.nl': { name: 'De Telegraaf', scale: N },
  'vrt.be': { name: 'VRT NWS', scale: N },
  'tagesschau.de': { name: 'Tagesschau', scale: N },
  'spiegel.de': { name: 'Der Spiegel', scale: N },
  'zeit.de': { name: 'Die Zeit', scale: N },
  'faz.net': { name: 'Frankfurter Allgemeine Zeitung', scale: N },
  'sueddeutsche.de': { name: 'Süddeutsche Zeitung', scale: N },
  'welt.de': { name: 'Die Welt', scale: N },
  'orf.at': { name: 'ORF', scale: N },
  'srf.ch': { name: 'SRF', scale: N },
  'sudantribune.com': { name: 'Sudan Tribune', scale: N },
  'radiotamazuj.org': { name: 'Radio Tamazuj', scale: N },
  'dabangasudan.org': { name: 'Radio Dabanga', scale: N },
  'radiookapi.net': { name: 'Radio Okapi', scale: N },
  'actualite.cd': { name: 'Actualite.cd', scale: N },
  'garoweonline.com': { name: 'Garowe Online', scale: N },
  'hiiraan.com': { name: 'Hiiraan Online', scale: N },
  'nation.africa': { name: 'Daily Nation', scale: N },
  'premiumtimesng.com': { name: 'Premium Times', scale: N },
  'timesofisrael.com': { name: 'Times of Israel', scale: N },
  'haaretz.com': { name: 'Haaretz', scale: N },
  'irrawaddy.com': { name: 'The Irrawaddy', scale: N },
  'lefaso.net': { name: 'LeFaso.net', scale: N },
  'x.com': { name: 'X (Twitter)', scale: NM },
  'twitter.com': { name: 'X (Twitter)', scale: NM },
  't.me': { name: 'Telegram', scale: NM },
  'facebook.com': { name: 'Facebook', scale: NM },
};

const BY_NAME = new Map(Object.values(TABLE).map((o) => [o.name.toLowerCase(), o]));

export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

function byDomain(domain: string): Outlet | undefined {
  const parts = domain.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const o = TABLE[parts.slice(i).join('.')];
    if (o) return o;
  }
  return undefined;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 80);

/** The site name in a page's head: og:site_name, application-name, or JSON-LD publisher name. */
export function siteNameFromHtml(head: string): string | null {
  const meta = /<meta\b[^>]*\b(?:property|name)\s*=\s*["'](?:og:site_name|application-name)["'][^>]*>/i.exec(head)?.[0];
  const content = meta ? /\bcontent\s*=\s*"([^"]{1,120})"|\bcontent\s*=\s*'([^']{1,120})'/i.exec(meta) : null;
  const v = content?.[1] ?? content?.[2];
  if (v && v.trim()) return clean(v.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"'));
  const ld = /"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{1,120})"/.exec(head);
  return ld?.[1] ? clean(ld[1]) : null;
}

/** "Strike on Kupiansk - Reuters" → "Reuters" (a short trailing segment after " - ", " | ", " — "). */
export function outletFromTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const m = /\s[|—–-]\s([^|—–-]{2,40})$/.exec(title.trim());
  if (!m?.[1]) return null;
  const s = m[1].trim();
  return s.split(/\s+/).length <= 5 && /^\p{Lu}|^\p{N}/u.test(s) ? clean(s) : null;
}

export interface OutletInput {
  url?: string | null;
  title?: string | null;
  /** the page's site name from its metadata, when known */
  siteName?: string | null;
  /** the article's source (file path or URL) */
  source?: string | null;
}

/** The outlet of one article, or null when neither metadata nor the URL names one. */
export function outletOf(a: OutletInput): Outlet | null {
  const domain = domainOf(a.url) ?? domainOf(a.source);
  const known = domain ? byDomain(domain) : undefined;
  if (known) return known;
  for (const name of [a.siteName, outletFromTitle(a.title)]) {
    if (name) return BY_NAME.get(name.toLowerCase()) ?? { name, scale: 'Unknown' };
  }
  if (domain) return { name: domain, scale: 'Unknown' };
  return null;
}

/** ACLED's combined scale: one scale, or two joined "National-International" (lower first). */
export function combinedScale(scales: readonly string[]): string {
  const order = ['Local', 'Subnational', 'National', 'Regional', 'International', 'New media', 'Other'];
  const known = [...new Set(scales.filter((s) => order.includes(s)))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (known.length === 0) return 'Unknown';
  if (known.length === 1) return known[0]!;
  if (known.includes('New media')) return `${known.filter((s) => s !== 'New media')[0] ?? 'Other'}-New media`;
  return `${known[0]}-${known.at(-1)}`;
}
