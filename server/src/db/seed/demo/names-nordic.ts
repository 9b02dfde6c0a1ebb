// Fictional name pools for the Nordic countries (Icelandic patronymics inflect like surnames: -son / -dóttir).
import { givenNames, nameList, type NamePool } from './name-pool.js';

export const DANISH: NamePool = {
  language: 'da',
  female: givenNames('Mette, Anne, Camilla, Louise, Sofie, Ida, Maja, Line, Signe, Karen, Birgitte, Trine, Helle, Freja, Astrid'),
  male: givenNames('Søren, Mads, Rasmus, Jesper, Anders, Henrik, Niels, Frederik, Mikkel, Jens, Lars, Kasper, Thomas, Morten, Emil'),
  surnames: nameList(
    'Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Madsen, Kristensen, Olsen, Thomsen, Poulsen, Møller, Mortensen, Østergaard, Kjær, Dahl',
  ),
};

export const FINNISH: NamePool = {
  language: 'fi',
  female: givenNames('Aino, Helmi, Satu, Päivi, Johanna, Minna, Tiina, Riikka, Laura, Elina, Sanna, Hanna, Kaisa, Marjatta, Noora'),
  male: givenNames('Juha, Mikko, Timo, Jukka, Antti, Matti, Pekka, Ville, Janne, Sami, Kari, Heikki, Teemu, Jyrki, Olli'),
  surnames: nameList(
    'Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Kinnunen, Tuominen, Väisänen, Ylönen',
  ),
};

export const NORWEGIAN: NamePool = {
  language: 'no',
  female: givenNames('Ingrid, Kari, Hilde, Marit, Silje, Ragnhild, Tone, Solveig, Guro, Ane, Nora, Sigrid, Live, Bodil, Turid'),
  male: givenNames('Ola, Knut, Håkon, Eirik, Sindre, Øyvind, Bjørn, Torstein, Gunnar, Vegard, Per, Halvor, Magnus, Arne, Trond'),
  surnames: nameList(
    'Hansen, Johansen, Olsen, Larsen, Andersen, Berg, Haugen, Hagen, Bakken, Solberg, Dahl, Lie, Strand, Halvorsen, Moen, Aasen, Lund, Nygård, Brekke, Sæther',
  ),
};

export const SWEDISH: NamePool = {
  language: 'sv',
  female: givenNames('Anna, Eva, Karin, Maria, Lena, Ingrid, Elin, Emma, Sara, Johanna, Åsa, Malin, Linnéa, Ulrika, Frida'),
  male: givenNames('Erik, Lars, Karl, Johan, Anders, Per, Magnus, Fredrik, Mattias, Björn, Oskar, Gustav, Henrik, Olof, Nils'),
  surnames: nameList(
    'Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Lindqvist, Lindberg, Engström, Sjöberg, Åberg, Holm, Bergström, Lundgren, Wallin, Ekström',
  ),
};

export const ICELANDIC: NamePool = {
  language: 'is',
  female: givenNames('Guðrún, Sigríður, Kristín, Helga, Anna, Þórunn, Ásdís'),
  male: givenNames('Jón, Sigurður, Guðmundur, Gunnar, Ólafur, Einar, Þórður'),
  surnames: nameList(
    'Jónsson/Jónsdóttir, Sigurðsson/Sigurðardóttir, Gunnarsson/Gunnarsdóttir, Ólafsson/Ólafsdóttir, Einarsson/Einarsdóttir, Magnússon/Magnúsdóttir',
  ),
};
