/**
 * The curated actor dictionary: named non-state armed groups, state bodies
 * with proper names, international organisations, NGOs, media and well-known
 * people. Canonical names follow ACLED's style. Names and acronyms here are
 * language-independent; descriptive aliases per language live in the packs
 * (`ActorsLexicon.aliases`, keyed by entry id) or under a language key here.
 *
 * inter: ACLED inter codes — 1 state forces, 2 rebel groups, 3 political
 * militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians,
 * 8 external/other forces.
 */
export interface DictEntry {
  id: string;
  name: string;
  kind: string;
  inter?: number;
  /** ISO alpha-2 of the country the actor belongs to (state bodies, people) */
  country?: string;
  /** role of a person ("president of Ukraine") */
  role?: string;
  /** names matched case-insensitively */
  names?: string[];
  /** names and acronyms matched with exact case ("RSF", "PDF", "Fano") */
  exact?: string[];
  /** per-language names (case-insensitive), keyed by language code */
  lang?: Record<string, string[]>;
  /** place names standing for the actor when they speak ("Brussels said" → European Union) */
  metonyms?: string[];
  /** extra canonical names others may use for the same actor (claims matching) */
  aliases?: string[];
}

const R = 'rebel group';
const PM = 'political militia';
const IM = 'identity militia';
const SF = 'state forces';
const EF = 'external forces';
const ORG = 'organisation';
const MEDIA = 'media';
const GOV = 'government';
const P = 'person';

