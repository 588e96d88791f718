/**
 * Names that are never places although GeoNames lists a place under the same
 * search key (mostly through foreign-language alternate names): armed groups,
 * alliances, media and weapon systems that conflict news names constantly.
 * Language-independent; matched case-insensitively as whole names. Pack
 * lexicons add their own metonyms ("Kremlin", "Witte Huis").
 */
export const NOT_PLACES: readonly string[] = [
  // armed groups and movements
  'Hamas',
  'Hezbollah',
  'Hizbollah',
  'Hisbollah',
  'Houthi',
  'Houthis',
  'Huthi',
  'Taliban',
  'Wagner',
  'Shabaab',
  'al-Shabaab',
  'Boko Haram',
  'Fatah',
  'Fano',
  'Akhmat',
  'Daesh',
  'ISIS',
  'ISIL',
  'JNIM',
  'CODECO',
  'Wazalendo',
  'Janjaweed',
  'Tatmadaw',
  // alliances and institutions
  'Nato',
  'NAVO',
  'Frontex',
  'Interpol',
  'Europol',
  'Ecowas',
  // weapons and platforms
  'Iskander',
  'Kinzhal',
  'Kalibr',
  'Shahed',
  'Geran',
  'Himars',
  'Bayraktar',
  'Patriot',
  'Taurus',
  'Google',
];
