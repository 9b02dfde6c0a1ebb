import type { CorpusPost } from './post.js';

/** Posts that mix languages and formats, and clean posts full of things that look like personal data but are not. */
export const MIXED: readonly CorpusPost[] = [
  {
    id: 'mix-planted-1',
    language: 'en',
    text: 'Victim: Natalja S., born 1996-04-12, Ukrainian citizen, was referred to us by the labour inspectorate.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Natalja S.'],
      ['BIRTH_DATE', '1996-04-12'],
    ],
  },
  {
    id: 'mix-planted-2',
    language: 'en',
    text: "We met with the victim, Mr. Oleksandr Kovalenko, on Monday. The girl's name is Daria and she is 15. His mobile: +49 (0)171 2345678.",
    expected: [
      ['NAME_WITH_CASE_WORD', 'Oleksandr Kovalenko'],
      ['NAME_WITH_CASE_WORD', 'Daria'],
      ['PHONE', '+49 (0)171 2345678'],
    ],
  },
  {
    id: 'mix-planted-3',
    language: 'en',
    text: 'Please contact jana.novak@seznam.cz about the potential victim Ivan Petrov (DOB 03/07/1989), who now lives in Tartu.',
    expected: [
      ['EMAIL', 'jana.novak@seznam.cz'],
      ['NAME_WITH_CASE_WORD', 'Ivan Petrov'],
      ['BIRTH_DATE', '03/07/1989'],
    ],
  },
  {
    id: 'mix-planted-4',
    language: 'sv',
    text: 'Offret Fatima kom till Malmö i mars. Hennes bror nås på 0049 171 2345678 och fatima.bror@mail.example.co.uk.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Fatima'],
      ['PHONE', '0049 171 2345678'],
      ['EMAIL', 'fatima.bror@mail.example.co.uk'],
    ],
  },
  {
    id: 'mix-planted-5',
    language: 'lt',
    text: 'Klientė Jolanta, gim. 1999-03-02, tel. +370 612 34567, šiuo metu gyvena Kaune.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Jolanta'],
      ['BIRTH_DATE', '1999-03-02'],
      ['PHONE', '+370 612 34567'],
    ],
  },
  {
    id: 'mix-planted-6',
    language: 'ru',
    text: 'Потерпевший Сергей Смирнов, 1985 г.р., тел. 8 (921) 123-45-67, работал на стройке в Финляндии.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Сергей Смирнов'],
      ['BIRTH_DATE', '1985'],
      ['PHONE', '8 (921) 123-45-67'],
    ],
  },
  {
    id: 'mix-clean-1',
    language: 'en',
    text: 'Call 112 in an emergency, 116 000 for missing children and 116 123 for emotional support. Girls Not Brides and Save the Children follow a Victim-Centred Approach.',
    expected: [],
  },
  {
    id: 'mix-clean-2',
    language: 'lv',
    text: 'Cietušie Latvijā 2024. gadā bija 41; sievietes Rīgā un Daugavpilī, meitenes Jelgavā. Aukos Lietuvoje, uhrit Suomessa un ohvrid Eestis saņem līdzīgu atbalstu.',
    expected: [],
  },
  {
    id: 'mix-clean-3',
    language: 'en',
    text: 'The budget is 25 000 000 euros plus 2 500 000 EUR for 2026. Vidzeme Region (5), Kaunas County (14), Tallinn (8). IBAN LV80 BANK 0000 4351 9500 1, DOI 10.1234/abcd.2023.5678.',
    expected: [],
  },
  {
    id: 'mix-clean-4',
    language: 'en',
    text: 'SIA Example (40003123456) and UAB Pavyzdys (302345678) signed the agreement on 12.03.2025, 10:00-12:00. Minutes of 2025-03-14: 15 participants from 8 countries; next meeting 2025-06-12.',
    expected: [],
  },
  {
    id: 'mix-clean-5',
    language: 'pl',
    text: 'Kampania „Ofiara Handlu Ludźmi – co dalej?” ruszy w maju. Ofiary z Ukrainy i Białorusi stanowią 40% klientów; Section 233a (3) StGB i art. 189a § 1 k.k. omówimy w czerwcu.',
    expected: [],
  },
  {
    id: 'mix-clean-6',
    language: 'de',
    text: 'Der Fachtag am 5. Mai 2025 in München: Opfer Menschenhandel Beratung, moderiert von Frau Dr. Schmidt. Our client Services team and the woman Interpol sought were discussed too.',
    expected: [],
  },
  {
    id: 'mix-clean-7',
    language: 'en',
    text: 'For child victims, Barnahus provides interviews under one roof. Among the victims, Statistics Sweden counted 356 adults. Pokrzywdzeni Polacy pracowali w Niemczech; uhrit Venäjältä ja Virosta.',
    expected: [],
  },
  {
    id: 'mix-planted-7',
    language: 'en',
    text: 'Our client, Aigerim Bekova, was 19 when she arrived. The children, Anna and Maria, now live with their aunt; her e-mail is aunt.of.anna@outlook.com.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Aigerim Bekova'],
      ['NAME_WITH_CASE_WORD', 'Anna'],
      ['NAME_WITH_CASE_WORD', 'Maria'],
      ['EMAIL', 'aunt.of.anna@outlook.com'],
    ],
  },
];
