// Name pools for staff with a migration background: NGOs and interpreters in the region often employ people who
// share a language with the victims they meet (Ukrainian, Romanian and Vietnamese are among the most needed).
import { givenNames, nameList, type NamePool } from './name-pool.js';

export const UKRAINIAN: NamePool = {
  language: 'uk',
  female: givenNames('Olena, Oksana, Iryna, Kateryna, Nataliia, Yuliia, Halyna'),
  male: givenNames('Oleksandr, Andrii, Serhii, Taras, Mykola, Bohdan, Vasyl'),
  surnames: nameList('Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boiko, Kovalchuk, Marchenko'),
};

export const ROMANIAN: NamePool = {
  language: 'ro',
  female: givenNames('Ioana, Elena, Andreea, Mihaela, Alina, Cristina'),
  male: givenNames('Andrei, Mihai, Radu, Cristian, Florin, Adrian'),
  surnames: nameList('Popescu, Ionescu, Dumitrescu, Stan, Munteanu, Constantin, Moldovan, Stoica'),
};

export const VIETNAMESE: NamePool = {
  language: 'vi',
  // Middle and given name together, because the middle name (Thị, Văn) follows the family name.
  female: givenNames('Thị Lan, Thị Hoa, Thu Hương, Ngọc Mai, Thị Thảo, Minh Anh'),
  male: givenNames('Văn Minh, Đức Tuấn, Quang Huy, Văn Hùng, Minh Đức, Văn Dũng'),
  surnames: nameList('Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng'),
  familyFirst: true,
};

export const DIASPORA_POOLS: readonly NamePool[] = [UKRAINIAN, UKRAINIAN, ROMANIAN, VIETNAMESE];
