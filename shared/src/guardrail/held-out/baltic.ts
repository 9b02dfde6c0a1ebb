import type { CorpusPost } from '../corpus/post.js';

/** Latvian, Lithuanian and Estonian posts of the held-out corpus, written before reading the rules. */
export const HELD_OUT_BALTIC: readonly CorpusPost[] = [
  {
    id: 'ho-lv-planted-1',
    language: 'lv',
    text: 'Cietusī Ilze Kalniņa, personas kods 150392-12345, šodien tika pārvesta uz patversmi Jelgavā. Tālr. 26 123 456.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ilze Kalniņa'],
      ['NATIONAL_ID', '150392-12345'],
      ['PHONE', '26 123 456'],
    ],
  },
  {
    id: 'ho-lv-planted-2',
    language: 'lv',
    text: 'Meitene Laura, dzimusi 2005. gada 7. decembrī, strādāja kafejnīcā Londonā bez algas. Viņas jaunais personas kods ir 324517 83902.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Laura'],
      ['BIRTH_DATE', '2005. gada 7. decembrī'],
      ['NATIONAL_ID', '324517 83902'],
    ],
  },
  {
    id: 'ho-lv-planted-3',
    language: 'lv',
    text: 'Lūdzu sazinieties ar cietušās Annas Bērziņas advokātu. Anna ir 23 gadus veca, viņas e-pasts anna.berzina@gmail.com.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Annas Bērziņas'],
      ['BIRTH_DATE', '23 gadus veca'],
      ['EMAIL', 'anna.berzina@gmail.com'],
    ],
  },
  {
    id: 'ho-lv-planted-4',
    language: 'lv',
    text: 'Klients Jānis Ozols (dz. 29.08.1986, p.k. 290886-15674) atgriezās no Īrijas. Mob. +371 2912 3456.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Jānis Ozols'],
      ['BIRTH_DATE', '29.08.1986'],
      ['NATIONAL_ID', '290886-15674'],
      ['PHONE', '+371 2912 3456'],
    ],
  },
  {
    id: 'ho-lv-clean-1',
    language: 'lv',
    text: 'Krimināllikuma 154.1 pants paredz brīvības atņemšanu līdz astoņiem gadiem. 2024. gadā identificēti 48 cietušie, no tiem 60 % sievietes. Patvērums „Drošā māja”, tālr. 28 612 120.',
    published: { phones: ['28 612 120'] },
    expected: [],
  },
  {
    id: 'ho-lv-clean-2',
    language: 'lv',
    text: 'Lieta Nr. 11816001523 nodota prokuratūrai 2025. gada 3. februārī. Darba grupas sanāksme notiks 12. martā plkst. 14.00 Iekšlietu ministrijā, Čiekurkalna 1. līnijā 1.',
    expected: [],
  },
  {
    id: 'ho-lv-clean-3',
    language: 'lv',
    text: 'Valsts policijas priekšnieks Armands Ruks prezentēja statistiku: 2023. gadā uzsāktas 17 kriminālprocesi, budžets 250 000 eiro apmācībām.',
    expected: [],
  },
  {
    id: 'ho-lv-clean-4',
    language: 'lv',
    text: 'Atgādinām, ka cietušie var saņemt valsts apmaksātu rehabilitāciju līdz 180 dienām (MK noteikumi Nr. 344). Konsultācijas: info@patvertne-dm.lv.',
    published: { emails: ['info@patvertne-dm.lv'] },
    expected: [],
  },
  {
    id: 'ho-lv-clean-5',
    language: 'lv',
    text: 'Sieviešu krīzes centrs Marta 2024. gadā sniedza 1 214 konsultācijas (+15 %). Pieteikšanās apmācībām līdz 20.04.2025.',
    expected: [],
  },
  {
    id: 'ho-lt-planted-1',
    language: 'lt',
    text: 'Nukentėjusioji Rasa Kazlauskienė (asmens kodas 49911110877) prašo, kad jai skambintume tik numeriu +370 612 34567.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Rasa Kazlauskienė'],
      ['NATIONAL_ID', '49911110877'],
      ['PHONE', '+370 612 34567'],
    ],
  },
  {
    id: 'ho-lt-planted-2',
    language: 'lt',
    text: 'Mergina vardu Ieva, gimusi 2007 m. rugsėjo 12 d., buvo rasta Klaipėdoje. Jos el. paštas ieva.p2007@gmail.com.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ieva'],
      ['BIRTH_DATE', '2007 m. rugsėjo 12 d.'],
      ['EMAIL', 'ieva.p2007@gmail.com'],
    ],
  },
  {
    id: 'ho-lt-planted-3',
    language: 'lt',
    text: 'Klientas Tomas Jankauskas, 28 m., dirbo statybose Norvegijoje. A. k. 396 050 71230, tel. 8 686 12345.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Tomas Jankauskas'],
      ['BIRTH_DATE', '28 m.'],
      ['NATIONAL_ID', '396 050 71230'],
      ['PHONE', '8 686 12345'],
    ],
  },
  {
    id: 'ho-lt-planted-4',
    language: 'lt',
    text: 'Aukos Gretos Petrauskaitės byloje nurodyta gimimo data: 2005-02-19, asmens kodas 60502190448.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Gretos Petrauskaitės'],
      ['BIRTH_DATE', '2005-02-19'],
      ['NATIONAL_ID', '60502190448'],
    ],
  },
  {
    id: 'ho-lt-clean-1',
    language: 'lt',
    text: 'BK 147 straipsnis numato laisvės atėmimą nuo 2 iki 10 metų. 2024 m. ikiteisminių tyrimų skaičius išaugo 12 %. Pasitikėjimo telefonas 8 800 66 366.',
    published: { phones: ['8 800 66 366'] },
    expected: [],
  },
  {
    id: 'ho-lt-clean-2',
    language: 'lt',
    text: 'Byla Nr. 1-345-678/2024 perduota teismui 2025 m. sausio 15 d. Nukentėjusiems asmenims atstovauja Caritas, kontaktai: info@caritas.lt.',
    published: { emails: ['info@caritas.lt'] },
    expected: [],
  },
  {
    id: 'ho-lt-clean-3',
    language: 'lt',
    text: 'Seminaras darbo inspektoriams vyks 2025 m. gegužės 6–7 d. Vilniuje. Dalyvio mokestis 60 Eur, vietų skaičius 40.',
    expected: [],
  },
  {
    id: 'ho-lt-clean-4',
    language: 'lt',
    text: 'Vidaus reikalų ministrė Agnė Bilotaitė pristatė veiksmų planą 2024–2026 m.; finansavimas 1,5 mln. eurų, iš jų 30 % aukų pagalbai.',
    expected: [],
  },
  {
    id: 'ho-et-planted-1',
    language: 'et',
    text: 'Ohver Kati Tamm, isikukood 49003122715, viibib praegu turvakodus Tartus. Tema telefon on +372 5123 4567.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Kati Tamm'],
      ['NATIONAL_ID', '49003122715'],
      ['PHONE', '+372 5123 4567'],
    ],
  },
  {
    id: 'ho-et-planted-2',
    language: 'et',
    text: 'Kannatanu Marko (sündinud 15.06.1985) töötas Soomes ehitusel. Isikukood 385 0615 0126, e-post marko.k85@hot.ee.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Marko'],
      ['BIRTH_DATE', '15.06.1985'],
      ['NATIONAL_ID', '385 0615 0126'],
      ['EMAIL', 'marko.k85@hot.ee'],
    ],
  },
  {
    id: 'ho-et-planted-3',
    language: 'et',
    text: 'Tüdruk nimega Liisa, 16-aastane, leiti Narva bussijaamast. Ema number 5876 5432.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Liisa'],
      ['BIRTH_DATE', '16-aastane'],
      ['PHONE', '5876 5432'],
    ],
  },
  {
    id: 'ho-et-planted-4',
    language: 'et',
    text: 'Palun saatke ohvri Anastassia Ivanova dokumendid advokaadile. Ta on sündinud 24. veebruaril 2008, isikukood 60802240428.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Anastassia Ivanova'],
      ['BIRTH_DATE', '24. veebruaril 2008'],
      ['NATIONAL_ID', '60802240428'],
    ],
  },
  {
    id: 'ho-et-clean-1',
    language: 'et',
    text: 'Karistusseadustiku § 133 näeb ette kuni 15-aastase vangistuse. 2024. aastal registreeriti 32 kuritegu, ohvritest 58 % naised. Ohvriabi infoliin 116 006.',
    expected: [],
  },
  {
    id: 'ho-et-clean-2',
    language: 'et',
    text: 'Kriminaalasi nr 1-24-1234 anti kohtusse 10.01.2025. Töörühma koosolek toimub 5. märtsil kell 10.00 Sotsiaalministeeriumis, tel +372 626 9301.',
    published: { phones: ['+372 626 9301'] },
    expected: [],
  },
  {
    id: 'ho-et-clean-3',
    language: 'et',
    text: 'Sotsiaalkindlustusamet rahastab 2025. aastal ohvriabi 1,2 miljoni euroga. Koolitus ohvriabitöötajatele toimub 14.–15. mail Tallinnas, osalustasu 50 eurot.',
    expected: [],
  },
  {
    id: 'ho-et-clean-4',
    language: 'et',
    text: 'Justiitsminister Liisa Pakosta tutvustas eelnõu, mis muudab ohvrite hüvitamise korda alates 1. jaanuarist 2026.',
    expected: [],
  },
];
