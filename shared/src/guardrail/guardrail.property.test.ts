import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unconfirmedFindings } from './confirmations.js';
import { detectVictimData } from './detect.js';
import { isValidPesel } from './national-ids/pesel.js';

// Generators written from the published rules, apart from the detector's code, so that a mistake in one shows.
const pad = (value: number, width: number) => String(value).padStart(width, '0');
const birthDate = (from: number, to: number) =>
  fc.date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true });

function pesel(date: Date, serial: number): string {
  const year = date.getUTCFullYear();
  const monthOffset = { 18: 80, 19: 0, 20: 20, 21: 40, 22: 60 }[Math.floor(year / 100)]!;
  const body = `${pad(year % 100, 2)}${pad(date.getUTCMonth() + 1 + monthOffset, 2)}${pad(date.getUTCDate(), 2)}${pad(serial, 4)}`;
  const sum = body.split('').reduce((total, digit, i) => total + Number(digit) * [1, 3, 7, 9][i % 4]!, 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

function finnishCode(date: Date, serial: number): string {
  const year = date.getUTCFullYear();
  const ddmmyy = `${pad(date.getUTCDate(), 2)}${pad(date.getUTCMonth() + 1, 2)}${pad(year % 100, 2)}`;
  const check = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${ddmmyy}${pad(serial, 3)}`) % 31];
  return `${ddmmyy}${year < 2000 ? '-' : 'A'}${pad(serial, 3)}${check}`;
}

function swedishNumber(date: Date, serial: number): string {
  const body = `${pad(date.getUTCFullYear() % 100, 2)}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}${pad(serial, 3)}`;
  const sum = body.split('').reduce((total, digit, i) => {
    const product = Number(digit) * (i % 2 === 0 ? 2 : 1);
    return total + Math.floor(product / 10) + (product % 10);
  }, 0);
  return `${body.slice(0, 6)}-${body.slice(6)}${(10 - (sum % 10)) % 10}`;
}

const nationalIdTexts = (text: string) => detectVictimData(text).flatMap((f) => (f.kind === 'NATIONAL_ID' ? [f.text] : []));

describe('the guardrail, on generated input', () => {
  it('always finds a valid PESEL', () => {
    fc.assert(
      fc.property(birthDate(1910, 2099), fc.integer({ min: 0, max: 9999 }), (date, serial) => {
        const number = pesel(date, serial);
        expect(nationalIdTexts(`Pokrzywdzona podała PESEL ${number} w protokole.`)).toEqual([number]);
      }),
    );
  });

  it('never takes a PESEL with a wrong check digit for a PESEL', () => {
    fc.assert(
      fc.property(birthDate(1910, 2099), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 9 }), (date, serial, shift) => {
        const number = pesel(date, serial);
        const wrong = `${number.slice(0, 10)}${(Number(number[10]) + shift) % 10}`;
        expect(isValidPesel(wrong)).toBe(false);
      }),
    );
  });

  it('always finds a valid Finnish henkilötunnus and Swedish personnummer', () => {
    fc.assert(
      fc.property(birthDate(1930, 2029), fc.integer({ min: 2, max: 899 }), (date, serial) => {
        const finnish = finnishCode(date, serial);
        const swedish = swedishNumber(date, serial);
        expect(nationalIdTexts(`Uhrin henkilötunnus on ${finnish}.`)).toEqual([finnish]);
        expect(nationalIdTexts(`Hennes personnummer är ${swedish}.`)).toEqual([swedish]);
      }),
    );
  });

  it('reports spans that are the text they name, in order and without overlaps, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const findings = detectVictimData(text);
        findings.forEach((finding, i) => {
          expect(text.slice(finding.start, finding.end)).toBe(finding.text);
          if (i > 0) expect(findings[i - 1]!.end).toBeLessThanOrEqual(finding.start);
        });
      }),
    );
  });

  it('keeps confirmations valid when an edit moves the findings', () => {
    const text = 'The victim Anna, PESEL 44051401359, calls from +48 601 234 567.';
    const confirmations = detectVictimData(text).map(({ kind, text: found }) => ({ kind, text: found }));
    expect(confirmations).toHaveLength(3);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ,]{0,60}$/), (prefix) => {
        expect(unconfirmedFindings(detectVictimData(`${prefix}\n${text}`), confirmations)).toEqual([]);
      }),
    );
  });
});
