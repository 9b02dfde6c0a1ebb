// Words that name the person a case is about, in the region's languages. Stems end in \p{L}* where the word inflects.

/** The English case words: English puts an article before them, so one that begins a sentence often begins a title. */
export const ENGLISH_CASE_WORD =
  /^(?:victims?|survivors?|girls?|boys?|wom[ae]n|man|clients?|minors?|child(?:ren)?|teenagers?|daughters?|sons?|beneficiar(?:y|ies))$/iu;

/** Languages that capitalise every noun: a capitalised word after a case word there is often just a noun. */
export const NOUN_CAPITALISING_CASE_WORDS =
  /^(?:opfer\p{L}*|betroffene\p{L}*|mädchen|junge[n]?|klientin(?:nen)?|minderjährige\p{L}*|jugendliche\p{L}*|geschädigte\p{L}*|mann|kind)$/iu;

export const CASE_WORDS = [
  // English
  'victims?',
  'survivors?',
  'girls?',
  'boys?',
  'wom[ae]n',
  '(?<=\\b(?:the|a|this|that|young)\\s)man',
  'clients?',
  'minors?',
  'child(?:ren)?',
  'teenagers?',
  'daughters?',
  'sons?',
  'beneficiar(?:y|ies)',
  // Latvian
  'cietuš\\p{L}*',
  'cietusī\\p{L}*',
  'upur\\p{L}*',
  'meiten\\p{L}*',
  'puis\\p{L}*',
  'sieviet\\p{L}*',
  'vīriet\\p{L}*',
  'klient\\p{L}*',
  'nepilngadīg\\p{L}*',
  'bērn\\p{L}*',
  'zēn\\p{L}*',
  // Polish
  'ofiar\\p{L}*',
  'pokrzywdzon\\p{L}*',
  'poszkodowan\\p{L}*',
  'dziewczyn\\p{L}*',
  'chłop\\p{L}*',
  'kobiet\\p{L}*',
  'mężczyzn\\p{L}*',
  'małoletn\\p{L}*',
  'dzieck\\p{L}*',
  'dzieci',
  'nastolat\\p{L}*',
  // Estonian
  'ohv(?:er|ri)\\p{L}*',
  'kannatanu\\p{L}*',
  'tüdruk\\p{L}*',
  'poiss',
  'naine',
  'alaealine',
  'mees',
  'laps\\p{L}*',
  // Lithuanian
  'auk(?:a|os|ai|ą|ų)',
  'nukentėj\\p{L}*',
  'mergait\\p{L}*',
  'mergin\\p{L}*',
  'vaikin\\p{L}*',
  'berniuk\\p{L}*',
  'moter\\p{L}*',
  'nepilnamet\\p{L}*',
  'vyr(?:as|ui|ą)',
  'vaik\\p{L}*',
  // Finnish
  'uhri\\p{L}*',
  'asiak(?:as|k)\\p{L}*',
  'tyt[tö]\\p{L}*',
  'poja\\p{L}*',
  'nais\\p{L}*',
  'mie[hs]\\p{L}*',
  'poika',
  'nainen',
  'alaikäi\\p{L}*',
  'asianomistaja\\p{L}*',
  // Swedish, Norwegian, Danish
  'offer(?:et)?',
  'offr(?:et|en|ens)',
  'ofre(?:ne)?',
  'brottsoff(?:er|r)\\p{L}*',
  'målsägande\\p{L}*',
  'fornærmede',
  'forurettede',
  'flick(?:a|an)',
  'jent(?:e|a)',
  'pige(?:n)?',
  'pojke(?:n)?',
  'gutt(?:en)?',
  'dreng(?:en)?',
  'kvinn(?:a|an|e|en)',
  'kvinde(?:n)?',
  'mannen',
  'manden',
  'klienten',
  'barn(?:et|en)?',
  'minderårig\\p{L}*',
  'mindreårig\\p{L}*',
  // German
  'opfer\\p{L}*',
  'betroffene\\p{L}*',
  'geschädigte\\p{L}*',
  'mädchen',
  'junge[n]?',
  'minderjährige\\p{L}*',
  'jugendliche\\p{L}*',
  // Russian
  'жертв\\p{L}*',
  'потерпевш\\p{L}*',
  'пострадавш\\p{L}*',
  'девушк\\p{L}*',
  'девочк\\p{L}*',
  'мальчик\\p{L}*',
  'женщин\\p{L}*',
  'мужчин\\p{L}*',
  'клиент\\p{L}*',
  'несовершеннолетн\\p{L}*',
  'ребён\\p{L}*',
  'ребен\\p{L}*',
].join('|');

/** "The victim is Anna", "ofiarą jest Anna", "жертва — это Анна": a verb for being before the name. */
export const COPULAS = String.raw`(?:is|was|jest|była|był|ir|bija|on|oli|är|var|er|ist|war|yra|buvo|это)`;

/** Words that may stand between a case word and the name: "the victim, named Anna", "the victim's name is Anna". */
export const NAMING_WORDS = String.raw`(?:named|called|who\s+is\s+called|som\s+he(?:ter|tte|dder)|kuru\s+sauc|kurš\s+saucas|котор\p{L}+\s+зовут|nimeltään|known\s+as|(?:whose\s+)?name(?:\s+(?:is|was)|:)|vārdā|vārds\s+ir|o\s+imieniu|ma\s+na\s+imię|nazywa\s+się|nimeltä|nimi\s+on|vid\s+namn|heter|ved\s+navn|hedder|namens|heißt|по\s+имени|зовут|nimega|nimi\s+on|vardu|vardas)`;

/** Courtesy titles that may stand before the name: "the client, Mrs Anna K.". */
export const TITLES = String.raw`(?:Mr|Mrs|Ms|Miss|Frau|Herr|Pani|Pan|Fru|Hr|Fr|Rouva|Herra|Kundze|Kungs|Proua|Härra|Ponia|Ponas|Госпожа|Господин)\.?`;

/** Words that join a second name to the first: "the girls Anna and Maria". */
export const AND_WORDS = String.raw`(?:and|und|un|i|ir|ja|och|og|и|oraz|&)`;
