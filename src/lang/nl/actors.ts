import type { ActorsLexicon } from '../../stages/actors/lexicon.js';

/** Country adjectives (base form): ISO alpha-2 → forms separated by "/". */
const ADJ = `
AF:Afghaans AL:Albanees DZ:Algerijns AO:Angolees AR:Argentijns AM:Armeens AU:Australisch AT:Oostenrijks AZ:Azerbeidzjaans/Azerisch
BH:Bahreins BD:Bengalees/Bangladeshis BY:Wit-Russisch/Belarussisch BE:Belgisch BJ:Beninees BO:Boliviaans BA:Bosnisch BR:Braziliaans
BG:Bulgaars BF:Burkinees/Burkinaans BI:Burundees KH:Cambodjaans CM:Kameroens CA:Canadees CF:Centraal-Afrikaans TD:Tsjadisch CL:Chileens
CN:Chinees CO:Colombiaans CD:Congolees CI:Ivoriaans HR:Kroatisch CU:Cubaans CY:Cypriotisch CZ:Tsjechisch DK:Deens DJ:Djiboutiaans
EC:Ecuadoraans EG:Egyptisch SV:Salvadoraans ER:Eritrees EE:Estisch/Ests ET:Ethiopisch FI:Fins FR:Frans GA:Gabonees GM:Gambiaans GE:Georgisch
DE:Duits GH:Ghanees GR:Grieks GT:Guatemalteeks GN:Guinees HT:Haïtiaans HN:Hondurees HU:Hongaars IN:Indiaas ID:Indonesisch IR:Iraans IQ:Iraaks
IE:Iers IL:Israëlisch IT:Italiaans JP:Japans JO:Jordaans KZ:Kazachs KE:Keniaans XK:Kosovaars KW:Koeweits KG:Kirgizisch LA:Laotiaans LV:Lets
LB:Libanees LR:Liberiaans LY:Libisch LT:Litouws MG:Malagassisch MW:Malawisch MY:Maleisisch ML:Malinees/Malisch MR:Mauritaans MX:Mexicaans
MD:Moldavisch MN:Mongools ME:Montenegrijns MA:Marokkaans MZ:Mozambikaans MM:Myanmarees/Birmees NA:Namibisch NP:Nepalees NL:Nederlands
NZ:Nieuw-Zeelands NI:Nicaraguaans NE:Nigerees NG:Nigeriaans KP:Noord-Koreaans MK:Noord-Macedonisch/Macedonisch NO:Noors OM:Omaans
PK:Pakistaans PS:Palestijns PA:Panamees PE:Peruaans PH:Filipijns PL:Pools PT:Portugees QA:Qatarees RO:Roemeens RU:Russisch RW:Rwandees
SA:Saoedisch/Saudisch SN:Senegalees RS:Servisch SL:Sierra Leoons SK:Slowaaks SI:Sloveens SO:Somalisch ZA:Zuid-Afrikaans KR:Zuid-Koreaans
SS:Zuid-Soedanees ES:Spaans LK:Sri Lankaans SD:Soedanees SE:Zweeds CH:Zwitsers SY:Syrisch TW:Taiwanees TJ:Tadzjieks TZ:Tanzaniaans TH:Thais
TG:Togolees TN:Tunesisch TR:Turks TM:Turkmeens UG:Oegandees UA:Oekraïens AE:Emiratisch GB:Brits US:Amerikaans UZ:Oezbeeks VE:Venezolaans
VN:Vietnamees YE:Jemenitisch ZM:Zambiaans ZW:Zimbabwaans BW:Botswaans KM:Comorees CR:Costa Ricaans DO:Dominicaans
GQ:Equatoriaal-Guinees SZ:Swazisch GW:Guinee-Bissaus JM:Jamaicaans LS:Lesothaans LU:Luxemburgs PG:Papoea-Nieuw-Guinees PY:Paraguayaans
SG:Singaporees TL:Oost-Timorees UY:Uruguayaans
`;

function parseAdj(table: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of table.matchAll(/([A-Z]{2}):([^:]+?)(?=\s+[A-Z]{2}:|\s*$)/gu)) out[m[1]!] = m[2]!.trim().split('/');
  return out;
}

