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
sexual labour labor forced trafficking exploitation
hilfe schutz beratung unterstützung
`;

export const NOT_NAMES: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter(Boolean));

/** Noun endings (mostly German) that names seldom have. */
export const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|sion|tät|ismus|ment|nis|ität|ship|ness|ance|ence|ity)$/iu;
