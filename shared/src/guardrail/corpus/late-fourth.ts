import type { CorpusPost } from './post.js';

/**
 * A fourth round, most of it colleagues named next to case words in ordinary discussion. Its first run found 18 of 20
 * planted items with 1 false finding: "Jak mówiła Magdalena, małoletnie ofiary" took the colleague for a victim, and
 * the second of "two girls, Hanna (15) and Lotte (16)" escaped with her age.
 */
export const LATE_FOURTH: readonly CorpusPost[] = [
  {
    id: 'late4-clean-1',
    language: 'en',
    text: 'Thanks, Kristīne! As Maria said at the last meeting, child victims need a guardian within 24 hours. Ingrid Berg from Barnahus Oslo will present on 12 March.',
    expected: [],
  },
  {
    id: 'late4-clean-2',
    language: 'en',
    text: 'Our colleague Anna, who works with women victims of labour exploitation in Liepāja, asked for the Polish template. Piotr, could you send it?',
    expected: [],
  },
  {
    id: 'late4-clean-3',
    language: 'lv',
    text: 'Paldies, Jāni! Kā Inese minēja, cietušajiem bērniem jānodrošina aizgādnis. Nākamā sanāksme 15. maijā plkst. 10.00.',
    expected: [],
  },
  {
    id: 'late4-clean-4',
    language: 'de',
    text: 'Liebe Kolleginnen, wie Frau Weber beim letzten Treffen sagte, brauchen minderjährige Opfer sofort einen Vormund. Herzliche Grüße, Katrin Schulz',
    expected: [],
  },
  {
    id: 'late4-clean-5',
    language: 'pl',
    text: 'Dziękuję, Agnieszko! Jak mówiła Magdalena, małoletnie ofiary potrzebują kuratora. Pozdrawiam, Tomasz Nowak, Fundacja La Strada',
    expected: [],
  },
  {
    id: 'late4-clean-6',
    language: 'en',
    text: 'Women victims from Ukraine: 312 in 2023. Girls under 18: 41. Boys: 12. Men: 97. Source: national rapporteur, table 3 (p. 12).',
    expected: [],
  },
  {
    id: 'late4-clean-7',
    language: 'sv',
    text: 'Hej Lars! Som Karin sa förra veckan behöver barn som är offer en god man direkt. Mötet är 2025-11-20 kl. 10.',
    expected: [],
  },
  {
    id: 'late4-clean-8',
    language: 'en',
    text: 'The Victim of Crime Act 2019 (No. 45) and the Child Protection Act (Cap. 12) apply. See also Case C-578/16 PPU.',
    expected: [],
  },
  {
    id: 'late4-planted-1',
    language: 'en',
    text: 'For the case file: the victim’s name is Roza Tursunova, DOB 1993-08-19, Kyrgyz passport. Her sister in Bishkek: +996 555 123 456.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Roza Tursunova'],
      ['BIRTH_DATE', '1993-08-19'],
      ['PHONE', '+996 555 123 456'],
    ],
  },
  {
    id: 'late4-planted-2',
    language: 'en',
    text: 'Two girls, Hanna (15) and Lotte (16), were found in a flat in Gdynia. Their mother’s email: lotte.hanna.mama@gmail.com.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Hanna'],
      ['BIRTH_DATE', '(15)'],
      ['NAME_WITH_CASE_WORD', 'Lotte'],
      ['BIRTH_DATE', '(16)'],
      ['EMAIL', 'lotte.hanna.mama@gmail.com'],
    ],
  },
  {
    id: 'late4-planted-3',
    language: 'lv',
    text: 'Cietušais — Rolands Ozoliņš, dzimis 1985. gada 2. februārī, personas kods 020285-10402? Tālrunis +371 2 9123 456.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Rolands Ozoliņš'],
      ['BIRTH_DATE', '1985. gada 2. februārī'],
      ['PHONE', '+371 2 9123 456'],
    ],
  },
  {
    id: 'late4-planted-4',
    language: 'pl',
    text: 'Ofiarą jest 19-letnia Natalia z Białegostoku, tel. 698 765 432, PESEL 04302512345?',
    expected: [
      ['BIRTH_DATE', '19-letnia'],
      ['NAME_WITH_CASE_WORD', 'Natalia'],
      ['PHONE', '698 765 432'],
    ],
  },
  {
    id: 'late4-planted-5',
    language: 'fi',
    text: 'Tyttö nimeltä Emilia (14 v.) katosi Oulussa. Isän numero 050 555 1234.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Emilia'],
      ['BIRTH_DATE', '(14 v.)'],
      ['PHONE', '050 555 1234'],
    ],
  },
  {
    id: 'late4-planted-6',
    language: 'ru',
    text: 'Несовершеннолетняя Полина Орлова (16 лет), дата рождения: 30.04.2009. Телефон отца 8 912 345 67 89.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Полина Орлова'],
      ['BIRTH_DATE', '(16 лет)'],
      ['BIRTH_DATE', '30.04.2009'],
      ['PHONE', '8 912 345 67 89'],
    ],
  },
];
