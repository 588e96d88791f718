import type { ActorsLexicon } from '../../stages/actors/lexicon.js';

/** Country adjectives (base form, lower case): ISO alpha-2 → forms separated by "/". */
const ADJ = `
AF:afghanisch AL:albanisch DZ:algerisch AO:angolanisch AR:argentinisch AM:armenisch AU:australisch AT:österreichisch AZ:aserbaidschanisch
BH:bahrainisch BD:bangladeschisch BY:belarussisch/weißrussisch/belarusisch BE:belgisch BJ:beninisch BO:bolivianisch BA:bosnisch BR:brasilianisch
BG:bulgarisch BF:burkinisch/burkinischer BI:burundisch KH:kambodschanisch CM:kamerunisch CA:kanadisch CF:zentralafrikanisch TD:tschadisch
CL:chilenisch CN:chinesisch CO:kolumbianisch CD:kongolesisch CI:ivorisch HR:kroatisch CU:kubanisch CY:zyprisch CZ:tschechisch DK:dänisch
DJ:dschibutisch EC:ecuadorianisch EG:ägyptisch SV:salvadorianisch ER:eritreisch EE:estnisch ET:äthiopisch FI:finnisch FR:französisch GA:gabunisch
GM:gambisch GE:georgisch DE:deutsch GH:ghanaisch GR:griechisch GT:guatemaltekisch GN:guineisch HT:haitianisch HN:honduranisch HU:ungarisch
IN:indisch ID:indonesisch IR:iranisch IQ:irakisch IE:irisch IL:israelisch IT:italienisch JP:japanisch JO:jordanisch KZ:kasachisch KE:kenianisch
XK:kosovarisch KW:kuwaitisch KG:kirgisisch LA:laotisch LV:lettisch LB:libanesisch LR:liberianisch LY:libysch LT:litauisch MG:madagassisch
MW:malawisch MY:malaysisch ML:malisch MR:mauretanisch MX:mexikanisch MD:moldauisch/moldawisch MN:mongolisch ME:montenegrinisch MA:marokkanisch
MZ:mosambikanisch MM:myanmarisch/birmanisch NA:namibisch NP:nepalesisch NL:niederländisch NZ:neuseeländisch NI:nicaraguanisch NE:nigrisch
NG:nigerianisch KP:nordkoreanisch MK:nordmazedonisch/mazedonisch NO:norwegisch OM:omanisch PK:pakistanisch PS:palästinensisch PA:panamaisch
PE:peruanisch PH:philippinisch PL:polnisch PT:portugiesisch QA:katarisch RO:rumänisch RU:russisch RW:ruandisch SA:saudi-arabisch/saudisch
SN:senegalesisch RS:serbisch SL:sierra-leonisch SK:slowakisch SI:slowenisch SO:somalisch ZA:südafrikanisch KR:südkoreanisch SS:südsudanesisch
ES:spanisch LK:sri-lankisch SD:sudanesisch SE:schwedisch CH:schweizerisch SY:syrisch TW:taiwanisch TJ:tadschikisch TZ:tansanisch TH:thailändisch
TG:togoisch TN:tunesisch TR:türkisch TM:turkmenisch UG:ugandisch UA:ukrainisch AE:emiratisch GB:britisch US:amerikanisch/US-amerikanisch
UZ:usbekisch VE:venezolanisch VN:vietnamesisch YE:jemenitisch ZM:sambisch ZW:simbabwisch BW:botswanisch KM:komorisch
CR:costa-ricanisch DO:dominikanisch GQ:äquatorialguineisch SZ:swasiländisch GW:guinea-bissauisch JM:jamaikanisch LS:lesothisch LU:luxemburgisch
PG:papua-neuguineisch PY:paraguayisch SG:singapurisch TL:osttimoresisch UY:uruguayisch
`;

function parseAdj(table: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of table.matchAll(/([A-Z]{2}):(\S+)/gu)) out[m[1]!] = m[2]!.split('/');
  return out;
}

const ART = '(?:(?:der|die|das|des|dem|den|ein|eine|einer|einem|eines) )?';
const MIL =
  '(?:Armee|Truppen|Streitkräfte|Streitkräften|Militär|Militärs|Soldaten|Einheiten|Einheit|Brigade|Brigaden|Bataillon|Artillerie|Luftabwehr|Flugabwehr|Kampfjets?|Kampfflugzeuge?n?|Bomber|Drohnen?|Raketen?|Panzer|Bodentruppen|Spezialkräfte|Marinesoldaten|Militärkonvoi)';

