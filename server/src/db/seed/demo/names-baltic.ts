// Fictional name pools for Estonia, Latvia and Lithuania. Latvian and Lithuanian surnames inflect by gender;
// Lithuanian feminine forms mix married (-ienė) and maiden (-aitė, -ytė, -ūtė) endings as in real life.
import { givenNames, nameList, type NamePool } from './name-pool.js';

export const ESTONIAN: NamePool = {
  language: 'et',
  female: givenNames('Kadri, Liis, Triin, Kristiina, Maarja, Piret, Katrin, Helen, Merle, Kaja, Eha, Ülle, Tiina, Anu, Külli'),
  male: givenNames('Tõnu, Jaan, Märt, Andres, Rein, Priit, Kalle, Toomas, Indrek, Urmas, Siim, Margus, Tiit, Jüri, Aivar'),
  surnames: nameList(
    'Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Lepik, Kõiv, Oja, Raudsepp, Vaher, Mets, Kallas, Kuusk, Lõhmus, Põder',
  ),
};

export const LATVIAN: NamePool = {
  language: 'lv',
  female: givenNames('Ilze, Inese, Līga, Dace, Kristīne, Anda, Ieva, Māra, Zane, Baiba, Gunta, Sanita, Laura, Elīna, Agnese'),
  male: givenNames('Jānis, Andris, Mārtiņš, Edgars, Aigars, Kārlis, Guntis, Raimonds, Juris, Māris, Artūrs, Uldis, Valdis, Roberts, Ēriks'),
  surnames: nameList(
    'Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Jansons/Jansone, Liepiņš/Liepiņa, Krūmiņš/Krūmiņa, Zariņš/Zariņa, Pētersons/Pētersone, Kļaviņš/Kļaviņa, Vītols/Vītola, Ozols/Ozola, Siliņš/Siliņa, Balodis/Balode, Žagars/Žagare, Šmits/Šmite, Eglītis/Eglīte, Lācis/Lāce, Grīnbergs/Grīnberga, Priedītis/Priedīte, Strautiņš/Strautiņa',
  ),
};

export const LITHUANIAN: NamePool = {
  language: 'lt',
  female: givenNames('Rūta, Eglė, Jurgita, Aistė, Indrė, Lina, Giedrė, Vaida, Dalia, Ieva, Kristina, Rasa, Živilė, Laura, Gintarė'),
  male: givenNames(
    'Tomas, Mindaugas, Darius, Andrius, Vytautas, Paulius, Saulius, Giedrius, Marius, Žilvinas, Rimantas, Justinas, Kęstutis, Arūnas, Dovydas',
  ),
  surnames: nameList(
    'Kazlauskas/Kazlauskienė, Petrauskas/Petrauskaitė, Jankauskas/Jankauskienė, Stankevičius/Stankevičiūtė, Vasiliauskas/Vasiliauskienė, Žukauskas/Žukauskaitė, Butkus/Butkienė, Paulauskas/Paulauskienė, Urbonas/Urbonaitė, Kavaliauskas/Kavaliauskienė, Navickas/Navickienė, Ramanauskas/Ramanauskaitė, Šimkus/Šimkutė, Balčiūnas/Balčiūnienė, Vaitkus/Vaitkutė, Čepulis/Čepulienė, Mockus/Mockutė, Rimkus/Rimkienė',
  ),
};
