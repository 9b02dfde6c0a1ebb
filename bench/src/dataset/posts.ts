import type { Place } from './places.js';
import { Prng } from './prng.js';
import type { TableRows } from './tables.js';

/**
 * Forum content for S4: 200,000 posts in ~10,000 threads of forums in every visibility, written the way the
 * network writes: short professional messages in the region's languages (English most), naming places, services
 * and procedures, never a person. Everything derives from the seed, like the rest of the dataset.
 */
export const POST_COUNT = 200_000;

/** Words the bench searches for: one in a few dozen posts, one in a large share of them. */
export const RARE_WORDS = ['apostille', 'Sonderkommission', 'kinnisvaramaakler', 'wiretap', 'notariāts', 'Schengeninformation'];
export const COMMON_WORD = 'referral';

type Slots = { place: string; count: number; service: string; month: string };
type Sentence = (s: Slots) => string;

const SERVICES = ['shelter', 'legal counselling', 'interpretation', 'psychological support', 'case management', 'safe return'];
const MONTHS = ['January', 'March', 'May', 'September', 'October', 'November'];

const SENTENCES: Record<string, Sentence[]> = {
  en: [
    (s) => `We received a referral from the labour inspectorate in ${s.place} last week.`,
    (s) => `The ${s.service} team in ${s.place} can take ${s.count} more adults this month.`,
    () => `Has anyone used the national referral mechanism for a case of forced begging?`,
    (s) => `The prosecutor asked for a written assessment before the hearing in ${s.month}.`,
    (s) => `Our outreach workers visited ${s.count} construction sites around ${s.place}.`,
    () => `Please share the updated referral form; the old one still asks for the wrong consent.`,
    (s) => `Interpretation was arranged within ${s.count} hours thanks to the hotline.`,
    (s) => `The border guard flagged recruitment adverts that promise seasonal work in ${s.place}.`,
    (s) => `Training for frontline staff on victim identification starts in ${s.month}.`,
    () => `Thanks, this matches what we see with agencies that charge recruitment fees.`,
    (s) => `The municipality in ${s.place} agreed to fund ${s.service} until ${s.month}.`,
    () => `Could the coordinators compare how each country handles the reflection period?`,
    (s) => `A referral to ${s.service} took ${s.count} days; we should agree on a shorter path.`,
    (s) => `Child protection services joined the case conference in ${s.place}.`,
  ],
  lv: [
    (s) => `Saņēmām ${s.count} pieteikumus no sociālā dienesta ${s.place}.`,
    (s) => `Patversmē ir brīvas vietas līdz ${s.month} beigām.`,
    (s) => `Valsts darba inspekcija pārbaudīja būvobjektus pie ${s.place}.`,
    () => `Lūdzu, dalieties ar jauno nosūtīšanas veidlapu.`,
    (s) => `Cietušo identificēšanas apmācība notiks ${s.month}.`,
  ],
  lt: [
    (s) => `Gavome ${s.count} kreipimusi iš ${s.place} socialinių paslaugų centro.`,
    (s) => `Prieglobstis turi laisvų vietų iki ${s.month} pabaigos.`,
    (s) => `Darbo inspekcija patikrino statybvietes prie ${s.place}.`,
    () => `Prašome pasidalinti atnaujinta nukreipimo forma.`,
  ],
  et: [
    (s) => `Saime ${s.count} pöördumist ${s.place} sotsiaaltöötajatelt.`,
    (s) => `Varjupaigas on vabu kohti kuni ${s.month} lõpuni.`,
    (s) => `Tööinspektsioon kontrollis ehitusplatse ${s.place} lähedal.`,
    (s) => `Ohvrite tuvastamise koolitus algab ${s.month}.`,
  ],
  pl: [
    (s) => `Otrzymaliśmy ${s.count} zgłoszenia z ośrodka pomocy społecznej w ${s.place}.`,
    (s) => `Schronisko ma wolne miejsca do końca ${s.month}.`,
    (s) => `Państwowa Inspekcja Pracy skontrolowała budowy w okolicy ${s.place}.`,
    () => `Prokuratura poprosiła o pisemną ocenę przed rozprawą.`,
  ],
  fi: [
    (s) => `Saimme ${s.count} ohjausta ${s.place} sosiaalitoimesta.`,
    (s) => `Turvakodissa on vapaita paikkoja ${s.month} loppuun asti.`,
    (s) => `Työsuojelu tarkasti rakennustyömaita ${s.place} lähellä.`,
    () => `Ihmiskaupan uhrien auttamisjärjestelmä vastasi nopeasti.`,
  ],
  sv: [
    (s) => `Vi fick ${s.count} remisser från socialtjänsten i ${s.place}.`,
    (s) => `Skyddat boende har lediga platser till slutet av ${s.month}.`,
    (s) => `Arbetsmiljöverket inspekterade byggarbetsplatser nära ${s.place}.`,
    () => `Åklagaren begärde en skriftlig bedömning före förhandlingen.`,
  ],
  de: [
    (s) => `Wir haben ${s.count} Meldungen vom Sozialamt in ${s.place} erhalten.`,
    (s) => `Die Schutzunterkunft hat bis Ende ${s.month} freie Plätze.`,
    (s) => `Der Zoll hat Baustellen bei ${s.place} kontrolliert.`,
    () => `Die Staatsanwaltschaft bat vor der Verhandlung um eine schriftliche Einschätzung.`,
  ],
  da: [
    (s) => `Vi modtog ${s.count} henvisninger fra kommunen i ${s.place}.`,
    (s) => `Krisecentret har ledige pladser indtil udgangen af ${s.month}.`,
    (s) => `Arbejdstilsynet besøgte byggepladser nær ${s.place}.`,
  ],
  no: [
    (s) => `Vi fikk ${s.count} henvisninger fra NAV i ${s.place}.`,
    (s) => `Krisesenteret har ledige plasser ut ${s.month}.`,
    (s) => `Arbeidstilsynet kontrollerte byggeplasser ved ${s.place}.`,
  ],
  ru: [
    (s) => `Мы получили ${s.count} обращения из социальной службы ${s.place}.`,
    () => `В приюте есть свободные места до конца месяца.`,
    (s) => `Трудовая инспекция проверила стройки около ${s.place}.`,
  ],
};
const LANGUAGE_OF: Record<string, string> = { LV: 'lv', LT: 'lt', EE: 'et', PL: 'pl', FI: 'fi', SE: 'sv', DE: 'de', DK: 'da', NO: 'no' };
const RARE_SENTENCES: ((word: string) => string)[] = [
  (w) => `The embassy asked whether the documents need an ${w} before the court accepts them.`,
  (w) => `For the record, ${w} came up again in the case conference.`,
];
const TITLES: Sentence[] = [
  (s) => `Referral of a labour exploitation case in ${s.place}`,
  (s) => `Free places in ${s.service} before ${s.month}`,
  (s) => `Questions about ${s.service} for third-country nationals`,
  (s) => `Recruitment adverts targeting workers near ${s.place}`,
  (s) => `Case conference notes: ${s.place}`,
  (s) => `How long does ${s.service} take in your country?`,
];

