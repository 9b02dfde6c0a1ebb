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
];