const MIL = '(?:leger|legers|troepen|strijdkrachten|krijgsmacht|militairen|soldaten|eenheden|eenheid|brigade|brigades|bataljon|artillerie|luchtafweer|luchtverdediging|gevechtsvliegtuigen|gevechtsvliegtuig|straaljagers|straaljager|bommenwerpers|drones|drone|raketten|raket|tanks|grondtroepen|commando|commandos|militaire)';

export const actors: ActorsLexicon = {
  adjectives: parseAdj(ADJ),
  // "Congolees" → "Congolese"; "Russisch" → "Russische"
  inflect: (b) => [b, b.endsWith('ees') ? `${b.slice(0, -3)}ese` : b.endsWith('oos') ? `${b.slice(0, -3)}ose` : b.endsWith('aas') ? `${b.slice(0, -3)}ase` : `${b}e`],
  countryNames: { PS: ['Gaza', 'Gazastrook'], CD: ['Congo', 'DR Congo', 'DRC'], US: ['VS', 'Amerika'], GB: ['VK', 'Groot-Brittannië'], MM: ['Birma'], BY: ['Belarus'], NL: ['Nederland'] },
  capitals: {
    RU: ['Moskou'], UA: ['Kyiv', 'Kiev'], BY: ['Minsk'], CN: ['Peking', 'Beijing'], BE: ['Brussel'], PL: ['Warschau'], RO: ['Boekarest'],
    US: ['Washington'], FR: ['Parijs'], GB: ['Londen'], DE: ['Berlijn'], IL: ['Jeruzalem'], SD: ['Khartoem', 'Port Soedan'], SY: ['Damascus'],
    LB: ['Beiroet'], IQ: ['Bagdad'], EG: ['Caïro', 'Cairo'], YE: ['Sanaa'], SA: ['Riyad'], JO: ['Amman'], VE: ['Caracas'], MX: ['Mexico-Stad'], CD: ['Kinshasa'], ML: ['Bamako'],
    IR: ['Teheran'], TR: ['Ankara'], GE: ['Tbilisi'], AF: ['Kaboel'], SO: ['Mogadishu', 'Mogadisjoe'], ET: ['Addis Abeba'], LY: ['Tripoli'],
    IT: ['Rome'], AT: ['Wenen'], HU: ['Boedapest'], CZ: ['Praag'], LT: ['Vilnius'], MD: ['Chisinau', 'Chisinău'], AM: ['Jerevan'], AZ: ['Bakoe'],
  },
  speechAfter:
    '(?:(?:\\p{Ll}+ ){0,2}(?:claimt|claimde|beweert|beweerde|zegt|zei|meldt|meldde|ontkent|ontkende|spreekt|sprak|reageert|reageerde|stelt|stelde|waarschuwt|waarschuwde|verklaart|verklaarde|beschuldigt|beschuldigde|eist|eiste|noemt|noemde|heeft (?:\\p{L}+ )?(?:ontkend|gemeld|verklaard|gezegd|geclaimd)|houdt vol|wijst|wees|roept|riep|kondigt|kondigde|dreigt|dreigde|veroordeelt|veroordeelde|bevestigt|bevestigde|erkent|erkende|belooft|beloofde|zweert|zwoer))',
  speechBefore: '(?:volgens|aldus|zegt|meldt|claimt|ontkent)',
  bodies: [
    { body: 'mod', re: '(?:het )?{ADJ} ministerie van Defensie|(?:het )?ministerie van Defensie (?:van|in) {COUNTRY}|(?:het )?{ADJ} defensieministerie' },
    { body: 'mod', re: '(?:het )?ministerie van Defensie|het defensieministerie' },
    { body: 'genstaff', re: '(?:de )?{ADJ} generale staf|(?:de )?generale staf van (?:het )?{ADJ} leger|(?:de )?generale staf van {COUNTRY}' },
    { body: 'genstaff', re: '(?:de )?generale staf' },
    { body: 'interior', re: '(?:het )?{ADJ} ministerie van Binnenlandse Zaken|(?:het )?ministerie van Binnenlandse Zaken (?:van|in) {COUNTRY}' },
    { body: 'interior', re: '(?:het )?ministerie van Binnenlandse Zaken' },
    { body: 'ombudsman', re: '(?:de )?{ADJ} (?:nationale )?ombuds(?:man|vrouw|persoon|dienst)' },
    { body: 'ombudsman', re: '(?:de )?(?:nationale )?ombuds(?:man|vrouw|persoon|dienst)' },
    { body: 'health', re: '(?:het )?{ADJ} ministerie van (?:Volks)?gezondheid|(?:het )?ministerie van (?:Volks)?gezondheid (?:van|in) {COUNTRY}' },
    { body: 'foreign', re: '(?:het )?{ADJ} ministerie van Buitenlandse Zaken|(?:het )?ministerie van Buitenlandse Zaken (?:van|in) {COUNTRY}' },
    { body: 'airforce', re: '(?:de )?{ADJ} luchtmacht|(?:de )?luchtmacht van {COUNTRY}' },
    { body: 'airforce', re: '(?:de )?luchtmacht' },
    { body: 'navy', re: '(?:de )?{ADJ} (?:marine|vloot|Zwarte Zeevloot)' },
    { body: 'emergency', re: '(?:de )?{ADJ} (?:noodhulpdienst|nooddienst|hulpdiensten|reddingsdienst|civiele bescherming)' },
    { body: 'emergency', re: '(?:de )?(?:noodhulpdienst|nooddienst|civiele bescherming|burgerbescherming|civiele verdediging)' },
    { body: 'border', re: '(?:de )?{ADJ} (?:grenswacht|grenswachten|grensbewaking|kustwacht)' },
    { body: 'border', re: '(?:de )?(?:grenswacht|grenswachten|grensbewaking)' },
    { body: 'intel', re: '(?:de )?{ADJ} (?:militaire inlichtingendienst|inlichtingendienst|inlichtingendiensten)' },
    { body: 'security', re: '(?:de )?{ADJ} (?:veiligheidstroepen|veiligheidsdiensten|veiligheidsdienst|veiligheidstroepen|ordetroepen)' },
    { body: 'security', re: '(?:de )?(?:veiligheidstroepen|veiligheidsdiensten|ordetroepen)' },
    { body: 'police', re: '(?:de )?{ADJ} (?:politie|oproerpolitie|ME|politieagenten|agenten|politie-eenheden)|(?:de )?politie (?:van|in) {COUNTRY}' },
    { body: 'police', re: '(?:de )?(?:politie|oproerpolitie|ME-agenten|politieagenten|mobiele eenheid)' },
    { body: 'military', re: `(?:het |de )?{ADJ} ${MIL}|(?:het )?leger van {COUNTRY}|(?:de )?strijdkrachten van {COUNTRY}|{ADJ} (?:\\p{L}+)?(?:aanvallen|aanval|beschietingen|beschieting|raketaanval|luchtaanval|luchtaanvallen|droneaanval|droneaanvallen|bombardementen|bombardement|offensief|opmars)` },
    { body: 'military', re: '(?:het )?regeringsleger|(?:de )?(?:regeringstroepen|regeringssoldaten|regeringsstrijdkrachten)', home: true },
    { body: 'military', re: '(?:het )?leger|(?:de )?(?:legerwoordvoerder|militaire junta|junta|strijdkrachten|krijgsmacht|luchtverdediging|luchtafweer)|de (?:Russen|Oekraïners)' },
    { body: 'officials', re: '(?:de )?{ADJ} (?:autoriteiten|functionarissen|officials|overheid|instanties)' },
    { body: 'government', re: '(?:de )?{ADJ} (?:regering|regering|overheid|machthebbers|president|regeringswoordvoerder)|(?:de )?regering (?:in|van) (?:{CAPITAL}|{COUNTRY})|(?:het )?regime (?:in|van) (?:{CAPITAL}|{COUNTRY})' },
  ],
  generic: [
    { name: 'civilians', kind: 'civilians', inter: 7, re: 'burgers|(?<=(?:\\p{N}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|tientallen|honderden|duizenden|enkele|meerdere|vele|verscheidene) )(?:mensen|personen)|burgerslachtoffers|ontheemden|vluchtelingen|(?:de )?burgerbevolking' },
    { name: 'local residents', kind: 'civilians', inter: 7, re: '(?:lokale|plaatselijke) (?:bewoners|inwoners)|omwonenden|buurtbewoners', aliases: ['residents'] },
    { name: 'residents', kind: 'civilians', inter: 7, re: '(?:de )?(?:bewoners|inwoners)', aliases: ['local residents'] },
    { name: 'witnesses', kind: 'civilians', inter: 7, re: '(?:oog)?getuigen' },
    { name: 'protesters', kind: 'protesters', inter: 6, re: 'demonstranten|betogers|actievoerders|protesteerders' },
    { name: 'rioters', kind: 'rioters', inter: 5, re: 'relschoppers|oproerkraaiers|plunderaars' },
    { name: 'unidentified gunmen', kind: 'unidentified group', re: '(?:onbekende |ongeïdentificeerde )?(?:gewapende mannen|schutters|gewapende overvallers)|onbekende aanvallers' },
    { name: 'unidentified masked men', kind: 'unidentified group', re: 'gemaskerde (?:mannen|aanvallers)', aliases: ['unidentified gunmen'] },
    { name: 'unidentified plain-clothes men', kind: 'unidentified group', re: '(?:mannen|agenten) in burger(?:kleding|kleren)?' },
    { name: 'resistance forces', kind: 'rebel group', inter: 2, re: '(?:een |de )?(?:lokale )?(?:verzetsstrijders|verzetsgroep(?:en|ering)?|verzetstroepen|verzetsmilities)' },
    { name: 'opposition parties', kind: 'political party', re: '(?:de )?oppositiepartijen' },
    { name: 'security sources', kind: 'anonymous sources', re: 'veiligheidsbronnen|(?:een )?veiligheidsbron|bronnen (?:binnen|bij) de veiligheidsdiensten' },
    { name: 'local sources', kind: 'anonymous sources', re: '(?:lokale|plaatselijke) bronnen|(?:een )?(?:lokale|plaatselijke) bron' },
    { name: 'military sources', kind: 'anonymous sources', re: 'militaire bronnen|(?:een )?militaire bron' },
    { name: 'medical sources', kind: 'anonymous sources', re: 'medische bronnen|ziekenhuisbronnen|artsen|(?:een )?arts' },
    { name: 'local officials', kind: 'government', re: '(?:lokale|plaatselijke) (?:functionarissen|ambtenaren|bestuurders|officials)', aliases: ['local official'] },
    { name: 'local official', kind: 'government', re: '(?:een )?(?:lokale|plaatselijke) (?:functionaris|ambtenaar|bestuurder|official)', aliases: ['local officials'] },
    { name: 'local authorities', kind: 'government', re: '(?:de )?(?:lokale|plaatselijke) (?:autoriteiten|overheid|overheden|instanties)' },
  ],
  roles: [
    { role: 'acting governor', re: 'waarnemend gouverneur|waarnemende gouverneur|interim-gouverneur' },
    { role: 'governor', re: 'gouverneur|regiogouverneur|provinciegouverneur' },
    { role: 'mayor', re: 'burgemeester|burgervader' },
    { role: 'spokesperson', re: 'woordvoerder|woordvoerster|legerwoordvoerder|Kremlinwoordvoerder|Kremlin-woordvoerder' },
    { role: 'president', re: 'president|presidente' },
    { role: 'prime minister', re: 'premier|minister-president' },
    { role: 'defence minister', re: 'minister van Defensie|defensieminister' },
    { role: 'foreign minister', re: 'minister van Buitenlandse Zaken' },
    { role: 'minister', re: 'minister' },
    { role: 'commander', re: 'commandant|bevelhebber|legercommandant' },
    { role: 'general', re: 'generaal|luitenant-generaal|generaal-majoor' },
    { role: 'leader', re: 'leider|rebellenleider|oppositieleider' },
    { role: 'analyst', re: 'analist|onderzoeker|expert|deskundige|\\p{L}+kenner|\\p{L}+deskundige' },
    { role: 'correspondent', re: 'correspondent|verslaggever' },
  ],
  roleLink: '(?:van|in) (?:de |het )?(?:regio |provincie |oblast |staat |deelstaat |departement |gouvernement |prefectuur |district |stad |gemeente )?',
  regional: [
    { body: 'authorities', re: '(?:de )?(?:regionale )?autoriteiten (?:in|van) de (?:regio|provincie|oblast)' },
    { body: 'authorities', re: '(?:de )?regionale (?:autoriteiten|overheid)|(?:het )?hoofd van de (?:militaire |regionale |district)?(?:administratie|bestuur|districtsadministratie)' },
    { body: 'police', re: '(?:de )?politie (?:in|van) de (?:regio|provincie|oblast)|(?:de )?regionale politie' },
    { body: 'administration', re: '(?:het |de )?regionale (?:militaire )?(?:bestuur|administratie|bestuursdienst)|(?:de )?militaire (?:bestuursdienst|administratie)' },
    { body: 'health', re: '(?:het )?(?:regionale )?ministerie van (?:Volks)?gezondheid van(?: de (?:deelstaat|provincie|regio))?' },
    { body: 'city', re: '(?:het )?(?:stadsbestuur|gemeentebestuur)|(?:de )?(?:stedelijke|gemeentelijke) (?:militaire )?(?:administratie|autoriteiten|overheid)' },
    { body: 'prosecutor', re: '(?:het )?regionale (?:parket|Openbaar Ministerie|OM)' },
  ],
  aliases: {
    'ru.presidency': ['het Kremlin'],
    'hamas.qassam': ['militaire tak van Hamas', 'gewapende tak van Hamas'],
  },
  respell: [
    [/ch/gu, 'kh'], [/Ch/gu, 'Kh'], [/sjtsj/gu, 'shch'], [/Sjtsj/gu, 'Shch'], [/tsj/gu, 'ch'], [/Tsj/gu, 'Ch'], [/sj/gu, 'sh'], [/Sj/gu, 'Sh'], [/zj/gu, 'zh'], [/Zj/gu, 'Zh'],
    [/oe/gu, 'u'], [/Oe/gu, 'U'], [/(?<=[aeiouy])j(?=[aeiou])/gu, 'y'], [/(?<=[bcdfghklmnprstvzBCDFGHKLMNPRSTVZ])j(?=[aeiou])/gu, 'y'],
    [/^J(?=[aeiou])/gu, 'Y'], [/(?<= )J(?=[aeiou])/gu, 'Y'], [/ij(?= |$)/gu, 'iy'], [/yj(?= |$)/gu, 'yi'],
  ],
  apposition: '(?:de |het |een )?(?:hoofd|leider|directeur|chef|woordvoerder|woordvoerster) van ',
  installedBy: '(?:de |het )?door (?:{COUNTRY}|{CAPITAL}) (?:aangestelde|benoemde|geïnstalleerde|ingezette) ',
  ownParty: '(?:zijn|haar) (?:eigen )?(?:partij|politieke partij)',
  personCues: [
    { re: '(?<=(?:zegt|zei|aldus|volgens) ){NAME}' },
    { re: '{NAME}(?=, (?:(?:een|de) )?(?:[a-z]+ ){0,2}(?:analist|onderzoeker|deskundige|woordvoerder|woordvoerster|commandant|inwoner|bewoner|journalist|activist|politicus|hoofd|leider|directeur))' },
  ],
  orgCues: [
    { re: '{NAME}(?= (?:kon|kan) (?:de berichten |dit |dat |de beweringen )?niet onafhankelijk (?:verifiëren|bevestigen|controleren))', kind: 'media' },
    { re: '(?<=(?:denktank|mensenrechtenorganisatie|mensenrechtengroep|persbureau|nieuwsbureau|onderzoeksgroep|ngo|hulporganisatie) ){NAME}', kind: 'organisation' },
  ],
  orgWords: 'Vereniging|Raad|Comité|Netwerk|Bond|Federatie|Organisatie|Instituut|Centrum|Stichting|Coalitie|Commissie|Agentschap|Observatorium|Missie|Platform',
  orgJoiners: 'van|voor|de|het|en|in|der',
  notNames: ['De', 'Het', 'Een', 'In', 'Op', 'Van', 'Volgens', 'Dat', 'Die', 'Deze', 'Dit', 'Er', 'Hij', 'Zij', 'Ook', 'Maar', 'En'],
};
