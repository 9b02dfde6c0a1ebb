import type { Prng } from './prng.js';

/** Fictional people: given names and surnames per country, in the country's own script and diacritics. */
interface NamePool {
  female: string[];
  male: string[];
  /** "masculine/feminine" where the surname inflects by gender. */
  surnames: string[];
}

const list = (text: string): string[] => text.split(',').map((s) => s.trim());

const POOLS: Record<string, NamePool> = {
  DK: {
    female: list('Anne, Mette, Kirsten, Hanne, Camilla, Louise, Sofie, Ida'),
    male: list('Søren, Jens, Lars, Mads, Rasmus, Anders, Morten, Jørgen'),
    surnames: list('Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Sørensen, Møller, Østergaard, Kjær'),
  },
  EE: {
    female: list('Kadri, Liis, Triin, Maarja, Piret, Külli, Ülle, Tiina'),
    male: list('Tõnu, Jaan, Märt, Andres, Priit, Toomas, Jüri, Siim'),
    surnames: list('Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Pärn, Kõiv, Lõhmus'),
  },
  FI: {
    female: list('Aino, Päivi, Sari, Tuula, Minna, Riikka, Satu, Hanna'),
    male: list('Jukka, Matti, Pekka, Juha, Antti, Mikko, Timo, Väinö'),
    surnames: list('Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen'),
  },
  DE: {
    female: list('Anna, Katrin, Sabine, Jana, Ulrike, Birgit, Lena, Jutta'),
    male: list('Thomas, Michael, Stefan, Jörg, Klaus, Andreas, Matthias, Uwe'),
    surnames: list('Müller, Schmidt, Schneider, Fischer, Weiß, Krüger, Wagner, Becker, Schäfer, Hoffmann'),
  },
  IS: {
    female: list('Guðrún, Sigríður, Kristín, Margrét, Helga, Anna'),
    male: list('Jón, Sigurður, Guðmundur, Gunnar, Ólafur, Einar'),
    surnames: list('Jónsson/Jónsdóttir, Sigurðsson/Sigurðardóttir, Guðmundsson/Guðmundsdóttir, Einarsson/Einarsdóttir'),
  },
  LV: {
    female: list('Ilze, Inese, Līga, Dace, Kristīne, Ieva, Māra, Zane'),
    male: list('Jānis, Andris, Mārtiņš, Edgars, Kārlis, Guntis, Juris, Ēriks'),
    surnames: list(
      'Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Jansons/Jansone, Liepiņš/Liepiņa, Krūmiņš/Krūmiņa, Vītols/Vītola, Šmits/Šmite',
    ),
  },
  LT: {
    female: list('Rūta, Eglė, Jurgita, Aistė, Indrė, Giedrė, Živilė, Gintarė'),
    male: list('Tomas, Mindaugas, Darius, Vytautas, Saulius, Žilvinas, Kęstutis, Arūnas'),
    surnames: list(
      'Kazlauskas/Kazlauskienė, Petrauskas/Petrauskaitė, Jankauskas/Jankauskienė, Stankevičius/Stankevičiūtė, Žukauskas/Žukauskaitė, Šimkus/Šimkutė',
    ),
  },
  NO: {
    female: list('Ingrid, Kari, Marit, Solveig, Åse, Hilde, Siri, Tone'),
    male: list('Ole, Bjørn, Knut, Håkon, Per, Arne, Geir, Øyvind'),
    surnames: list('Hansen, Johansen, Olsen, Larsen, Berg, Haugen, Bakke, Solberg, Dahl, Lunde'),
  },
  PL: {
    female: list('Anna, Małgorzata, Katarzyna, Agnieszka, Magdalena, Joanna, Beata, Żaneta'),
    male: list('Piotr, Krzysztof, Tomasz, Paweł, Łukasz, Michał, Grzegorz, Wojciech'),
    surnames: list(
      'Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Dąbrowski/Dąbrowska',
    ),
  },
  RU: {
    female: list('Анна, Мария, Елена, Ольга, Наталья, Татьяна, Ирина, Светлана'),
    male: list('Алексей, Дмитрий, Сергей, Андрей, Михаил, Николай, Игорь, Владимир'),
    surnames: list(
      'Иванов/Иванова, Смирнов/Смирнова, Кузнецов/Кузнецова, Попов/Попова, Соколов/Соколова, Лебедев/Лебедева, Морозов/Морозова, Волков/Волкова',
    ),
  },
  SE: {
    female: list('Anna, Eva, Karin, Maria, Åsa, Lena, Ingrid, Sofia'),
    male: list('Lars, Anders, Johan, Erik, Per, Björn, Magnus, Göran'),
    surnames: list('Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Öberg, Lindström, Åberg, Bergström'),
  },
};

/** Russian-speaking minorities in the Baltic states: some of them write their names in Cyrillic. */
const CYRILLIC_SHARE: Record<string, number> = { EE: 0.08, LV: 0.1, LT: 0.04, FI: 0.02 };

export function personName(prng: Prng, countryCode: string): string {
  const pool = prng.chance(CYRILLIC_SHARE[countryCode] ?? 0) ? POOLS.RU : POOLS[countryCode];
  if (!pool) throw new Error(`no name pool for ${countryCode}`);
  const female = prng.chance(0.6);
  const given = prng.pick(female ? pool.female : pool.male);
  const [masculine, feminine] = prng.pick(pool.surnames).split('/');
  const surname = female ? (feminine ?? masculine) : masculine;
  // A middle initial now and then, so 20,000 people do not collapse onto a few hundred names.
  const letters = pool === POOLS.RU ? 'АБВГДЕИКЛМНОПРСТ' : 'ABCDEFGHIJKLMNOPRSTUVW';
  const initial = prng.chance(0.5) ? ` ${prng.pick(letters.split(''))}.` : '';
  return `${given}${initial} ${surname}`;
}
