import type { CleanLexicon } from '../../stages/clean/lexicon.js';

/** German boilerplate cues: consent walls, "Mehr zum Thema:", photo credits, share/newsletter prompts, bylines. */
export const clean: CleanLexicon = {
  cues: [
    // consent / cookie walls
    { reason: 'cookie-wall', pattern: /\bWir (?:verwenden|nutzen|setzen) Cookies\b/iu, scope: 'block', maxWords: 120 },
    { reason: 'cookie-wall', pattern: /\b(?:Cookies|externe[nr]? Inhalte?|Einbettungen)\b.{0,80}\b(?:akzeptieren|zustimmen|aktivieren|erlauben)\b/iu, scope: 'block', maxWords: 90 },
    { reason: 'cookie-wall', pattern: /^(?:Alle akzeptieren|Akzeptieren|Zustimmen|Einstellungen(?: verwalten)?|Datenschutzeinstellungen|Alle ablehnen)$/iu, scope: 'block' },
    { reason: 'cookie-wall', pattern: /\bexterne[nr]? Inhalte?\b.{0,80}\b(?:angezeigt|anzeigen|laden|geladen|einverstanden)\b|^(?:Empfohlener (?:redaktioneller )?Inhalt|Externer Inhalt)\b/iu, scope: 'block', maxWords: 90 },
    // related-article links
    { reason: 'read-more', pattern: /^(?:Mehr zum Thema|Mehr dazu|Lesen Sie (?:auch|mehr)|Auch interessant|Siehe auch|Weitere Artikel|Das könnte Sie auch interessieren)\s*(?::|$)/iu, scope: 'block', maxWords: 30 },
    // photo credits ("Bild: dpa", "Foto: picture alliance / dpa")
    { reason: 'credit', pattern: /(?:^|(?<=[.!?'"’“”)]\s{0,3}))(?<bp>(?:Bild|Foto|Fotos|Video|Quelle)\s*:\s*[\p{Lu}\p{Ll}\p{N}][\p{L}\p{N}&/.' -]{0,40})$/u, scope: 'match', maxWords: 60 },
    { reason: 'credit', pattern: /\((?:Bild|Foto)\s*:?\s*[^()]{1,60}\)/u, scope: 'match' },
    { reason: 'credit', pattern: /^\(?Mit Material (?:von|der|des) [^\n]{1,80}\)?$/iu, scope: 'block', maxWords: 14 },
    { reason: 'credit', pattern: /^\(?Mit (?:Informationen|Berichten) (?:von|der|des) [^\n]{1,80}\)?$/iu, scope: 'block', maxWords: 14 },
    // agency reporting credits: "(Bericht von X in Y, geschrieben von Z, redigiert von W)"
    { reason: 'credit', pattern: /^\((?:Bericht(?:erstattung)?|Recherche|Mitarbeit|Geschrieben|Redigiert|Bearbeitet|Redaktion) (?:von|durch)\b[^\n]*\)?$/iu, scope: 'block', maxWords: 45 },
    { reason: 'credit', pattern: /\((?:Bericht(?:erstattung)?|Recherche|Mitarbeit) von [^()\n]*\)?/iu, scope: 'match' },
    // share buttons, newsletter prompts
    { reason: 'share', pattern: /^(?:(?:Diesen )?Artikel teilen|Teilen(?: auf| via)?|Jetzt teilen)\b/iu, scope: 'block', maxWords: 12, unterminated: true },
    { reason: 'newsletter', pattern: /\bNewsletter\b.{0,100}\b(?:abonnieren|anmelden|bestellen)\b/iu, scope: 'block', maxWords: 45 },
    { reason: 'newsletter', pattern: /\b(?:abonnieren Sie|melden Sie sich)\b.{0,80}\bNewsletter\b/iu, scope: 'block', maxWords: 45 },
    // bylines
    { reason: 'byline', pattern: /^Von (?:unsere[mrn]? [\p{L} -]{0,40}(?:Korrespondent(?:in|en)?|Reporter(?:in)?)\b|\p{Lu}[\p{L}'.-]+(?: (?:von|van|de|\p{Lu}[\p{L}'.-]+)){1,4}(?=\s*(?:$|[|·,–—]|und\b)))/u, scope: 'block', maxWords: 14, unterminated: true },
    // page chrome
    { reason: 'chrome', pattern: /^(?:Anzeige|Werbung|Kommentare|Meistgelesen)$/iu, scope: 'block' },
    { reason: 'chrome', pattern: /^Dieses Thema im Programm\s*:/iu, scope: 'block', maxWords: 25 },
    { reason: 'chrome', pattern: /^Über dieses Thema berichtete(?:n)?\b/iu, scope: 'block', maxWords: 30 },
    { reason: 'chrome', pattern: /^(?:Zur Startseite|Link kopieren|Themen\s*:.*|Folgen Sie (?:uns|[\p{L} ]{1,30}) auf\b.*)$/iu, scope: 'block', maxWords: 20 },
    { reason: 'chrome', pattern: /\bLesedauer\s*:?\s*(?:ca\.\s*)?\d+\s*(?:Minuten|Min\.?)/iu, scope: 'match' },
  ],
};
