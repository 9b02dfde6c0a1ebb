import type { CorpusPost } from '../corpus/post.js';

/** Polish, German and Russian posts of the held-out corpus, written before reading the rules. */
export const HELD_OUT_CENTRAL: readonly CorpusPost[] = [
  {
    id: 'ho-pl-planted-1',
    language: 'pl',
    text: 'Pokrzywdzona Katarzyna Wiśniewska (PESEL 880714 12342) zgłosiła się wczoraj do ośrodka w Warszawie. Prosi o kontakt pod numerem 601-234-567.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Katarzyna Wiśniewska'],
      ['NATIONAL_ID', '880714 12342'],
      ['PHONE', '601-234-567'],
    ],
  },
  {
    id: 'ho-pl-planted-2',
    language: 'pl',
    text: 'Rozmawiałam z ofiarą, Anną Nowak, urodzoną 5 czerwca 2002 r. w Białymstoku. Jej PESEL: 02260305675.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Anną Nowak'],
      ['BIRTH_DATE', '5 czerwca 2002'],
      ['NATIONAL_ID', '02260305675'],
    ],
  },
  {
    id: 'ho-pl-planted-3',
    language: 'pl',
    text: 'Dziewczyna ma na imię Oksana, lat 17, przyjechała z Łucka. Opiekunka w ośrodku prosi o maila: oksana.l2008@wp.pl.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Oksana'],
      ['BIRTH_DATE', 'lat 17'],
      ['EMAIL', 'oksana.l2008@wp.pl'],
    ],
  },
  {
    id: 'ho-pl-planted-4',
    language: 'pl',
    text: 'Klient Piotr Zieliński, ur. 09.12.1975, pracował na budowie w Niemczech bez wynagrodzenia. Tel. +48 (22) 123 45 67 nie odpowiada, komórka 0048 788 654 321.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Piotr Zieliński'],
      ['BIRTH_DATE', '09.12.1975'],
      ['PHONE', '+48 (22) 123 45 67'],
      ['PHONE', '0048 788 654 321'],
    ],
  },
  {
    id: 'ho-pl-planted-5',
    language: 'pl',
    text: 'Przekazuję sprawę pokrzywdzonej MARII KOWALCZYK (PESEL 043117-03450); urodzona 17.11.2004, obecnie w hostelu interwencyjnym.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'MARII KOWALCZYK'],
      ['NATIONAL_ID', '043117-03450'],
      ['BIRTH_DATE', '17.11.2004'],
    ],
  },
  {
    id: 'ho-pl-clean-1',
    language: 'pl',
    text: 'Przypominam, że art. 189a § 1 Kodeksu karnego przewiduje karę od 3 lat pozbawienia wolności. Spotkanie zespołu odbędzie się 12 marca 2025 r. o godz. 10:00 w KCIK, tel. +48 22 628 01 20.',
    published: { phones: ['+48 22 628 01 20'] },
    expected: [],
  },
  {
    id: 'ho-pl-clean-2',
    language: 'pl',
    text: 'Sygn. akt II K 1234/23: Sąd Okręgowy w Krakowie skazał 3 osoby za handel ludźmi. W 2024 r. zidentyfikowano 142 ofiary, w tym 38 % kobiet.',
    expected: [],
  },
  {
    id: 'ho-pl-clean-3',
    language: 'pl',
    text: 'Fundacja La Strada prowadzi telefon zaufania 22 628 99 99 od poniedziałku do piątku. Budżet projektu na 2025 r. wynosi 450 000 zł, z czego 12 % na szkolenia.',
    published: { phones: ['22 628 99 99'] },
    expected: [],
  },
  {
    id: 'ho-pl-clean-4',
    language: 'pl',
    text: 'Ofiary handlu ludźmi z Ukrainy mogą korzystać z pomocy na podstawie ustawy z dnia 12 marca 2022 r. (Dz.U. 2022 poz. 583). Szczegóły zna Straż Graniczna w Przemyślu.',
    expected: [],
  },
  {
    id: 'ho-pl-clean-5',
    language: 'pl',
    text: 'Dyrektor Jan Kowalski z Ministerstwa Spraw Wewnętrznych przedstawił raport za lata 2019–2024. Liczba postępowań wzrosła o 17 %, a średni czas sprawy to 14 miesięcy.',
    expected: [],
  },
  {
    id: 'ho-de-planted-1',
    language: 'de',
    text: 'Das Opfer, Lena Schmidt, geboren am 12.04.2003 in Rostock, ist seit Montag in der Schutzwohnung. Handy: 0151 2345 6789.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Lena Schmidt'],
      ['BIRTH_DATE', '12.04.2003'],
      ['PHONE', '0151 2345 6789'],
    ],
  },
  {
    id: 'ho-de-planted-2',
    language: 'de',
    text: 'Die Betroffene Ana Popescu (22) hat ihre Steuer-ID 47 153 920 811 mitgebracht; der Arbeitgeber hatte sie angemeldet.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ana Popescu'],
      ['BIRTH_DATE', '(22)'],
      ['NATIONAL_ID', '47 153 920 811'],
    ],
  },
  {
    id: 'ho-de-planted-3',
    language: 'de',
    text: 'Der Anwalt des Opfers Jonas Becker bittet um Rückruf unter +49 30 1234567. Jonas ist erst 15 Jahre alt.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Jonas Becker'],
      ['PHONE', '+49 30 1234567'],
      ['BIRTH_DATE', '15 Jahre alt'],
    ],
  },
  {
    id: 'ho-de-planted-4',
    language: 'de',
    text: 'Wir betreuen die Klientin Olena aus Charkiw, geb. 30.09.1998. Ihre private Adresse: olena.k98@gmx.de – bitte nur verschlüsselt schreiben.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Olena'],
      ['BIRTH_DATE', '30.09.1998'],
      ['EMAIL', 'olena.k98@gmx.de'],
    ],
  },
  {
    id: 'ho-de-planted-5',
    language: 'de',
    text: 'Steuer-Identifikationsnummer 57190831244, Mädchen Mia, Geburtsdatum 2. Januar 2010: so stand es in der Akte, die wir beim Arbeitgeber fanden.',
    expected: [
      ['NATIONAL_ID', '57190831244'],
      ['NAME_WITH_CASE_WORD', 'Mia'],
      ['BIRTH_DATE', '2. Januar 2010'],
    ],
  },
  {
    id: 'ho-de-clean-1',
    language: 'de',
    text: 'Nach § 232a Abs. 1 StGB wird Zwangsprostitution mit Freiheitsstrafe von sechs Monaten bis zu zehn Jahren bestraft. Das BKA meldet für 2023 insgesamt 364 Verfahren (+ 5 %).',
    expected: [],
  },
  {
    id: 'ho-de-clean-2',
    language: 'de',
    text: 'Az. 2 KLs 17/24: Das Landgericht Hamburg hat am 14.02.2025 drei Angeklagte verurteilt. Die Opfer wurden von der Fachberatungsstelle KOOFRA betreut, Tel. +49 40 679 99 757.',
    published: { phones: ['+49 40 679 99 757'] },
    expected: [],
  },
  {
    id: 'ho-de-clean-3',
    language: 'de',
    text: 'Der KOK-Bundesverband lädt zur Fachtagung am 23. Mai 2025 in Berlin ein. Teilnahmegebühr 80 €, Anmeldung bis 30.04. unter info@kok-buero.de oder 030 263 911 76.',
    published: { phones: ['030 263 911 76'], emails: ['info@kok-buero.de'] },
    expected: [],
  },
  {
    id: 'ho-de-clean-4',
    language: 'de',
    text: 'Frage an die Runde: Wie geht ihr mit Opfern um, die nach dem 1. Januar 2024 eingereist sind? Die Bedenk- und Stabilisierungsfrist nach § 59 Abs. 7 AufenthG beträgt drei Monate.',
    expected: [],
  },
  {
    id: 'ho-de-clean-5',
    language: 'de',
    text: 'Staatssekretärin Dr. Petra Müller eröffnete die Konferenz. 42 % der identifizierten Betroffenen waren 2023 Männer, meist in Landwirtschaft und Bau; Schaden geschätzt 2,3 Mio. Euro.',
    expected: [],
  },
  {
    id: 'ho-ru-planted-1',
    language: 'ru',
    text: 'Потерпевшая Ольга Иванова, 1995 г.р., обратилась в центр в Нарве. Её телефон +7 912 345-67-89, звонить только днём.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ольга Иванова'],
      ['BIRTH_DATE', '1995 г.р.'],
      ['PHONE', '+7 912 345-67-89'],
    ],
  },
  {
    id: 'ho-ru-planted-2',
    language: 'ru',
    text: 'Жертва — девушка по имени Наталья, родилась 14 марта 2006 года в Пскове. СНИЛС 129-847-361 04 указан в её трудовом договоре.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Наталья'],
      ['BIRTH_DATE', '14 марта 2006'],
      ['NATIONAL_ID', '129-847-361 04'],
    ],
  },
  {
    id: 'ho-ru-planted-3',
    language: 'ru',
    text: 'Клиентка Светлана (34 года) просит связаться с ней по почте svetlana.m@mail.ru или по номеру 8 (921) 555-12-34.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Светлана'],
      ['BIRTH_DATE', '(34 года)'],
      ['EMAIL', 'svetlana.m@mail.ru'],
      ['PHONE', '8 (921) 555-12-34'],
    ],
  },
  {
    id: 'ho-ru-planted-4',
    language: 'ru',
    text: 'Мы нашли мальчика Артёма в Риге; дата рождения 02.07.2011, документов нет. СНИЛС 15729038483 нашли в телефоне вербовщика.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Артёма'],
      ['BIRTH_DATE', '02.07.2011'],
      ['NATIONAL_ID', '15729038483'],
    ],
  },
  {
    id: 'ho-ru-planted-5',
    language: 'ru',
    text: 'Адвокат потерпевшей Марины Соколовой просит не публиковать её номер +371 2345 6789 в общем чате.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Марины Соколовой'],
      ['PHONE', '+371 2345 6789'],
    ],
  },
  {
    id: 'ho-ru-clean-1',
    language: 'ru',
    text: 'Статья 127.1 УК РФ предусматривает наказание до 6 лет лишения свободы. Заседание рабочей группы состоится 15 апреля 2025 г. в 11:00 по адресу: Таллин, ул. Нарвское шоссе 7.',
    expected: [],
  },
  {
    id: 'ho-ru-clean-2',
    language: 'ru',
    text: 'В 2024 году горячая линия приняла 2 315 звонков, из них 27 % касались трудовой эксплуатации. Номер линии +372 660 7320 работает круглосуточно.',
    published: { phones: ['+372 660 7320'] },
    expected: [],
  },
  {
    id: 'ho-ru-clean-3',
    language: 'ru',
    text: 'Дело № 1-245/2023 рассмотрено Псковским городским судом. Жертвы получили компенсацию в размере 1 200 000 рублей; приговор вступил в силу 03.03.2024.',
    expected: [],
  },
  {
    id: 'ho-ru-clean-4',
    language: 'ru',
    text: 'Коллеги, напоминаю: девушки и женщины из Украины, прибывшие после 24 февраля 2022 г., имеют право на временную защиту (Директива 2001/55/ЕС).',
    expected: [],
  },
  {
    id: 'ho-ru-clean-5',
    language: 'ru',
    text: 'Доклад представила Елена Смирнова из МОМ. По её данным, 64 % пострадавших — женщины, средний возраст 29 лет, бюджет программы 350 000 евро.',
    expected: [],
  },
];
