// Fictional name pools for Germany, Poland and Russia. Russian names come twice: transliterated (as they appear
// in Latin-script documents) and in Cyrillic, so directory search has to handle both scripts.
import { givenNames, nameList, type NamePool } from './name-pool.js';

export const GERMAN: NamePool = {
  language: 'de',
  female: givenNames('Anna, Katharina, Julia, Sabine, Birgit, Claudia, Jana, Lena, Miriam, Ute, Sandra, Franziska, Hannah, Jutta, Lea'),
  male: givenNames(
    'Jürgen, Stefan, Michael, Tobias, Florian, Matthias, Jan, Klaus, Thomas, Andreas, Sebastian, Lukas, Björn, Uwe, Hendrik',
  ),
  surnames: nameList(
    'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, Schröder, Krüger, Lange, Jäger, Köhler, Groß, Brandt, Hartmann, Vogel',
  ),
};

export const POLISH: NamePool = {
  language: 'pl',
  female: givenNames(
    'Agnieszka, Katarzyna, Małgorzata, Joanna, Magdalena, Anna, Ewa, Dorota, Monika, Justyna, Aleksandra, Barbara, Żaneta, Iwona, Beata',
  ),
  male: givenNames(
    'Piotr, Krzysztof, Tomasz, Paweł, Marcin, Michał, Łukasz, Andrzej, Grzegorz, Jakub, Wojciech, Mariusz, Rafał, Sławomir, Jarosław',
  ),
  surnames: nameList(
    'Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, Krawczyk, Nowak, Pietrzak, Żukowski/Żukowska, Grabowski/Grabowska, Michalak, Sobczak',
  ),
};

export const RUSSIAN_LATIN: NamePool = {
  language: 'ru',
  female: givenNames(
    'Anna, Yelena, Olga, Tatiana, Natalia, Irina, Svetlana, Maria, Yekaterina, Anastasia, Marina, Yulia, Oksana, Daria, Vera',
  ),
  male: givenNames(
    'Aleksandr, Sergey, Dmitry, Andrey, Alexey, Mikhail, Ivan, Nikolay, Vladimir, Pavel, Igor, Maxim, Oleg, Yuri, Konstantin',
  ),
  surnames: nameList(
    'Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Popov/Popova, Vasiliev/Vasilieva, Petrov/Petrova, Sokolov/Sokolova, Mikhailov/Mikhailova, Novikov/Novikova, Fedorov/Fedorova, Morozov/Morozova, Volkov/Volkova, Alekseev/Alekseeva, Lebedev/Lebedeva, Semyonov/Semyonova, Egorov/Egorova, Pavlov/Pavlova, Kozlov/Kozlova, Orlov/Orlova, Belov/Belova',
  ),
};

export const RUSSIAN_CYRILLIC: NamePool = {
  language: 'ru',
  female: givenNames('Анна, Елена, Ольга, Татьяна, Наталья, Ирина, Светлана, Мария, Екатерина, Анастасия, Марина, Юлия'),
  male: givenNames('Александр, Сергей, Дмитрий, Андрей, Алексей, Михаил, Иван, Николай, Владимир, Павел, Игорь, Олег'),
  surnames: nameList(
    'Иванов/Иванова, Смирнов/Смирнова, Кузнецов/Кузнецова, Попов/Попова, Васильев/Васильева, Петров/Петрова, Соколов/Соколова, Михайлов/Михайлова, Новиков/Новикова, Фёдоров/Фёдорова, Морозов/Морозова, Волков/Волкова, Лебедев/Лебедева, Семёнов/Семёнова, Орлов/Орлова, Белов/Белова',
  ),
};
