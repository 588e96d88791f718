import type { EventsLexicon, TriggerRule } from '../../stages/events/lexicon.js';

const EXP = 'Explosions/Remote violence';
const BAT = 'Battles';
const VAC = 'Violence against civilians';
const STR = 'Strategic developments';

/** German compounds: `\p{L}*` admits a prefix ("Artillerie-", "Raketen-"); inflections are spelled out. */
const triggers: TriggerRule[] = [
  // Air/drone strike
  { id: 'de.trigger.luftangriff', pattern: '\\p{L}*(?:luftangriff|luftangriffe|luftangriffen|luftangriffs|luftschlag|luftschläge|luftschlägen|drohnenangriff|drohnenangriffe|drohnenangriffen|drohnenangriffs|bombenangriff|bombenangriffe)|(?:aus\\s+der\\s+luft|mit\\s+(?:einer|mehreren)?\\s*drohnen?)\\s+(?:\\S+\\s+){0,4}?(?:angegriffen|bombardiert|beschossen|getroffen)', type: EXP, subType: 'Air/drone strike' },
  { id: 'de.trigger.von-drohne-getroffen', pattern: '(?:von|durch)\\s+(?:einer|einem|zwei|drei|mehreren)?\\s*(?:\\S+\\s+)?(?:drohne|drohnen|bombe|bomben)\\s+(?:getroffen|beschädigt|zerstört)', type: EXP, subType: 'Air/drone strike' },
  { id: 'de.trigger.gleitbombe', pattern: '\\p{L}*(?:gleitbombe|gleitbomben|fliegerbombe|fliegerbomben|lenkbombe|lenkbomben)', type: EXP, subType: 'Air/drone strike' },
  { id: 'de.trigger.luftwaffe-angriffe', pattern: '(?:flog|flogen)\\s+(?:\\S+\\s+){0,8}?(?:angriffe|luftangriffe|einsätze)|(?:luftwaffe|kampfflugzeuge|kampfjets)\\s+(?:\\S+\\s+){0,6}?(?:angriffe|griffen|griff)', type: EXP, subType: 'Air/drone strike' },
  { id: 'de.trigger.drohne-traf', pattern: 'drohnen?\\s+(?:\\S+\\s+){0,3}?(?:traf|trafen|schlug|schlugen|griff|griffen)|drohnen?\\s+(?:\\S+\\s+){0,8}?(?:angegriffen|getroffen|attackiert|bombardiert)|(?:kampfflugzeuge|kampfjets?|hubschrauber)\\s+(?:\\S+\\s+){0,3}?(?:bombardierten|griffen|trafen|beschossen)|bombardiert(?:e|en)?|bombardierten', type: EXP, subType: 'Air/drone strike' },
  { id: 'de.trigger.abgeworfen', pattern: '(?:bomben|granaten|sprengsätze)\\s+(?:\\S+\\s+){0,6}?abgeworfen|warf(?:en)?\\s+(?:\\S+\\s+){0,4}?(?:bomben|granaten)\\s+ab', type: EXP, subType: 'Air/drone strike', generic: true },
  // Shelling/artillery/missile attack
  { id: 'de.trigger.beschuss', pattern: '\\p{L}*beschuss|beschossen|beschießt|beschießen|beschoss', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'de.trigger.raketenangriff', pattern: '\\p{L}*(?:raketenangriff|raketenangriffe|raketenangriffen|raketenangriffs|raketeneinschlag|raketeneinschläge|raketenbeschuss)|(?:rakete|raketen|granate|granaten|geschosse?)\\s+(?:\\S+\\s+){0,3}?(?:schlug|schlugen|einschlug|einschlugen|traf|trafen)', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'de.trigger.artillerie', pattern: 'artillerie\\p{L}*|mörser\\p{L}*|granatenbeschuss|granateinschl\\p{L}*|\\p{L}*bombardement(?:s)?', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'de.trigger.von-rakete-getroffen', pattern: '(?:von|durch)\\s+(?:einer|einem|zwei|drei|mehreren)?\\s*(?:\\S+\\s+)?(?:rakete|raketen|granate|granaten|geschoss|geschossen)\\s+(?:getroffen|beschädigt|zerstört)', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'de.trigger.rakete-schlug-ein', pattern: '(?:schlug|schlugen)\\s+(?:\\S+\\s+){0,3}?(?:rakete|raketen|geschoss|granate|granaten)\\s+(?:\\S+\\s+){0,4}?ein(?=[\\s,.;])', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'de.trigger.raketen-abgefeuert', pattern: 'raketen\\s+(?:\\S+\\s+){0,4}?abgefeuert|feuerten?\\s+(?:\\S+\\s+){0,8}?raketen\\s+(?:\\S+\\s+){0,4}?ab', type: EXP, subType: 'Shelling/artillery/missile attack' },
  // Remote explosive / suicide / chemical
  { id: 'de.trigger.granate', pattern: 'handgranate(?:n)?|granatenanschlag|granatenangriff|(?:warf|warfen)\\s+(?:\\S+\\s+){0,2}?(?:eine\\s+)?granate', type: EXP, subType: 'Grenade' },
  { id: 'de.trigger.sprengfalle', pattern: 'sprengfalle(?:n)?|\\p{L}*sprengsatz|\\p{L}*sprengsätze(?:n)?|landmine(?:n)?|(?:anti)?(?:panzer|personen)minen?|straßenbombe(?:n)?|autobombe(?:n)?|\\bIEDs?', type: EXP, subType: 'Remote explosive/landmine/IED' },
  { id: 'de.trigger.selbstmordanschlag', pattern: 'selbstmord(?:anschlag|anschläge|anschlägen|attentat|attentate|attentäter|attentäterin)\\p{L}*|sprengte\\s+sich\\s+(?:\\S+\\s+){0,3}?in\\s+die\\s+luft|\\p{L}*attentäter', type: EXP, subType: 'Suicide bomb', requires: 'spreng|explo|selbstmord' },
  { id: 'de.trigger.chemiewaffen', pattern: 'chemiewaffen?(?!konvention)|chemische(?:n)?\\s+(?:waffen|kampfstoffe?n?)|giftgas|chlorgas|reizgas\\p{L}*|nervengas|\\p{L}*kampfstoff(?:e|en)?', type: EXP, subType: 'Chemical weapon' },
  // Battles
  { id: 'de.trigger.gefecht', pattern: '\\p{L}*gefecht(?:e|en)?|\\p{L}*kämpfe|kämpfen(?=[\\s,.;]+(?:um|bei|in|nahe|zwischen)\\s)|(?:den|bei|nach|heftigen|schweren|zu|mit|von|blutigen|tagelangen)\\s+kämpfen|kämpften|gekämpft|gerungen|schusswechsel|gewehrfeuer|feuergefecht(?:e|en)?|\\p{L}*hinterhalt(?:e|s)?', type: BAT, subType: 'Armed clash' },
  { id: 'de.trigger.zusammenstoesse', pattern: 'zusammenstöße(?:n)?|zusammenstoß|lieferten\\s+sich\\s+(?:\\S+\\s+){0,4}?(?:gefechte|kämpfe)', type: BAT, subType: 'Armed clash', resolve: 'clash' },
  { id: 'de.trigger.abgewehrt', pattern: '(?:angriffe?|angriffen|vorstöße?|attacken|sturmangriffe?)\\s+(?:\\S+\\s+){0,3}?(?:abgewehrt|zurückgeschlagen)|(?:wehrten|wehrte|schlugen|schlug)\\s+(?:\\S+\\s+){0,4}?(?:angriffe?|angriffen|vorstöße?)\\s+(?:\\S+\\s+){0,2}?(?:ab|zurück)', type: BAT, subType: 'Armed clash' },
  { id: 'de.trigger.erschossen', pattern: 'erschossen|erschoss', type: BAT, subType: 'Armed clash', resolve: 'attack', generic: true },
  { id: 'de.trigger.angriffe', pattern: 'angriffe|angriffen|anschläge|anschlägen|attacken', type: BAT, subType: 'Armed clash', resolve: 'attack', generic: true, joinOnly: true },
  { id: 'de.trigger.angriff', pattern: 'angriff|angriffs|angegriffen|griff(?:en)?\\s+(?:\\S+\\s+){0,5}?an(?=[\\s,.;])|attacke(?:n)?|überfall|überfiel(?:en)?|anschlag|vorgestoßen|vorstoß|überfallen|überfiel(?:en)?|razzia', type: BAT, subType: 'Armed clash', resolve: 'attack', generic: true },
  // Territory
  { id: 'de.trigger.eingenommen', pattern: 'eingenommen|(?:nahm|nahmen)\\s+(?:\\S+\\s+){1,8}?ein(?=[\\s,.;])|erobert(?:e|en)?|eroberten|überrannt(?:e|en)?|unter\\s+(?:ihre|seine|die)\\s+kontrolle\\s+gebracht|eroberung\\s+(?:von|der|des)|einnahme\\s+(?:von|der|des)|die\\s+kontrolle\\s+über(?:nommen)?', type: BAT, subType: 'Non-state actor overtakes territory', resolve: 'territory' },
  { id: 'de.trigger.zurueckerobert', unless: 'geisel|gefangen|entführt', pattern: 'zurückerobert(?:e|en)?|zurückeroberten|eroberten\\s+(?:\\S+\\s+){0,4}?zurück|rückeroberung(?:en)?|befreit(?:e|en)?', type: BAT, subType: 'Government regains territory', resolve: 'retake' },
  // Violence against civilians
  { id: 'de.trigger.entfuehrt', pattern: 'entführt(?:e|en)?|entführung(?:en)?|entführer|verschleppt(?:e|en)?|verschleppung(?:en)?|verschwindenlassen|als\\s+geiseln?\\s+genommen|aus\\s+(?:ihren|seinen|ihrer|seiner)\\s+(?:wohnungen|häusern|wohnung|haus)\\s+(?:geholt|gezerrt|verschleppt)', type: VAC, subType: 'Abduction/forced disappearance' },
  { id: 'de.trigger.feuer-eroeffnet', pattern: 'eröffnete(?:n)?\\s+(?:\\S+\\s+){0,3}?das\\s+feuer|das\\s+feuer\\s+(?:\\S+\\s+){0,3}?eröffnet|schossen\\s+(?:\\S+\\s+){0,2}?in\\s+die\\s+menge', type: BAT, subType: 'Armed clash', resolve: 'attack' },
  { id: 'de.trigger.sexuelle-gewalt', pattern: 'vergewaltigt(?:e|en)?|vergewaltigung(?:en)?|sexuelle(?:r|n)?\\s+gewalt|sexuell\\s+missbraucht', type: VAC, subType: 'Sexual violence' },
  { id: 'de.trigger.zivilisten-getoetet-aktiv', pattern: '(?:zivilisten|dorfbewohner|bewohner|einwohner|fahrgäste|passagiere)\\s+(?:\\S+\\s+){0,3}?(?:getötet|ermordet|erschossen|hingerichtet|massakriert)\\s+(?:haben|hätten|hatten|hat|habe)', type: VAC, subType: 'Attack', generic: true },
  { id: 'de.trigger.bewaffnete-toeteten', pattern: '(?:bewaffnete|unbekannte|angreifer|attentäter|schützen)\\s+(?!(?:wurden|wurde|sind|waren|ist)\\s)(?:\\S+\\s+){0,4}?(?:erschossen|erschossen|töteten|ermordeten|tötete|ermordete)|von\\s+(?:bewaffneten|unbekannten)\\s+(?:\\S+\\s+){0,3}?(?:erschossen|getötet|ermordet)', type: VAC, subType: 'Attack' },
  { id: 'de.trigger.massaker', pattern: 'massaker|blutbad|hingerichtet|exekutiert|erschossen\\s+(?:\\S+\\s+){0,3}?(?:zivilisten|dorfbewohner)', type: VAC, subType: 'Attack' },
  { id: 'de.trigger.zivilisten-getoetet', pattern: '(?:töteten|ermordeten|erschossen|erschossen)\\s+(?:\\S+\\s+){0,4}?(?:zivilisten|dorfbewohner|bewohner|einwohner|fahrgäste|passagiere|menschen)', type: VAC, subType: 'Attack', generic: true },
  // Strategic developments
  { id: 'de.trigger.festgenommen', pattern: 'festgenommen|festnahme(?:n)?|verhaftet(?:e|en)?|verhaftung(?:en)?|inhaftiert|in\\s+gewahrsam\\s+genommen|nahmen?\\s+(?:\\S+\\s+){0,8}?fest(?=[\\s,.;])', type: STR, subType: 'Arrests' },
  { id: 'de.trigger.abgeschossen', pattern: 'abgeschossen|abgefangen|vom\\s+himmel\\s+geholt|(?:drohnen|raketen|marschflugkörper)\\s+(?:\\S+\\s+){0,4}?zerstört', type: STR, subType: 'Disrupted weapons use', requires: 'drohne|rakete|marschflugkörper|flugabwehr|luftabwehr|luftverteidigung|geschoss' },
  { id: 'de.trigger.gepluendert', pattern: 'geplündert|plünder(?:ten|te|ung|ungen)|in\\s+brand\\s+gesteckt|(?:steckten|steckte)\\s+(?:\\S+\\s+){0,4}?in\\s+brand|niedergebrannt', type: STR, subType: 'Looting/property destruction', resolve: 'looting' },
  { id: 'de.trigger.stuetzpunkt', pattern: '(?:stützpunkt|basis|militärbasis|außenposten|hauptquartier|posten)\\s+(?:\\S+\\s+){0,3}?(?:errichtet|eingerichtet|eröffnet)|stationiert', type: STR, subType: 'Headquarters or base established' },
  { id: 'de.trigger.kampflos', pattern: 'ohne\\s+(?:gegenwehr|kampf|widerstand)|kampflos|geräumt|(?:zogen|zog)\\s+sich\\s+(?:\\S+\\s+){0,3}?aus\\s+(?:\\S+\\s+){0,3}?zurück|übergeben\\s+an', type: STR, subType: 'Non-violent transfer of territory' },
  { id: 'de.trigger.abkommen', pattern: '(?:waffenruhe|waffenstillstand|feuerpause|friedensabkommen|abkommen)\\s+(?:\\S+\\s+){0,3}?(?:vereinbart|unterzeichnet|geschlossen)|(?:unterzeichneten|vereinbarten)\\s+(?:\\S+\\s+){0,3}?(?:waffenruhe|waffenstillstand|friedensabkommen|abkommen)|gefangenenaustausch', type: STR, subType: 'Agreement' },
  { id: 'de.trigger.abriss', pattern: 'abgerissen|planiert|bulldozer\\s+(?:\\S+\\s+){0,6}?(?:auf|ab|nieder)(?=[\\s,.;])|rissen\\s+(?:\\S+\\s+){0,16}?(?:auf|ab|nieder)(?=[\\s,.;])', type: STR, subType: 'Looting/property destruction' },
  { id: 'de.trigger.beschaedigt', pattern: 'beschädigt|getroffen', type: EXP, subType: 'Shelling/artillery/missile attack', resolve: 'inherit' },
  { id: 'de.trigger.ausnahmezustand', pattern: 'ausnahmezustand|ausgangssperre|kriegsrecht|antiterror(?:operation|einsatz|regime)|anti-terror-(?:operation|einsatz)|evakuierung(?:en)?|zwangsevakuierung(?:en)?', type: STR, subType: 'Other' },
  // Protests and riots
  { id: 'de.trigger.demonstration', pattern: '\\p{L}*demonstration(?:en)?|demonstrant(?:en|innen)?|demonstrierten|demonstrierte|demonstriert|protestiert|\\p{L}*protest(?:e|en|aktion|aktionen|marsch|märsche)?|protestierten|protestierte|\\p{L}*kundgebung(?:en)?|mahnwache(?:n)?|gingen\\s+(?:\\S+\\s+){0,4}?auf\\s+die\\s+straße|sitzblockade(?:n)?|sitzstreik|sit-ins?|(?:zogen|marschierten)\\s+(?:\\S+\\s+){0,5}?durch\\s+(?:die\\s+straßen|die\\s+innenstadt|das\\s+zentrum)|protestzug|demonstrationszug', type: 'Protests', subType: 'Peaceful protest', resolve: 'protest' },
  { id: 'de.trigger.ausschreitungen', pattern: 'ausschreitungen|krawall\\p{L}*|randalier\\p{L}*|straßenschlacht(?:en)?|(?:steine|flaschen|brandsätze|molotowcocktails|feuerwerkskörper)\\s+(?:\\S+\\s+){0,3}?(?:warfen|geworfen|schleuderten)|warfen\\s+(?:\\S+\\s+){0,3}?(?:steine|flaschen|brandsätze|feuerwerkskörper)', type: 'Riots', subType: 'Violent demonstration' },
  { id: 'de.trigger.lynch', pattern: 'lynchjustiz|gelyncht|(?:griffen|griff|schlugen|verprügelten|attackierten)\\s+(?:\\S+\\s+){0,2}?(?:vermummte|maskierte)\\s+(?:männer|schläger|angreifer)|(?:maskierte|vermummte|eine\\s+menge|ein\\s+mob|eine\\s+gruppe)\\s+(?:\\S+\\s+){0,3}?(?:männer|schläger|angreifer|menschen)?\\s*(?:\\S+\\s+){0,4}?(?:griffen|griff|schlugen|schlug|verprügelten|verprügelte|attackierten)', type: 'Riots', subType: 'Mob violence' },
];

