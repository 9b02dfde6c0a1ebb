import type { CorpusPost } from './post.js';

/** Finnish, Swedish, Norwegian and Danish posts. */
export const NORDIC: readonly CorpusPost[] = [
  {
    id: 'fi-planted-1',
    language: 'fi',
    text: 'Uhri Aino Virtanen (henkilötunnus 210164-182R) on nyt turvakodissa Espoossa. Hänen puhelinnumeronsa on 040 765 4321.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Aino Virtanen'],
      ['NATIONAL_ID', '210164-182R'],
      ['PHONE', '040 765 4321'],
    ],
  },
  {
    id: 'fi-planted-2',
    language: 'fi',
    text: 'Asiakas Mikko, 17-vuotias, syntynyt 05.06.2007, tuli Tampereelle Virosta. Äiti lähetti viestin osoitteesta mikon.aiti@luukku.com.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Mikko'],
      ['BIRTH_DATE', '17-vuotias'],
      ['BIRTH_DATE', '05.06.2007'],
      ['EMAIL', 'mikon.aiti@luukku.com'],
    ],
  },
  {
    id: 'fi-clean-1',
    language: 'fi',
    text: 'Rikoslain 25 luvun 3 § koskee ihmiskauppaa. Verkoston kokous pidetään 11.11.2025 klo 9.30 Helsingissä, Mannerheimintie 166, 00300 Helsinki. Ilmoittautuneita on 28.',
    expected: [],
  },
  {
    id: 'fi-clean-2',
    language: 'fi',
    text: 'Ihmiskaupan uhrien auttamisjärjestelmä neuvoo numerossa 0295 463 177 ja osoitteessa iht@migri.fi. Vuonna 2024 järjestelmään otettiin 478 asiakasta, heistä 31 alaikäistä.',
    published: { phones: ['+358 295 463 177'], emails: ['iht@migri.fi'] },
    expected: [],
  },
  {
    id: 'se-planted-1',
    language: 'sv',
    text: 'Brottsoffret Sara Lindqvist har personnummer 250172-3536 enligt Migrationsverkets beslut. Hennes mobil 073-456 78 90.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Sara Lindqvist'],
      ['NATIONAL_ID', '250172-3536'],
      ['PHONE', '073-456 78 90'],
    ],
  },
  {
    id: 'se-planted-2',
    language: 'sv',
    text: 'Flickan Emma (15 år) placerades på ett HVB-hem i Göteborg. Hon är född 2009-11-03 och hennes mamma nås på emma.mamma@telia.com.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Emma'],
      ['BIRTH_DATE', '(15 år)'],
      ['BIRTH_DATE', '2009-11-03'],
      ['EMAIL', 'emma.mamma@telia.com'],
    ],
  },
  {
    id: 'se-clean-1',
    language: 'sv',
    text: 'Enligt 4 kap. 1 a § brottsbalken är människohandel straffbart. Nätverksmötet hålls 2025-09-18 kl. 13.00 i Stockholm, Drottninggatan 16, 111 51 Stockholm. Vi räknar med 40 deltagare.',
    expected: [],
  },
  {
    id: 'se-clean-2',
    language: 'sv',
    text: 'Jourtelefonen 020-50 50 50 är öppen dygnet runt. Under 2023 fick 356 personer stöd, varav 44 barn. Organisationsnummer 802015-1234 och fakturanummer 2025-118 gäller för kursen.',
    published: { phones: ['+46 20 50 50 50'] },
    expected: [],
  },
  {
    id: 'no-planted-1',
    language: 'no',
    text: 'Fornærmede Ingrid Hansen, fødselsnummer 13017651808, bor nå på krisesenteret i Bergen. Hun kan nås på 912 34 567 eller ingrid.h76@online.no.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ingrid Hansen'],
      ['NATIONAL_ID', '13017651808'],
      ['PHONE', '912 34 567'],
      ['EMAIL', 'ingrid.h76@online.no'],
    ],
  },
  {
    id: 'no-planted-2',
    language: 'no',
    text: 'Jenta Nora, født 17.09.2008, ble funnet i Drammen. Det samme gjaldt gutten Ole, 16 år, som fikk D-nummer 09019241952.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Nora'],
      ['BIRTH_DATE', '17.09.2008'],
      ['NAME_WITH_CASE_WORD', 'Ole'],
      ['BIRTH_DATE', '16 år'],
      ['NATIONAL_ID', '09019241952'],
    ],
  },
  {
    id: 'no-clean-1',
    language: 'no',
    text: 'Straffeloven § 257 gjelder menneskehandel. Nettverksmøtet holdes 04.12.2025 kl. 10.00 i Oslo, Akersgata 59, 0180 Oslo. Det er 32 påmeldte og 5 innlegg.',
    expected: [],
  },
  {
    id: 'no-clean-2',
    language: 'no',
    text: 'ROSA-prosjektet svarer på +47 22 33 11 60 og rosa@krisesenter.com. I 2024 fikk 118 personer bistand, 27 av dem mindreårige. Fakturanummer 100234, org.nr. 971 203 420.',
    published: { phones: ['+47 22 33 11 60'], emails: ['rosa@krisesenter.com'] },
    expected: [],
  },
  {
    id: 'dk-planted-1',
    language: 'da',
    text: 'Offeret Mette Jensen (CPR 070761-4285) er indkvarteret i Aarhus. Hun har telefon 20 34 56 78, og hendes søster skriver fra mette.sis@gmail.com.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Mette Jensen'],
      ['NATIONAL_ID', '070761-4285'],
      ['PHONE', '20 34 56 78'],
      ['EMAIL', 'mette.sis@gmail.com'],
    ],
  },
  {
    id: 'dk-planted-2',
    language: 'da',
    text: 'Pigen Sofie, født den 1. april 2008, blev udsat for tvangsarbejde. Vi har hendes cpr-nummer 0104081234 fra kommunen.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Sofie'],
      ['BIRTH_DATE', '1. april 2008'],
      ['NATIONAL_ID', '0104081234'],
    ],
  },
  {
    id: 'dk-clean-1',
    language: 'da',
    text: 'Straffelovens § 262 a omhandler menneskehandel. Netværksmødet afholdes 26.11.2025 kl. 9.00 i København, Blegdamsvej 9, 2100 København Ø. 21 deltagere har tilmeldt sig.',
    expected: [],
  },
  {
    id: 'dk-clean-2',
    language: 'da',
    text: 'Center mod Menneskehandel har døgntelefon +45 70 20 25 50. I 2023 blev 64 personer identificeret som ofre. CVR-nr. 12345678, faktura 2025/009.',
    published: { phones: ['+45 70 20 25 50'] },
    expected: [],
  },
];
