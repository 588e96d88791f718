/**
 * Canonical country data for actor names (language-independent): the country
 * name as ACLED spells it in actor names ("Military Forces of the Democratic
 * Republic of Congo"), the English adjective used in canonical names ("Ukrainian
 * Air Force"), and capitals in their international spelling (per-language
 * exonyms such as "Moskou", "Kiew" live in the packs).
 *
 * Row format: ISO alpha-2 | ACLED name (a leading "the " is kept in actor names) | English adjective | capitals (comma-separated)
 * Countries not listed fall back to i18n-iso-countries' English short name.
 */
const ROWS = `
AF|Afghanistan|Afghan|Kabul
AL|Albania|Albanian|Tirana
DZ|Algeria|Algerian|Algiers
AO|Angola|Angolan|Luanda
AR|Argentina|Argentine|Buenos Aires
AM|Armenia|Armenian|Yerevan
AU|Australia|Australian|Canberra
AT|Austria|Austrian|Vienna
AZ|Azerbaijan|Azerbaijani|Baku
BH|Bahrain|Bahraini|Manama
BD|Bangladesh|Bangladeshi|Dhaka
BY|Belarus|Belarusian|Minsk
BE|Belgium|Belgian|Brussels
BJ|Benin|Beninese|Porto-Novo,Cotonou
BO|Bolivia|Bolivian|La Paz,Sucre
BA|Bosnia and Herzegovina|Bosnian|Sarajevo
BW|Botswana|Botswanan|Gaborone
BR|Brazil|Brazilian|Brasilia,Brasília
BG|Bulgaria|Bulgarian|Sofia
BF|Burkina Faso|Burkinabe|Ouagadougou
BI|Burundi|Burundian|Gitega,Bujumbura
KH|Cambodia|Cambodian|Phnom Penh
CM|Cameroon|Cameroonian|Yaounde,Yaoundé
CA|Canada|Canadian|Ottawa
CF|the Central African Republic|Central African|Bangui
TD|Chad|Chadian|N'Djamena,Ndjamena
CL|Chile|Chilean|Santiago
CN|China|Chinese|Beijing
CO|Colombia|Colombian|Bogota,Bogotá
KM|Comoros|Comoran|Moroni
CD|the Democratic Republic of Congo|Congolese|Kinshasa
CG|the Republic of Congo|Congolese|Brazzaville
CR|Costa Rica|Costa Rican|San Jose
CI|Ivory Coast|Ivorian|Abidjan,Yamoussoukro
HR|Croatia|Croatian|Zagreb
CU|Cuba|Cuban|Havana
CY|Cyprus|Cypriot|Nicosia
CZ|Czech Republic|Czech|Prague
DK|Denmark|Danish|Copenhagen
DJ|Djibouti|Djiboutian|Djibouti
DO|the Dominican Republic|Dominican|Santo Domingo
EC|Ecuador|Ecuadorian|Quito
EG|Egypt|Egyptian|Cairo
SV|El Salvador|Salvadoran|San Salvador
GQ|Equatorial Guinea|Equatoguinean|Malabo
ER|Eritrea|Eritrean|Asmara
EE|Estonia|Estonian|Tallinn
SZ|eSwatini|Swazi|Mbabane
ET|Ethiopia|Ethiopian|Addis Ababa
FI|Finland|Finnish|Helsinki
FR|France|French|Paris
GA|Gabon|Gabonese|Libreville
GM|Gambia|Gambian|Banjul
GE|Georgia|Georgian|Tbilisi
DE|Germany|German|Berlin
GH|Ghana|Ghanaian|Accra
GR|Greece|Greek|Athens
GT|Guatemala|Guatemalan|Guatemala City
GN|Guinea|Guinean|Conakry
GW|Guinea-Bissau|Bissau-Guinean|Bissau
HT|Haiti|Haitian|Port-au-Prince
HN|Honduras|Honduran|Tegucigalpa
HU|Hungary|Hungarian|Budapest
IN|India|Indian|New Delhi
ID|Indonesia|Indonesian|Jakarta
IR|Iran|Iranian|Tehran
IQ|Iraq|Iraqi|Baghdad
IE|Ireland|Irish|Dublin
IL|Israel|Israeli|Jerusalem
IT|Italy|Italian|Rome
JM|Jamaica|Jamaican|Kingston
JP|Japan|Japanese|Tokyo
JO|Jordan|Jordanian|Amman
KZ|Kazakhstan|Kazakh|Astana
KE|Kenya|Kenyan|Nairobi
XK|Kosovo|Kosovar|Pristina
KW|Kuwait|Kuwaiti|Kuwait City
KG|Kyrgyzstan|Kyrgyz|Bishkek
LA|Laos|Lao|Vientiane
LV|Latvia|Latvian|Riga
LB|Lebanon|Lebanese|Beirut
LS|Lesotho|Basotho|Maseru
LR|Liberia|Liberian|Monrovia
LY|Libya|Libyan|Tripoli
LT|Lithuania|Lithuanian|Vilnius
LU|Luxembourg|Luxembourgish|Luxembourg
MG|Madagascar|Malagasy|Antananarivo
MW|Malawi|Malawian|Lilongwe
MY|Malaysia|Malaysian|Kuala Lumpur
ML|Mali|Malian|Bamako
MR|Mauritania|Mauritanian|Nouakchott
MX|Mexico|Mexican|Mexico City
MD|Moldova|Moldovan|Chisinau,Chișinău
MN|Mongolia|Mongolian|Ulaanbaatar
ME|Montenegro|Montenegrin|Podgorica
MA|Morocco|Moroccan|Rabat
MZ|Mozambique|Mozambican|Maputo
MM|Myanmar|Myanmar|Naypyidaw,Naypyitaw,Nay Pyi Taw
NA|Namibia|Namibian|Windhoek
NP|Nepal|Nepali|Kathmandu
NL|the Netherlands|Dutch|Amsterdam,The Hague
NZ|New Zealand|New Zealand|Wellington
NI|Nicaragua|Nicaraguan|Managua
NE|Niger|Nigerien|Niamey
NG|Nigeria|Nigerian|Abuja
KP|North Korea|North Korean|Pyongyang
MK|North Macedonia|Macedonian|Skopje
NO|Norway|Norwegian|Oslo
OM|Oman|Omani|Muscat
PK|Pakistan|Pakistani|Islamabad
PS|Palestine|Palestinian|Ramallah
PA|Panama|Panamanian|Panama City
PG|Papua New Guinea|Papua New Guinean|Port Moresby
PY|Paraguay|Paraguayan|Asuncion
PE|Peru|Peruvian|Lima
PH|the Philippines|Philippine|Manila
PL|Poland|Polish|Warsaw
PT|Portugal|Portuguese|Lisbon
QA|Qatar|Qatari|Doha
RO|Romania|Romanian|Bucharest
RU|Russia|Russian|Moscow
RW|Rwanda|Rwandan|Kigali
SA|Saudi Arabia|Saudi|Riyadh
SN|Senegal|Senegalese|Dakar
RS|Serbia|Serbian|Belgrade
SL|Sierra Leone|Sierra Leonean|Freetown
SG|Singapore|Singaporean|Singapore
SK|Slovakia|Slovak|Bratislava
SI|Slovenia|Slovenian|Ljubljana
SO|Somalia|Somali|Mogadishu
ZA|South Africa|South African|Pretoria
KR|South Korea|South Korean|Seoul
SS|South Sudan|South Sudanese|Juba
ES|Spain|Spanish|Madrid
LK|Sri Lanka|Sri Lankan|Colombo
SD|Sudan|Sudanese|Khartoum,Port Sudan
SE|Sweden|Swedish|Stockholm
CH|Switzerland|Swiss|Bern
SY|Syria|Syrian|Damascus
TW|Taiwan|Taiwanese|Taipei
TJ|Tajikistan|Tajik|Dushanbe
TZ|Tanzania|Tanzanian|Dodoma
TH|Thailand|Thai|Bangkok
TL|East Timor|Timorese|Dili
TG|Togo|Togolese|Lome,Lomé
TN|Tunisia|Tunisian|Tunis
TR|Turkey|Turkish|Ankara
TM|Turkmenistan|Turkmen|Ashgabat
UG|Uganda|Ugandan|Kampala
UA|Ukraine|Ukrainian|Kyiv,Kiev
AE|the United Arab Emirates|Emirati|Abu Dhabi
GB|the United Kingdom|British|London
US|the United States|American|Washington
UY|Uruguay|Uruguayan|Montevideo
UZ|Uzbekistan|Uzbek|Tashkent
VE|Venezuela|Venezuelan|Caracas
VN|Vietnam|Vietnamese|Hanoi
YE|Yemen|Yemeni|Sanaa,Sana'a
ZM|Zambia|Zambian|Lusaka
ZW|Zimbabwe|Zimbabwean|Harare
`;

export interface CountryInfo {
  code: string;
  /** as used after "of" in actor names, with a leading "the " where ACLED writes it */
  acled: string;
  /** English adjective for names such as "Ukrainian Air Force" */
  adj: string;
  capitals: string[];
}

export const COUNTRIES: ReadonlyMap<string, CountryInfo> = new Map(
  ROWS.trim()
    .split('\n')
    .map((line) => {
      const [code = '', acled = '', adj = '', caps = ''] = line.split('|');
      return [code, { code, acled, adj, capitals: caps.split(',').filter(Boolean) }] as const;
    }),
);

/** ACLED-style country name for actor names; `fallback` (an English short name) for unlisted codes. */
export function acledCountry(code: string, fallback?: string): string {
  return COUNTRIES.get(code)?.acled ?? fallback ?? code;
}

/** The country name without a leading article ("the United States" → "United States"). */
export function bareCountry(code: string, fallback?: string): string {
  return acledCountry(code, fallback).replace(/^the /u, '');
}
