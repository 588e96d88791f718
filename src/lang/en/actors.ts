import type { ActorsLexicon } from '../../stages/actors/lexicon.js';
import { COUNTRIES } from '../../stages/actors/countries.js';

/** English adjectives: the canonical ones plus common variants. */
const EXTRA: Record<string, string[]> = {
  MM: ['Burmese'], BF: ['Burkinabè'], US: ['US', 'U.S.'], GB: ['UK'], BY: ['Belarussian', 'Byelorussian'], KZ: ['Kazakhstani'],
  UZ: ['Uzbekistani'], PH: ['Filipino'], CD: ['DRC'], PS: ['Gazan', 'Gaza'], AZ: ['Azeri'], BD: ['Bengali'],
};

function adjectives(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [code, c] of COUNTRIES) out[code] = [c.adj, ...(EXTRA[code] ?? [])];
  // "Congolese" is ambiguous between both Congos: the larger conflict country wins
  out['CG'] = (out['CG'] ?? []).filter((a) => a !== 'Congolese');
  return out;
}

const MIL = '(?:forces|troops|army|armed forces|military|soldiers|servicemen|units|unit|brigade|brigades|battalion|artillery|air defen[cs]es?|air defen[cs]e systems|warplanes|warplane|fighter jets|jets|bombers|helicopters|drones|drone|missiles|missile|tanks|ground forces|special forces|paratroopers|marines|army units)';

