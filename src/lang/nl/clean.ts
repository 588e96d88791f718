import type { CleanLexicon } from '../../stages/clean/lexicon.js';

/** Dutch boilerplate cues: consent walls, "Lees ook:", photo credits, share/newsletter prompts, bylines. */
export const clean: CleanLexicon = {
  cues: [
    // consent / cookie walls around embedded media
    { reason: 'cookie-wall', pattern: /^Onze excuses\b/iu, scope: 'block', maxWords: 90 },
    { reason: 'cookie-wall', pattern: /\b(?:social[- ]media-?cookies|cookie-?instellingen|cookievoorkeuren|accepteer (?:de |alle )?cookies|cookies (?:van sociale media |van derden )?(?:accepteert|accepteren|aanvaardt|aanvaarden))\b/iu, scope: 'block', maxWords: 90 },
    { reason: 'cookie-wall', pattern: /\b(?:toestemming|akkoord)\b.{0,80}\bcookies\b/iu, scope: 'block', maxWords: 90 },
    { reason: 'cookie-wall', pattern: /\b(?:deze )?(?:inhoud|video|post) is (?:helaas )?geblokkeerd\b/iu, scope: 'block', maxWords: 90 },
    { reason: 'cookie-wall', pattern: /\b(?:inhoud|video|post|element) (?:kan|kunnen) (?:helaas )?niet (?:worden )?(?:getoond|afgespeeld|weergegeven)\b/iu, scope: 'block', maxWords: 90 },
    // related-article links
    { reason: 'read-more', pattern: /^(?:Lees (?:ook|meer|verder|hier)|Bekijk ook|Kijk ook|Zie ook|Ook interessant|Meer (?:over|hierover|lezen)|Gerelateerd|Luister ook)\s*(?::|$)/iu, scope: 'block', maxWords: 30 },
    // photo credits after a caption ("… in Charkiv. Beeld AFP", "Foto: ANP / Jan Jansen")
    { reason: 'credit', pattern: /(?:^|(?<=[.!?'"’”)]\s{0,3}))(?<bp>(?:Foto|Beeld|Illustratie|Video|Bron foto)\s*:?\s+[\p{Lu}\p{N}][\p{L}\p{N}&/.' -]{0,40})$/u, scope: 'match', maxWords: 60 },
    { reason: 'credit', pattern: /\((?:Foto|Beeld)\s*:?\s*[^()]{1,60}\)/u, scope: 'match' },
    { reason: 'credit', pattern: /^\(?(?:Met medewerking van|Bronnen?\s*:)\s*(?:ANP|AFP|Reuters|AP|Belga|DPA)\b[^.]*\)?$/iu, scope: 'block', maxWords: 12 },
    // share buttons, newsletter prompts
    { reason: 'share', pattern: /^(?:Deel (?:dit (?:artikel|bericht|verhaal)|via)|Delen(?: via)?)\b/iu, scope: 'block', maxWords: 12, unterminated: true },
    { reason: 'newsletter', pattern: /\b(?:meld (?:je|u) (?:nu |hier )?aan|schrijf (?:je|u)\b.{0,30}\bin|abonneer (?:je |u )?(?:nu )?op|ontvang)\b.{0,80}\bnieuwsbrief/iu, scope: 'block', maxWords: 45 },
    { reason: 'newsletter', pattern: /\bnieuwsbrief\b.{0,60}\b(?:aanmelden|inschrijven|abonneren)\b/iu, scope: 'block', maxWords: 45 },
    // bylines
    { reason: 'byline', pattern: /^Door (?:onze? [\p{L} -]{0,40}(?:correspondente?|verslaggever|verslaggeefster|redacteur|redactie)\b|\p{Lu}[\p{L}'.-]+(?: (?:van|de|der|den|ter|ten|te|van der|van den|\p{Lu}[\p{L}'.-]+)){1,4}(?=\s*(?:$|[|·,–—]|en\b)))/u, scope: 'block', maxWords: 14, unterminated: true },
    // page chrome
    { reason: 'chrome', pattern: /^(?:Advertentie|Gesponsord|Reacties|Meest gelezen|Lees voor)$/iu, scope: 'block' },
    { reason: 'chrome', pattern: /^(?:Reacties \(\d+\)|Reageer|Kopieer (?:de )?link|Meer nieuws|Gerelateerde artikelen|Onderwerpen\s*:.*|Lees meer over\s*:.*|Volg (?:ons|de redactie) op\b.*)$/iu, scope: 'block', maxWords: 20 },
    { reason: 'chrome', pattern: /^Heb je (?:een )?(?:tip|vraag|opmerking)\b/iu, scope: 'block', maxWords: 30 },
    { reason: 'chrome', pattern: /\bLeestijd\s*:?\s*\d+\s*(?:min(?:uten|uut)?|min\.)/iu, scope: 'match' },
  ],
};
