import type { EventsLexicon, TriggerRule } from '../../stages/events/lexicon.js';

const EXP = 'Explosions/Remote violence';
const BAT = 'Battles';
const VAC = 'Violence against civilians';
const STR = 'Strategic developments';

/** Dutch compounds: `\p{L}*` admits a prefix ("artillerie-", "mortier-"), `(?:\p{L}+-)?` a hyphenated one ("drone-"). */
const triggers: TriggerRule[] = [
  // Air/drone strike (before shelling: "luchtbombardement" is air)
  { id: 'nl.trigger.luchtaanval', pattern: '\\p{L}*lucht(?:aanval|aanvallen|bombardement|bombardementen)|(?:\\p{L}+-)?(?:drone-?aanval(?:len)?|droneaanval\\p{L}*)', type: EXP, subType: 'Air/drone strike' },
  { id: 'nl.trigger.geleide-bom', pattern: '(?:geleide|gestuurde|zweef|glij)\\s?bom(?:men)?|\\p{L}*glijbom(?:men)?|vliegtuigbom(?:men)?', type: EXP, subType: 'Air/drone strike' },
  { id: 'nl.trigger.bom-vallen', pattern: '(?:liet|lieten|wierp|wierpen|gooide|gooiden)\\s(?:\\S+\\s){0,6}?bom(?:men)?\\s(?:\\S+\\s){0,3}?(?:vallen|af)', type: EXP, subType: 'Air/drone strike' },
  { id: 'nl.trigger.drone-trof', pattern: 'drones?\\s(?:\\S+\\s){0,8}?(?:aangevallen|getroffen|geraakt|bestookt|gebombardeerd)|drones?\\s(?:\\S+\\s){0,3}?(?:trof|troffen|raakte|raakten|sloeg|sloegen)|(?:trof|troffen)\\s(?:een\\s|twee\\s|drie\\s)?(?:\\p{L}+\\s)?drones?', type: EXP, subType: 'Air/drone strike' },
  { id: 'nl.trigger.getroffen-door-drone', pattern: '(?:getroffen|geraakt|beschadigd|verwoest)\\sdoor\\s(?:een\\s|twee\\s|drie\\s)?(?:\\S+\\s)?(?:drone|drones|luchtaanval|bom|bommen)', type: EXP, subType: 'Air/drone strike' },
  { id: 'nl.trigger.gewapende-drones', pattern: '(?:gewapende|bewapende)\\sdrones?|(?:gevechtsvliegtuigen|straaljagers?|bommenwerpers?|helikopters?)\\s(?:\\S+\\s){0,3}?(?:bombardeerden|vielen|troffen|bestookten)', type: EXP, subType: 'Air/drone strike' },
  { id: 'nl.trigger.gebombardeerd', pattern: 'gebombardeerd|bombardeerde(?:n)?', type: EXP, subType: 'Air/drone strike' },
  // Shelling/artillery/missile attack
  { id: 'nl.trigger.beschieting', pattern: '\\p{L}*beschieting(?:en)?|beschoten|beschoot|beschiet|beschieten', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'nl.trigger.bestookt', pattern: 'bestookt(?:e|en)?|bestookten|bestoken', type: EXP, subType: 'Shelling/artillery/missile attack', generic: true },
  { id: 'nl.trigger.raketaanval', pattern: '\\p{L}*raket(?:aanval|aanvallen|inslag|inslagen|beschietingen?)|raket(?:ten)?\\s(?:\\S+\\s){0,2}?(?:insloeg|insloegen|trof|troffen)', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'nl.trigger.artillerie', pattern: 'artillerie\\p{L}*|mortier\\p{L}*|granaatinslag(?:en)?|onder\\svuur\\s(?:genomen|gelegd)|(?:nam|namen)\\s(?:\\S+\\s){0,5}?onder\\svuur|\\p{L}*bombardement(?:en)?', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'nl.trigger.raket-sloeg-in', pattern: '(?:sloeg|sloegen)\\s(?:\\S+\\s){0,3}?(?:raket|raketten|projectiel|granaat|granaten)\\s(?:\\S+\\s){0,4}?in(?=[\\s,.;])|(?:raket|raketten|projectiel)\\s(?:\\S+\\s){0,3}?(?:sloeg|sloegen)\\s(?:\\S+\\s){0,4}?in(?=[\\s,.;])', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'nl.trigger.getroffen-door-raket', pattern: '(?:getroffen|geraakt|beschadigd|verwoest)\\sdoor\\s(?:een\\s|twee\\s|drie\\s)?(?:\\S+\\s)?(?:raket|raketten|granaat|granaten|artillerie)', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'nl.trigger.granaat-raakte', pattern: '(?:granaat|granaten|raket|raketten)\\s(?:\\S+\\s){0,4}?(?:raakte|raakten|trof|troffen)|(?:raakte|raakten|trof|troffen)\\s(?:een\\s|twee\\s|drie\\s)?(?:granaat|granaten|raket|raketten)', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'nl.trigger.raketten-afgevuurd', pattern: 'raketten\\s(?:\\S+\\s){0,3}?afgevuurd|vuurden?\\s(?:\\S+\\s){0,4}?raketten\\s(?:\\S+\\s){0,3}?af', type: EXP, subType: 'Shelling/artillery/missile attack' },
  // Remote explosive / suicide / chemical
  { id: 'nl.trigger.granaat', pattern: 'handgrana(?:at|ten)|granaataanval(?:len)?|(?:gooide|wierp|gooiden|wierpen)\\s(?:\\S+\\s){0,2}?granaat', type: EXP, subType: 'Grenade' },
  { id: 'nl.trigger.bermbom', pattern: 'bermbom(?:men)?|landmijn(?:en)?|\\p{L}*mijnen(?:veld|velden)|explosie(?:f|ven)|geïmproviseerde?\\sexplosie\\p{L}*|IED\'?s?|autobom(?:men)?|bom\\slangs\\sde\\sweg', type: EXP, subType: 'Remote explosive/landmine/IED' },
  { id: 'nl.trigger.zelfmoordaanslag', pattern: 'zelfmoord(?:aanslag|aanslagen|terrorist|terroristen|commando|bom)\\p{L}*|zelfmoordenaars?|(?:blies|bliezen)\\s(?:\\S+\\s){0,2}?zichzelf\\sop', type: EXP, subType: 'Suicide bomb' },
  { id: 'nl.trigger.chemisch', pattern: 'chemische\\s(?:wapens?|aanval(?:len)?|middelen|munitie)|gifgas|chloorgas|zenuwgas|\\p{L}*gasgranat(?:en)?', type: EXP, subType: 'Chemical weapon' },
  // Battles
  { id: 'nl.trigger.botsing', pattern: 'botsingen|botsten|(?:raakten|raakte)\\s(?:\\S+\\s){0,3}?slaags', type: BAT, subType: 'Armed clash', resolve: 'clash' },
  { id: 'nl.trigger.gevecht', pattern: '\\p{L}*gevecht(?:en)?|gevochten|slaags|hinderla(?:ag|gen)|schotenwisseling(?:en)?|geweervuur|vuurwisseling(?:en)?|\\p{L}*strijd\\sgeleverd', type: BAT, subType: 'Armed clash' },
  { id: 'nl.trigger.afgeslagen', pattern: '(?:aanval(?:len)?|bestorming(?:en)?|offensief)\\s(?:\\S+\\s){0,3}?(?:afgeslagen|afgeweerd|teruggeslagen)|(?:sloeg|sloegen|sloeg)\\s(?:\\S+\\s){0,4}?(?:aanval(?:len)?)\\s(?:\\S+\\s){0,2}?af', type: BAT, subType: 'Armed clash' },
  { id: 'nl.trigger.vechten', pattern: 'vechten|vochten|vecht|strijden', type: BAT, subType: 'Armed clash', generic: true },
  { id: 'nl.trigger.doodgeschoten', pattern: 'doodgeschoten|schoten\\s(?:\\S+\\s){0,4}?dood', type: BAT, subType: 'Armed clash', resolve: 'attack', generic: true },
  { id: 'nl.trigger.aanvallen', pattern: 'aanvallen|aanslagen', type: BAT, subType: 'Armed clash', resolve: 'attack', generic: true, joinOnly: true },
  { id: 'nl.trigger.aanval', pattern: 'aanval|aanvielen|aangevallen|vielen\\s(?:\\S+\\s){0,4}?aan|viel\\s(?:\\S+\\s){0,4}?aan|aanslag|bestorm(?:d|den|de)|raid|invall?(?:en)?|binnenvielen|overval(?:len)?|overvallen|overvielen|overviel', type: BAT, subType: 'Armed clash', resolve: 'attack', generic: true },
  // Territory
  { id: 'nl.trigger.ingenomen', pattern: 'ingenomen|innamen|(?:nam|namen)\\s(?:\\S+\\s){1,8}?in(?=[\\s,.;])|veroverd(?:e|en)?|veroverden|bezet(?:te|ten)?(?=\\s(?:een|het|de|twee|drie|vier|\\p{N})\\s)|bezet(?=\\s*[,.;])|in\\shanden\\sgevallen|onder\\s(?:hun|zijn|haar)\\scontrole\\s(?:gebracht|gekregen)|verovering\\s(?:van|op)|inname\\svan|de\\scontrole\\sover(?:genomen)?', type: BAT, subType: 'Non-state actor overtakes territory', resolve: 'territory' },
  { id: 'nl.trigger.heroverd', unless: 'gijzelaar|gevangen|ontvoerd', pattern: 'heroverd(?:e|en)?|heroverden|terugveroverd|teruggenomen|bevrijd(?:de|den)?', type: BAT, subType: 'Government regains territory', resolve: 'retake' },
  // Violence against civilians
  { id: 'nl.trigger.ontvoerd', pattern: 'ontvoer(?:d|de|den|ing|ingen)|ontvoerders|gegijzeld|gijzeling|gedwongen\\sverdwijning(?:en)?|(?:uit|van)\\s(?:zijn|haar|hun)\\s(?:woning|huis|bed)\\sgehaald', type: VAC, subType: 'Abduction/forced disappearance' },
  { id: 'nl.trigger.vuur-geopend', pattern: '(?:openden|opende)\\s(?:\\S+\\s){0,3}?het\\svuur(?:\\sop)?|het\\svuur\\s(?:\\S+\\s){0,3}?geopend|schoten\\s(?:\\S+\\s){0,2}?op\\s(?:een\\s|de\\s)?(?:menigte|burgers|demonstranten)', type: BAT, subType: 'Armed clash', resolve: 'attack' },
  { id: 'nl.trigger.seksueel-geweld', pattern: 'verkracht(?:e|en|ing|ingen)?|seksueel\\sgeweld|seksueel\\smisbruikt', type: VAC, subType: 'Sexual violence' },
  { id: 'nl.trigger.burgers-gedood-actief', pattern: '(?:hebben|hadden|heeft|had|zouden|zou)\\s(?:\\S+\\s){0,6}?(?:burgers|dorpelingen|dorpsbewoners|inwoners|bewoners|passagiers)\\s(?:\\S+\\s){0,2}?(?:gedood|vermoord|doodgeschoten|geëxecuteerd|afgeslacht)', type: VAC, subType: 'Attack', generic: true },
  { id: 'nl.trigger.schutters', pattern: '(?:gewapende\\smannen|schutters|onbekenden|aanvallers|gewapenden)\\s(?!(?:werden|zijn|waren|werd|is)\\s)(?:\\S+\\s){0,4}?(?:doodgeschoten|vermoord|gedood|doodden|vermoordden|schoten\\s(?:\\S+\\s){0,3}?dood)|(?:doodgeschoten|vermoord)\\sdoor\\s(?:gewapende\\smannen|onbekenden|schutters)|liquidatie|aanslag\\sop\\s(?:het\\sleven|een\\s(?:politicus|burgemeester|journalist))', type: VAC, subType: 'Attack' },
  { id: 'nl.trigger.bloedbad', pattern: 'bloedbad|slachtpartij(?:en)?|massamoord|geëxecuteerd|executeerden|standrechtelijk', type: VAC, subType: 'Attack' },
  { id: 'nl.trigger.burgers-gedood', pattern: '(?:doodden|vermoordden|doodgeschoten|schoten|vermoord|gedood)\\s(?:\\S+\\s){0,4}?(?:burgers|dorpelingen|dorpsbewoners|inwoners|bewoners|passagiers|boeren|herders)', type: VAC, subType: 'Attack', generic: true },
  // Strategic developments
  { id: 'nl.trigger.gearresteerd', pattern: 'gearresteerd|arresteerde(?:n)?|arrestatie\\p{L}*|opgepakt|(?:pakte|pakten)\\s(?:\\S+\\s){0,9}?op(?=[\\s,.;])|aangehouden|vastgezet|opgesloten|in\\shechtenis\\sgenomen', type: STR, subType: 'Arrests' },
  { id: 'nl.trigger.onderschept', pattern: 'onderschept(?:e|en)?|neergeschoten|neergehaald|uit\\sde\\slucht\\sgeschoten|(?:drones|raketten|projectielen)\\s(?:\\S+\\s){0,4}?vernietigd', type: STR, subType: 'Disrupted weapons use', requires: 'drone|raket|projectiel|luchtverdediging|luchtafweer|kruisvluchtwapen' },
  { id: 'nl.trigger.geplunderd', pattern: 'geplunderd|plunder(?:de|den|ing|ingen)|in\\sbrand\\sgestoken|(?:staken|stak)\\s(?:\\S+\\s){0,4}?in\\sbrand|platgebrand', type: STR, subType: 'Looting/property destruction', resolve: 'looting' },
  { id: 'nl.trigger.basis', pattern: '(?:basis|legerbasis|steunpunt|hoofdkwartier|uitvalsbasis|voorpost)\\s(?:\\S+\\s){0,3}?(?:opgezet|gevestigd|ingericht|geopend)|gestationeerd', type: STR, subType: 'Headquarters or base established' },
  { id: 'nl.trigger.zonder-slag', pattern: 'zonder\\s(?:slag\\sof\\sstoot|tegenstand|gevecht(?:en)?|strijd)|(?:trok|trokken)\\szich\\s(?:\\S+\\s){0,3}?terug\\suit|overgedragen\\saan|ontruimd(?:e|en)?', type: STR, subType: 'Non-violent transfer of territory' },
  { id: 'nl.trigger.akkoord', pattern: '(?:staakt-het-vuren|wapenstilstand|vredesakkoord|vredesovereenkomst|bestand)\\s(?:\\S+\\s){0,3}?(?:gesloten|ondertekend|overeengekomen|bereikt)|(?:sloten|ondertekenden|tekenden)\\s(?:\\S+\\s){0,3}?(?:staakt-het-vuren|wapenstilstand|vredesakkoord|akkoord)|gevangenenruil', type: STR, subType: 'Agreement' },
  { id: 'nl.trigger.gesloopt', pattern: 'gesloopt|platgewalst|bulldozers?\\s(?:\\S+\\s){0,4}?(?:vernielden|sloopten|verwoestten)', type: STR, subType: 'Looting/property destruction' },
  { id: 'nl.trigger.beschadigd', pattern: 'beschadigd|verwoest|getroffen', type: EXP, subType: 'Shelling/artillery/missile attack', resolve: 'inherit' },
  { id: 'nl.trigger.noodtoestand', pattern: 'anti-?terroristische\\soperatie|antiterreuroperatie|terrorismebestrijdingsoperatie|noodtoestand|uitzonderingstoestand|avondklok|staat\\svan\\sbeleg|krijgswet|(?:verplichte\\s)?evacuatie(?:bevel)?', type: STR, subType: 'Other' },
  // Protests and riots
  { id: 'nl.trigger.demonstratie', pattern: '\\p{L}*demonstratie(?:s)?|demonstranten|demonstreerden|demonstreerde|\\p{L}*protest(?:en|actie|acties|mars)?|protesteerden|betoging(?:en)?|betogers|de\\sstraat\\sop|manifestatie(?:s)?|\\p{L}*massabijeenkomst|sit-ins?|optocht(?:en)?|protestmars(?:en)?|(?:trokken|liepen|marcheerden)\\s(?:\\S+\\s){0,5}?door\\s(?:de\\sstraten|het\\scentrum|de\\sstad|de\\sbinnenstad)', type: 'Protests', subType: 'Peaceful protest', resolve: 'protest' },
  { id: 'nl.trigger.rellen', pattern: '\\p{L}*rellen|relschoppers|ongeregeldheden|bekogeld(?:en)?|bekogelden|(?:gooiden|wierpen)\\s(?:\\S+\\s){0,3}?(?:stenen|molotovcocktails|vuurwerk|brandbommen)|(?:stenen|flessen|vuurwerk|molotovcocktails|brandbommen)\\s(?:\\S+\\s){0,5}?(?:gooide|gooiden|wierp|wierpen|gegooid|geslingerd)|brandende\\sbanden|barricades\\s(?:\\S+\\s){0,3}?in\\sbrand', type: 'Riots', subType: 'Violent demonstration' },
  { id: 'nl.trigger.lynch', pattern: 'gelyncht|lynchpartij|(?:vielen|viel|sloegen|sloeg)\\s(?:\\S+\\s){0,3}?(?:gemaskerde|gemaskerden|knokploegen|groep\\smannen)\\s(?:\\S+\\s){0,6}?aan|(?:gemaskerde|gemaskerden|knokploegen|menigte|groep\\smannen|bende)\\s(?:\\S+\\s){0,6}?(?:vielen|viel|sloegen|sloeg|mishandelden|mishandelde|staken|lynchten)(?:\\s(?:\\S+\\s){0,6}?aan)?', type: 'Riots', subType: 'Mob violence' },
];