export const DICTIONARY: DictEntry[] = [
  // ── Russia / Ukraine
  { id: 'ru.fsb', name: 'Federal Security Service of Russia', kind: SF, inter: 1, country: 'RU', exact: ['FSB'], names: ['Federal Security Service'], lang: { nl: ['Russische veiligheidsdienst FSB', 'veiligheidsdienst FSB'], de: ['Inlandsgeheimdienst FSB', 'Geheimdienst FSB'] } },
  { id: 'us.dod', name: 'Department of Defense of the United States', kind: 'government', inter: 1, country: 'US', exact: ['Pentagon', 'Pentagons'], aliases: ['US Department of Defense', 'Ministry of Defence of the United States'] },
  { id: 'us.whitehouse', name: 'Government of the United States', kind: 'government', inter: 1, country: 'US', exact: ['White House', 'Witte Huis', 'Weiße Haus', 'Weißen Haus', 'Weißes Haus'] },
  { id: 'ru.presidency', name: 'Presidential Administration of Russia', kind: GOV, inter: 1, country: 'RU', names: ['Kremlin', 'Kreml'] },
  { id: 'ru.wagner', name: 'Wagner Group', kind: EF, inter: 8, country: 'RU', names: ['Wagner Group', 'Wagner-groep', 'Wagnergroep', 'Wagner-Gruppe', 'Wagner mercenaries', 'Wagner-huurlingen', 'Wagner-Söldner'], exact: ['Wagner', 'PMC Wagner'] },
  { id: 'ru.africacorps', name: 'Africa Corps (Russia)', kind: EF, inter: 8, country: 'RU', names: ['Africa Corps', 'Afrikakorps', 'Afrika Korps', 'Afrika-Korps', 'Afrikaanse Korps'] },
  { id: 'ru.rosgvardia', name: 'National Guard of Russia', kind: SF, inter: 1, country: 'RU', names: ['Rosgvardia', 'Rosgvardiya', 'Rosgwardija', 'Rosgvardija'] },
  { id: 'ru.akhmat', name: 'Akhmat Special Forces', kind: SF, inter: 1, country: 'RU', names: ['Akhmat', 'Achmat', 'Kadyrovites', 'Kadyrovtsy'] },
  { id: 'ru.rvk', name: 'Russian Volunteer Corps', kind: R, inter: 2, names: ['Russian Volunteer Corps', 'Russisches Freiwilligenkorps'], exact: ['RDK', 'RVC', 'RVK'], lang: { nl: ['Russische vrijwilligerskorps', 'Russisch vrijwilligerskorps', 'Russische Vrijwilligerskorps'] } },
  { id: 'ru.lsr', name: 'Freedom of Russia Legion', kind: R, inter: 2, names: ['Freedom of Russia Legion', 'Legioen Vrijheid van Rusland', 'Legion Freiheit Russlands', 'Legion Freies Russland'], exact: ['LSR', 'LVR'] },
  { id: 'ru.siberian', name: 'Siberian Battalion', kind: R, inter: 2, names: ['Siberian Battalion', 'Siberisch Bataljon', 'Sibirisches Bataillon'] },
  { id: 'ua.azov', name: 'Azov Brigade', kind: SF, inter: 1, country: 'UA', names: ['Azov Brigade', 'Azov-brigade', 'Asow-Brigade', 'Azov Regiment', 'Azov-regiment', 'Asow-Regiment', 'Azov-bataljon', 'Azov Battalion', 'Asow-Bataillon'] },
  { id: 'ua.sbu', name: 'Security Service of Ukraine', kind: SF, inter: 1, country: 'UA', exact: ['SBU'], names: ['Security Service of Ukraine'], lang: { nl: ['Oekraïense veiligheidsdienst SBU', 'veiligheidsdienst SBU'], de: ['Geheimdienst SBU'] } },
  { id: 'ua.hur', name: 'Defence Intelligence of Ukraine', kind: SF, inter: 1, country: 'UA', exact: ['HUR', 'GUR'], names: ['Defence Intelligence of Ukraine', 'Defense Intelligence of Ukraine'] },
  { id: 'ru.dpr', name: "Donetsk People's Republic", kind: SF, inter: 1, country: 'UA', names: ["Donetsk People's Republic", 'Volksrepubliek Donetsk', 'Volksrepublik Donezk'], exact: ['DPR', 'DNR'] },
  { id: 'ru.lpr', name: "Luhansk People's Republic", kind: SF, inter: 1, country: 'UA', names: ["Luhansk People's Republic", 'Volksrepubliek Loehansk', 'Volksrepublik Luhansk'], exact: ['LPR', 'LNR'] },
  // ── Sahel / West Africa
  { id: 'jnim', name: 'Jamaat Nusrat al-Islam wal-Muslimin (JNIM)', kind: R, inter: 2, exact: ['JNIM', 'GSIM'], names: ['Jamaat Nusrat al-Islam wal-Muslimin', "Jama'at Nusrat al-Islam wal-Muslimin", 'Group for the Support of Islam and Muslims'] },
  { id: 'is.sahel', name: 'Islamic State Sahel Province', kind: R, inter: 2, names: ['Islamic State Sahel Province', 'Islamic State Sahel', 'IS Sahel', 'IS-Sahel', 'ISIS Sahel', 'Islamic State in the Greater Sahara', 'Islamitische Staat Sahel', 'Islamischer Staat Sahel', "Islamic State's Sahel Province", 'Islamic State in the Sahel', 'Islamic State in the Sahel Province', 'Islamitische Staat in de Sahel', 'Islamitische Staat in de provincie Sahel', 'Islamitische Staat Sahelprovincie', 'Islamische Staat in der Provinz Sahel', 'Islamischen Staat in der Provinz Sahel', 'Islamischen Staates in der Provinz Sahel', 'Islamischer Staat in der Provinz Sahel', 'Islamische Staat in der Sahelzone', 'Islamischen Staates in der Sahelzone', 'Islamischer Staat in der Sahelzone', 'Islamischer Staat in der Sahel-Provinz', 'Islamische Staat Sahel', 'Islamischen Staates Sahel'], exact: ['ISSP', 'ISGS', 'EIGS'] },
  { id: 'is.wa', name: 'Islamic State West Africa Province', kind: R, inter: 2, exact: ['ISWAP', 'ISWA'], names: ['Islamic State West Africa Province', 'Islamic State West Africa', "Islamic State's West Africa Province", 'Islamic State in West Africa', 'Islamitische Staat in West-Afrika', 'Islamitische Staat West-Afrika', 'Islamischer Staat Westafrika', 'Islamische Staat in Westafrika', 'Islamischen Staates in Westafrika', 'Islamischer Staat in Westafrika', 'Islamischen Staat in Westafrika'] },
  { id: 'bokoharam', name: "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (Boko Haram)", kind: R, inter: 2, names: ['Boko Haram', "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"], exact: ['JAS'] },
  { id: 'ansaroul', name: 'Ansaroul Islam', kind: R, inter: 2, names: ['Ansaroul Islam', 'Ansarul Islam'] },
  { id: 'bf.vdp', name: 'Volunteers for the Defence of the Homeland (VDP)', kind: 'militia', inter: 3, country: 'BF', exact: ['VDP'], names: ['Volunteers for the Defence of the Homeland', 'Volunteers for the Defense of the Homeland', 'Volontaires pour la défense de la patrie', 'Vrijwilligers voor de Verdediging van het Vaderland', 'Freiwillige zur Verteidigung des Vaterlandes'] },
  { id: 'ml.fama', name: 'Military Forces of Mali', kind: SF, inter: 1, country: 'ML', exact: ['FAMa'] },
  { id: 'csp', name: 'Permanent Strategic Framework (CSP)', kind: R, inter: 2, names: ['Permanent Strategic Framework', 'Cadre stratégique permanent', 'Strategic Framework for the Defence of the People of Azawad'], exact: ['CSP', 'CSP-DPA'] },
  { id: 'fla', name: 'Azawad Liberation Front', kind: R, inter: 2, names: ['Azawad Liberation Front', "Front de libération de l'Azawad"], exact: ['FLA'] },
  { id: 'lakurawa', name: 'Lakurawa', kind: R, inter: 2, exact: ['Lakurawa'] },
  { id: 'ambazonia', name: 'Ambazonian Separatists', kind: R, inter: 2, names: ['Ambazonian separatists', 'Ambazonia Defence Forces', 'Amba boys'] },
  { id: 'aqim', name: 'Al Qaeda in the Islamic Maghreb', kind: R, inter: 2, exact: ['AQIM'], names: ['Al Qaeda in the Islamic Maghreb', 'al-Qaeda in the Islamic Maghreb'] },
  // ── Horn of Africa / Sudan / Great Lakes / Central Africa / Mozambique
  { id: 'alshabaab', name: 'Al Shabaab', kind: R, inter: 2, names: ['al-Shabaab', 'al-Shabab', 'Al Shabaab', 'Al-Shabaab', 'Shabaab', 'asj-Sjabaab', 'al-Sjabaab'] },
  { id: 'is.somalia', name: 'Islamic State Somalia Province', kind: R, inter: 2, names: ['Islamic State Somalia', 'Islamic State Somalia Province', 'IS Somalia'] },
  { id: 'sd.rsf', name: 'Rapid Support Forces', kind: R, inter: 2, country: 'SD', exact: ['RSF'], names: ['Rapid Support Forces', 'Rapid Support Force', 'Snelle Steuntroepen', 'Rapid-Support-Forces'] },
  { id: 'sd.saf', name: 'Military Forces of Sudan', kind: SF, inter: 1, country: 'SD', exact: ['SAF'], names: ['Sudanese Armed Forces', 'Sudanese army'] },
  { id: 'sd.jointforces', name: 'Joint Forces', kind: 'militia', inter: 3, country: 'SD', exact: ['Joint Forces', 'Joint Force', 'Joint Darfur Force'] },
  { id: 'sd.splmn', name: "Sudan People's Liberation Movement-North", kind: R, inter: 2, exact: ['SPLM-N', 'SPLM-North'], names: ["Sudan People's Liberation Movement-North"] },
  { id: 'sd.slm', name: 'Sudan Liberation Movement/Army', kind: R, inter: 2, exact: ['SLM', 'SLA', 'SLM/A', 'SLM-AW', 'SLM-MM'], names: ['Sudan Liberation Movement', 'Sudan Liberation Army'] },
  { id: 'sd.jem', name: 'Justice and Equality Movement', kind: R, inter: 2, exact: ['JEM'], names: ['Justice and Equality Movement'] },
  { id: 'et.tplf', name: "Tigray People's Liberation Front", kind: R, inter: 2, exact: ['TPLF', 'TDF'], names: ["Tigray People's Liberation Front", 'Tigray Defence Forces', 'Tigray Defense Forces', 'Volksbevrijdingsfront van Tigray', 'Volksbefreiungsfront von Tigray'] },
  { id: 'et.fano', name: 'Fano', kind: IM, inter: 4, country: 'ET', exact: ['Fano', 'Fano-militie', 'Fano-Miliz', 'Fano militia'] },
  { id: 'et.ola', name: 'Oromo Liberation Army', kind: R, inter: 2, exact: ['OLA'], names: ['Oromo Liberation Army', 'Oromo Bevrijdingsleger', 'Oromo-Befreiungsarmee'] },
  { id: 'cd.m23', name: 'M23: March 23 Movement', kind: R, inter: 2, exact: ['M23', 'AFC/M23', 'M23/AFC'], names: ['March 23 Movement', 'Mouvement du 23 mars', 'Beweging van 23 maart', 'Bewegung 23. März'] },
  { id: 'cd.afc', name: 'Congo River Alliance', kind: R, inter: 2, exact: ['AFC'], names: ['Congo River Alliance', 'Alliance Fleuve Congo'] },
  { id: 'cd.adf', name: 'Allied Democratic Forces', kind: R, inter: 2, exact: ['ADF', 'ISCAP'], names: ['Allied Democratic Forces', 'Islamic State Central Africa Province'] },
  { id: 'cd.codeco', name: 'CODECO: Cooperative for the Development of Congo', kind: IM, inter: 4, exact: ['CODECO', 'Codeco'], names: ['Cooperative for the Development of Congo', 'Cooperative for Development of Congo'], aliases: ['CODECO: Cooperative for Development of Congo', 'CODECO'] },
  { id: 'cd.wazalendo', name: 'Wazalendo', kind: 'militia', inter: 3, exact: ['Wazalendo'] },
  { id: 'cd.fdlr', name: 'Democratic Forces for the Liberation of Rwanda', kind: R, inter: 2, exact: ['FDLR'], names: ['Democratic Forces for the Liberation of Rwanda'] },
  { id: 'cd.fardc', name: 'Military Forces of the Democratic Republic of Congo', kind: SF, inter: 1, country: 'CD', exact: ['FARDC'] },
  { id: 'cd.maimai', name: 'Mai-Mai Militia', kind: IM, inter: 4, names: ['Mai-Mai', 'Mai Mai', 'Mayi-Mayi'] },
  { id: 'cd.zaire', name: 'Zaire Militia', kind: IM, inter: 4, exact: ['Zaire militia', 'Zaïre'] },
  { id: 'cf.cpc', name: 'Coalition of Patriots for Change', kind: R, inter: 2, exact: ['CPC'], names: ['Coalition of Patriots for Change'] },
  { id: 'cf.3r', name: 'Return, Reclamation, Rehabilitation', kind: R, inter: 2, exact: ['3R'] },
  { id: 'cf.antibalaka', name: 'Anti-Balaka', kind: PM, inter: 3, names: ['anti-balaka', 'Anti-Balaka'] },
  { id: 'mz.is', name: 'Islamic State Mozambique Province', kind: R, inter: 2, names: ['Islamic State Mozambique Province', 'Ahlu Sunna wal Jamaa', 'al-Shabaab in Mozambique'] },
  { id: 'ng.ipob', name: 'Indigenous People of Biafra', kind: PM, inter: 3, exact: ['IPOB', 'ESN'], names: ['Indigenous People of Biafra', 'Eastern Security Network'] },
  // ── Middle East
  { id: 'hamas', name: 'Hamas Movement', kind: R, inter: 2, exact: ['Hamas', 'HAMAS'] },
  // Hamas's armed wing: its claims are Hamas's claims
  { id: 'hamas.qassam', name: 'Al-Qassam Brigades', kind: R, inter: 2, aliases: ['Hamas Movement'], names: ['Qassam Brigades', 'al-Qassam Brigades', 'Izz ad-Din al-Qassam Brigades', 'Ezzedine al-Qassam Brigades', 'Qassam-brigades', 'Qassam-Brigaden', 'Kassam-Brigaden', 'Al-Kassam-Brigaden', 'Essedin-al-Kassam-Brigaden'] },
  { id: 'pij', name: 'Palestinian Islamic Jihad', kind: R, inter: 2, exact: ['PIJ'], names: ['Palestinian Islamic Jihad', 'Islamic Jihad', 'Islamitische Jihad', 'Islamischer Dschihad', 'al-Quds Brigades'] },
  { id: 'hezbollah', name: 'Hezbollah', kind: R, inter: 2, names: ['Hezbollah', 'Hizbollah', 'Hisbollah', 'Hizballah', 'Hezbollah-strijders'] },
  { id: 'houthis', name: 'Ansar Allah (Houthis)', kind: R, inter: 2, names: ['Houthis', 'Houthi', 'Houthi rebels', 'Houthi-rebellen', 'Huthi', 'Huthis', 'Huthi-Rebellen', 'Ansar Allah', 'Ansarallah'] },
  { id: 'il.idf', name: 'Military Forces of Israel', kind: SF, inter: 1, country: 'IL', exact: ['IDF', 'Tsahal', 'Zahal'], names: ['Israel Defense Forces', 'Israel Defence Forces'] },
  { id: 'il.settlers', name: 'Israeli settlers', kind: PM, inter: 3, country: 'IL', names: ['Israeli settlers', 'Israëlische kolonisten', 'israelische Siedler', 'Jewish settlers', 'kolonisten', 'Siedler', 'settlers'] },
  { id: 'is', name: 'Islamic State (ISIS)', kind: R, inter: 2, exact: ['ISIS', 'ISIL', 'IS', 'Daesh', 'Daech', 'IS-strijders', 'IS-Kämpfer'], names: ['Islamic State', 'Islamitische Staat', 'Islamischer Staat', 'Islamische Staat', 'Islamischen Staat', 'Islamischen Staates', 'Islamischen Staats'] },
  { id: 'is.so', name: 'Islamic State Somalia Province', kind: R, inter: 2, names: ['Islamic State Somalia Province', 'Islamic State in Somalia', "Islamic State's Somalia Province", 'Islamitische Staat in Somalië', 'Islamischer Staat in Somalia', 'Islamischen Staates in Somalia'] },
  { id: 'is.k', name: 'Islamic State Khorasan Province', kind: R, inter: 2, exact: ['ISKP', 'IS-K', 'ISIS-K'], names: ['Islamic State Khorasan', 'Islamic State Khorasan Province', 'IS-Khorasan'] },
  { id: 'alqaeda', name: 'Al Qaeda', kind: R, inter: 2, names: ['al-Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Kaida', 'al-Kaida', 'Al Qaida'] },
  { id: 'aqap', name: 'Al Qaeda in the Arabian Peninsula', kind: R, inter: 2, exact: ['AQAP'], names: ['Al Qaeda in the Arabian Peninsula'] },
  { id: 'sy.hts', name: 'Hayat Tahrir al-Sham', kind: R, inter: 2, exact: ['HTS', 'HTC'], names: ['Hayat Tahrir al-Sham', "Hay'at Tahrir al-Sham", 'Hayat Tahrir al-Scham'] },
  { id: 'sy.sdf', name: 'Syrian Democratic Forces', kind: R, inter: 2, exact: ['SDF', 'SDS'], names: ['Syrian Democratic Forces', 'Syrische Democratische Strijdkrachten', 'Syrisch-Demokratische Kräfte'] },
  { id: 'sy.ypg', name: "People's Protection Units (YPG)", kind: R, inter: 2, exact: ['YPG', 'YPJ'], names: ["People's Protection Units", 'Volksbeschermingseenheden', 'Volksverteidigungseinheiten'] },
  { id: 'sy.sna', name: 'Syrian National Army', kind: R, inter: 2, exact: ['SNA'], names: ['Syrian National Army', 'Syrisch Nationaal Leger', 'Syrische Nationale Armee'] },
  { id: 'pkk', name: "Kurdistan Workers' Party", kind: R, inter: 2, exact: ['PKK'], names: ["Kurdistan Workers' Party", 'Koerdische Arbeiderspartij', 'Arbeiterpartei Kurdistans'] },
  { id: 'iq.pmf', name: 'Popular Mobilization Forces', kind: PM, inter: 3, country: 'IQ', exact: ['PMF', 'PMU'], names: ['Popular Mobilization Forces', 'Popular Mobilisation Forces', 'Hashd al-Shaabi', 'al-Hashd al-Shaabi'] },
  { id: 'iq.kh', name: 'Kataib Hezbollah', kind: PM, inter: 3, names: ["Kata'ib Hezbollah", 'Kataib Hezbollah', 'Kataib Hisbollah'] },
  { id: 'iq.iri', name: 'Islamic Resistance in Iraq', kind: PM, inter: 3, names: ['Islamic Resistance in Iraq', 'Islamitisch Verzet in Irak', 'Islamischer Widerstand im Irak'] },
  { id: 'ir.irgc', name: 'Islamic Revolutionary Guard Corps', kind: SF, inter: 1, country: 'IR', exact: ['IRGC'], names: ['Revolutionary Guards', 'Islamic Revolutionary Guard Corps', 'Revolutionaire Garde', 'Revolutionsgarden', 'Iraanse Revolutionaire Garde'] },
  // ── Asia
  { id: 'af.taliban', name: 'Taliban', kind: R, inter: 2, names: ['Taliban', 'Taliban-strijders', 'Taliban-Kämpfer'] },
  { id: 'pk.ttp', name: 'Tehrik-i-Taliban Pakistan', kind: R, inter: 2, exact: ['TTP'], names: ['Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Pakistani Taliban', 'Pakistaanse Taliban', 'pakistanische Taliban'] },
  { id: 'pk.bla', name: 'Baloch Liberation Army', kind: R, inter: 2, exact: ['BLA'], names: ['Baloch Liberation Army', 'Balochistan Liberation Army', 'Belutschische Befreiungsarmee'] },
  { id: 'mm.pdf', name: "People's Defence Force", kind: R, inter: 2, country: 'MM', exact: ['PDF', 'PDFs'], names: ["People's Defence Force", "People's Defense Force", "People's Defence Forces", 'Volksverdedigingsmacht', 'Volksverteidigungskräfte'] },
  { id: 'mm.tatmadaw', name: 'Military Forces of Myanmar', kind: SF, inter: 1, country: 'MM', exact: ['Tatmadaw', 'SAC'], names: ['State Administration Council', 'Myanmar military', 'Burmese military', 'Myanmar junta'] },
  { id: 'mm.aa', name: 'Arakan Army', kind: R, inter: 2, exact: ['AA'], names: ['Arakan Army', 'Arakan-leger', 'Arakan-Armee'] },
  { id: 'mm.kia', name: 'Kachin Independence Army', kind: R, inter: 2, exact: ['KIA'], names: ['Kachin Independence Army'] },
  { id: 'mm.tnla', name: "Ta'ang National Liberation Army", kind: R, inter: 2, exact: ['TNLA'], names: ["Ta'ang National Liberation Army"] },
  { id: 'mm.mndaa', name: 'Myanmar National Democratic Alliance Army', kind: R, inter: 2, exact: ['MNDAA'], names: ['Myanmar National Democratic Alliance Army'] },
  { id: 'mm.knla', name: 'Karen National Liberation Army', kind: R, inter: 2, exact: ['KNLA', 'KNU'], names: ['Karen National Liberation Army', 'Karen National Union'] },
  { id: 'mm.kndf', name: 'Karenni Nationalities Defense Force', kind: R, inter: 2, exact: ['KNDF'], names: ['Karenni Nationalities Defense Force', 'Karenni Nationalities Defence Force'] },
  { id: 'ph.npa', name: "New People's Army", kind: R, inter: 2, exact: ['NPA'], names: ["New People's Army"] },
  // ── Americas
  { id: 'co.eln', name: 'National Liberation Army (ELN)', kind: R, inter: 2, exact: ['ELN'], names: ['National Liberation Army', 'Ejército de Liberación Nacional', 'Nationaal Bevrijdingsleger', 'Nationale Befreiungsarmee'], aliases: ['ELN: National Liberation Army', 'ELN'] },
  { id: 'co.farcd', name: 'FARC Dissidents', kind: R, inter: 2, names: ['FARC dissidents', 'FARC-dissidenten', 'FARC-Dissidenten', 'Central General Staff', 'Estado Mayor Central', 'Segunda Marquetalia'], exact: ['EMC', 'FARC'] },
  { id: 'co.clan', name: 'Gulf Clan', kind: PM, inter: 3, exact: ['EGC', 'AGC'], names: ['Clan del Golfo', 'Gulf Clan', 'Golfclan', 'Golf-Clan', 'Gaitanista Self-Defense Forces of Colombia'] },
  { id: 'ht.vivansanm', name: 'Viv Ansanm', kind: PM, inter: 3, names: ['Viv Ansanm', 'G9 an Fanmi', 'G9', '400 Mawozo'] },
  { id: 'mx.cjng', name: 'Jalisco New Generation Cartel', kind: PM, inter: 3, exact: ['CJNG'], names: ['Jalisco New Generation Cartel', 'Cártel de Jalisco Nueva Generación', 'Jalisco-kartel', 'Jalisco-Kartell'] },
  { id: 'mx.sinaloa', name: 'Sinaloa Cartel', kind: PM, inter: 3, names: ['Sinaloa Cartel', 'Sinaloa-kartel', 'Sinaloa-Kartell', 'Cártel de Sinaloa'] },
  // ── International organisations
  { id: 'un', name: 'United Nations', kind: ORG, inter: 8, exact: ['UN', 'VN', 'UNO'], names: ['United Nations', 'Verenigde Naties', 'Vereinte Nationen'] },
  { id: 'un.investigators', name: 'UN investigators', kind: ORG, names: ['UN investigators', 'VN-onderzoekers', 'UN-Ermittler'] },
  { id: 'un.ocha', name: 'UN Office for the Coordination of Humanitarian Affairs', kind: ORG, exact: ['OCHA'], names: ['Office for the Coordination of Humanitarian Affairs', 'UN humanitarian office', 'UN-Nothilfebüro'] },
  { id: 'un.unhcr', name: 'UN High Commissioner for Refugees', kind: ORG, exact: ['UNHCR'], names: ['UN refugee agency', 'VN-vluchtelingenorganisatie', 'UN-Flüchtlingshilfswerk'] },
  { id: 'un.ohchr', name: 'UN Human Rights Office', kind: ORG, exact: ['OHCHR', 'HRMMU'], names: ['UN human rights office', 'UN Human Rights Monitoring Mission', 'VN-mensenrechtenbureau', 'UN-Menschenrechtsbüro'] },
  { id: 'un.unicef', name: 'UNICEF', kind: ORG, exact: ['UNICEF', 'Unicef'] },
  { id: 'un.wfp', name: 'World Food Programme', kind: ORG, exact: ['WFP'], names: ['World Food Programme', 'Wereldvoedselprogramma', 'Welternährungsprogramm'] },
  { id: 'who', name: 'World Health Organization', kind: ORG, exact: ['WHO', 'WGO'], names: ['World Health Organization', 'Wereldgezondheidsorganisatie', 'Weltgesundheitsorganisation'] },
  { id: 'un.monusco', name: 'MONUSCO', kind: EF, inter: 8, exact: ['MONUSCO', 'Monusco'], aliases: ['MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo'] },
  { id: 'un.minusca', name: 'MINUSCA', kind: EF, inter: 8, exact: ['MINUSCA', 'Minusca'], aliases: ['MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic'] },
  { id: 'un.minusma', name: 'MINUSMA', kind: EF, inter: 8, exact: ['MINUSMA', 'Minusma'], aliases: ['MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali'] },
  { id: 'un.unmiss', name: 'UNMISS', kind: EF, inter: 8, exact: ['UNMISS'], aliases: ['UNMISS: United Nations Mission in South Sudan'] },
  { id: 'un.unifil', name: 'UNIFIL', kind: EF, inter: 8, exact: ['UNIFIL', 'Unifil'], names: ['United Nations Interim Force in Lebanon'], aliases: ['UNIFIL: United Nations Interim Force in Lebanon'] },
  { id: 'iaea', name: 'International Atomic Energy Agency', kind: ORG, exact: ['IAEA', 'IAEO'], names: ['International Atomic Energy Agency', 'Internationaal Atoomenergieagentschap', 'Internationale Atomenergiebehörde'] },
  { id: 'icrc', name: 'International Committee of the Red Cross', kind: ORG, exact: ['ICRC', 'IKRK', 'ICRK'], names: ['International Committee of the Red Cross', 'Internationale Comité van het Rode Kruis', 'Internationaal Comité van het Rode Kruis', 'Internationale Komitee vom Roten Kreuz', 'Internationales Komitee vom Roten Kreuz', 'Red Cross', 'Rode Kruis', 'Roten Kreuz', 'Rote Kreuz'] },
  { id: 'msf', name: 'Doctors Without Borders', kind: ORG, exact: ['MSF'], names: ['Doctors Without Borders', 'Médecins Sans Frontières', 'Artsen zonder Grenzen', 'Ärzte ohne Grenzen'] },
  { id: 'nato', name: 'NATO', kind: ORG, exact: ['NATO', 'NAVO', 'Nato', 'Navo'] },
  { id: 'eu', name: 'European Union', kind: ORG, exact: ['EU'], names: ['European Union', 'Europese Unie', 'Europäische Union'], metonyms: ['Brussels', 'Brussel', 'Brüssel'] },
  { id: 'au', name: 'African Union', kind: ORG, exact: ['AU'], names: ['African Union', 'Afrikaanse Unie', 'Afrikanische Union'] },
  { id: 'ecowas', name: 'ECOWAS', kind: ORG, exact: ['ECOWAS', 'Ecowas', 'CEDEAO'] },
  { id: 'osce', name: 'OSCE', kind: ORG, exact: ['OSCE', 'OVSE', 'OSZE'] },
  { id: 'icc', name: 'International Criminal Court', kind: ORG, exact: ['ICC', 'IStGH'], names: ['International Criminal Court', 'Internationaal Strafhof', 'Internationale Strafgerichtshof', 'Internationaler Strafgerichtshof'] },
  // ── NGOs, monitors, think tanks
  { id: 'isw', name: 'Institute for the Study of War', kind: ORG, exact: ['ISW'], names: ['Institute for the Study of War'] },
  { id: 'acled', name: 'ACLED', kind: ORG, exact: ['ACLED'], names: ['Armed Conflict Location & Event Data Project', 'Armed Conflict Location and Event Data'] },
  { id: 'amnesty', name: 'Amnesty International', kind: ORG, names: ['Amnesty International', 'Amnesty'] },
  { id: 'hrw', name: 'Human Rights Watch', kind: ORG, exact: ['HRW'], names: ['Human Rights Watch'] },
  { id: 'viasna', name: 'Viasna', kind: ORG, names: ['Viasna', 'Wjasna', 'Vjasna'] },
  { id: 'memorial', name: 'Memorial', kind: ORG, exact: ['Memorial'] },
  { id: 'ovdinfo', name: 'OVD-Info', kind: ORG, exact: ['OVD-Info', 'OVD Info'] },
  { id: 'sd.err', name: 'Emergency Response Room', kind: ORG, names: ['Emergency Response Room', 'Emergency Response Rooms', 'Noodhulpkamer', 'Nothilfezentrale'] },
  { id: 'sd.doctors', name: 'Sudan Doctors Network', kind: ORG, names: ['Sudan Doctors Network', 'Sudanese Doctors Network', 'Soedanese Artsennetwerk', 'Sudanesisches Ärztenetzwerk'] },
  { id: 'sd.doctorsunion', name: 'Sudan Doctors Syndicate', kind: ORG, names: ['Sudan Doctors Syndicate', 'Central Committee of Sudan Doctors', 'Sudan Doctors Union'] },
  { id: 'sohr', name: 'Syrian Observatory for Human Rights', kind: ORG, exact: ['SOHR'], names: ['Syrian Observatory for Human Rights', 'Syrisch Observatorium voor de Mensenrechten', 'Syrische Beobachtungsstelle für Menschenrechte'] },
  { id: 'airwars', name: 'Airwars', kind: ORG, exact: ['Airwars'] },
  { id: 'bellingcat', name: 'Bellingcat', kind: ORG, exact: ['Bellingcat'] },
  { id: 'crisisgroup', name: 'International Crisis Group', kind: ORG, names: ['International Crisis Group', 'Crisis Group'] },
  { id: 'ge.ombudsman', name: 'Public Defender of Georgia', kind: GOV, country: 'GE', names: ['Public Defender of Georgia', "Georgia's Public Defender", 'Georgian Public Defender'], exact: ['Public Defender'] },
  { id: 'ge.dream', name: 'Georgian Dream', kind: 'political party', country: 'GE', names: ['Georgian Dream', 'Georgische Droom', 'Georgischer Traum'] },
  // ── media and news agencies
  { id: 'm.reuters', name: 'Reuters', kind: MEDIA, exact: ['Reuters'] },
  { id: 'm.afp', name: 'AFP', kind: MEDIA, exact: ['AFP'], names: ['Agence France-Presse'] },
  { id: 'm.ap', name: 'Associated Press', kind: MEDIA, exact: ['AP'], names: ['Associated Press'] },
  { id: 'm.dpa', name: 'dpa', kind: MEDIA, exact: ['dpa', 'DPA'] },
  { id: 'm.anp', name: 'ANP', kind: MEDIA, exact: ['ANP'] },
  { id: 'm.bbc', name: 'BBC', kind: MEDIA, exact: ['BBC'] },
  { id: 'm.aljazeera', name: 'Al Jazeera', kind: MEDIA, names: ['Al Jazeera', 'Al-Jazeera', 'Al Dschasira'] },
  { id: 'm.tass', name: 'TASS', kind: MEDIA, exact: ['TASS', 'Tass'] },
  { id: 'm.ria', name: 'RIA Novosti', kind: MEDIA, names: ['RIA Novosti', 'RIA Nowosti'], exact: ['RIA'] },
  { id: 'm.interfax', name: 'Interfax', kind: MEDIA, exact: ['Interfax'] },
  { id: 'm.ukrinform', name: 'Ukrinform', kind: MEDIA, exact: ['Ukrinform'] },
  { id: 'm.upravda', name: 'Ukrainska Pravda', kind: MEDIA, names: ['Ukrainska Pravda', 'Oekraïnska Pravda'] },
  { id: 'm.kyivindependent', name: 'Kyiv Independent', kind: MEDIA, names: ['Kyiv Independent'] },
  { id: 'm.meduza', name: 'Meduza', kind: MEDIA, exact: ['Meduza'] },
  { id: 'm.mediazona', name: 'Mediazona', kind: MEDIA, exact: ['Mediazona', 'Mediazone'] },
  { id: 'm.baza', name: 'Baza', kind: MEDIA, exact: ['Baza'] },
  { id: 'm.kurskpravda', name: 'Kurskaya Pravda', kind: MEDIA, names: ['Kurskaya Pravda', 'Koerskaja Pravda', 'Kurskaja Prawda'] },
  { id: 'm.myanmarnow', name: 'Myanmar Now', kind: MEDIA, exact: ['Myanmar Now'] },
  { id: 'm.irrawaddy', name: 'The Irrawaddy', kind: MEDIA, exact: ['Irrawaddy'] },
  { id: 'm.gnlm', name: 'Global New Light of Myanmar', kind: MEDIA, names: ['Global New Light of Myanmar'] },
  { id: 'm.rfa', name: 'Radio Free Asia', kind: MEDIA, exact: ['RFA'], names: ['Radio Free Asia'] },
  { id: 'm.rfi', name: 'Radio France Internationale', kind: MEDIA, exact: ['RFI'], names: ['Radio France Internationale'] },
  { id: 'm.radiookapi', name: 'Radio Okapi', kind: MEDIA, names: ['Radio Okapi'] },
  // ── people (canonical English romanisation; per-language spellings as names)
  { id: 'p.putin', name: 'Vladimir Putin', kind: P, country: 'RU', role: 'president of Russia', exact: ['Putin', 'Poetin', 'Vladimir Putin', 'Vladimir Poetin', 'Wladimir Putin'] },
  { id: 'p.zelensky', name: 'Volodymyr Zelensky', kind: P, country: 'UA', role: 'president of Ukraine', exact: ['Zelensky', 'Zelenskyy', 'Zelenski', 'Zelenskyj', 'Selenskyj', 'Selenskij', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenski', 'Wolodymyr Selenskyj'] },
  { id: 'p.lukashenko', name: 'Alexander Lukashenko', kind: P, country: 'BY', role: 'president of Belarus', exact: ['Lukashenko', 'Loekasjenko', 'Lukaschenko', 'Alexander Lukashenko', 'Aleksandr Loekasjenko', 'Alexander Lukaschenko', 'Aljaksandr Lukaschenka'] },
  { id: 'p.peskov', name: 'Dmitry Peskov', kind: P, country: 'RU', role: 'Kremlin spokesperson', exact: ['Peskov', 'Peskow', 'Dmitry Peskov', 'Dmitri Peskov', 'Dmitri Peskow', 'Dmitrij Peskow'] },
  { id: 'p.lavrov', name: 'Sergei Lavrov', kind: P, country: 'RU', role: 'foreign minister of Russia', exact: ['Lavrov', 'Lawrow', 'Sergei Lavrov', 'Sergej Lavrov', 'Sergej Lawrow'] },
  { id: 'p.shoigu', name: 'Sergei Shoigu', kind: P, country: 'RU', exact: ['Shoigu', 'Sjojgoe', 'Schoigu', 'Sergei Shoigu', 'Sergej Sjojgoe', 'Sergej Schoigu'] },
  { id: 'p.belousov', name: 'Andrei Belousov', kind: P, country: 'RU', role: 'defence minister of Russia', exact: ['Belousov', 'Beloesov', 'Beloussow', 'Andrei Belousov', 'Andrej Beloesov', 'Andrej Beloussow'] },
  { id: 'p.gerasimov', name: 'Valery Gerasimov', kind: P, country: 'RU', role: 'chief of the general staff of Russia', exact: ['Gerasimov', 'Gerassimow', 'Valery Gerasimov', 'Valeri Gerasimov', 'Waleri Gerassimow'] },
  { id: 'p.zakharova', name: 'Maria Zakharova', kind: P, country: 'RU', role: 'spokesperson of the Russian foreign ministry', exact: ['Zakharova', 'Zacharova', 'Sacharowa', 'Maria Zakharova', 'Maria Zacharova', 'Maria Sacharowa'] },
  { id: 'p.kadyrov', name: 'Ramzan Kadyrov', kind: P, country: 'RU', role: 'head of Chechnya', exact: ['Kadyrov', 'Kadyrow', 'Ramzan Kadyrov', 'Ramsan Kadyrow'] },
  { id: 'p.prigozhin', name: 'Yevgeny Prigozhin', kind: P, country: 'RU', exact: ['Prigozhin', 'Prigozjin', 'Prigoschin', 'Yevgeny Prigozhin', 'Jevgeni Prigozjin', 'Jewgeni Prigoschin'] },
  { id: 'p.gladkov', name: 'Vyacheslav Gladkov', kind: P, country: 'RU', role: 'governor of Belgorod Oblast', aliases: ['Governor of Belgorod Oblast'], exact: ['Gladkov', 'Gladkow', 'Vyacheslav Gladkov', 'Vjatsjeslav Gladkov', 'Wjatscheslaw Gladkow'] },
  { id: 'p.syrskyi', name: 'Oleksandr Syrskyi', kind: P, country: 'UA', role: 'commander-in-chief of the Armed Forces of Ukraine', exact: ['Syrskyi', 'Syrsky', 'Syrskyj', 'Syrskyj', 'Oleksandr Syrskyi', 'Oleksandr Syrskyj'] },
  { id: 'p.budanov', name: 'Kyrylo Budanov', kind: P, country: 'UA', role: 'head of Defence Intelligence of Ukraine', exact: ['Budanov', 'Boedanov', 'Budanow', 'Kyrylo Budanov', 'Kyrylo Boedanov', 'Kyrylo Budanow'] },
  { id: 'p.zaluzhnyi', name: 'Valerii Zaluzhnyi', kind: P, country: 'UA', exact: ['Zaluzhnyi', 'Zaloezjny', 'Saluschnyj', 'Valerii Zaluzhnyi'] },
  { id: 'p.umerov', name: 'Rustem Umerov', kind: P, country: 'UA', role: 'defence minister of Ukraine', exact: ['Umerov', 'Oemerov', 'Umjerow', 'Rustem Umerov', 'Rustem Oemerov'] },
  { id: 'p.sybiha', name: 'Andrii Sybiha', kind: P, country: 'UA', role: 'foreign minister of Ukraine', exact: ['Sybiha', 'Sybiga', 'Andrii Sybiha'] },
  { id: 'p.klitschko', name: 'Vitali Klitschko', kind: P, country: 'UA', role: 'mayor of Kyiv', aliases: ['Mayor of Kyiv'], exact: ['Klitschko', 'Klitsjko', 'Vitali Klitschko', 'Vitali Klitsjko', 'Witali Klitschko'] },
  { id: 'p.terekhov', name: 'Ihor Terekhov', kind: P, country: 'UA', role: 'mayor of Kharkiv', aliases: ['Mayor of Kharkiv'], exact: ['Terekhov', 'Terechov', 'Terechow', 'Ihor Terekhov', 'Ihor Terechov', 'Ihor Terechow'] },
  { id: 'p.syniehubov', name: 'Oleh Syniehubov', kind: P, country: 'UA', role: 'governor of Kharkiv Oblast', aliases: ['Governor of Kharkiv Oblast'], exact: ['Syniehubov', 'Synjehoebov', 'Synjehubow', 'Oleh Syniehubov', 'Oleh Synjehoebov', 'Oleh Synjehubow'] },
  { id: 'p.netanyahu', name: 'Benjamin Netanyahu', kind: P, country: 'IL', role: 'prime minister of Israel', exact: ['Netanyahu', 'Netanjahoe', 'Netanjahu', 'Benjamin Netanyahu', 'Benjamin Netanjahoe', 'Benjamin Netanjahu'] },
  { id: 'p.erdogan', name: 'Recep Tayyip Erdogan', kind: P, country: 'TR', role: 'president of Turkey', exact: ['Erdogan', 'Erdoğan', 'Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan'] },
  { id: 'p.trump', name: 'Donald Trump', kind: P, country: 'US', exact: ['Trump', 'Donald Trump'] },
  { id: 'p.biden', name: 'Joe Biden', kind: P, country: 'US', exact: ['Biden', 'Joe Biden'] },
  { id: 'p.burhan', name: 'Abdel Fattah al-Burhan', kind: P, country: 'SD', role: 'head of the Sudanese army', exact: ['Burhan', 'al-Burhan', 'Abdel Fattah al-Burhan', 'Abdel Fattah al-Boerhan', 'al-Boerhan'] },
  { id: 'p.hemedti', name: 'Mohamed Hamdan Dagalo', kind: P, country: 'SD', role: 'leader of the Rapid Support Forces', exact: ['Hemedti', 'Hemeti', 'Dagalo', 'Mohamed Hamdan Dagalo'] },
  { id: 'p.tshisekedi', name: 'Felix Tshisekedi', kind: P, country: 'CD', role: 'president of the Democratic Republic of Congo', exact: ['Tshisekedi', 'Félix Tshisekedi', 'Felix Tshisekedi'] },
  { id: 'p.kagame', name: 'Paul Kagame', kind: P, country: 'RW', role: 'president of Rwanda', exact: ['Kagame', 'Paul Kagame'] },
  { id: 'p.goita', name: 'Assimi Goita', kind: P, country: 'ML', role: 'head of the junta of Mali', exact: ['Goita', 'Goïta', 'Assimi Goita', 'Assimi Goïta'] },
  { id: 'p.traore', name: 'Ibrahim Traore', kind: P, country: 'BF', role: 'head of the junta of Burkina Faso', exact: ['Ibrahim Traoré', 'Ibrahim Traore'] },
  { id: 'p.tchiani', name: 'Abdourahamane Tchiani', kind: P, country: 'NE', role: 'head of the junta of Niger', exact: ['Tchiani', 'Abdourahamane Tchiani'] },
  { id: 'p.minaunghlaing', name: 'Min Aung Hlaing', kind: P, country: 'MM', role: 'head of the junta of Myanmar', exact: ['Min Aung Hlaing'] },
  { id: 'p.kobakhidze', name: 'Irakli Kobakhidze', kind: P, country: 'GE', role: 'prime minister of Georgia', exact: ['Kobakhidze', 'Kobachidze', 'Kobachidse', 'Irakli Kobakhidze', 'Irakli Kobachidze', 'Irakli Kobachidse'] },
  { id: 'p.ivanishvili', name: 'Bidzina Ivanishvili', kind: P, country: 'GE', exact: ['Ivanishvili', 'Ivanisjvili', 'Iwanischwili', 'Bidzina Ivanishvili', 'Bidzina Ivanisjvili', 'Bidsina Iwanischwili'] },
  { id: 'p.tsikhanouskaya', name: 'Sviatlana Tsikhanouskaya', kind: P, country: 'BY', role: 'Belarusian opposition leader', exact: ['Tsikhanouskaya', 'Tichanovskaja', 'Tichanowskaja', 'Sviatlana Tsikhanouskaya', 'Svetlana Tichanovskaja', 'Swetlana Tichanowskaja'] },
  { id: 'p.guterres', name: 'Antonio Guterres', kind: P, role: 'UN secretary-general', exact: ['Guterres', 'António Guterres', 'Antonio Guterres'] },
  { id: 'p.grossi', name: 'Rafael Grossi', kind: P, role: 'director general of the IAEA', exact: ['Grossi', 'Rafael Grossi'] },
  { id: 'p.nasrallah', name: 'Hassan Nasrallah', kind: P, country: 'LB', exact: ['Nasrallah', 'Hassan Nasrallah'] },
];

/**
 * The regional branch that "Islamic State" stands for in an article about a country where one operates
 * (ACLED codes the branch): home country → dictionary id.
 */
export const IS_BRANCH_BY_COUNTRY: Readonly<Record<string, string>> = {
  SO: 'is.so', NG: 'is.wa', TD: 'is.wa', CM: 'is.wa', NE: 'is.sahel', ML: 'is.sahel', BF: 'is.sahel', MZ: 'mz.is', AF: 'is.k', PK: 'is.k',
};

/**
 * Generic or umbrella actors that stand for one group in an article about a given country:
 * found key → home country → dictionary id ("resistance forces" in Myanmar are the People's Defence Force).
 */
export const CONTEXT_ACTORS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'dict:is': IS_BRANCH_BY_COUNTRY,
  'generic:resistance forces': { MM: 'mm.pdf' },
};
