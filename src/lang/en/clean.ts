import type { CleanLexicon } from '../../stages/clean/lexicon.js';

/** English boilerplate cues: consent walls, "Read more:", photo and reporting credits, share/newsletter prompts, bylines. */
export const clean: CleanLexicon = {
  cues: [
    // consent / cookie walls
    { reason: 'cookie-wall', pattern: /\bwe value your privacy\b/iu, scope: 'block', maxWords: 120 },
    { reason: 'cookie-wall', pattern: /\b(?:we|our partners|this site|this website) (?:and our \d* ?partners )?(?:use|uses) cookies\b/iu, scope: 'block', maxWords: 120 },
    { reason: 'cookie-wall', pattern: /\b(?:accept|allow|enable) (?:all |the |our )?cookies\b/iu, scope: 'block', maxWords: 90 },
    { reason: 'cookie-wall', pattern: /\b(?:permission|consent) to (?:use|set|store) cookies\b|\bcookies? (?:settings|preferences|policy|consent)\b/iu, scope: 'block', maxWords: 90 },
    { reason: 'cookie-wall', pattern: /^(?:Accept(?: all)?(?: cookies)?|Reject all|Manage (?:preferences|cookies|settings)|Cookie (?:settings|preferences)|Privacy settings|I agree)$/iu, scope: 'block' },
    { reason: 'cookie-wall', pattern: /\bthis (?:content|video|embed) (?:is not available|cannot be (?:displayed|shown|played))\b/iu, scope: 'block', maxWords: 90 },
    // related-article links
    { reason: 'read-more', pattern: /^(?:Read (?:more|also|next)|Related(?: (?:stories|articles|coverage|content))?|See also|Also read|More on this(?: story)?|Recommended|Watch|Listen)\s*(?::|$)/iu, scope: 'block', maxWords: 30 },
    // photo credits after a caption ("… on Saturday. Photo: AFP", "(Photo: Reuters)")
    { reason: 'credit', pattern: /(?:^|(?<=[.!?'"’”)]\s{0,3}))(?<bp>(?:Photo(?:graph)?|Image|Picture|Video|Credit|Photo credit)\s*:\s*[\p{Lu}\p{N}][\p{L}\p{N}&/.' -]{0,40})$/u, scope: 'match', maxWords: 60 },
    { reason: 'credit', pattern: /\((?:Photo(?:graph)?|Image|Picture|Credit)\s*:?\s*[^()]{1,60}\)/u, scope: 'match' },
    { reason: 'credit', pattern: /\((?:[\p{Lu}][\p{L}.]{0,12} )?Photo(?:graph)?\s*[/:][^()]{1,60}\)/u, scope: 'match' },
    { reason: 'credit', pattern: /^\(?(?:(?:Additional )?Reporting|Writing|Editing|Compiled) by\b[^\n]*\)?$/iu, scope: 'block', maxWords: 45 },
    { reason: 'credit', pattern: /\((?:(?:Additional )?Reporting|Writing) by [^()\n]*\)?/iu, scope: 'match' },
    // share buttons, newsletter prompts
    { reason: 'share', pattern: /^Share(?: (?:this|the) (?:article|story|page|post))?\s*(?::|$|(?:on |via )?(?:Facebook|X|Twitter|WhatsApp|E-?mail|LinkedIn|Copy link)\b)/iu, scope: 'block', maxWords: 14, unterminated: true },
    // a line of nothing but share targets (brand names, the same in every language)
    { reason: 'share', pattern: /^(?:(?:Facebook|X|Twitter|WhatsApp|LinkedIn|Telegram|Instagram|Reddit|Pinterest|Bluesky|Threads|Messenger|E-?mail|Copy link)(?:\s*[|·,/•]\s*|\s+|$))+$/iu, scope: 'block', maxWords: 12 },
    { reason: 'newsletter', pattern: /\b(?:sign up|subscribe)\b.{0,80}\bnewsletter\b/iu, scope: 'block', maxWords: 45 },
    { reason: 'newsletter', pattern: /\bnewsletter\b.{0,120}\b(?:sign up|subscribe)\b/iu, scope: 'block', maxWords: 45 },
    { reason: 'newsletter', pattern: /\b(?:in|to) your inbox\b/iu, scope: 'block', maxWords: 45 },
    // bylines
    { reason: 'byline', pattern: /^By (?:our [\p{L} -]{0,40}correspondents?\b|\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]+){1,3}(?=\s*(?:$|[|·,–—]|and\b|in\b)))/u, scope: 'block', maxWords: 14, unterminated: true },
    // page chrome
    { reason: 'chrome', pattern: /^(?:Advertisement|Sponsored(?: content)?|Skip to (?:main )?content|Most read|Comments)$/iu, scope: 'block' },
    { reason: 'chrome', pattern: /^(?:Listen to this (?:article|story)|Follow (?:us|[\p{L} ]{1,30}) on (?:X|Twitter|Facebook|Telegram|Instagram)\b.*|Topics\s*:.*|Copy link)$/iu, scope: 'block', maxWords: 20 },
    { reason: 'chrome', pattern: /^(?:©|\(c\)\s|Copyright\b)|\bAll rights reserved\b/iu, scope: 'block', maxWords: 30 },
    { reason: 'chrome', pattern: /\b\d+\s*min(?:ute)?s? read\b/iu, scope: 'match' },
    { reason: 'chrome', pattern: /\bUpdated \d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?) ago\b/iu, scope: 'match' },
  ],
};