export const events: EventsLexicon = {
  triggers,
  filters: [
    { id: 'nl.filter.eerder', reason: 'generic', before: '\\b(?:eerder|vroeger|in\\s+het\\s+verleden|al\\s+jaren)\\s+(?:\\S+\\s+){0,2}$', window: 40 },
    { id: 'nl.filter.geen', reason: 'negation', before: '\\b(?:geen|niet|nooit|noch)\\s+(?:\\S+\\s+){0,2}$', window: 40 },
    { id: 'nl.filter.dreigt', reason: 'threat', before: '\\b(?:dreig(?:t|de|den|en)|gedreigd|waarschuwt|waarschuwde|waarschuwden|waarschuwen)\\b', window: 60 },
    { id: 'nl.filter.toekomst', reason: 'future', before: '\\b(?:zal|zullen|zou(?:den)?\\s+(?:kunnen|willen|gaan)|wil|willen|wilde|wilden|plant|plannen|van\\s+plan|voornemens|bereidt|bereiden|dreigen)\\s+(?:\\S+\\s+){0,4}$', window: 60 },
    { id: 'nl.filter.aankondiging', reason: 'future', before: '\\b(?:kondigde(?:n)?\\s+aan|kondigt\\s+aan)\\b', window: 80 },
    { id: 'nl.filter.te-willen', reason: 'future', after: '^\\s*(?:\\S+\\s+){0,1}te\\s+(?:willen|zullen|plannen)\\b', window: 40 },
    { id: 'nl.filter.om-te', reason: 'purpose', after: '^\\s*(?:\\S+\\s+){0,3}te\\s+(?:verhinderen|voorkomen|stoppen|bemoeilijken|beletten|ontmoedigen|verbieden|beperken)\\b', window: 60 },
    { id: 'nl.filter.voortaan', reason: 'generic', after: '^\\s*(?:\\S+\\s+){0,2}(?:voortaan|in\\s+de\\s+toekomst)\\b', window: 40 },
    { id: 'nl.filter.ter-voorkoming', reason: 'purpose', before: '\\b(?:ter\\s+voorkoming\\s+van|angst\\s+voor|dreiging\\s+van|risico\\s+op|gevaar\\s+(?:van|op|voor)|tegen\\s+(?:mogelijke|toekomstige))\\s+(?:\\S+\\s+){0,3}$', window: 60 },
    { id: 'nl.filter.sinds', reason: 'generic', before: '\\bsinds\\s+(?:de\\s+|het\\s+)?$', window: 20 },
    { id: 'nl.filter.sinds-begin', reason: 'generic', before: '\\bsinds\\s+(?:het\\s+)?(?:begin|start|uitbreken)\\s+van\\s+(?:\\S+\\s+){0,3}$', window: 60 },
    { id: 'nl.filter.beschermen-tegen', reason: 'purpose', before: '\\b(?:beschermen|bescherming|beschermd|afschermen)\\s+(?:\\S+\\s+){0,2}tegen\\s+(?:\\S+\\s+){0,2}$', window: 60 },
    { id: 'nl.filter.standpunt', reason: 'non-event', appliesTo: 'ingenomen', before: '\\b(?:standpunt|plaats|houding|positie\\s+in\\s+het\\s+debat)\\s+(?:\\S+\\s+){0,2}$', window: 40 },
    { id: 'nl.filter.figuurlijk', reason: 'non-event', appliesTo: 'gevecht|vechten', before: '\\b(?:juridische|politieke|verbale|zware\\s+juridische)\\s+$', window: 30 },
    { id: 'nl.filter.diplomatiek-protest', reason: 'non-event', appliesTo: 'demonstratie', before: '\\b(?:diplomatiek|diplomatieke|formeel|officieel)\\s+$', window: 30 },
    { id: 'nl.filter.gevangenen', reason: 'non-event', appliesTo: 'ingenomen|heroverd', after: '^\\s+(?:\\S+\\s+){0,3}(?:soldaten|militairen|strijders|gevangenen|wapens|tanks|voertuigen|gijzelaars)\\b', window: 60 },
    { id: 'nl.filter.krijgsgevangenen', reason: 'non-event', appliesTo: 'gearresteerd', after: '^\\s+(?:\\S+\\s+){0,4}(?:soldaten|militairen|strijders|generaal|officieren|commandanten)\\b', window: 60 },
    { id: 'nl.filter.bleef-uit', reason: 'negation', scope: 'sentence', after: '^(?:[^.;]*?)\\b(?:bleef|bleven)\\s+uit\\b|^\\s*(?:\\S+\\s+){0,3}(?:is|zijn|was|waren)\\s+(?:nog\\s+)?(?:niet|nooit)\\s+(?:begonnen|gebeurd|uitgevoerd|gestart)\\b', window: 120 },
    { id: 'nl.filter.zoeken-naar', reason: 'non-event', before: '\\b(?:zoek(?:en|t|tocht)?\\s+naar|ruimen\\s+van|ontmantel(?:en|d))\\s+(?:\\S+\\s+){0,2}$', window: 40 },
    { id: 'nl.filter.gewoonte', reason: 'generic', before: '\\b(?:regelmatig|dagelijks|geregeld|vaak|telkens|steeds\\s+vaker)\\s+(?:\\S+\\s+){0,4}$', window: 60 },
    { id: 'nl.filter.al-maanden', reason: 'generic', before: '\\b(?:al|sinds|since)\\s+(?:vele\\s+|enkele\\s+)?(?:maanden|jaren|jaar)\\s+(?:\\S+\\s+){0,4}$', window: 60 },
    { id: 'nl.filter.als', reason: 'hypothetical', before: '\\b(?:als|indien|mocht|tenzij|wanneer)\\s+(?:\\S+\\s+){0,4}$', window: 50 },
    { id: 'nl.filter.generiek', reason: 'generic', before: '\\b(?:elke|iedere|telkens|steeds\\s+weer|beschuldigd\\s+van|elkaar\\s+(?:\\S+\\s+)?van)\\b', window: 60 },
    { id: 'nl.filter.passief', reason: 'casualty', appliesTo: 'doodgeschoten|gedood', before: '\\b(?:werden|werd|zijn|is|waren|zouden\\s+zijn|zou\\s+zijn)\\s+(?:\\S+\\s+)?$', window: 30, onlyGeneric: true },
    { id: 'nl.filter.anafoor', reason: 'anaphora', before: '\\b(?:de|het|die|deze|dat|dit)\\s+$', window: 12, onlyGeneric: true },
  ],
  clauseBreak: '[;:()\\u2013\\u2014]|,\\s+(?:maar|terwijl|hoewel|en|waarna|nadat|die|dat|waar|waarbij|welke)\\b|\\s(?:maar|terwijl|hoewel)\\s',
  coordination: '^\\s*(?:,\\s*|en\\s+|,\\s*en\\s+|alsook\\s+|&\\s*)(?:\\p{N}+\\s+|\\p{L}+\\s+(?=(?:in|bij|boven|rond|nabij|op)\\s))?(?:(?:in|bij|boven|rond|nabij|op)\\s+)?(?:de\\s+|het\\s+)?(?:(?:dorp|dorpen|stad|steden|regio|provincie|district|plaats)\\s+)?$',
  reportTimeBefore: '\\b(?:meldde|meldt|zei|zegt|verklaarde|liet\\s+weten|maakte\\s+bekend|berichtte|bevestigde|claimde)\\s+$',
  definiteBefore: '\\b(?:de|het|die|deze|dat|dit)\\s+(?:[\\p{L}-]+\\s+)?$',
  coordinationTail: '(?:,\\s*)?(?:en|alsook)\\s+(?:ook\\s+)?(?:in|bij)\\s+$',
  referenceBefore: '\\b(?:ten\\s+(?:noorden|zuiden|oosten|westen|noordoosten|noordwesten|zuidoosten|zuidwesten)|vanuit)\\s+(?:van\\s+)?$|\\b(?:km|kilometer)\\s+(?:\\S+\\s+){0,2}(?:van|vanaf)\\s+$|\\bgrens\\s+met\\s+$',
  settlementBefore: '\\b\\p{L}*(?:dorpje|dorp|stadje|stad|plaatsje|gehucht|nederzetting)\\s+$',
  means: [
    { id: 'drone', pattern: '\\p{L}*drones?\\p{L}*' },
    { id: 'aircraft', pattern: '\\p{L}*(?:straaljager|gevechtsvliegtuig|vliegtuig|helikopter|bommenwerper)\\p{L}*' },
  ],
  speakerAfter: '^\\s*(?:claimt|claimde|zegt|zei|meldt|meldde|ontkent|ontkende|spreekt|sprak|beschuldigt|beschuldigde|verklaarde|eist|eiste|stelt|riep|roept|veroordeelde|veroordeelt|waarschuwde|kondigde)\\b',
  speakerBefore: '\\b(?:volgens|aldus|zegt|meldt|ontkent|\\p{L}*ministerie(?:\\s+\\S+){0,3}\\s+in|autoriteiten\\s+in|regering\\s+in)\\s+$',
  protestIntervention: '\\b(?:traangas\\p{L}*|waterkanon(?:nen)?|uiteengedreven|uiteengeslagen|uiteen\\s+te\\s+drijven|aangehouden|gearresteerd|opgepakt|wapenstok(?:ken)?|charge|rubberkogels|ingegrepen|greep\\s+in|geslagen)\\b',
  protestExcessive: '\\b(?:met\\s+scherp|scherpe\\s+munitie|(?:demonstrant(?:en)?|betoger(?:s)?)\\s+(?:\\S+\\s+){0,3}(?:doodgeschoten|gedood|om\\s+het\\s+leven))\\b',
  civilianTarget: '\\b(?:vluchtelingenkamp|ontheemdenkamp|kamp\\s+voor\\s+(?:ontheemden|vluchtelingen)|kerkgangers|gelovigen|moskeegangers|scholieren|leerlingen|burgers?|dorpelingen|dorpsbewoners|inwoners|bewoners|passagiers|families|gezinnen|markt|ontheemden|vluchtelingen|vrouwen|kinderen|klooster|kerk|moskee|school|ziekenhuis|woning(?:en)?|dorp)\\b',
  protesterTarget: '\\b(?:demonstranten|betogers|actievoerders|menigte|protesterende\\s+\\p{L}+)\\b',
  crowd: '\\b(?:demonstranten|betogers|relschoppers|menigte|jongeren|actievoerders|supporters|aanhangers|studenten|woedende)\\b',
  denialBefore: '\\b(?:ontkende|ontkent|ontkennen|ontkenden|spreekt\\s+tegen|sprak\\s+tegen)\\s+(?:\\S+\\s+){0,3}dat\\s+(?:\\S+\\s+){0,10}$',
  agentBefore: '\\bdoor\\s+(?:de\\s+|het\\s+)?(?:\\S+\\s+)?$',
  stateForces: '\\b(?:leger|legers|troepen|soldaten|militairen|strijdkrachten|krijgsmacht|politie|veiligheidstroepen|veiligheidsdiensten|regeringstroepen|luchtmacht|ministerie\\s+van\\s+defensie|junta|brigade|grenswachten|nationale\\s+garde)\\b',
  nonStateForces: '\\b(?:rebellen|opstandelingen|militanten|jihadisten|verzet|verzetsstrijders|strijders|milities?|paramilitairen|gewapende\\s+groep(?:en)?|separatisten|guerrilla\\p{L}*|terroristen|aanvallers)\\b',
};