interface Forum {
  id: string;
  countryCode: string | null;
  language: string;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Forums (regional and national, in every visibility), threads and posts, as table rows in foreign-key order. */
export function generateForumContent(seed: number, places: Place[]): TableRows[] {
  const prng = new Prng(seed ^ 0x5eed_f0a0);
  const countries = [...new Set(places.map((p) => p.countryCode))].toSorted();
  const forums: Forum[] = [];
  const forumRows: unknown[][] = [];
  const addForum = (countryCode: string | null, visibility: string, index: number) => {
    const id = prng.uuid();
    forums.push({ id, countryCode, language: (countryCode && LANGUAGE_OF[countryCode]) ?? 'en' });
    const level = countryCode ? 'NATIONAL' : 'REGIONAL';
    forumRows.push([
      id,
      `bench-${(countryCode ?? 'bsr').toLowerCase()}-${visibility.toLowerCase()}-${index}`,
      `Bench ${countryCode ?? 'BSR'} ${visibility}`,
      level,
      countryCode,
      visibility,
    ]);
  };
  ['PUBLIC', 'NETWORK', 'GROUP'].forEach((visibility, i) => addForum(null, visibility, i));
  for (const code of countries) ['PUBLIC', 'NETWORK', 'SCOPE', 'GROUP'].forEach((visibility, i) => addForum(code, visibility, i));

  const start = Date.UTC(2024, 0, 1);
  const threadRows: unknown[][] = [];
  const postRows: unknown[][] = [];
  while (postRows.length < POST_COUNT) {
    const forum = prng.pick(forums);
    const placesOf = places.filter((p) => p.countryCode === (forum.countryCode ?? p.countryCode));
    const slots = (): Slots => ({
      place: prng.pick(placesOf).name,
      count: prng.int(2, 40),
      service: prng.pick(SERVICES),
      month: prng.pick(MONTHS),
    });
    const threadId = prng.uuid();
    const posts = Math.min(prng.int(1, 39), POST_COUNT - postRows.length);
    const createdAt = start + prng.int(0, 700) * 86_400_000;
    let at = createdAt;
    for (let position = 1; position <= posts; position++) {
      at += prng.int(10, 3_000) * 60_000;
      const text = postText(prng, forum.language, slots);
      const html = `<p>${escapeHtml(text)}</p>`;
      postRows.push([prng.uuid(), threadId, position, text, html, html, text, new Date(at).toISOString()]);
    }
    threadRows.push([threadId, forum.id, prng.pick(TITLES)(slots()), new Date(createdAt).toISOString(), new Date(at).toISOString(), posts]);
  }
  return [
    { table: 'forum', columns: ['id', 'slug', 'title', 'level', 'country_code', 'visibility'], rows: forumRows },
    { table: 'thread', columns: ['id', 'forum_id', 'title', 'created_at', 'last_post_at', 'post_count'], rows: threadRows },
    {
      table: 'post',
      columns: ['id', 'thread_id', 'position', 'source', 'html', 'public_html', 'body_text', 'created_at'],
      rows: postRows,
    },
  ];
}

/** Two to five sentences, mostly in the forum's language, some in English (the network's common one). */
function postText(prng: Prng, language: string, slots: () => Slots): string {
  const sentences: string[] = [];
  const count = prng.int(2, 5);
  for (let i = 0; i < count; i++) {
    const own = language !== 'en' && prng.chance(0.6) ? language : 'en';
    sentences.push(prng.pick(SENTENCES[own] ?? SENTENCES['en']!)(slots()));
  }
  // About one post in 1,300 has a rare word: each of them is in a few dozen posts.
  if (prng.chance(1 / 1_300)) sentences.push(prng.pick(RARE_SENTENCES)(prng.pick(RARE_WORDS)));
  return sentences.join(' ');
}
