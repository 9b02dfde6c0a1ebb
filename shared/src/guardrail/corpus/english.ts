import type { CorpusPost } from './post.js';

export const ENGLISH: readonly CorpusPost[] = [
  {
    id: 'en-planted-1',
    language: 'en',
    text: 'Quick update from the shelter: the victim Anna Kowalska arrived last night with her PESEL 92052145088 written on a police form. She was born 21.05.1992. Who in Gdańsk handles the NRM referral?',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Anna Kowalska'],
      ['NATIONAL_ID', '92052145088'],
      ['BIRTH_DATE', '21.05.1992'],
    ],
  },
  {
    id: 'en-planted-2',
    language: 'en',
    text: 'We identified a 16-year-old Maria in a car wash in Tampere. Her mother can be reached on +358 40 123 4567 and the girl uses maria.k2009@gmail.com. Please advise on age assessment.',
    expected: [
      ['BIRTH_DATE', '16-year-old'],
      ['PHONE', '+358 40 123 4567'],
      ['EMAIL', 'maria.k2009@gmail.com'],
    ],
  },
  {
    id: 'en-planted-3',
    language: 'en',
    text: 'Case conference notes: client Tomas (17) was recruited via Telegram for construction work in Norway. DOB 2008-02-14. Contact his uncle at 0047 912 34 567 if the interpreter cannot.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Tomas'],
      ['BIRTH_DATE', '(17)'],
      ['BIRTH_DATE', '2008-02-14'],
      ['PHONE', '0047 912 34 567'],
    ],
  },
  {
    id: 'en-planted-4',
    language: 'en',
    text: 'The Swedish police shared the personnummer 090928-9936 of the woman we are assisting; her name is on the attached file. Her phone 070-123 45 67 is switched off since Monday.',
    expected: [
      ['NATIONAL_ID', '090928-9936'],
      ['PHONE', '070-123 45 67'],
    ],
  },
  {
    id: 'en-planted-5',
    language: 'en',
    text: 'Has anyone worked with the boy Lukas and his sister? They came from Kaunas, the boy was born on 3 March 2010 and the sister, Ieva, 15 years old, attends school in Oslo.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Lukas'],
      ['BIRTH_DATE', '3 March 2010'],
      ['BIRTH_DATE', '15 years old'],
      ['NAME_WITH_CASE_WORD', 'Ieva'],
    ],
  },
  {
    id: 'en-planted-6',
    language: 'en',
    text: 'Our client, Mrs Olga Petrova, gave us her Steuer-ID 91150384128 and an e-mail olga [at] mail [dot] ru so that the employer could be traced. The victims Svetlana and Natalia worked in the same greenhouse.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Olga Petrova'],
      ['NATIONAL_ID', '91150384128'],
      ['EMAIL', 'olga [at] mail [dot] ru'],
      ['NAME_WITH_CASE_WORD', 'Svetlana'],
      ['NAME_WITH_CASE_WORD', 'Natalia'],
    ],
  },
  {
    id: 'en-planted-7',
    language: 'en',
    text: 'Danish colleagues: the young man, CPR 240385-1442, was found at a farm near Odense. Survivor Ahmed said the recruiter called him from +45 20 12 34 56.',
    expected: [
      ['NATIONAL_ID', '240385-1442'],
      ['NAME_WITH_CASE_WORD', 'Ahmed'],
      ['PHONE', '+45 20 12 34 56'],
    ],
  },
  {
    id: 'en-planted-8',
    language: 'en',
    text: 'For the file: the minor Darja, b. 11/09/2009, was placed in foster care; SNILS 602-287-360 68 was on her medical card.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Darja'],
      ['BIRTH_DATE', '11/09/2009'],
      ['NATIONAL_ID', '602-287-360 68'],
    ],
  },
  {
    id: 'en-clean-1',
    language: 'en',
    text: 'Reminder: the TF-THB meeting is on 14.05.2025 at 10:00 CET in Riga (Elizabetes iela 57, LV-1050). We will review Section 154-1 of the Criminal Law and the 2024 data: 1 245 presumed victims, 318 of them children.',
    expected: [],
  },
  {
    id: 'en-clean-2',
    language: 'en',
    text: 'The national hotline +371 8000 2012 is open 24/7 and answers in Latvian, Russian and English. For media requests write to info@patverums-dv.lv. Our invoice 2024-00123 for the training is attached.',
    published: { phones: ['+371 8000 2012'], emails: ['info@patverums-dv.lv'] },
    expected: [],
  },
  {
    id: 'en-clean-3',
    language: 'en',
    text: 'Useful reading: "Trafficking in Human Beings in the Baltic Sea Region" (ISBN 978-91-7635-123-4), Directive 2011/36/EU and the 2022 GRETA report. Chapter 4 compares § 233a StGB with art. 189a k.k.',
    expected: [],
  },
  {
    id: 'en-clean-4',
    language: 'en',
    text: 'Between 2019 and 2023 the number of identified victims in Finland grew from 211 to 478. Women were 62 % of them; the largest group was aged 18 to 24. Victim Support Finland runs the assistance system.',
    expected: [],
  },
  {
    id: 'en-clean-5',
    language: 'en',
    text: 'Can someone share a template for a referral agreement between a municipality and an NGO? Ours dates from 12 March 2018 and does not cover labour exploitation. The client Services Unit in Malmö has a newer one.',
    expected: [],
  },
  {
    id: 'en-clean-6',
    language: 'en',
    text: 'The EU anti-trafficking day is 18 October. Our webinar starts at 13:30 and lasts 90 minutes; 120 participants from 11 countries registered. Call the secretariat on +46 8 123 456 00 if the link fails.',
    published: { phones: ['+46 8 123 456 00'] },
    expected: [],
  },
  {
    id: 'en-clean-7',
    language: 'en',
    text: 'Case numbers for the study: 2021 – 34 cases, 2022 – 41 cases, 2023 – 56 cases. Postal code for the questionnaires: 00-950 Warszawa, ul. Wiejska 4/6/8. Budget line 4.2.1, EUR 12 500.',
    expected: [],
  },
  {
    id: 'en-clean-8',
    language: 'en',
    text: 'In Vilnius, the women who contacted the helpline 116 006 were mostly referred by social workers. Please send comments on the draft by 30/06/2025; version 3.1 is on the shared drive.',
    expected: [],
  },
];
