import type { CorpusPost } from './post.js';

export const POLISH_GERMAN_RUSSIAN: readonly CorpusPost[] = [
  {
    id: 'pl-planted-1',
    language: 'pl',
    text: 'Pokrzywdzona Agnieszka Nowak, PESEL 04211379104, urodzona 13.01.2004 w Lublinie, przebywa w ośrodku interwencji kryzysowej. Kontakt do niej: tel. 512 345 678.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Agnieszka Nowak'],
      ['NATIONAL_ID', '04211379104'],
      ['BIRTH_DATE', '13.01.2004'],
      ['PHONE', '512 345 678'],
    ],
  },
  {
    id: 'pl-planted-2',
    language: 'pl',
    text: 'Ofiara, Katarzyna (17 lat), została zwerbowana przez ogłoszenie w internecie. Matka prosi o kontakt mailowy: kasia.matka@wp.pl lub +48 605 111 222.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Katarzyna'],
      ['BIRTH_DATE', '(17 lat)'],
      ['EMAIL', 'kasia.matka@wp.pl'],
      ['PHONE', '+48 605 111 222'],
    ],
  },
  {
    id: 'pl-planted-3',
    language: 'pl',
    text: 'Klientka Oksana, ur. 1998, pracowała w szklarni pod Poznaniem bez umowy. Jej numer PESEL 16012507200 pojawił się w aktach sprawy.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Oksana'],
      ['BIRTH_DATE', '1998'],
      ['NATIONAL_ID', '16012507200'],
    ],
  },
  {
    id: 'pl-clean-1',
    language: 'pl',
    text: 'Przypominam, że art. 189a k.k. penalizuje handel ludźmi, a art. 115 § 22 k.k. zawiera definicję. Spotkanie zespołu odbędzie się 17.06.2025 o godz. 11:00 w Warszawie, ul. Rakowiecka 2a, 02-517 Warszawa.',
    expected: [],
  },
  {
    id: 'pl-clean-2',
    language: 'pl',
    text: 'Krajowe Centrum Interwencyjno-Konsultacyjne: infolinia +48 22 628 01 20, e-mail kcik@strada.org.pl. W 2024 r. udzielono pomocy 1 032 osobom, w tym 87 małoletnim. NIP 526-17-88-449.',
    published: { phones: ['+48 22 628 01 20'], emails: ['kcik@strada.org.pl'] },
    expected: [],
  },
  {
    id: 'pl-clean-3',
    language: 'pl',
    text: 'Raport „Handel ludźmi w Polsce 2023” (ISBN 978-83-66-12345-6) wskazuje, że ofiary pracy przymusowej to głównie mężczyźni z Ukrainy i Kolumbii. Faktura nr FV/2025/03/117 dotyczy druku.',
    expected: [],
  },
  {
    id: 'de-planted-1',
    language: 'de',
    text: 'Das Opfer Lena Schneider, geboren am 04.08.2001, hat uns ihre Steuer-ID 31530938624 gezeigt. Sie ist unter 0171 2345678 erreichbar.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Lena Schneider'],
      ['BIRTH_DATE', '04.08.2001'],
      ['NATIONAL_ID', '31530938624'],
      ['PHONE', '0171 2345678'],
    ],
  },
  {
    id: 'de-planted-2',
    language: 'de',
    text: 'Die Betroffene namens Ioana, 19 Jahre, wurde in Hamburg in einer Wohnung angetroffen. Ihr Bruder schreibt an ioana.brat@yahoo.com.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Ioana'],
      ['BIRTH_DATE', '19 Jahre'],
      ['EMAIL', 'ioana.brat@yahoo.com'],
    ],
  },
  {
    id: 'de-clean-1',
    language: 'de',
    text: 'Nach § 233a StGB ist Zwangsarbeit strafbar; § 232 StGB regelt den Menschenhandel. Das Opfer Hilfe bekommt, hängt oft vom Aufenthaltsstatus ab. Fachtag am 22.10.2025 in Berlin, 10115 Berlin, Invalidenstraße 44.',
    expected: [],
  },
  {
    id: 'de-clean-2',
    language: 'de',
    text: 'Der KOK e.V. erreichen Sie unter +49 30 263 911 76 oder info@kok-gegen-menschenhandel.de. Im Jahr 2023 wurden 568 Ermittlungsverfahren abgeschlossen, Aktenzeichen 4 StR 123/23.',
    published: { phones: ['+49 30 263 911 76'], emails: ['info@kok-gegen-menschenhandel.de'] },
    expected: [],
  },
  {
    id: 'de-clean-3',
    language: 'de',
    text: 'Für minderjährige Opfer gelten besondere Schutzmaßnahmen. Die Beratungsstelle in Kiel betreute 2024 insgesamt 74 Klientinnen; Rechnung Nr. 2025-0042 über 1.250,00 EUR liegt bei.',
    expected: [],
  },
  {
    id: 'ru-planted-1',
    language: 'ru',
    text: 'Потерпевшая Мария Иванова, родилась 12.03.2005, СНИЛС 765-287-424 44, сейчас находится в кризисном центре в Пскове. Её телефон +7 912 345-67-89.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Мария Иванова'],
      ['BIRTH_DATE', '12.03.2005'],
      ['NATIONAL_ID', '765-287-424 44'],
      ['PHONE', '+7 912 345-67-89'],
    ],
  },
  {
    id: 'ru-planted-2',
    language: 'ru',
    text: 'Девушка Алина, 17 лет, была вывезена в Петербург. Её мать пишет на alina.mama@mail.ru, мы ответили 02.02.2025.',
    expected: [
      ['NAME_WITH_CASE_WORD', 'Алина'],
      ['BIRTH_DATE', '17 лет'],
      ['EMAIL', 'alina.mama@mail.ru'],
    ],
  },
  {
    id: 'ru-clean-1',
    language: 'ru',
    text: 'Статья 127.1 УК РФ предусматривает ответственность за торговлю людьми. Семинар состоится 15.09.2025 в 14:00 в Санкт-Петербурге, 191015, ул. Шпалерная, 52. Зарегистрировано 46 участников.',
    expected: [],
  },
  {
    id: 'ru-clean-2',
    language: 'ru',
    text: 'Горячая линия +7 800 333-00-16 работает круглосуточно. В 2023 году обратились 212 человек, из них 38 жертв трудовой эксплуатации. ИНН 7701234567, счёт № 45-2025.',
    published: { phones: ['+7 800 333-00-16'] },
    expected: [],
  },
];