export const events: EventsLexicon = {
  triggers,
  filters: [
    { id: 'de.filter.frueher', reason: 'generic', before: '\\b(?:früher|in\\s+der\\s+vergangenheit|seit\\s+jahren|bereits\\s+mehrfach)\\s+(?:\\S+\\s+){0,2}$', window: 40 },
    { id: 'de.filter.kein', reason: 'negation', before: '\\b(?:kein(?:e|en|er|em|es)?|nicht|nie|niemals|weder)\\s+(?:\\S+\\s+){0,2}$', window: 40 },
    { id: 'de.filter.droht', reason: 'threat', before: '\\b(?:droht(?:e|en)?|gedroht|drohung|warnt(?:e|en)?\\s+vor|gewarnt)\\b', window: 60 },
    { id: 'de.filter.zukunft', reason: 'future', before: '\\b(?:will|wollen|wollte|wollten|plant|planen|plante|planten|beabsichtig\\p{L}*|vorhaben|werde|werden|würde|würden|könnte|könnten)\\s+(?:\\S+\\s+){0,4}$', window: 60 },
    { id: 'de.filter.ankuendigung', reason: 'future', before: '\\b(?:kündigte(?:n)?\\s+an|kündigt(?:e|en)?\\s+an|drohte(?:n)?\\s+an)\\b', window: 80 },
    { id: 'de.filter.zu-wollen', reason: 'future', after: '^\\s*(?:\\S+\\s+){0,2}zu\\s+(?:wollen|planen)\\b', window: 40 },
    { id: 'de.filter.um-zu', reason: 'purpose', after: '^\\s*(?:\\S+\\s+){0,8}zu\\s+(?:erschweren|verhindern|verhüten|stoppen|vermeiden|unterbinden|abzuwehren|verbieten|beschränken)\\b', window: 90 },
    { id: 'de.filter.kuenftig', reason: 'generic', after: '^\\s*(?:\\S+\\s+){0,2}(?:künftig|in\\s+zukunft|fortan)\\b', window: 40 },
    { id: 'de.filter.schutz-vor', reason: 'purpose', before: '\\b(?:zum\\s+schutz\\s+vor|aus\\s+angst\\s+vor|gefahr\\s+(?:von|eines|einer)|gegen\\s+(?:mögliche|künftige))\\s+(?:\\S+\\s+){0,3}$', window: 60 },
    { id: 'de.filter.seit', reason: 'generic', before: '\\bseit\\s+(?:de[nmr]\\s+|die\\s+)?$', window: 20 },
    { id: 'de.filter.seit-beginn', reason: 'generic', before: '\\bseit\\s+(?:dem\\s+)?(?:beginn|anfang|start|ausbruch)\\s+(?:der|des)\\s+(?:\\S+\\s+){0,3}$', window: 60 },
    { id: 'de.filter.schutz', reason: 'purpose', before: '\\b(?:schützen|schutz|abschirmen)\\s+(?:\\S+\\s+){0,2}vor\\s+(?:\\S+\\s+){0,2}$', window: 60 },
    { id: 'de.filter.in-angriff-nehmen', reason: 'non-event', before: '\\bin\\s+$', after: '^\\s+(?:genommen|nehmen|nahm|nahmen|zu\\s+nehmen)\\b', window: 30 },
    { id: 'de.filter.bildlich', reason: 'non-event', appliesTo: 'gefecht', before: '\\b(?:politische[nmr]?|juristische[nmr]?|verbale[nmr]?|wahlkampf\\p{L}*)\\s+$', window: 30 },
    { id: 'de.filter.protestnote', reason: 'non-event', appliesTo: 'demonstration', before: '\\b(?:diplomatische[nmr]?|förmliche[nmr]?|offizielle[nmr]?)\\s+$', window: 30 },
    { id: 'de.filter.gefangene', reason: 'non-event', appliesTo: 'eingenommen|zurueckerobert', after: '^\\s+(?:\\S+\\s+){0,3}(?:soldaten|kämpfer|gefangene|waffen|panzer|fahrzeuge|geiseln)\\b', window: 60 },
    { id: 'de.filter.gefangene-soldaten', reason: 'non-event', appliesTo: 'festgenommen', after: '^\\s+(?:\\S+\\s+){0,4}(?:soldaten|offiziere|kämpfer|general|kommandeure)\\b', window: 60 },
    { id: 'de.filter.blieb-aus', reason: 'negation', scope: 'sentence', after: '^(?:[^.;]*?)\\b(?:blieb|blieben)\\s+(?:bisher\\s+|bislang\\s+)?aus\\b|^\\s*(?:\\S+\\s+){0,3}(?:hat|haben|ist)\\s+(?:noch\\s+)?nicht\\s+(?:begonnen|stattgefunden)\\b', window: 120 },
    { id: 'de.filter.suche-nach', reason: 'non-event', before: '\\b(?:suche\\s+nach|suchten\\s+nach|suchen\\s+nach|räumung\\s+von|entschärf\\p{L}*)\\s+(?:\\S+\\s+){0,2}$', window: 40 },
    { id: 'de.filter.gewohnheit', reason: 'generic', before: '\\b(?:regelmäßig|täglich|häufig|oft|ständig)\\s+(?:\\S+\\s+){0,4}$', window: 60 },
    { id: 'de.filter.seit-monaten', reason: 'generic', before: '\\b(?:seit|schon\\s+seit)\\s+(?:vielen\\s+|mehreren\\s+)?(?:monaten|jahren)\\s+(?:\\S+\\s+){0,4}$', window: 60 },
    { id: 'de.filter.falls', reason: 'hypothetical', before: '\\b(?:falls|wenn|sofern|im\\s+falle)\\s+(?:\\S+\\s+){0,4}$', window: 50 },
    { id: 'de.filter.generisch', reason: 'generic', before: '\\b(?:jede[nrms]?|immer\\s+wieder|gegenseitig|der\\s+einsatz\\s+von)\\b', window: 60 },
    { id: 'de.filter.passiv', reason: 'casualty', appliesTo: 'erschossen|getoetet', after: '^\\s+(?:worden|wurden|wurde|sind|seien)\\b', window: 20, onlyGeneric: true },
    { id: 'de.filter.anapher', reason: 'anaphora', before: '\\b(?:der|die|das|dem|den|des|diese[nrms]?|dieser)\\s+$', window: 12, onlyGeneric: true },
  ],
  clauseBreak: '[;:()\\u2013\\u2014]|,\\s+(?:aber|während|obwohl|und|nachdem|doch|die|der|das|welche[rsn]?|wo|deren|dessen)\\b|\\s(?:aber|während|obwohl|doch)\\s',
  coordination: '^\\s*(?:,\\s*|und\\s+|,\\s*und\\s+|sowie\\s+|&\\s*)(?:\\p{N}+\\s+|\\p{L}+\\s+(?=(?:in|bei|über|um|nahe)\\s))?(?:(?:in|bei|über|um|nahe)\\s+)?(?:de[mnrs]\\s+|die\\s+|das\\s+)?(?:(?:dorf|dörfern|dörfer|stadt|städten|region|gebiet|provinz|bezirk|ort|orten)\\s+)?$',
  reportTimeBefore: '\\b(?:teilte|teilt|sagte|erklärte|meldete|berichtete|gab|bestätigte|behauptete)\\s+$',
  definiteBefore: '\\b(?:der|die|das|dem|den|des|diese[nmrs]?)\\s+(?:[\\p{L}-]+\\s+)?$',
  coordinationTail: '(?:,\\s*)?(?:und|sowie)\\s+(?:auch\\s+)?(?:in|bei)\\s+$',
  referenceBefore: '\\b(?:nördlich|südlich|östlich|westlich|nordöstlich|nordwestlich|südöstlich|südwestlich|von\\s+aus)\\s+(?:von\\s+)?$|\\b(?:km|kilometer)\\s+(?:\\S+\\s+){0,2}(?:von|vor)\\s+$|\\bgrenze\\s+zu\\s+$',
  settlementBefore: '\\b(?:\\p{L}*(?:dorf|dorfes|ortschaft|stadt|städtchen|siedlung)|ort|ortes)\\s+$',
  means: [
    { id: 'drone', pattern: '\\p{L}*drohnen?\\p{L}*' },
    { id: 'aircraft', pattern: '\\p{L}*(?:kampfjet|flugzeug|hubschrauber|helikopter|bomber)\\p{L}*' },
  ],
  speakerAfter: '^\\s*(?:meldet|meldete|bestreitet|bestritt|wies|weist|erklärte|erklärt|behauptet|behauptete|dementierte|dementiert|sagte|sagt|wirft|forderte|fordert|rief|ruft|verurteilte|verurteilt|warnte|kündigte)\\b',
  speakerBefore: '\\b(?:laut|sagte|erklärte|meldete|\\p{L}*ministerium(?:\\s+\\S+){0,3}\\s+in|behörden\\s+in|regierung\\s+in)\\s+$',
  protestIntervention: '\\b(?:tränengas\\p{L}*|wasserwerfer\\p{L}*|aufgelöst|löste[n]?\\s+(?:\\S+\\s+){0,3}auf|festgenommen|verhaftet|schlagstöcke?n?|gummigeschosse?n?|blendgranaten|geräumt|ging\\s+(?:\\S+\\s+){0,3}gegen)\\b',
  protestExcessive: '\\b(?:scharfe\\s+munition|scharf\\s+geschossen|(?:demonstranten|protestierende)\\s+(?:\\S+\\s+){0,3}(?:erschossen|getötet))\\b',
  civilianTarget: '\\b(?:flüchtlingslager|vertriebenenlager|lager\\s+für\\s+(?:flüchtlinge|vertriebene)|kirchgänger|gläubige[n]?|gottesdienstbesucher|schüler(?:innen)?|zivilisten|zivilistinnen|zivilbevölkerung|dorfbewohner|bewohner|einwohner|fahrgäste|passagiere|familien|markt|wochenmarkt|flüchtlinge|vertriebene|frauen|kinder|kloster|kirche|moschee|schule|krankenhaus|wohnhaus|wohnhäuser|dorf)\\b',
  protesterTarget: '\\b(?:demonstranten|demonstrierende|protestierende|menge|menschenmenge)\\b',
  crowd: '\\b(?:demonstranten|demonstrierende|protestierende|randalierer|menge|menschenmenge|jugendliche|mob|anhänger|studenten|fans)\\b',
  denialBefore: '\\b(?:bestritt|bestreitet|bestritten|dementierte|dementiert|wies\\s+zurück|wies\\s+(?:\\S+\\s+){0,3}zurück)\\s*,?\\s*(?:dass\\s+)?(?:\\S+\\s+){0,10}$',
  agentBefore: '\\b(?:von|durch)\\s+(?:de[nmr]\\s+|die\\s+)?(?:\\S+\\s+)?$',
  stateForces: '\\b(?:armee|truppen|soldaten|militär|streitkräfte|polizei|sicherheitskräfte|regierungstruppen|luftwaffe|verteidigungsministerium|junta|brigade|grenzschutz|nationalgarde)\\b',
  nonStateForces: '\\b(?:rebellen|aufständische[nr]?|milizen|miliz|dschihadisten|islamisten|kämpfer|widerstand|paramilitärs?|bewaffnete[nr]?|separatisten|terroristen|angreifer|terrormiliz)\\b',
};
