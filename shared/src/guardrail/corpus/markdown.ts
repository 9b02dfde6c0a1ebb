import type { CorpusPost } from './post.js';

/**
 * Posts as the forum stores them, in Markdown. The first run of this round found 7 of 11 planted items: emphasis marks
 * between a label and its value ("**Victim:** Daria", "*born* 5 May") hid them, so the detectors now read the text
 * with its marks blanked out.
 */
export const MARKDOWN: readonly CorpusPost[] = [
  {
    id: 'markdown-planted-1',
    language: 'en',
    text: '**Victim:** Daria Melnyk\n**DOB:** 02/11/2004\n**Phone:** +380 67 123 4567\n\nPlease advise on shelter options in Riga.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Daria Melnyk'],
      ['BIRTH_DATE', '02/11/2004'],
      ['PHONE', '+380 67 123 4567'],
    ],
  },
  {
    id: 'markdown-planted-2',
    language: 'en',
    text: '| Client | Age | Contact |\n|---|---|---|\n| Oksana | 17 | [mail](mailto:oksana17@gmail.com) |\n\nShe was *born* 5 May 2008.',
    expected: [
      ['EMAIL', 'oksana17@gmail.com'],
      ['BIRTH_DATE', '5 May 2008'],
    ],
  },
  {
    id: 'markdown-planted-3',
    language: 'pl',
    text: '- ofiara: _Karolina W._\n- ur. 01.01.2005\n- tel. [601 234 567](tel:+48601234567)',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Karolina W.'],
      ['BIRTH_DATE', '01.01.2005'],
      ['PHONE', '601 234 567'],
      ['PHONE', '+48601234567'],
    ],
  },
  {
    id: 'markdown-planted-4',
    language: 'en',
    text: '> The victim, Amina, said she was 16.\n\nQuoting the police report above; her PESEL was 92052145088.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Amina'],
      ['NATIONAL_ID', '92052145088'],
    ],
  },
  {
    id: 'markdown-clean-1',
    language: 'en',
    text: '## Agenda 14.05.2025\n\n1. Welcome (10:00)\n2. **Victim identification** – Latvia, Lithuania\n3. *Child victims* – Barnahus model\n\nHotline: [+371 8000 2012](tel:+37180002012)',
    published: { phones: ['+371 8000 2012'] },
    expected: [],
  },
  {
    id: 'markdown-clean-2',
    language: 'en',
    text: '| Year | Victims | Girls | Boys |\n|---|---|---|---|\n| 2022 | 41 | 12 | 3 |\n| 2023 | 36 | 9 | 4 |\n\nSource: [State Police](https://www.vp.gov.lv), ISBN 978-9934-8888-1-2.',
    expected: [],
  },
  {
    id: 'markdown-clean-3',
    language: 'de',
    text: '### Termine\n- **22.10.2025**, 10–16 Uhr: Fachtag Opferschutz\n- **05.11.2025**: Netzwerktreffen (Raum 2.14)\n\nKontakt: info@kok-buero.de',
    published: { emails: ['info@kok-buero.de'] },
    expected: [],
  },
  {
    id: 'markdown-clean-4',
    language: 'en',
    text: 'See [Section 154-1](https://likumi.lv/ta/id/88966) and [§ 233a StGB](https://dejure.org/gesetze/StGB/233a.html); GRETA(2023)07; case no. 11-1234/2024.',
    expected: [],
  },
  // A last round of numbers that are not phones (meeting IDs, grants, time zones), and planted items: its first run
  // found 11 of 12, missing "her name was Ilona".
  {
    id: 'late5-clean-1',
    language: 'en',
    text: 'Our shelter is open 24/7 and has 12 beds (+/- 2 in winter). In 2024 occupancy was 87.5 %, 1,234,567 EUR budget, ISO 27001 certified, grant no. 101056723.',
    expected: [],
  },
  {
    id: 'late5-clean-2',
    language: 'en',
    text: 'Time zones: meeting at 10:00 UTC+2 (Riga), 09:00 UTC+1 (Berlin). Dial +1 646 558 8656, meeting ID 845 2231 9876, passcode 123456.',
    published: { phones: ['+1 646 558 8656'] },
    expected: [],
  },
  {
    id: 'late5-clean-3',
    language: 'lt',
    text: 'Moterų informacijos centras, tel. +370 5 262 9003, el. p. info@lygus.lt. 2024 m. suteikta 1 120 konsultacijų; ataskaita Nr. 2025-03-17/45.',
    published: { phones: ['+370 5 262 9003'], emails: ['info@lygus.lt'] },
    expected: [],
  },
  {
    id: 'late5-clean-4',
    language: 'pl',
    text: 'Ofiary z Wietnamu (2023: 14 osób), z Kolumbii (9) i z Filipin (7). Wnioski do 31.12.2025; numer naboru FERS.04.12-IP.06-001/25.',
    expected: [],
  },
  {
    id: 'late5-clean-5',
    language: 'et',
    text: 'Inimkaubanduse ohvrite abistamise teenust osutas 2024. aastal MTÜ Eluliin (tel. 6607 320). Riigihange nr 278912; leping 1-8/2025/14.',
    published: { phones: ['+372 660 7320'] },
    expected: [],
  },
  {
    id: 'late5-planted-6',
    language: 'en',
    text: 'Anna wrote: the client said her name was Ilona and she was born in Narva on 7 July 1999; her number is 5811 2233.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ilona'],
      ['BIRTH_DATE', '7 July 1999'],
      ['PHONE', '5811 2233'],
    ],
  },
  {
    id: 'late5-planted-7',
    language: 'de',
    text: 'Betroffene: Aleksandra K., 29 J., geb. in Danzig am 13.6.1996; Handynummer +48 512 000 111; E-Mail ola.k@interia.pl.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Aleksandra K.'],
      ['BIRTH_DATE', '29 J.'],
      ['BIRTH_DATE', '13.6.1996'],
      ['PHONE', '+48 512 000 111'],
      ['EMAIL', 'ola.k@interia.pl'],
    ],
  },
  {
    id: 'late5-planted-8',
    language: 'da',
    text: 'Kvinden hedder Ewa og er født 12.09.1994. Hun har CPR-nr. 120994-1234 og mobil 31 22 33 44.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ewa'],
      ['BIRTH_DATE', '12.09.1994'],
      ['NATIONAL_ID', '120994-1234'],
      ['PHONE', '31 22 33 44'],
    ],
  },
];
