import type { EventsLexicon, TriggerRule } from '../../stages/events/lexicon.js';

const EXP = 'Explosions/Remote violence';
const BAT = 'Battles';
const VAC = 'Violence against civilians';
const STR = 'Strategic developments';

const triggers: TriggerRule[] = [
  // Shelling/artillery/missile attack
  { id: 'en.trigger.shelling', pattern: 'shell(?:ing|ed|s)', type: EXP, subType: 'Shelling/artillery/missile attack', unless: '\\bshell compan' },
  { id: 'en.trigger.missile', pattern: '(?:ballistic |cruise )?(?:missile|rocket)s? (?:strikes?|attacks?|fire|barrages?|hit|struck)', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'en.trigger.missile-hit', pattern: '(?:missile|rocket)s? (?:\\p{L}+ ){0,2}(?:hit|struck|slammed)', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'en.trigger.artillery', pattern: '(?:artillery|mortar|howitzer)(?: (?:fire|strikes?|attacks?|shells?|rounds?|barrages?|bombardments?))?', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'en.trigger.bombardment', pattern: 'bombardments?', type: EXP, subType: 'Shelling/artillery/missile attack' },
  // Air/drone strike
  { id: 'en.trigger.airstrike', pattern: 'air ?strikes?|air raids?|aerial (?:attacks?|bombardments?)', type: EXP, subType: 'Air/drone strike' },
  { id: 'en.trigger.drone-strike', pattern: 'drone (?:strikes?|attacks?)', type: EXP, subType: 'Air/drone strike' },
  { id: 'en.trigger.drone-hit', pattern: '(?:drones?|warplanes?|jets?|aircraft|helicopters?) (?:\\p{L}+ ){0,2}(?:hit|struck|bombed|attacked|dropped)', type: EXP, subType: 'Air/drone strike' },
  { id: 'en.trigger.guided-bomb', pattern: '(?:guided|glide|aerial|gliding) (?:aerial )?bombs?', type: EXP, subType: 'Air/drone strike' },
  { id: 'en.trigger.dropped-bombs', pattern: 'dropped (?:\\p{L}+ ){0,2}bombs?', type: EXP, subType: 'Air/drone strike' },
  { id: 'en.trigger.bombed', pattern: 'bombed|bombing raids?', type: EXP, subType: 'Air/drone strike' },
  // Battles
  { id: 'en.trigger.clash', pattern: 'clash(?:es|ed)?|firefights?|gunfights?|gun battles?|battles?|battled', type: BAT, subType: 'Armed clash' },
  { id: 'en.trigger.gunfire', pattern: '(?:heavy |sporadic |intense )?gunfire|exchanges? of fire|exchanged fire|shootouts?', type: BAT, subType: 'Armed clash' },
  { id: 'en.trigger.fighting', pattern: 'fighting|fought', type: BAT, subType: 'Armed clash' },
  { id: 'en.trigger.ambush', pattern: 'ambush(?:es|ed)?', type: BAT, subType: 'Armed clash' },
  { id: 'en.trigger.assault', pattern: '(?:ground )?assaults?|offensive operations?', type: BAT, subType: 'Armed clash', generic: true },
  { id: 'en.trigger.repelled', pattern: '(?:repelled|repulsed|fended off|beat back|repelling|repulsing) (?:\\S+ ){0,3}?(?:attacks?|assaults?|offensives?)', type: BAT, subType: 'Armed clash' },
  { id: 'en.trigger.attack', pattern: 'attack(?:s|ed|ing)?|stormed', type: BAT, subType: 'Armed clash', resolve: 'attack', generic: true },
  { id: 'en.trigger.raid', pattern: 'raid(?:s|ed)?', type: BAT, subType: 'Armed clash', resolve: 'attack', generic: true, unless: '\\b(?:arrest|detain|search)' },
  { id: 'en.trigger.opened-fire', pattern: 'open(?:ed|ing) fire (?:on|at)|fired (?:\\p{L}+ ){0,2}(?:on|at|into) (?:a |the )?(?:crowd|civilians|villagers|worshippers|passengers)', type: BAT, subType: 'Armed clash', resolve: 'attack' },
  { id: 'en.trigger.grenade', pattern: 'grenade attacks?|hand grenades?|(?:threw|hurled|lobbed) (?:a |two |several )?grenades?', type: EXP, subType: 'Grenade' },
  { id: 'en.trigger.launched-missiles', pattern: '(?:launched|fired) (?:\\S+ ){0,3}?(?:missiles|rockets)', type: EXP, subType: 'Shelling/artillery/missile attack' },
  { id: 'en.trigger.launched-drones', pattern: 'launched (?:\\S+ ){0,3}?(?:drones|UAVs)', type: EXP, subType: 'Air/drone strike', generic: true },
  // Territory
  { id: 'en.trigger.captured', pattern: 'captur(?:ed|es|ing)|seiz(?:ed|ing)|overr(?:an|un)|took (?:full )?control|taken (?:full )?control|tak(?:en|ing) (?:full )?control|gained control|(?:had )?fallen to', type: BAT, subType: 'Non-state actor overtakes territory', resolve: 'territory' },
  { id: 'en.trigger.retaken', unless: '\\b(?:hostages?|prisoners?|captives?)\\b', pattern: 're-?took|re-?taken|retaking|recaptur(?:ed|es|ing)|regain(?:ed|s)? control|liberated|restored (?:stability|control)', type: BAT, subType: 'Government regains territory', resolve: 'retake' },
  // Violence against civilians
  { id: 'en.trigger.abduction', pattern: 'abduct(?:ed|ing|ion|ions|s)?|kidnapp(?:ed|ing)|kidnaps?|forced disappearances?|taken hostage|(?:taken|snatched|seized|dragged) from (?:their|his|her) (?:homes?|houses?|beds?)', type: VAC, subType: 'Abduction/forced disappearance' },
  { id: 'en.trigger.massacre', pattern: 'massacred?|executed|summary executions?', type: VAC, subType: 'Attack' },
  { id: 'en.trigger.killed-civilians', pattern: '(?:killed|killing|shot dead|shooting dead|shooting|murdered|slaughtered|gunned down) (?:at least |more than |some |about )?(?:\\p{N}+|\\p{L}+)? ?(?:civilians|villagers|residents|passengers|worshippers|farmers|herders|people)', type: VAC, subType: 'Attack', generic: true },
  { id: 'en.trigger.sexual-violence', pattern: 'rap(?:ed|ing)|sexual(?:ly)? (?:violence|assault(?:ed)?|abuse)', type: VAC, subType: 'Sexual violence' },
  // Remote explosive / suicide / chemical
  { id: 'en.trigger.ied', pattern: 'IEDs?|roadside bombs?|land ?mines?|improvised explosive devices?|explosive devices?|car bombs?', type: EXP, subType: 'Remote explosive/landmine/IED' },
  { id: 'en.trigger.suicide', pattern: 'suicide (?:bomb(?:er|ers|ing|ings)?|attacks?|car bombs?|blasts?)', type: EXP, subType: 'Suicide bomb' },
  { id: 'en.trigger.chemical', pattern: 'chemical (?:weapons?|munitions?|attacks?)|poison gas|chlorine gas|(?:gas|chemical) grenades?', type: EXP, subType: 'Chemical weapon' },
  // Strategic developments
  { id: 'en.trigger.arrest', pattern: 'arrest(?:ed|s|ing)?|detain(?:ed|ing)|detentions?', type: STR, subType: 'Arrests' },
  { id: 'en.trigger.shot-down', pattern: 'shot down|shooting down|intercept(?:ed|ing)|downed|destroyed (?:\\p{N}+ |\\p{L}+ ){0,3}(?:drones|missiles)', type: STR, subType: 'Disrupted weapons use', requires: 'drones?|missiles?|rockets?|UAVs?|Shahed|aircraft|projectiles?' },
  { id: 'en.trigger.looting', pattern: 'loot(?:ed|ing)|plunder(?:ed|ing)|ransack(?:ed|ing)|(?:set fire to|setting fire to|torched|burned|burnt|burning) (?:\\p{L}+ ){0,3}(?:homes|houses|huts|shops|market|police (?:post|station)s?|vehicles|cars|buildings?|offices?)|(?:was|were) set (?:on fire|ablaze)|set ablaze', type: STR, subType: 'Looting/property destruction', resolve: 'looting' },
  { id: 'en.trigger.base', pattern: '(?:set up|established|opened|built) (?:\\p{L}+ ){0,4}(?:base|outpost|headquarters|garrison)|stationed', type: STR, subType: 'Headquarters or base established' },
  { id: 'en.trigger.nonviolent-transfer', pattern: 'without (?:a )?(?:fight|fighting|resistance)|handed over (?:control|the town|the city|the base)|withdrew from|abandoned (?:its|their) (?:base|post|positions)', type: STR, subType: 'Non-violent transfer of territory' },
  { id: 'en.trigger.agreement', pattern: '(?:ceasefire|cease-fire|truce|peace) (?:deal|agreement|accord)s? (?:was |were )?(?:signed|agreed|reached)|signed (?:a |the )?(?:ceasefire|cease-fire|truce|peace)(?: (?:deal|agreement|accord))?|prisoner (?:exchange|swap)s?', type: STR, subType: 'Agreement' },
  { id: 'en.trigger.emergency', pattern: 'state of emergency|curfew|martial law|counter-?terroris[mt] (?:operation|regime)|(?:mandatory |forced )?evacuation(?: order)?', type: STR, subType: 'Other' },
  // Protests and riots
  { id: 'en.trigger.protest', pattern: 'protest(?:s|ed|ing|ers)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies|ied)|marched|sit-ins?|took to the streets|vigils?|walkouts?', type: 'Protests', subType: 'Peaceful protest', resolve: 'protest' },
  { id: 'en.trigger.riot', pattern: 'riot(?:s|ing|ers)?(?! police)|threw (?:\\p{L}+,? ){0,4}(?:stones|rocks|bottles|petrol bombs|molotov)|hurled (?:\\p{L}+ ){0,3}(?:stones|rocks)|set fire to (?:\\p{L}+ ){0,2}barricades', type: 'Riots', subType: 'Violent demonstration' },
  { id: 'en.trigger.mob', pattern: '(?:mob|mobs|masked men|vigilantes|thugs|crowd|crowds)\\s(?:\\S+\\s){0,4}?(?:attacked|beat|lynched|burned|burnt|stoned|hacked)|lynch(?:ed|ing)|mob justice', type: 'Riots', subType: 'Mob violence' },
];

