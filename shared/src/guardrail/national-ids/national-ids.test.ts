import { describe, expect, it } from 'vitest';
import { detectVictimData } from '../detect.js';

/** Published examples of each number (tax offices, registries, python-stdnum), written as people write them. */
const VALID: readonly [country: string, label: string, number: string, reasonWord: string][] = [
  ['PL PESEL', 'PESEL', '44051401359', 'PESEL'],
  ['PL PESEL born in the 2000s', 'PESEL', '04211379104', 'PESEL'],
  ['EE isikukood', 'isikukood', '37605030299', 'isikukood'],
  ['LT asmens kodas', 'asmens kodas', '33309240064', 'asmens kodas'],
  ['LV personas kods, old format', 'personas kods', '161175-19997', 'Latvian'],
  ['LV personas kods, new format', 'personas kods', '321456-78901', 'since 2017'],
  ['FI henkilötunnus', 'henkilötunnus', '131052-308T', 'henkilötunnus'],
  ['FI henkilötunnus, 2000s', 'henkilötunnus', '010101A123N', 'henkilötunnus'],
  ['SE personnummer', 'personnummer', '811218-9876', 'personnummer'],
  ['SE personnummer with a four-digit year', 'personnummer', '198112189876', 'personnummer'],
  ['SE samordningsnummer', 'samordningsnummer', '701063-2391', 'samordningsnummer'],
  ['NO fødselsnummer', 'fødselsnummer', '15108695088', 'fødselsnummer'],
  ['DK CPR', 'CPR', '211062-5629', 'CPR'],
  ['DK CPR without the hyphen, labelled', 'CPR-nr.', '2110625629', 'CPR'],
  ['DE Steuer-ID', 'Steuer-ID', '36 574 261 809', 'Steuer-ID'],
  ['DE Steuer-ID unspaced', 'Steuer-ID', '65929970489', 'Steuer-ID'],
  ['RU SNILS', 'СНИЛС', '112-233-445 95', 'SNILS'],
  ['RU SNILS unformatted, labelled', 'СНИЛС', '11223344595', 'SNILS'],
];

/** The same shapes with a wrong check digit or an impossible date: nothing to flag. */
const INVALID: readonly [country: string, text: string][] = [
  ['PL PESEL, check digit', 'PESEL 44051401358'],
  ['PL PESEL, month 13', 'PESEL 44131401353'],
  ['EE isikukood, check digit', 'isikukood 37605030298'],
  ['LT asmens kodas, check digit', 'asmens kodas 33309240063'],
  ['LV personas kods, check digit', 'personas kods 161175-19996'],
  ['FI henkilötunnus, check character', 'henkilötunnus 131052-308U'],
  ['SE personnummer, Luhn', 'personnummer 811218-9875'],
  ['NO fødselsnummer, second control digit', 'fødselsnummer 15108695089'],
  ['DK CPR, 31 November', 'CPR 311162-5629'],
  ['DE Steuer-ID, check digit', 'Steuer-ID 36 574 261 808'],
  ['DE Steuer-ID, no repeated digit', 'Steuer-ID 12345678903'],
  ['RU SNILS, checksum', 'СНИЛС 112-233-445 96'],
];

const nationalIds = (text: string) => detectVictimData(text).filter((f) => f.kind === 'NATIONAL_ID');

describe('national identity numbers', () => {
  it.each(VALID)('finds a valid %s', (_country, label, number, reasonWord) => {
    const [finding, ...more] = nationalIds(`Her ${label} ${number}, as the police wrote it.`);
    expect(more).toEqual([]);
    expect(finding!.text).toBe(number);
    expect(finding!.reason).toContain(reasonWord);
  });

  it.each(INVALID)('does not flag an invalid %s', (_country, text) => {
    expect(nationalIds(`Her ${text}, as the police wrote it.`)).toEqual([]);
  });

  it('leaves numbers alone that a label says are not a person’s', () => {
    expect(nationalIds('Reģ. nr. 40008012345, invoice 44051401359, ISBN 9788375101359')).toEqual([]);
  });

  it('does not read a bare ten-digit number as a CPR or personnummer without a label', () => {
    expect(nationalIds('Order 2110625629 was shipped; call 0701234567.')).toEqual([]);
  });
});
