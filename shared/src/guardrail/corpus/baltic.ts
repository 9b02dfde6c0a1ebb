import type { CorpusPost } from './post.js';

/** Latvian, Lithuanian and Estonian posts. */
export const BALTIC: readonly CorpusPost[] = [
  {
    id: 'lv-planted-1',
    language: 'lv',
    text: 'Kolēģi, cietusī Inese Ozola (personas kods 090948-17856) vakar ieradās krīzes centrā. Viņas tālrunis 29 123 456, lūdzu nezvanīt pēc 20:00.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Inese Ozola'],
      ['NATIONAL_ID', '090948-17856'],
      ['PHONE', '29 123 456'],
    ],
  },
  {
    id: 'lv-planted-2',
    language: 'lv',
    text: 'Nepilngadīgā Elīna, dzimusi 2009. gada 14. martā, tika atrasta Daugavpilī. Jaunā formāta personas kods 321456-78901 ir norādīts policijas protokolā.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Elīna'],
      ['BIRTH_DATE', '2009. gada 14. martā'],
      ['NATIONAL_ID', '321456-78901'],
    ],
  },
  {
    id: 'lv-planted-3',
    language: 'lv',
    text: 'Klients Artūrs (19 g.) strādāja Norvēģijā bez līguma. Viņa e-pasts arturs.b@inbox.lv, ja kāds no darba inspekcijas vēlas sazināties.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Artūrs'],
      ['BIRTH_DATE', '(19 g.)'],
      ['EMAIL', 'arturs.b@inbox.lv'],
    ],
  },
  {
    id: 'lv-clean-1',
    language: 'lv',
    text: 'Atgādinām, ka Krimināllikuma 154.1 pants paredz atbildību par cilvēku tirdzniecību. Darba grupas sanāksme notiks 2025. gada 12. jūnijā plkst. 10.00, Rīgā, Brīvības ielā 61, LV-1010.',
    expected: [],
  },
  {
    id: 'lv-clean-2',
    language: 'lv',
    text: 'Biedrības "Patvērums Drošā māja" bezmaksas informatīvais tālrunis 80002012 strādā darba dienās. Reģ. nr. 40008012345. 2024. gadā konsultēti 312 cilvēki, no tiem 41 nepilngadīgais.',
    published: { phones: ['+371 80002012'] },
    expected: [],
  },
  {
    id: 'lv-clean-3',
    language: 'lv',
    text: 'Sociālā dienesta metodiskais materiāls (ISBN 978-9934-19-123-4) ir pieejams bibliotēkā. Nodaļa 3.2 apraksta, kā cietušajiem nodrošināt tulku, un 2023. gada statistiku.',
    expected: [],
  },
  {
    id: 'lt-planted-1',
    language: 'lt',
    text: 'Nukentėjusioji Rūta Kazlauskaitė, asmens kodas 39601211408, prašo pagalbos grįžti iš Vokietijos. Jos telefonas +370 612 34567.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Rūta Kazlauskaitė'],
      ['NATIONAL_ID', '39601211408'],
      ['PHONE', '+370 612 34567'],
    ],
  },
  {
    id: 'lt-planted-2',
    language: 'lt',
    text: 'Mergaitė Gabija, gimusi 2008-07-22, buvo išnaudojama Klaipėdoje. Aukos motina rašo el. paštu gabijos.mama@gmail.com.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Gabija'],
      ['BIRTH_DATE', '2008-07-22'],
      ['EMAIL', 'gabijos.mama@gmail.com'],
    ],
  },
  {
    id: 'lt-clean-1',
    language: 'lt',
    text: 'Baudžiamojo kodekso 147 straipsnis numato atsakomybę už prekybą žmonėmis. Posėdis vyks 2025 m. gegužės 20 d. Vilniuje, Gedimino pr. 11, LT-01103. Dalyvaus 24 specialistai.',
    expected: [],
  },
  {
    id: 'lt-clean-2',
    language: 'lt',
    text: 'Pagalbos linija 8 800 66 366 dirba visą parą. 2023 m. užregistruota 57 aukos, iš jų 12 vaikų. Sąskaita faktūra Nr. 2025/0417 pridedama.',
    published: { phones: ['+370 800 66366'] },
    expected: [],
  },
  {
    id: 'ee-planted-1',
    language: 'ee',
    text: 'Ohver Kadri Tamm (isikukood 34401095392) viibib praegu Tallinna varjupaigas. Tema telefon 5123 4567, palun helistada ainult tööajal.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Kadri Tamm'],
      ['NATIONAL_ID', '34401095392'],
      ['PHONE', '5123 4567'],
    ],
  },
  {
    id: 'ee-planted-2',
    language: 'ee',
    text: 'Alaealine Mari (16 a.) on sündinud 02.11.2008 ja elab praegu Tartus. Tema ema e-post mari.ema@hot.ee.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Mari'],
      ['BIRTH_DATE', '(16 a.)'],
      ['BIRTH_DATE', '02.11.2008'],
      ['EMAIL', 'mari.ema@hot.ee'],
    ],
  },
  {
    id: 'ee-clean-1',
    language: 'ee',
    text: 'Karistusseadustiku § 133 käsitleb inimkaubandust. Võrgustiku kohtumine toimub 03.09.2025 kell 13.00 Tallinnas, Suur-Ameerika 1, 10122. Osalejaid on 35 ja ettekandeid 6.',
    expected: [],
  },
  {
    id: 'ee-clean-2',
    language: 'ee',
    text: 'Ohvriabi kriisitelefon 116 006 ja inimkaubanduse nõuandeliin +372 660 7320 on avatud ööpäev läbi. 2024. aastal pöördus 143 inimest, neist 29 ohvrit.',
    published: { phones: ['+372 660 7320'] },
    expected: [],
  },
];