export const actors: ActorsLexicon = {
  adjectives: parseAdj(ADJ),
  inflect: (b) => [b, `${b}e`, `${b}en`, `${b}er`, `${b}es`, `${b}em`],
  possessive: (n) => (/[sßxz]$/u.test(n) ? [] : [`${n}s`]),
  countryNames: { PS: ['Gaza', 'Gazastreifen'], CD: ['Kongo', 'DR Kongo', 'Demokratische Republik Kongo'], US: ['USA', 'Vereinigte Staaten', 'Amerika'], GB: ['Großbritannien'], BY: ['Belarus', 'Weißrussland'], MM: ['Birma'] },
  capitals: {
    RU: ['Moskau'], UA: ['Kiew', 'Kyjiw', 'Kyiv'], BY: ['Minsk'], CN: ['Peking'], BE: ['Brüssel'], PL: ['Warschau'], RO: ['Bukarest'],
    US: ['Washington'], FR: ['Paris'], GB: ['London'], DE: ['Berlin'], IL: ['Jerusalem'], SD: ['Khartum', 'Port Sudan'], SY: ['Damaskus'],
    IR: ['Teheran'], TR: ['Ankara'], GE: ['Tiflis', 'Tbilissi'], AF: ['Kabul'], SO: ['Mogadischu'], ET: ['Addis Abeba'], LY: ['Tripolis'],
    IT: ['Rom'], AT: ['Wien'], CZ: ['Prag'], LT: ['Wilna', 'Vilnius'], MD: ['Chisinau', 'Kischinau'], AM: ['Eriwan'], AZ: ['Baku'], ML: ['Bamako'],
  },
  speechAfter:
    '(?:(?:\\p{Ll}+ ){0,2}(?:bestreitet|bestritt|dementiert|dementierte|erklärte|erklärt|sagte|sagt|meldete|meldet|behauptet|behauptete|wies (?:[^.!?\\n]{0,40}? )?zurück|weist (?:[^.!?\\n]{0,40}? )?zurück|warf|wirft|beschuldigt|beschuldigte|warnte|warnt|spricht|sprach|reagierte|teilte|teilt|kündigte|kündigt|forderte|fordert|drohte|droht|verurteilte|verurteilt|bestätigte|bestätigt|räumte|räumt|versprach|verspricht|hat (?:\\p{L}+ )?(?:bestritten|erklärt|gemeldet|zurückgewiesen|bestätigt)))',
  speechBefore: '(?:laut|nach Angaben (?:aus|von)|zufolge|sagte|erklärte)',
  bodies: [
    { body: 'mod', re: `${ART}{ADJ} Verteidigungsministeriums?|${ART}Verteidigungsministeriums? (?:in|von) (?:{CAPITAL}|{COUNTRY})|${ART}{POSS} Verteidigungsministeriums?` },
    { body: 'mod', re: `${ART}Verteidigungsministeriums?` },
    { body: 'genstaff', re: `${ART}{ADJ} Generalstabs?|${ART}Generalstabs? (?:der )?{ADJ} (?:Armee|Streitkräfte)` },
    { body: 'genstaff', re: `${ART}Generalstabs?` },
    { body: 'interior', re: `${ART}{ADJ} Innenministeriums?|${ART}Innenministeriums? (?:in|von) (?:{CAPITAL}|{COUNTRY})` },
    { body: 'interior', re: `${ART}Innenministeriums?` },
    { body: 'ombudsman', re: `${ART}{ADJ} (?:Ombudsstelle|Ombudsmann|Ombudsfrau|Ombudsperson|Menschenrechtsbeauftragten?|Menschenrechtsbeauftragter|Bürgerbeauftragten?|Bürgerbeauftragter)` },
    { body: 'ombudsman', re: `${ART}(?:staatlichen? |nationalen? )?(?:Ombudsstelle|Ombudsmann|Ombudsfrau|Ombudsperson|Menschenrechtsbeauftragten?|Menschenrechtsbeauftragter|Bürgerbeauftragten?|Bürgerbeauftragter)` },
    { body: 'health', re: `${ART}{ADJ} Gesundheitsministeriums?|${ART}Gesundheits(?:ministerium|behörde)s? (?:in|im|von) {COUNTRY}` },
    { body: 'foreign', re: `${ART}{ADJ} Außenministeriums?` },
    { body: 'airforce', re: `${ART}{ADJ} (?:Luftwaffe|Luftstreitkräfte|Luftstreitkräften)` },
    { body: 'airforce', re: `${ART}(?:Luftwaffe|Luftstreitkräfte)` },
    { body: 'navy', re: `${ART}{ADJ} (?:Marine|Kriegsmarine|Schwarzmeerflotte|Flotte)` },
    { body: 'emergency', re: `${ART}{ADJ} (?:Katastrophenschutz|Katastrophenschutzes|Rettungsdienst|Rettungsdienste|Zivilschutz|Zivilschutzes)` },
    { body: 'emergency', re: `${ART}(?:Katastrophenschutz|Katastrophenschutzes|Zivilschutz|Zivilschutzes)` },
    { body: 'border', re: `${ART}{ADJ} (?:Grenzschutz|Grenzschutzes|Grenzschützer|Grenzschützern|Grenztruppen|Grenzdienst|Grenzwache|Küstenwache)` },
    { body: 'border', re: `${ART}(?:Grenzschutz|Grenzschützer|Grenztruppen)` },
    { body: 'intel', re: `${ART}{ADJ} (?:Militärgeheimdienst|Militärgeheimdienstes|Geheimdienst|Geheimdienstes|Geheimdienste|Nachrichtendienst)` },
    { body: 'security', re: `${ART}{ADJ} (?:Sicherheitskräfte|Sicherheitskräften|Sicherheitsdienste|Sicherheitsbehörden)` },
    { body: 'security', re: `${ART}(?:Sicherheitskräfte|Sicherheitskräften)` },
    { body: 'police', re: `${ART}{ADJ} (?:Polizei|Bereitschaftspolizei|Polizisten|Sonderpolizei)|${ART}Polizei (?:in|von) {COUNTRY}` },
    { body: 'police', re: `${ART}(?:Polizei|Bereitschaftspolizei|Polizisten|Sondereinheiten der Polizei)` },
    { body: 'military', re: `${ART}{ADJ} ${MIL}|${ART}{POSS} (?:Armee|Truppen|Streitkräfte|Militär)|${ART}Armee (?:von )?{COUNTRY}s?|${ART}{ADJ} (?:\\p{L}+)?(?:[Aa]ngriffe?n?|[Aa]ngriffs?|Beschuss|Beschusses|Luftangriffe?n?|Luftangriffs?|Drohnenangriffe?n?|Raketenangriffe?n?|Offensive|Vormarsch|Bombardements?)` },
    { body: 'military', re: `${ART}(?:Regierungstruppen|Regierungsarmee|Regierungssoldaten|Regierungskräfte)`, home: true },
    { body: 'military', re: `${ART}(?:Armee|Militär|Streitkräfte|Truppen|Militärjunta|Junta|Luftabwehr|Flugabwehr|Soldaten|Armeesprecher|Militärkonvoi)` },
    { body: 'officials', re: `${ART}{ADJ} (?:Behörden|Beamten|Beamte|Offiziellen|Stellen|Vertreter)` },
    { body: 'government', re: `${ART}{ADJ} (?:Regierung|Führung|Militärregierung|Machthaber|Junta|Staatsführung)|${ART}Regierung (?:in|von) (?:{CAPITAL}|{COUNTRY})|${ART}{POSS} (?:Regierung|Führung)` },
  ],
  generic: [
    { name: 'civilians', kind: 'civilians', inter: 7, re: 'Zivilisten|(?<=(?:\\p{N}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|Dutzende|dutzende|Hunderte|hunderte|Tausende|tausende|mehrere|viele|zahlreiche) )(?:Menschen|Personen)|Zivilistinnen|Zivilbevölkerung|Vertriebene|Vertriebenen|Flüchtlinge|Fahrgäste' },
    { name: 'local residents', kind: 'civilians', inter: 7, re: 'örtliche Bewohner|Ortsansässige|Ortsansässigen|Dorfbewohner|Dorfbewohnern', aliases: ['residents'] },
    { name: 'residents', kind: 'civilians', inter: 7, re: 'Anwohner|Anwohnern|Anwohnerinnen|Einwohner|Einwohnern|Bewohner|Bewohnern', aliases: ['local residents'] },
    { name: 'witnesses', kind: 'civilians', inter: 7, re: 'Augenzeugen|Zeugen|Augenzeuginnen' },
    { name: 'protesters', kind: 'protesters', inter: 6, re: 'Demonstranten|Demonstrantinnen|Protestierende|Protestierenden|Protestler' },
    { name: 'rioters', kind: 'rioters', inter: 5, re: 'Randalierer|Plünderer|ein Mob' },
    { name: 'unidentified gunmen', kind: 'unidentified group', re: '(?:unbekannte |nicht identifizierte )?(?:Bewaffnete|Bewaffneten|Angreifer|Schützen)' },
    { name: 'unidentified masked men', kind: 'unidentified group', re: '(?:vermummte|maskierte) (?:Männer|Angreifer)|Maskierte|Maskierten|Vermummte|Vermummten', aliases: ['unidentified gunmen'] },
    { name: 'unidentified plain-clothes men', kind: 'unidentified group', re: '(?:Männer|Beamte|Polizisten) in Zivil(?:kleidung)?|Zivilpolizisten' },
    { name: 'resistance forces', kind: 'rebel group', inter: 2, re: '(?:eine |die |der )?(?:lokale )?(?:Widerstandskämpfer(?:n)?|Widerstandsgruppen?|Widerstandskräfte|Widerstandsmilizen)' },
    { name: 'opposition parties', kind: 'political party', re: '(?:die )?Oppositionsparteien' },
    { name: 'security sources', kind: 'anonymous sources', re: 'Sicherheitskreise|Sicherheitskreisen|Sicherheitsquellen|(?:eine )?Sicherheitsquelle' },
    { name: 'local sources', kind: 'anonymous sources', re: '(?:lokale|örtliche) Quellen|(?:eine )?(?:lokale|örtliche) Quelle' },
    { name: 'military sources', kind: 'anonymous sources', re: 'Militärkreise|Militärkreisen|militärische Quellen' },
    { name: 'medical sources', kind: 'anonymous sources', re: 'Ärzte|Mediziner|Krankenhauskreise|medizinische Quellen' },
    { name: 'local officials', kind: 'government', re: '(?:lokale|örtliche) (?:Beamte|Beamten|Behördenvertreter|Offizielle|Vertreter)', aliases: ['local official'] },
    { name: 'local official', kind: 'government', re: '(?:ein |einem |eines )?(?:lokaler|örtlicher|lokalen|örtlichen) (?:Beamter|Beamten|Behördenvertreter|Vertreter)', aliases: ['local officials'] },
    { name: 'local authorities', kind: 'government', re: '(?:die )?(?:lokalen|örtlichen) Behörden' },
  ],
  roles: [
    { role: 'acting governor', re: '(?:kommissarische|kommissarischer|amtierende|amtierender) Gouverneurs?' },
    { role: 'governor', re: 'Gouverneurs?|Regionalgouverneurs?|Gebietsgouverneurs?' },
    { role: 'mayor', re: 'Bürgermeisters?|Oberbürgermeisters?|Bürgermeisterin' },
    { role: 'spokesperson', re: 'Sprecher|Sprecherin|Kremlsprecher|Armeesprecher|Regierungssprecher|Militärsprecher' },
    { role: 'president', re: 'Präsident|Staatschef|Präsidentin' },
    { role: 'prime minister', re: 'Ministerpräsident|Regierungschef|Premierminister' },
    { role: 'defence minister', re: 'Verteidigungsminister' },
    { role: 'foreign minister', re: 'Außenminister' },
    { role: 'minister', re: 'Minister|Ministerin' },
    { role: 'commander', re: 'Kommandeur|Befehlshaber|Oberbefehlshaber' },
    { role: 'general', re: 'General|Generalleutnant|Generalmajor' },
    { role: 'leader', re: 'Anführer|Rebellenführer|Oppositionsführer|Oppositionspolitiker' },
    { role: 'analyst', re: 'Analyst|Analystin|Experte|Expertin|\\p{L}+experte|\\p{L}+kenner' },
    { role: 'correspondent', re: 'Korrespondent|Korrespondentin|Reporter' },
  ],
  roleLink: '(?:(?:des|im) (?:Gebiets?|Bezirks?|Departements?|Departments?|Bundesstaate?s?|Staates|Gouvernements?|Distrikts?|Verwaltungsbezirks?|Kantons?) |(?:der|in der) (?:Region|Provinz|Oblast|Präfektur) |von |in )',
  regional: [
    { body: 'authorities', re: '(?:der )?(?:Chef|Leiter) der (?:Militärverwaltung|Bezirksverwaltung|Gebietsverwaltung|Regionalverwaltung)|(?:die )?(?:regionalen )?Behörden (?:im Gebiet|in der Region|des Gebiets)|(?:die )?Regionalbehörden|(?:die )?regionalen Behörden' },
    { body: 'police', re: '(?:die )?(?:regionale )?Polizei (?:des Gebiets|der Region|im Gebiet)|(?:die )?Regionalpolizei' },
    { body: 'administration', re: '(?:die )?(?:Gebietsverwaltung|Regionalverwaltung|Militärverwaltung|Bezirksverwaltung)' },
    { body: 'health', re: '(?:das )?Gesundheitsministerium (?:des Bundesstaates|der Provinz|der Region|von)' },
    { body: 'city', re: '(?:die |der )?(?:Stadtverwaltung|Stadtverwaltungen|Gemeindeverwaltung|Stadtbehörden|städtischen Behörden|Militärverwaltung der Stadt)' },
    { body: 'prosecutor', re: '(?:die )?(?:regionale )?Staatsanwaltschaft' },
  ],
  aliases: {
    'hamas.qassam': ['militärische Arm der Hamas', 'militärischen Arm der Hamas', 'militärischen Arms der Hamas', 'bewaffnete Arm der Hamas', 'bewaffneten Arm der Hamas'],
  },
  respell: [
    [/schtsch/gu, 'sh\u0001'], [/Schtsch/gu, 'Sh\u0001'], [/tsch/gu, '\u0001'], [/Tsch/gu, '\u0002'], [/sch/gu, 'sh'], [/Sch/gu, 'Sh'],
    [/(?<=[aeiou])s(?=[aeiou])/gu, 'z'], [/ch/gu, 'kh'], [/\u0001/gu, 'ch'], [/\u0002/gu, 'Ch'], [/w/gu, 'v'], [/W/gu, 'V'], [/(?<=[aeiouy])j(?=[aeiou])/gu, 'y'],
    [/(?<=[bcdfghklmnprstvzBCDFGHKLMNPRSTVZ])j(?=[aeiou])/gu, 'y'], [/^J(?=[aeiou])/gu, 'Y'], [/(?<= )J(?=[aeiou])/gu, 'Y'], [/yj(?= |$)/gu, 'yi'], [/ij(?= |$)/gu, 'iy'],
  ],
  apposition: '(?:der |die |ein |eine )?(?:Leiter|Leiterin|Chef|Chefin|Sprecher|Sprecherin|Direktor|Direktorin) (?:der|des|von) ',
  installedBy: '(?:der |die |den |dem |des )?von (?:{COUNTRY}|{CAPITAL}) (?:eingesetzte|ernannte|installierte)[nrm]? ',
  ownParty: '(?:seine|ihre|seiner|ihrer) (?:eigene[rn]? )?Partei',
  personCues: [
    { re: '(?<=(?:sagte|sagt|erklärte|so) ){NAME}' },
    { re: '{NAME}(?=, (?:(?:ein|eine|der|die) )?(?:[a-zäöüß]+ ){0,2}(?:Analyst|Analystin|Experte|Expertin|Sprecher|Sprecherin|Kommandeur|Anwohner|Journalist|Aktivist|Politiker|Leiter|Leiterin|Chef|Chefin))' },
  ],
  orgCues: [
    { re: '{NAME}(?= (?:konnte|kann) (?:die Angaben |dies |das )?nicht unabhängig (?:überprüfen|bestätigen|verifizieren))', kind: 'media' },
    { re: '(?<=(?:Denkfabrik|Menschenrechtsorganisation|Menschenrechtsgruppe|Nachrichtenagentur|Forschungsgruppe|Hilfsorganisation) ){NAME}', kind: 'organisation' },
  ],
  // no orgWords: German capitalises every noun, so runs of capitalised words do not mark names
  notNames: ['Der', 'Die', 'Das', 'Ein', 'Eine', 'In', 'Am', 'Im', 'Laut', 'Nach', 'Er', 'Sie', 'Es', 'Und', 'Aber', 'Auch', 'Von'],
};
