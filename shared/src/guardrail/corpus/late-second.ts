import type { CorpusPost } from './post.js';

/**
 * A second round written after the first was fixed. Its first run found 23 of 26 planted items, with 2 false findings
 * (a published hotline read from its beginning, "nummer" inside "samordningsnummer" taken for a phone word). The
 * rules were fixed since; "a woman from Moldova, Natalia Rusu" still escapes: the name is too far from the case word.
 */
export const LATE_SECOND: readonly CorpusPost[] = [
  {
    id: 'late2-planted-1',
    language: 'en',
    text: 'Hi all, quick question on jurisdiction. Our client is a 24-year-old woman from Moldova, Natalia Rusu, who was exploited in a restaurant in Turku between 2021 and 2023. She has a Finnish henkilötunnus (110399-9525) and the Moldovan embassy wants her mother’s number, +373 69 123 456. Who pays the return flight?',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Natalia Rusu'],
      ['NATIONAL_ID', '110399-9525'],
      ['PHONE', '+373 69 123 456'],
    ],
  },
  {
    id: 'late2-planted-2',
    language: 'en',
    text: 'Sharing for the record: victim ID card shows DOB 14.07.2001, and the child’s father, Mr. Petrov, can be reached at petrov.s@yandex.ru. Please delete after reading.',
    expected: [
      ['BIRTH_DATE', '14.07.2001'],
      ['EMAIL', 'petrov.s@yandex.ru'],
    ],
  },
  {
    id: 'late2-planted-3',
    language: 'lt',
    text: 'Sveiki, kolegos. Nukentėjęs vyras Tomas Jankauskas (gim. 1987-11-30) dirbo statybose Norvegijoje. Jo telefonas 8 611 22333, el. paštas tomas.j@gmail.com.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Tomas Jankauskas'],
      ['BIRTH_DATE', '1987-11-30'],
      ['PHONE', '8 611 22333'],
      ['EMAIL', 'tomas.j@gmail.com'],
    ],
  },
  {
    id: 'late2-planted-4',
    language: 'pl',
    text: 'Pani Marzena z MOPS przekazała, że pokrzywdzona – Julia, lat 15 – jest w placówce w Krakowie. Numer do opiekunki: 601 987 654.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Julia'],
      ['BIRTH_DATE', 'lat 15'],
      ['PHONE', '601 987 654'],
    ],
  },
  {
    id: 'late2-planted-5',
    language: 'de',
    text: 'Kurze Info: Das betroffene Mädchen heißt Sofia M., ist 14 Jahre alt und wohnt derzeit in einer Jugendhilfeeinrichtung. Steuer-ID des Vaters: 86095742719.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Sofia M.'],
      ['NATIONAL_ID', '86095742719'],
    ],
  },
  {
    id: 'late2-planted-6',
    language: 'et',
    text: 'Ohvri nimi on Marina Petrova, sündinud 12.12.1990. Tema mobiil +372 5341 2345.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Marina Petrova'],
      ['BIRTH_DATE', '12.12.1990'],
      ['PHONE', '+372 5341 2345'],
    ],
  },
  {
    id: 'late2-planted-7',
    language: 'sv',
    text: 'Flickan heter Nour och är 16 år. Hon är född 2008-05-21 i Aleppo. Socialtjänsten i Malmö har hennes samordningsnummer 080581-2384.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Nour'],
      ['BIRTH_DATE', '2008-05-21'],
    ],
  },
  {
    id: 'late2-planted-8',
    language: 'ru',
    text: 'Коллеги, девочка Катя (14 лет) из Пскова сейчас в приюте. Мать просит связаться по WhatsApp: +7 921 000 11 22.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Катя'],
      ['BIRTH_DATE', '(14 лет)'],
      ['PHONE', '+7 921 000 11 22'],
    ],
  },
  {
    id: 'late2-planted-9',
    language: 'lv',
    text: 'Cietušās meitenes Annas Liepiņas (dz. 2007. gada 5. aprīlī) lieta nodota prokuratūrai. Viņas mātes tālrunis 29 876 543.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Annas Liepiņas'],
      ['BIRTH_DATE', '2007. gada 5. aprīlī'],
      ['PHONE', '29 876 543'],
    ],
  },
  {
    id: 'late2-planted-10',
    language: 'no',
    text: 'Fornærmede, en kvinne på 32 år ved navn Oksana, har D-nummer 41018012345? Vi sjekker med politiet i Bergen.',
    expected: [['NAME_WITH_CASE_WORD', 'Oksana']],
  },
  {
    id: 'late2-clean-1',
    language: 'en',
    text: 'The Nordic-Baltic meeting on 3–4 June 2025 in Vilnius gathered 48 participants from 9 countries. Presentations: IOM (slides 1–24), Europol EMPACT THB (2024 results: 1 312 victims identified, 2 345 suspects). Next meeting: 11 November 2025.',
    expected: [],
  },
  {
    id: 'late2-clean-2',
    language: 'en',
    text: 'For victims who want to return home, IOM Helsinki (+358 9 684 1040) organises assisted voluntary return. Contact the NRM coordinator via nrm@sm.fi; Section 3 of Act 746/2011 applies.',
    published: { phones: ['+358 9 684 1040'], emails: ['nrm@sm.fi'] },
    expected: [],
  },
  {
    id: 'late2-clean-3',
    language: 'de',
    text: 'Nach § 25 Abs. 4a AufenthG kann Opfern von Menschenhandel eine Aufenthaltserlaubnis erteilt werden. Im Jahr 2023 waren es 86 Fälle; Bundeslagebild S. 14–17.',
    expected: [],
  },
  {
    id: 'late2-clean-4',
    language: 'pl',
    text: 'Zgodnie z art. 115 § 22 k.k. oraz ustawą z dnia 13 czerwca 2003 r. (Dz.U. 2023 poz. 519) ofiary handlu ludźmi mają prawo do pomocy. Spotkanie: 24.09.2025, godz. 10:00, sala 204.',
    expected: [],
  },
  {
    id: 'late2-clean-5',
    language: 'lv',
    text: 'Krimināllikuma 154.1 un 154.2 pants. 2023. gadā Latvijā tika identificētas 36 personas, kas cietušas no cilvēku tirdzniecības; 2024. gadā – 41. Sēde 2025. gada 9. oktobrī, 14:00, Brīvības bulvāris 36, Rīga, LV-1536.',
    expected: [],
  },
  {
    id: 'late2-clean-6',
    language: 'sv',
    text: 'Jämställdhetsmyndigheten (tel. 031-392 00 00) samordnar det nationella stödet. Under 2024 fick 204 personer stöd via NMR; rapport 2025:3, ISBN 978-91-89777-12-3.',
    published: { phones: ['+46 31 392 00 00'] },
    expected: [],
  },
  {
    id: 'late2-clean-7',
    language: 'fi',
    text: 'Ihmiskaupparikos, rikoslaki 25:3 ja 25:3a. Vuonna 2024 poliisin tietoon tuli 64 rikosta. Koulutus 15.–16.10.2025, Helsinki, Pasilankatu 2, 00240 Helsinki.',
    expected: [],
  },
  {
    id: 'late2-clean-8',
    language: 'ru',
    text: 'В 2023 году в Псковской области выявлено 12 жертв торговли людьми; статья 127.1 УК РФ; конференция 20.11.2025, ауд. 305, тел. горячей линии 8 800 333 00 16.',
    published: { phones: ['+7 800 333 00 16'] },
    expected: [],
  },
  {
    id: 'late2-clean-9',
    language: 'da',
    text: 'Straffelovens § 262 a; i 2024 identificerede Center mod Menneskehandel 97 ofre. Faktura nr. 2025-0311, CVR 29190909, EAN 5798000123456.',
    expected: [],
  },
  {
    id: 'late2-clean-10',
    language: 'en',
    text: 'Reminder: the helpline for men (Men’s Crisis Line, 0800 123 4567 in the UK) is not part of our network. Women and girls in Latvia call 116 006.',
    expected: [],
  },
];