export const events: EventsLexicon = {
  triggers,
  filters: [
    { id: 'en.filter.previously', reason: 'generic', before: '\\b(?:previously|in the past|for years|long)\\s+(?:\\S+\\s+){0,2}$', window: 40 },
    { id: 'en.filter.no', reason: 'negation', before: '\\b(?:no|not|never|nor|without)\\s+(?:\\p{L}+\\s+){0,2}$', window: 40 },
    { id: 'en.filter.no-reported', reason: 'negation', before: '\\bno\\s+(?:\\p{L}+\\s+){0,2}$', after: '^\\s*(?:were|was|has been|have been)\\s+(?:reported|recorded|registered)', window: 60 },
    { id: 'en.filter.threat', reason: 'threat', before: '\\b(?:threaten(?:ed|s|ing)?|vow(?:ed|s)?|warn(?:ed|s|ing)? (?:of|against|about))\\b', window: 60 },
    { id: 'en.filter.future', reason: 'future', before: '\\b(?:will|would|shall|plan(?:s|ned|ning)? to|intend(?:s|ed)? to|aim(?:s|ed)? to|prepar(?:ing|ed|es) (?:to|for)|could|might|may)\\s+(?:\\p{L}+\\s+){0,2}$', window: 50 },
    { id: 'en.filter.preparing', reason: 'future', before: '\\bpreparing (?:an? )?(?:new )?$', window: 30 },
    { id: 'en.filter.purpose', reason: 'purpose', before: '\\b(?:to (?:prevent|stop|deter|avert|hamper|repel)|against (?:possible|future)|in case of|risk of|fear(?:s|ed)? of)\\s+(?:\\p{L}+\\s+){0,3}$', window: 60 },
    { id: 'en.filter.hypothetical', reason: 'hypothetical', before: '\\b(?:if|unless|in the event of)\\s+(?:\\p{L}+\\s+){0,4}$', window: 50 },
    { id: 'en.filter.generic', reason: 'generic', before: '\\b(?:accused (?:each other|one another) of|history of|wave of|series of|any)\\s+(?:\\p{L}+\\s+)?$', window: 50 },
    { id: 'en.filter.habitual', reason: 'generic', after: '^\\s+(?:\\S+\\s+){0,2}(?:daily|regularly|repeatedly|every day|every night|frequently)\\b', window: 40 },
    { id: 'en.filter.comparative', reason: 'generic', before: '\\b(?:more|fewer|than)\\s+$', window: 12 },
    { id: 'en.filter.anaphora', reason: 'anaphora', before: '\\b(?:the|this|that|these|those)\\s+$', window: 10, onlyGeneric: true },
    { id: 'en.filter.since', reason: 'generic', before: '\\b(?:ever\\s+)?since\\s+(?:the\\s+)?$', window: 20 },
    { id: 'en.filter.since-start', reason: 'generic', before: '\\bsince\\s+(?:the\\s+)?(?:start|beginning|outbreak|launch)\\s+of\\s+(?:\\S+\\s+){0,3}$', window: 60 },
    { id: 'en.filter.protect', reason: 'purpose', before: '\\b(?:protect\\p{L}*|shield\\p{L}*|defen[cs]e)\\s+(?:\\S+\\s+){0,4}(?:from|against)\\s+(?:\\S+\\s+){0,2}$', window: 70 },
    { id: 'en.filter.figurative', reason: 'non-event', before: '\\b(?:cyber|heart|panic|asthma|cardiac)[\\s-]+$', window: 30 },
    { id: 'en.filter.figurative-battle', reason: 'non-event', appliesTo: 'clash|fighting', before: '\\b(?:legal|political|court|uphill|verbal|electoral|custody|ratings)\\s+$', window: 30 },
    { id: 'en.filter.diplomatic-protest', reason: 'non-event', appliesTo: 'protest', before: '\\b(?:diplomatic|formal|lodged\\s+a|note\\s+of|official)\\s+$', window: 30 },
    { id: 'en.filter.arrest-warrant', reason: 'non-event', appliesTo: 'arrest', after: '^\\s+warrants?\\b', window: 20 },
    { id: 'en.filter.fighting-for', reason: 'non-event', appliesTo: 'fighting|clash', after: '^\\s+(?:for\\s+(?:freedom|justice|survival|their|his|her|the\\s+rights?)|corruption|poverty|crime|disease)\\b', window: 40 },
    { id: 'en.filter.on-camera', reason: 'non-event', appliesTo: 'captured', after: '^\\s+(?:\\S+\\s+){0,2}(?:on|in)\\s+(?:camera|video|film|footage|photos?)\\b', window: 40 },
    { id: 'en.filter.rallied-support', reason: 'non-event', appliesTo: 'protest', after: '^\\s+(?:support|behind|around|to\\s+(?:\\S+\\s+)?(?:highs?|record))\\b', window: 30 },
    { id: 'en.filter.captives', reason: 'non-event', appliesTo: 'captured|retaken', after: '^\\s+(?:\\S+\\s+){0,3}(?:soldiers|troops|fighters|prisoners|militants|servicemen|people|weapons|equipment|tanks|vehicles|hostages)\\b', window: 60 },
    { id: 'en.filter.arrested-soldiers', reason: 'non-event', appliesTo: 'arrest', after: '^\\s+(?:\\S+\\s+){0,4}(?:soldiers|troops|general|officers|commanders?|fighters|servicemen)\\b', window: 60 },
    { id: 'en.filter.not-begun', reason: 'negation', scope: 'sentence', after: '^\\s*(?:\\S+\\s+){0,4}(?:has|have|had|was|were)\\s+(?:not|never)\\s+(?:yet\\s+)?(?:begun|started|happened|taken place|materiali[sz]ed)\\b|^(?:[^.;]*?)\\b(?:failed to materiali[sz]e|never (?:came|happened|materiali[sz]ed)|did not (?:happen|materiali[sz]e|take place))\\b', window: 120 },
    { id: 'en.filter.noun-modifier', reason: 'non-event', appliesTo: 'protest', after: '^\\s+(?:organi[sz]ers?|leaders?|movements?|groups?|organi[sz]ations?|laws?|songs?|votes?|camps?)\\b', window: 20 },
    { id: 'en.filter.since-war', reason: 'generic', after: '^\\s+(?:broke out|began|started) (?:in|on)\\b', window: 30 },
  ],
  clauseBreak: '[;:()\\u2013\\u2014]|,\\s+(?:but|while|whereas|although|and|which|who|where|whose)\\b|\\s(?:but|while|whereas|although)\\s',
  coordination: '^\\s*(?:,\\s*(?:and\\s+|as well as\\s+)?|and\\s+|as well as\\s+|&\\s*)(?:\\p{N}+\\s+|\\p{L}+\\s+(?=(?:in|at|near|around|on|over)\\s))?(?:(?:in|at|near|around|on|over)\\s+)?(?:the\\s+)?(?:(?:village|town|city|region|province|district|villages|towns)\\s+(?:of\\s+)?)?$',
  reportTimeBefore: '\\b(?:said|says|announced|reported|claimed|stated|added|confirmed|told\\s+\\S+(?:\\s+\\S+)?)\\s+$',
  definiteBefore: '\\b(?:the|this|that|these|those)\\s+(?:[\\p{L}-]+\\s+)?$',
  coordinationTail: '(?:,\\s*)?(?:and|as well as)\\s+(?:also\\s+)?(?:in|at|near)\\s+$',
  referenceBefore: '\\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\\s+of\\s+$|\\b(?:km|kilometres|kilometers|miles)\\s+(?:\\p{L}+\\s+)?(?:of|from)\\s+$|\\b(?:across the river from|border with|away from)\\s+$',
  speakerAfter: '^(?:[\'’]s?\\s+(?:\\p{L}+\\s+)?(?:forces|troops|army|military|government|defen[cs]e|ministry|general|air force|president|officials?|authorities|spokes\\p{L}+)\\b|\\s*(?:said|says|claims?|claimed|denied|denies|accused|reported|announced|insisted|rejected)\\b)',
  speakerBefore: '\\b(?:said|according to|told|officials? in|authorities in|government in)\\s+$',
  protestIntervention: '\\b(?:tear gas|water cannons?|rubber bullets|dispers(?:ed|e|ing)|broke up|arrest(?:ed|s)|detain(?:ed|ing)|baton|cordon|stun grenades)\\b',
  protestExcessive: '\\b(?:live (?:fire|ammunition|rounds)|opened fire on (?:the )?(?:protesters|demonstrators|crowd)|(?:protesters|demonstrators) (?:were )?(?:killed|shot dead))\\b',
  civilianTarget: '\\b(?:airliners?|passenger (?:planes?|jets?|trains?)|(?:mini)?bus(?:es)?|motorists|travell?ers|(?:refugee|displacement|displaced\\s+persons)\\s+camps?|camps?\\s+for\\s+(?:displaced|refugees)|worshippers|congregation|schoolchildren|students|pupils|civilians?|villagers?|residents?|passengers?|families|worshippers|farmers|herders|market|displaced|women|children|monastery|church|mosque|school|hospital|homes?|village)\\b',
  protesterTarget: '\\b(?:protesters|demonstrators|crowds?|marchers|rally)\\b',
  crowd: '\\b(?:protesters|demonstrators|rioters|crowds?|mobs?|youths|looters)\\b',
  denialBefore: '\\b(?:denied|denies|deny|rejected|dismissed)\\s+(?:reports?\\s+|claims?\\s+)?(?:that\\s+)?(?:\\S+\\s+){0,8}$',
  stateForces: '\\b(?:army|armed forces|troops|soldiers|military|junta|police|security forces|government forces|air force|national guard|defen[cs]e ministry|ministry of defen[cs]e|forces of the (?:state|government)|regime)\\b',
  nonStateForces: '\\b(?:rebels?|insurgents?|militants?|jihadists?|resistance|fighters|militias?|paramilitar(?:y|ies)|gunmen|armed groups?|separatists|guerrillas?|terrorists?)\\b',
};
