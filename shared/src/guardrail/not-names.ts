// Capitalised words that follow case words in professional text without being anyone's name: organisations,
// laws, places, calendar words. Compared in lower case.
const WORDS = `
i a an the and or of in on at for to by with from is was are were as it this that these those he she they we you
her his their our my your who which when where after before during
support services service protection rights right directive assistance centre center fund helpline hotline shelter
unit office act law code programme program project network association foundation council commission
committee ministry police court prosecutor prosecution agency authority department board institute
strategy plan day week month year report guideline guidelines mechanism referral identification nrm
section article chapter paragraph part annex table figure point clause regulation convention protocol
europe european eu un unodc iom osce ilo unicef europol eurojust frontex nordic baltic
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
sweden norway denmark finland estonia latvia lithuania poland germany russia iceland ukraine belarus
romania bulgaria nigeria vietnam moldova
riga tallinn vilnius warsaw helsinki stockholm oslo copenhagen berlin hamburg gdansk kaunas tartu moscow
daugavpils liepaja klaipeda turku tampere espoo malmo gothenburg bergen aarhus kraków krakow wrocław poznań
english latvian polish estonian lithuanian finnish swedish norwegian danish german russian ukrainian
sexual labour labor forced trafficking exploitation human rights women children girls boys victims
region county municipality district city state province voivodeship parish novads apskritis maakond kommune kommun
kreis land oblast village town
interpol caritas la strada frontex facebook telegram whatsapp instagram tiktok tinder google microsoft teams zoom
hilfe schutz beratung unterstützung
not no yes all any each every new old young national international global regional local
against across beyond without within into over under about above below between through towards toward upon via vs
versus like unlike behind need needs first matter matters count speak deserve voice voices initiative alliance forum
platform coalition action campaign together safe free home hope
barnahus greta ngo council parliament ombudsman commissioner rapporteur government cabinet saeima sejm seimas
riigikogu eduskunta riksdag storting folketing bundestag duma christmas easter internet statistics
migrants migrant workers worker refugees refugee asylum seekers nationals citizens residents students youth adults
persons people men modern slavery guardian
outlook thunderbird gmail app apps portal software system version update slack skype viber messenger
`;

export const NOT_NAMES: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter(Boolean));

/**
 * Beginnings of the region's place and country names, and of the words for trafficking, in its languages: Baltic and
 * Finnic languages inflect them without a preposition ("cietušie Latvijā", "uhrit Suomessa", "aukos Lietuvoje"), and
 * titles capitalise them ("Ofiara Handlu Ludźmi"), so no list of whole words holds.
 */
const NOT_NAME_STEMS = `
latvij lietuv eest suom soom pols polij lenkij poola puola sverig zviedrij švedij szwec rootsi ruotsi norg norvēģ norvegij
norweg norra norja danm dānij danij taani tansk deutsch vācij vokiet niemc saksa tyskl krievij rusij rosj venemaa igaunij
estij eston viro łotw läti latvi liettu leedu island īslan ukrain baltkriev baltarus białoru valgeven vjetnam vietnam
rumān rumun rumeen nigēr nigeri europ eirop euroop rīg riga riia ryg tallin vilni vilnius varšav warszaw helsin stockh
oslo københ kopenh berlin kaun daugavpil liepāj tart pärn narv klaipėd gdańsk gdansk krak wrocław poznań turku tamper
espoo göteb malm bergen trondh aarhus odense hamburg münch turu jelgav latgal kurzem vidzem zemgal jūrmal ventspil
wietnam bułgar bulgar gruzi mołdaw moldov moldav kazach kazakh uzbek tadży tajik kirgiz kyrgyz filipin philipp
indij pakistan bangla nepal afgh syri sīrij syyri irak iraq turk türk eritr somal ethiop etiop sudan marok morocc
kolumb colomb venezu mongol polac polki venäj anglij inglis iiri hispaan itaal
handl ludź cilvēk tirdzniec prekyb žmon inimkaub ihmiskaup människoh menneskeh menschenh
росси латви литв эстон польш финлянд швец норвег дани герман украин белорус европ вьетнам узбек таджик киргиз молдав казах торгов людьми людей москв петерб калинингр псков рига таллин вильн
`
  .split(/\s+/u)
  .filter(Boolean);

/** Latvian, Lithuanian, Estonian and Finnish locatives: "Rīgā", "Vilniuje", "Inglismaal", "Oulussa" name places. */
const LOCATIVE_ENDING = /(?:[āēīū]|oje|ėje|yje|uje|maal|maale|maalt|ssa|ssä)$/u;

/** Whether a capitalised word is a place's name, or a topic word, in one of its inflected forms. */
export function isPlaceOrTopic(word: string): boolean {
  const lower = word.toLowerCase();
  return NOT_NAME_STEMS.some((stem) => lower.startsWith(stem));
}

export function hasLocativeEnding(word: string): boolean {
  return LOCATIVE_ENDING.test(word);
}

/** Noun endings (mostly German) and the endings of institutions ("…amet", "…myndigheten", "…tarnyba") that names never have. */
export const NOUN_ENDING =
  /(?:ung|heit|keit|schaft|tion|sion|tät|ismus|ment|ität|ship|ness|ance|ence|ity|amet|ameti|keskus|ministeerium\p{L}*|inspektsioon|teenistus|virasto|myndighet(?:en)?|verket|styrelsen|direktorat(?:et)?|etaten|dienests|inspekcija|tarnyba|polic(?:ija|ja|ie)|ministerstw\p{L}*|министерств\p{L}*|полици\p{L}*)$/iu;
