import type { CorpusPost } from './post.js';

/**
 * A third round written after the second was fixed. Its first run found 19 of 20 planted items with 1 false finding:
 * a name after an em dash ("Жертва — Анна"), and the beginning of a mistyped personnummer read as a Danish phone.
 */
export const LATE_THIRD: readonly CorpusPost[] = [
  {
    id: 'late3-planted-1',
    language: 'en',
    text: 'Can anyone help? A boy, Ahmad, aged 15, arrived alone at the Narva border crossing yesterday. His brother in Germany gave the number 0176 98765432.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ahmad'],
      ['BIRTH_DATE', 'aged 15'],
      ['PHONE', '0176 98765432'],
    ],
  },
  {
    id: 'late3-planted-2',
    language: 'lv',
    text: 'Klientei Olgai (42 g.) nepieciešama juridiskā palīdzība. Personas kods 150382-12341? Lūdzu, zvaniet man, nevis viņai.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Olgai'],
      ['BIRTH_DATE', '(42 g.)'],
    ],
  },
  {
    id: 'late3-planted-3',
    language: 'pl',
    text: 'Dziewczynka o imieniu Zuzanna, urodzona 2011-09-09, przebywa w pogotowiu opiekuńczym. Kontakt z ojcem: zuzia.tata@onet.pl.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Zuzanna'],
      ['BIRTH_DATE', '2011-09-09'],
      ['EMAIL', 'zuzia.tata@onet.pl'],
    ],
  },
  {
    id: 'late3-planted-4',
    language: 'fi',
    text: 'Uhrin, Jenni Korhosen, henkilötunnus on 250896-910A ja puhelinnumero +358 44 987 6543.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Jenni Korhosen'],
      ['PHONE', '+358 44 987 6543'],
    ],
  },
  {
    id: 'late3-planted-5',
    language: 'de',
    text: 'Der 17-jährige Jonas aus Leipzig ist Opfer von Arbeitsausbeutung. Seine Mutter: jonas.mama@web.de, Tel. 0341 1234567.',
    expected: [
      ['BIRTH_DATE', '17-jährige'],
      ['NAME_WITH_CASE_WORD', 'Jonas'],
      ['EMAIL', 'jonas.mama@web.de'],
      ['PHONE', '0341 1234567'],
    ],
  },
  {
    id: 'late3-planted-6',
    language: 'ru',
    text: 'Жертва — Анна Смирнова, 19 лет, паспорт изъят работодателем. СНИЛС 123-456-789 64.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Анна Смирнова'],
      ['BIRTH_DATE', '19 лет'],
      ['NATIONAL_ID', '123-456-789 64'],
    ],
  },
  {
    id: 'late3-planted-7',
    language: 'lt',
    text: 'Aukai Ievai Petraitytei 17 metų; ji gimusi 2008 m. sausio 3 d. Kaune.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ievai Petraitytei'],
      ['BIRTH_DATE', '17 metų'],
      ['BIRTH_DATE', '2008 m. sausio 3 d.'],
    ],
  },
  {
    id: 'late3-planted-8',
    language: 'sv',
    text: 'Pojken Elias, 13 år, bor nu hos en familjehemsfamilj i Umeå. Personnummer 20120304-1237? Inte verifierat.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Elias'],
      ['BIRTH_DATE', '13 år'],
    ],
  },
  {
    id: 'late3-clean-1',
    language: 'en',
    text: 'Summary of the 2024 statistics: 1,204 presumed victims in the BSR, of whom 312 were children; 58% were women. Data sources: national rapporteurs, Eurostat (2023), UNODC GLOTIP 2024 (p. 45–51).',
    expected: [],
  },
  {
    id: 'late3-clean-2',
    language: 'en',
    text: 'The training on 7 October 2025 (Tallinn, Suur-Ameerika 1, 10122) covers Sections 133 and 133¹ of the Penal Code. Register by 30.09.2025; fee EUR 120, invoice on request (VAT EE100123456).',
    expected: [],
  },
  {
    id: 'late3-clean-3',
    language: 'lv',
    text: 'Biedrība "Centrs MARTA" (reģ. Nr. 40008039439) aicina uz semināru 2025. gada 22. maijā. Informācija pa tālruni 67378539 vai marta@marta.lv.',
    published: { phones: ['+371 67378539'], emails: ['marta@marta.lv'] },
    expected: [],
  },
  {
    id: 'late3-clean-4',
    language: 'pl',
    text: 'Fundacja La Strada, infolinia +48 22 628 01 20, działa od 1995 r. W latach 2019–2024 udzieliła pomocy 2 750 osobom. Konto: 12 1020 1013 0000 0702 0123 4567.',
    published: { phones: ['+48 22 628 01 20'] },
    expected: [],
  },
  {
    id: 'late3-clean-5',
    language: 'de',
    text: 'Opferschutz in Deutschland: Die Bundesländer finanzieren 48 Fachberatungsstellen. Drucksache 20/1234, Bundestag, 15.03.2024; BGBl. I S. 2022.',
    expected: [],
  },
  {
    id: 'late3-clean-6',
    language: 'no',
    text: 'Statistikk fra KOM: 2023 – 248 mulige ofre; 2024 – 263. Retningslinjer av 01.02.2024, saksnummer 23/4567. Møtet holdes på Teams 12.12.2025 kl. 13.00.',
    expected: [],
  },
  {
    id: 'late3-clean-7',
    language: 'da',
    text: 'Netværket mødes 3. december 2025 i Aarhus (Banegårdspladsen 1, 8000 Aarhus C). Dagsorden: 1) status på NAP 2022–2025, 2) nye tal: 97 identificerede ofre.',
    expected: [],
  },
  {
    id: 'late3-clean-8',
    language: 'ru',
    text: 'Методические рекомендации 2024 года (ISBN 978-5-4475-1234-5), 120 с. Вебинар 25.02.2025 в 11:00 МСК; регистрация до 20.02.2025; 350 участников.',
    expected: [],
  },
  {
    id: 'late3-clean-9',
    language: 'et',
    text: 'Sotsiaalkindlustusameti ohvriabi telefon 116 006 töötab ööpäevaringselt. 2024. aastal tuvastati 45 inimkaubanduse ohvrit. Registrikood 70001975.',
    expected: [],
  },
  {
    id: 'late3-clean-10',
    language: 'fi',
    text: 'Ihmiskaupan vastainen toimintaohjelma 2021–2023 (Oikeusministeriön julkaisuja 2021:14). Seuraava tapaaminen 2.12.2025 klo 13–15, Teams-linkki sähköpostitse.',
    expected: [],
  },
];
