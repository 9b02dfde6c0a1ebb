import type { CorpusPost } from '../corpus/post.js';

/** English posts of the held-out corpus, written before reading the rules. */
export const HELD_OUT_ENGLISH: readonly CorpusPost[] = [
  {
    id: 'ho-en-planted-1',
    language: 'en',
    text: 'Update from the shelter: the victim, Oksana Melnyk, was moved to the safe house on Friday. She asked that we call her on +48 512 345 678 only after 18:00.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Oksana Melnyk'],
      ['PHONE', '+48 512 345 678'],
    ],
  },
  {
    id: 'ho-en-planted-2',
    language: 'en',
    text: 'Outreach met a 16-year-old girl named Daria at the bus station in Gdańsk last night. According to her, she was born on 3 May 2009; she has no documents at all.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Daria'],
      ['BIRTH_DATE', '16-year-old'],
      ['BIRTH_DATE', '3 May 2009'],
    ],
  },
  {
    id: 'ho-en-planted-3',
    language: 'en',
    text: 'Our client Mohammed Rahimi (DOB 14/02/1999) needs a lawyer for the residence permit appeal. He reads e-mail at mohammed.rahimi99@gmail.com, not SMS.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Mohammed Rahimi'],
      ['BIRTH_DATE', '14/02/1999'],
      ['EMAIL', 'mohammed.rahimi99@gmail.com'],
    ],
  },
  {
    id: 'ho-en-planted-4',
    language: 'en',
    text: 'Can anyone in Norway advise? Irina Petrova, 24, was recruited on Facebook for cleaning work in Oslo and is now our client. Her D-number is 421288 34588.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Irina Petrova'],
      ['BIRTH_DATE', '24'],
      ['NATIONAL_ID', '421288 34588'],
    ],
  },
  {
    id: 'ho-en-planted-5',
    language: 'en',
    text: 'quick note from the night shift: the boy ahmed told us the employer keeps his passport. his personnummer 040512-4629 is in the police report.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'ahmed'],
      ['NATIONAL_ID', '040512-4629'],
    ],
  },
  {
    id: 'ho-en-planted-6',
    language: 'en',
    text: 'VICTIM: NATALIA KOWALCZYK. PHONE: 0048 601 234 567. Referred by the Border Guard, Medyka crossing.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'NATALIA KOWALCZYK'],
      ['PHONE', '0048 601 234 567'],
    ],
  },
  {
    id: 'ho-en-planted-7',
    language: 'en',
    text: 'Please call the woman directly (Agnė, mobile 8 612 34567). She speaks only Lithuanian and Russian and prefers mornings.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Agnė'],
      ['PHONE', '8 612 34567'],
    ],
  },
  {
    id: 'ho-en-planted-8',
    language: 'en',
    text: 'Sanna Virtanen, the woman from Vantaa we discussed, gave her henkilötunnus as 130395-284F. She is 30 and wants to press charges.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Sanna Virtanen'],
      ['NATIONAL_ID', '130395-284F'],
      ['BIRTH_DATE', 'is 30'],
    ],
  },
  {
    id: 'ho-en-planted-9',
    language: 'en',
    text: 'For the Danish prosecutor: the survivor Mette Hansen, CPR 120389-1241, has agreed to testify by video link in May.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Mette Hansen'],
      ['NATIONAL_ID', '120389-1241'],
    ],
  },
  {
    id: 'ho-en-planted-10',
    language: 'en',
    text: 'The agency registered her in Hamburg with a tax ID (86 095 742 719), which is how the labour inspectors found the flat. Her date of birth: 21.11.2001.',
    expected: [
      ['NATIONAL_ID', '86 095 742 719'],
      ['BIRTH_DATE', '21.11.2001'],
    ],
  },
  {
    id: 'ho-en-planted-11',
    language: 'en',
    text: 'Survivor Marija (19) asked us to pass on her new contacts to the caseworker in Riga: marija.k@inbox.lv and +371 26 123 456.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Marija'],
      ['BIRTH_DATE', '(19)'],
      ['EMAIL', 'marija.k@inbox.lv'],
      ['PHONE', '+371 26 123 456'],
    ],
  },
  {
    id: 'ho-en-planted-12',
    language: 'en',
    text: 'The Russian pension number (SNILS 112-233-445 95) of the man we met in Narva matches the one in the recruiter’s notebook.',
    expected: [['NATIONAL_ID', '112-233-445 95']],
  },
  {
    id: 'ho-en-clean-1',
    language: 'en',
    text: 'Reminder: the Joint Investigation Team meeting is on 14 March 2025 at 10:00 CET. Agenda: Directive 2011/36/EU (Art. 8, non-punishment), the 2024 GRETA report and the budget line of € 48,500. Dial-in through the Europol switchboard +31 70 302 5000.',
    published: { phones: ['+31 70 302 5000'] },
    expected: [],
  },
  {
    id: 'ho-en-clean-2',
    language: 'en',
    text: 'Victim Support Finland reported a 23 % rise in referrals in 2024. Their helpline 116 006 is free of charge and open on weekends. Case no. 2024/117 from our office is now closed.',
    expected: [],
  },
  {
    id: 'ho-en-clean-3',
    language: 'en',
    text: 'The girl in the Tallinn case testified by video link; the court (case no. 1-23-4567) accepted the statement under § 133 of the Penal Code on 2 February 2025.',
    expected: [],
  },
  {
    id: 'ho-en-clean-4',
    language: 'en',
    text: 'La Strada International published its annual report: 1,245 victims identified in 8 countries, 61 % of them women and 18 % children. The secretariat answers at +31 20 688 1414 and info@lastradainternational.org.',
    published: { phones: ['+31 20 688 1414'], emails: ['info@lastradainternational.org'] },
    expected: [],
  },
  {
    id: 'ho-en-clean-5',
    language: 'en',
    text: 'In her speech of 18 October 2024, Commissioner Ylva Johansson stressed that victims must not be punished for crimes they were forced to commit (Article 26, CETS No. 197).',
    expected: [],
  },
  {
    id: 'ho-en-clean-6',
    language: 'en',
    text: 'Training for labour inspectors: 2–3 April 2025 in Vilnius. Register by 15 March; the fee is EUR 120 per person, 50 % off for NGOs. Questions to the ILO office in Geneva, +41 22 799 6111.',
    published: { phones: ['+41 22 799 6111'] },
    expected: [],
  },
  {
    id: 'ho-en-clean-7',
    language: 'en',
    text: 'Police statistics for 2023: 87 cases under section 232 StGB, with 54 men and 33 women identified as victims; the median age was 27 and 12 were minors born after 2005.',
    expected: [],
  },
  {
    id: 'ho-en-clean-8',
    language: 'en',
    text: 'Minutes, 9 January 2025. Present: Anna Lindqvist (chair, Swedish Gender Equality Agency), Tomas Berg (Europol), Kristīne Ozola (Latvian State Police). The next meeting is on 6 February at 14:00.',
    expected: [],
  },
  {
    id: 'ho-en-clean-9',
    language: 'en',
    text: 'The Barnahus model started in Iceland in 1998 and now covers 24 countries. A child victim is interviewed once, in a child-friendly room, and the recording is used in court (EU Directive 2012/29, Article 24).',
    expected: [],
  },
  {
    id: 'ho-en-clean-10',
    language: 'en',
    text: 'Budget 2025: 1.2 million EUR for shelters (+8 %), 340 000 EUR for the hotline and 95 000 EUR for training. The ministry’s contact for the reporting template is +46 8 405 10 00.',
    published: { phones: ['+46 8 405 10 00'] },
    expected: [],
  },
  {
    id: 'ho-en-clean-11',
    language: 'en',
    text: 'Does anyone have experience with man-in-the-middle recruitment via Telegram? In case 3 StR 412/23 the Federal Court of Justice discussed it at length (judgment of 11 July 2024, paras 14–22).',
    expected: [],
  },
  {
    id: 'ho-en-clean-12',
    language: 'en',
    text: 'Welcome to our new member, the Women’s Centre of Kaunas. They run a 24/7 line (+370 37 20 15 65) and have counselled 312 women since 2019.',
    published: { phones: ['+370 37 20 15 65'] },
    expected: [],
  },
];
