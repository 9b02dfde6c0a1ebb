import type { CorpusPost } from '../corpus/post.js';

/** Finnish, Swedish, Danish and Norwegian posts of the held-out corpus, written before reading the rules. */
export const HELD_OUT_NORDIC: readonly CorpusPost[] = [
  {
    id: 'ho-fi-planted-1',
    language: 'fi',
    text: 'Uhri Aino Korhonen (hetu 070206A492J) on nyt turvakodissa Espoossa. Puhelin 040 123 4567, soittaa saa arkisin.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Aino Korhonen'],
      ['NATIONAL_ID', '070206A492J'],
      ['PHONE', '040 123 4567'],
    ],
  },
  {
    id: 'ho-fi-planted-2',
    language: 'fi',
    text: 'Asiakkaamme Mikko, syntynyt 21.11.1988, työskenteli marjatiloilla ilman palkkaa. Henkilötunnus 211188-7145 on poliisin tiedossa.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Mikko'],
      ['BIRTH_DATE', '21.11.1988'],
      ['NATIONAL_ID', '211188-7145'],
    ],
  },
  {
    id: 'ho-fi-planted-3',
    language: 'fi',
    text: 'Tyttö nimeltä Emilia, 17 v., pyysi apua sähköpostilla emilia.h2007@outlook.com. Hänen numeronsa on +358 50 987 6543.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Emilia'],
      ['BIRTH_DATE', '17 v.'],
      ['EMAIL', 'emilia.h2007@outlook.com'],
      ['PHONE', '+358 50 987 6543'],
    ],
  },
  {
    id: 'ho-fi-planted-4',
    language: 'fi',
    text: 'Uhrin Jenni Mäkisen tiedot: s. 15.05.2007, hetu 150507B312K.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Jenni Mäkisen'],
      ['BIRTH_DATE', '15.05.2007'],
      ['NATIONAL_ID', '150507B312K'],
    ],
  },
  {
    id: 'ho-fi-clean-1',
    language: 'fi',
    text: 'Rikoslain 25 luvun 3 §:n mukaan ihmiskaupasta voi saada 4 kuukautta – 6 vuotta vankeutta. Vuonna 2024 auttamisjärjestelmään ohjattiin 412 uhria (+19 %).',
    expected: [],
  },
  {
    id: 'ho-fi-clean-2',
    language: 'fi',
    text: 'Ihmiskaupan uhrien auttamisjärjestelmä päivystää ympäri vuorokauden numerossa +358 29 546 3177. Koulutus 12.3.2025 klo 9–15 Helsingissä, hinta 90 €.',
    published: { phones: ['+358 29 546 3177'] },
    expected: [],
  },
  {
    id: 'ho-fi-clean-3',
    language: 'fi',
    text: 'Helsingin käräjäoikeus antoi tuomion asiassa R 23/4567 18.2.2025. Uhrit saivat yhteensä 85 000 euroa vahingonkorvauksia.',
    expected: [],
  },
  {
    id: 'ho-fi-clean-4',
    language: 'fi',
    text: 'Yhdenvertaisuusvaltuutettu Kristina Stenman esitteli raportin, jonka mukaan uhreista 45 % oli miehiä, etenkin rakennus- ja ravintola-alalla.',
    expected: [],
  },
  {
    id: 'ho-sv-planted-1',
    language: 'sv',
    text: 'Målsäganden Sara Lindberg, personnummer 19950417-2389, har flyttats till skyddat boende i Malmö. Hennes mobil: 070-123 45 67.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Sara Lindberg'],
      ['NATIONAL_ID', '19950417-2389'],
      ['PHONE', '070-123 45 67'],
    ],
  },
  {
    id: 'ho-sv-planted-2',
    language: 'sv',
    text: 'Flickan heter Amina och är född 2008-03-14. Hon kom till Sverige via Danmark och saknar pass.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Amina'],
      ['BIRTH_DATE', '2008-03-14'],
    ],
  },
  {
    id: 'ho-sv-planted-3',
    language: 'sv',
    text: 'Brottsoffret Ahmed Hassan (34) har samordningsnummer 880683-1551. Han nås på +46 73 456 78 90 eller ahmed.h@hotmail.se.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ahmed Hassan'],
      ['BIRTH_DATE', '(34)'],
      ['NATIONAL_ID', '880683-1551'],
      ['PHONE', '+46 73 456 78 90'],
      ['EMAIL', 'ahmed.h@hotmail.se'],
    ],
  },
  {
    id: 'ho-sv-planted-4',
    language: 'sv',
    text: 'Klienten Johan Nilsson, f. 21 september 1979 (790921-3568), arbetade på en bärgård utan lön.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Johan Nilsson'],
      ['BIRTH_DATE', '21 september 1979'],
      ['NATIONAL_ID', '790921-3568'],
    ],
  },
  {
    id: 'ho-sv-clean-1',
    language: 'sv',
    text: 'Enligt 4 kap. 1 a § brottsbalken döms för människohandel till fängelse i lägst fyra år. Polisen registrerade 2023 totalt 63 ärenden (+11 %).',
    expected: [],
  },
  {
    id: 'ho-sv-clean-2',
    language: 'sv',
    text: 'Mål nr B 1234-24 i Göteborgs tingsrätt avgjordes den 7 februari 2025. Offren företräddes av målsägandebiträden; skadestånd 120 000 kr vardera.',
    expected: [],
  },
  {
    id: 'ho-sv-clean-3',
    language: 'sv',
    text: 'Jämställdhetsmyndighetens stödtelefon 020-390 000 är öppen dygnet runt. Nationella metodstödsteamet nås på nmt@jamstalldhetsmyndigheten.se.',
    published: { phones: ['020-390 000'], emails: ['nmt@jamstalldhetsmyndigheten.se'] },
    expected: [],
  },
  {
    id: 'ho-sv-clean-4',
    language: 'sv',
    text: 'Konferensen i Stockholm 22–23 maj 2025 kostar 1 500 kr. Talare: rikspolischef Petra Lundh och forskaren Anna Skarhed om offer för sexuell exploatering.',
    expected: [],
  },
  {
    id: 'ho-da-planted-1',
    language: 'da',
    text: 'Offeret Mette Sørensen (CPR-nr. 030701-4025) bor nu på krisecentret i Odense. Mobil: +45 20 12 34 56.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Mette Sørensen'],
      ['NATIONAL_ID', '030701-4025'],
      ['PHONE', '+45 20 12 34 56'],
    ],
  },
  {
    id: 'ho-da-planted-2',
    language: 'da',
    text: 'Pigen hedder Sofie, født 3. juli 2009, og blev fundet på Vesterbro. Hendes mor kan kontaktes på 31 45 67 89.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Sofie'],
      ['BIRTH_DATE', '3. juli 2009'],
      ['PHONE', '31 45 67 89'],
    ],
  },
  {
    id: 'ho-da-planted-3',
    language: 'da',
    text: 'Klienten Mihai Popa, 29 år, har cpr 251195 2800. Han skriver fra mihai.popa95@yahoo.com.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Mihai Popa'],
      ['BIRTH_DATE', '29 år'],
      ['NATIONAL_ID', '251195 2800'],
      ['EMAIL', 'mihai.popa95@yahoo.com'],
    ],
  },
  {
    id: 'ho-da-clean-1',
    language: 'da',
    text: 'Efter straffelovens § 262 a straffes menneskehandel med fængsel indtil 10 år. Center mod Menneskehandel identificerede 91 ofre i 2024, heraf 40 % kvinder.',
    expected: [],
  },
  {
    id: 'ho-da-clean-2',
    language: 'da',
    text: 'Center mod Menneskehandels hotline 70 20 25 50 har døgnåbent. Kurset for socialrådgivere afholdes 10.–11. april 2025 i Aarhus, pris 2.400 kr.',
    published: { phones: ['70 20 25 50'] },
    expected: [],
  },
  {
    id: 'ho-da-clean-3',
    language: 'da',
    text: 'Sag nr. SS-1234/2024 ved Københavns Byret: tre tiltalte blev dømt den 15. januar 2025. Ofrene fik i alt 450.000 kr. i erstatning.',
    expected: [],
  },
  {
    id: 'ho-da-clean-4',
    language: 'da',
    text: 'Justitsminister Peter Hummelgaard præsenterede handlingsplanen 2025–2028, som giver ofre for menneskehandel ret til 120 dages refleksionsperiode.',
    expected: [],
  },
  {
    id: 'ho-no-planted-1',
    language: 'no',
    text: 'Fornærmede Kari Nordmann, fødselsnummer 010397 12306, er flyttet til krisesenteret i Bergen. Telefon 912 34 567.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Kari Nordmann'],
      ['NATIONAL_ID', '010397 12306'],
      ['PHONE', '912 34 567'],
    ],
  },
  {
    id: 'ho-no-planted-2',
    language: 'no',
    text: 'Jenta heter Ingrid, født 23.08.2005, og hun ble funnet på en massasjesalong i Oslo. Fnr. 23080540116.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ingrid'],
      ['BIRTH_DATE', '23.08.2005'],
      ['NATIONAL_ID', '23080540116'],
    ],
  },
  {
    id: 'ho-no-planted-3',
    language: 'no',
    text: 'Offeret Andrei (19 år) ønsker kontakt via andrei.r@gmail.com eller +47 412 34 567, ikke via arbeidsgiveren.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Andrei'],
      ['BIRTH_DATE', '(19 år)'],
      ['EMAIL', 'andrei.r@gmail.com'],
      ['PHONE', '+47 412 34 567'],
    ],
  },
  {
    id: 'ho-no-clean-1',
    language: 'no',
    text: 'Etter straffeloven § 257 straffes menneskehandel med fengsel inntil 6 år. KOM-rapporten for 2023 viser 260 mulige ofre, 35 % under 25 år.',
    expected: [],
  },
  {
    id: 'ho-no-clean-2',
    language: 'no',
    text: 'ROSA-prosjektet har telefon 22 33 11 60 og e-post rosa@krisesenter.com. Fagdagen 4. juni 2025 i Trondheim koster 750 kr.',
    published: { phones: ['22 33 11 60'], emails: ['rosa@krisesenter.com'] },
    expected: [],
  },
  {
    id: 'ho-no-clean-3',
    language: 'no',
    text: 'Sak 24-123456MED-OTIR/05 i Oslo tingrett ble avsluttet 20.01.2025. Fornærmede fikk oppreisning på til sammen 300 000 kroner.',
    expected: [],
  },
  {
    id: 'ho-no-clean-4',
    language: 'no',
    text: 'Statssekretær Ole Hansen fra Justisdepartementet åpnet seminaret om mindreårige ofre. Budsjettet for 2025 er økt med 12 prosent.',
    expected: [],
  },
];