export const actors: ActorsLexicon = {
  adjectives: adjectives(),
  inflect: (b) => [b],
  possessive: (n) => [`${n}'s`, `${n}’s`],
  countryNames: { PS: ['Gaza', 'Gaza Strip'], CD: ['Congo', 'DR Congo', 'DRC'], US: ['US', 'U.S.', 'America'], GB: ['UK', 'Britain'], MM: ['Burma'], CI: ['Ivory Coast'], RU: ['Russia'], TR: ['Turkey'] },
  capitals: { UA: ['Kyiv', 'Kiev'], RU: ['Moscow'] },
  speechAfter:
    "(?:(?:\\p{Ll}+ ){0,2}(?:said|says|claimed|claims|denied|denies|rejected|rejects|reported|reports|announced|announces|accused|accuses|insisted|insists|warned|warns|stated|states|responded|dismissed|dismisses|called|calls|condemned|condemns|threatened|threatens|vowed|vows|confirmed|confirms|acknowledged|acknowledges|promised|promises|pledged|pledges|has (?:\\p{L}+ )?(?:denied|said|claimed|rejected|confirmed)))",
  speechBefore: '(?:according to|said|says|claimed|denied)',
  bodies: [
    { body: 'mod', re: "(?:the )?{ADJ} (?:defen[cs]e ministry|Ministry of Defen[cs]e|defen[cs]e department)|(?:the )?{POSS} (?:defen[cs]e ministry|Ministry of Defen[cs]e)|(?:the )?(?:Ministry of Defen[cs]e|defen[cs]e ministry) (?:of|in) {COUNTRY}" },
    { body: 'mod', re: '(?:the )?(?:defen[cs]e ministry|Ministry of Defen[cs]e)' },
    { body: 'genstaff', re: "(?:the )?{POSS} General Staff|(?:the )?{ADJ} (?:General Staff|military's General Staff|army's General Staff)|(?:the )?General Staff of {COUNTRY}|(?:the )?General Staff of the {ADJ} (?:Armed Forces|army)" },
    { body: 'genstaff', re: '(?:the )?General Staff', exact: true },
    { body: 'interior', re: '(?:the )?{ADJ} (?:interior ministry|Ministry of (?:Internal Affairs|the Interior|Interior))|(?:the )?{POSS} (?:interior ministry|Ministry of (?:Internal Affairs|the Interior|Interior))|(?:the )?(?:interior ministry|Ministry of (?:Internal Affairs|the Interior)) (?:of|in) {COUNTRY}' },
    { body: 'interior', re: '(?:the )?(?:interior ministry|Ministry of (?:Internal Affairs|the Interior))' },
    { body: 'ombudsman', re: "(?:the )?{ADJ} (?:human rights )?ombuds(?:man|person|woman)(?:'s office)?|(?:the )?{POSS} (?:human rights )?ombuds(?:man|person|woman)" },
    { body: 'ombudsman', re: "(?:the )?(?:(?:national|state|human rights|people's) )?ombuds(?:man|person|woman)(?:'s office)?" },
    { body: 'ombudsman', re: "(?:the )?Public Defender(?:'s Office)?", exact: true },
    { body: 'health', re: '(?:the )?{ADJ} (?:health ministry|Ministry of Health)|(?:the )?{POSS} (?:health ministry|Ministry of Health)' },
    { body: 'foreign', re: '(?:the )?{ADJ} (?:foreign ministry|Ministry of Foreign Affairs)|(?:the )?{POSS} (?:foreign ministry|Ministry of Foreign Affairs)' },
    { body: 'airforce', re: '(?:the )?{ADJ} [Aa]ir [Ff]orce|(?:the )?{POSS} [Aa]ir [Ff]orce|(?:the )?[Aa]ir [Ff]orce of {COUNTRY}' },
    { body: 'airforce', re: '(?:the )?air force' },
    { body: 'navy', re: '(?:the )?{ADJ} (?:navy|Navy|Black Sea Fleet|fleet)|(?:the )?{POSS} (?:navy|Navy|Black Sea Fleet)' },
    { body: 'emergency', re: '(?:the )?{ADJ} (?:emergency services?|State Emergency Service|rescue services?|civil defen[cs]e(?: agency| service)?)|(?:the )?{POSS} (?:emergency services?|State Emergency Service)' },
    { body: 'emergency', re: '(?:the )?(?:State Emergency Service|emergency services?|civil defen[cs]e(?: agency| service)?)' },
    { body: 'border', re: '(?:the )?{ADJ} (?:border guards?|border service|border guard service|coast guard)|(?:the )?{POSS} (?:border guards?|border service|border guard service|coast guard)' },
    { body: 'border', re: '(?:the )?border guards?' },
    { body: 'intel', re: '(?:the )?{ADJ} (?:military intelligence|intelligence services?|intelligence agency|defen[cs]e intelligence)|(?:the )?{POSS} (?:military intelligence|intelligence services?|intelligence agency|defen[cs]e intelligence)' },
    { body: 'security', re: '(?:the )?{ADJ} (?:security forces|security services|security service)|(?:the )?{POSS} (?:security forces|security services)' },
    { body: 'security', re: '(?:the )?security forces' },
    { body: 'police', re: "(?:the )?{ADJ} (?:riot )?(?:police|police officers|officers)|(?:the )?{POSS} (?:riot )?police|(?:the )?police (?:of|in) {COUNTRY}" },
    { body: 'police', re: '(?:the )?(?:riot police|police|police officers|riot officers)' },
    { body: 'military', re: `(?:the )?{ADJ} ${MIL}|(?:the )?{POSS} ${MIL}|(?:the )?{CAPITAL}'s (?:forces|troops|army)|(?:the )?(?:army|military|armed forces) of {COUNTRY}|{ADJ} (?:military )?(?:assaults?|attacks?|strikes?|shelling|air ?strikes?|drone strikes?|missile strikes?|offensive|advance|bombardment|bombing)` },
    { body: 'military', re: '(?:the )?(?:army|military|armed forces|junta|military junta|soldiers|troops|air defen[cs]es?|army warplanes|warplanes)' },
    // a government's own forces are the forces of the country the article is about
    { body: 'military', re: '(?:the )?(?:(?:pro-)?government (?:forces|troops|soldiers)|army-allied forces)', home: true },
    { body: 'officials', re: '(?:the )?{ADJ}-(?:installed|appointed|backed) (?:officials|authorities|administration|leader)|(?:the )?{ADJ} (?:officials|authorities)|(?:the )?{POSS} (?:officials|authorities)' },
    { body: 'government', re: "(?:the )?{ADJ} (?:government|authorities in {CAPITAL}|junta|regime|cabinet)|(?:the )?{POSS} (?:government|regime|junta)|(?:the )?(?:government|regime|junta) (?:in|of) (?:{CAPITAL}|{COUNTRY})" },
  ],
  generic: [
    { name: 'civilians', kind: 'civilians', inter: 7, re: 'civilians|(?<=(?:\\p{N}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens of|scores of|hundreds of|thousands of|several|many|more) )(?:people|persons)|displaced (?:people|villagers|families)|villagers|passengers' },
    { name: 'local residents', kind: 'civilians', inter: 7, re: 'local residents|locals', aliases: ['residents'] },
    { name: 'residents', kind: 'civilians', inter: 7, re: '(?:the )?residents|(?:a )?resident', aliases: ['local residents'] },
    { name: 'witnesses', kind: 'civilians', inter: 7, re: '(?:eye)?witnesses|(?:an )?(?:eye)?witness' },
    { name: 'protesters', kind: 'protesters', inter: 6, re: 'protesters|protestors|demonstrators' },
    { name: 'rioters', kind: 'rioters', inter: 5, re: 'rioters|looters|(?:a )?mob' },
    { name: 'unidentified gunmen', kind: 'unidentified group', re: '(?:unidentified |unknown )?gunmen|unidentified (?:armed )?(?:men|assailants|attackers)|armed men' },
    { name: 'unidentified masked men', kind: 'unidentified group', re: '(?:groups of )?masked (?:men|assailants|attackers)', aliases: ['unidentified gunmen'] },
    { name: 'unidentified plain-clothes men', kind: 'unidentified group', re: '(?:men|officers|agents) in (?:plain|civilian) clothes|plain-?clothes (?:men|officers|agents)' },
    { name: 'resistance forces', kind: 'rebel group', inter: 2, re: '(?:a |the )?(?:local )?(?:armed )?resistance (?:forces|fighters|groups?|militias?)' },
    { name: 'opposition parties', kind: 'political party', re: '(?:the )?opposition parties' },
    { name: 'security sources', kind: 'anonymous sources', re: 'security sources|(?:a )?security source' },
    { name: 'local sources', kind: 'anonymous sources', re: 'local sources|(?:a )?local source' },
    { name: 'military sources', kind: 'anonymous sources', re: 'military sources|(?:a )?military source' },
    { name: 'medical sources', kind: 'anonymous sources', re: 'medical sources|hospital sources|medics|doctors|(?:a )?(?:medical|hospital) source' },
    { name: 'local officials', kind: 'government', re: 'local officials|local authorities officials', aliases: ['local official'] },
    { name: 'local official', kind: 'government', re: '(?:a )?local official', aliases: ['local officials'] },
    { name: 'local authorities', kind: 'government', re: '(?:the )?local authorities' },
  ],
  roles: [
    { role: 'acting governor', re: '[Aa]cting [Gg]overnor|[Ii]nterim [Gg]overnor' },
    { role: 'governor', re: '(?:regional |state |provincial )?[Gg]overnor' },
    { role: 'mayor', re: '[Mm]ayor' },
    { role: 'spokesperson', re: '(?:a |military |army |Kremlin |government )?(?:spokesman|spokeswoman|spokesperson)' },
    { role: 'president', re: 'President|president' },
    { role: 'prime minister', re: 'Prime Minister|prime minister|Premier' },
    { role: 'defence minister', re: '[Dd]efen[cs]e [Mm]inister' },
    { role: 'foreign minister', re: '[Ff]oreign [Mm]inister' },
    { role: 'minister', re: 'Minister|minister' },
    { role: 'commander', re: '[Cc]ommander|[Cc]hief of staff' },
    { role: 'general', re: 'General|Gen\\.|Lieutenant General|Major General' },
    { role: 'leader', re: '(?:rebel |opposition |opposition politician )?(?:leader|politician)' },
    { role: 'analyst', re: 'analyst|researcher|expert' },
    { role: 'correspondent', re: 'correspondent|reporter' },
  ],
  roleLink: '(?:of|in) (?:the )?(?:(?:state|region|province|department|governorate|oblast) of )?',
  placeSuffix: ' (?:region|oblast|province|state|district)',
  regional: [
    { body: 'authorities', re: '(?:the )?head of the (?:district|regional|city|military) (?:military )?administration|(?:the )?(?:regional|provincial|state) authorities|(?:the )?authorities (?:of|in) the (?:region|province|oblast)' },
    { body: 'police', re: '(?:the )?(?:regional|provincial) police' },
    { body: 'administration', re: '(?:the )?(?:regional|provincial|district) (?:military )?administration' },
    { body: 'health', re: '(?:the )?(?:regional |state |provincial )?(?:health ministry|ministry of health) (?:of|in)(?: the)?' },
    { body: 'city', re: '(?:the )?(?:city|town|municipal) (?:military )?(?:administration|council|authorities|hall)' },
    { body: 'prosecutor', re: "(?:the )?(?:regional|provincial) prosecutor(?:'s office)?|(?:the )?(?:regional|provincial) prosecutors" },
  ],
  aliases: {
    'hamas.qassam': ["Hamas's military wing", "Hamas's armed wing", 'military wing of Hamas', 'armed wing of Hamas'],
  },
  apposition: '(?:the |a |an )?(?:head|chief|leader|director|spokes(?:man|woman|person)) (?:of|for) ',
  installedBy: '(?:the )?(?:{ADJ}|{CAPITAL})-(?:installed|appointed) ',
  ownParty: '(?:his|her) (?:own )?(?:party|political party)',
  personCues: [
    { re: '(?<=(?:said|says|told [a-z]+|according to) ){NAME}' },
    { re: "{NAME}(?=, (?:(?:a|an|the) )?(?:[a-z]+ ){0,2}(?:analyst|researcher|expert|spokesman|spokeswoman|spokesperson|commander|official|resident|journalist|activist|politician|head|chief|director|leader))" },
  ],
  orgCues: [
    { re: '{NAME}(?= (?:could not|was unable to|has not been able to|cannot) (?:independently )?(?:verify|confirm))', kind: 'media' },
    { re: "(?<=the ){NAME}(?= (?:research group|think tank|think-tank|monitoring group|rights group|human rights group|news agency|monitor))", kind: 'organisation' },
  ],
  orgWords: 'Society|Association|Council|Committee|Network|Union|Federation|Organi[sz]ation|Institute|Centre|Center|Foundation|Coalition|Commission|Agency|Observatory|Watch|Monitor|Forum|Syndicate|Initiative|Project|Trust|Mission',
  orgJoiners: 'of|for|the|and|on|in',
  notNames: ['The', 'A', 'An', 'In', 'On', 'At', 'According', 'He', 'She', 'It', 'They', 'But', 'And', 'Of', 'Staff'],
};
