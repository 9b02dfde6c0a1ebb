import { describe, expect, it } from 'vitest';
import { unconfirmedFindings } from './confirmations.js';
import { detectVictimData } from './detect.js';
import type { DetectOptions, GuardrailKind } from './types.js';

const found = (text: string, options?: DetectOptions) => detectVictimData(text, options).map((f) => [f.kind, f.text]);
const kinds = (text: string, kind: GuardrailKind) => detectVictimData(text).flatMap((f) => (f.kind === kind ? [f.text] : []));

describe('phones', () => {
  it('finds international numbers of any country and national mobile numbers of the region', () => {
    expect(kinds('Her brother: +234 803 123 4567. Hers: 0171 2345678, 29 123 456 or 601 234 567.', 'PHONE')).toEqual([
      '+234 803 123 4567',
      '0171 2345678',
      '29 123 456',
      '601 234 567',
    ]);
  });

  it('finds a national landline number only after a phone word', () => {
    expect(kinds('The flat is at 22 628 01 20.', 'PHONE')).toEqual([]);
    expect(kinds('Her landlord, tel. 22 628 01 20.', 'PHONE')).toEqual(['22 628 01 20']);
  });

  it('leaves published contacts, dates, short numbers and labelled reference numbers alone', () => {
    const published = { phones: ['+48 22 628 01 20'] };
    const text = 'Hotline 22 628 01 20 or +48 22 628 01 20; 116 006; meeting 22.10.2025; invoice 2025-0042; org.nr 971 203 420.';
    expect(found(text, { publishedContacts: published })).toEqual([]);
    expect(kinds(text, 'PHONE')).toEqual(['22 628 01 20', '+48 22 628 01 20']);
  });
});

describe('e-mail addresses', () => {
  it('finds addresses, disguised ones too, except published ones in any case', () => {
    const text = 'Write to anna.k@gmail.com, anna (at) gmail.com or Info@Centrs.lv.';
    expect(found(text, { publishedContacts: { emails: ['info@centrs.lv'] } })).toEqual([
      ['EMAIL', 'anna.k@gmail.com'],
      ['EMAIL', 'anna (at) gmail.com'],
    ]);
  });
});

describe('dates of birth', () => {
  it.each([
    ['born on 3 March 2010', '3 March 2010'],
    ['DOB: 2008-02-14', '2008-02-14'],
    ['urodzona 13.01.2004', '13.01.2004'],
    ['syntynyt 5.6.2007', '5.6.2007'],
    ['född 2009-11-03', '2009-11-03'],
    ['geboren am 4. August 2001', '4. August 2001'],
    ['родилась 12 марта 2005 года', '12 марта 2005'],
    ['dzimis 2005. gada 1. maijā', '2005. gada 1. maijā'],
    ['gimusi 2008 m. liepos 22 d.', '2008 m. liepos 22 d.'],
    ['sündinud 02.11.2008', '02.11.2008'],
    ['ur. w 1998', 'w 1998'],
    ['12.03.2005 г.р.', '12.03.2005'],
  ])('finds "%s"', (text, date) => {
    expect(kinds(`Cietusī, ${text}, ir drošībā.`, 'BIRTH_DATE')).toEqual([date]);
  });

  it('finds ages next to names, not counts next to places, and flags the age alone', () => {
    expect(kinds('Anna (17), Jonas, 15 years old, 16-year-old Maria and Ieva, 14, came; Riga (12), Tallinn (8).', 'BIRTH_DATE')).toEqual([
      '(17)',
      '15 years old',
      '16-year-old',
      '14',
    ]);
  });

  it('leaves dates without a birth word alone', () => {
    expect(found('The meeting on 12.03.2025 and the law of 3 March 2010 (in force 2011-01-01).')).toEqual([]);
  });
});

describe('names next to case words', () => {
  it('finds names after and before case words in the region’s languages', () => {
    expect(
      kinds(
        'victim Jānis, the girls Anna and Maria, ofiara Zofia K., uhri Aino, das Opfer namens Lena, жертва Мария, Ingrid Berg (client).',
        'NAME_WITH_CASE_WORD',
      ),
    ).toEqual(['Jānis', 'Anna', 'Maria', 'Zofia K.', 'Aino', 'Lena', 'Мария', 'Ingrid Berg']);
  });

  it('finds unknown names in languages that do not capitalise nouns', () => {
    expect(kinds('The victim Zenobia said', 'NAME_WITH_CASE_WORD')).toEqual(['Zenobia']);
  });

  it('leaves organisations, places, laws and German nouns alone', () => {
    expect(found('Victim Support Finland, women in Riga, the child Protection Act, das Opfer Hilfe bekommt. Victims. Anna came.')).toEqual(
      [],
    );
  });
});

describe('unconfirmedFindings', () => {
  it('keeps the findings no confirmation names by kind and text', () => {
    const findings = detectVictimData('victim Anna, PESEL 44051401359');
    expect(unconfirmedFindings(findings, [{ kind: 'NAME_WITH_CASE_WORD', text: 'Anna' }]).map((f) => f.text)).toEqual(['44051401359']);
    expect(unconfirmedFindings(findings, [{ kind: 'PHONE', text: 'Anna' }])).toHaveLength(2);
  });
});

describe('Markdown', () => {
  it('reads through emphasis marks and reports the spans of the text as written', () => {
    const text = '**Victim:** Daria Melnyk, *born* 02/11/2004, mail d_melnyk@gmail.com';
    const findings = detectVictimData(text);
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['NAME_WITH_CASE_WORD', 'Daria Melnyk'],
      ['BIRTH_DATE', '02/11/2004'],
      ['EMAIL', 'd_melnyk@gmail.com'],
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('reads no number in the id of a link, and still reads the same digits written as a number', () => {
    const id = '30613874-af12-4c3d-9e8f-0123456789ab';
    expect(found(`See [the poster](resource:${id}) and @[Anna](expert:${id}).`)).toEqual([]);
    expect(kinds('Call her on 30613874.', 'PHONE')).toEqual(['30613874']);
  });
});
