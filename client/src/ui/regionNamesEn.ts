// The English names of the network's countries, as Intl.DisplayNames gives them (regionNamesEn.test.ts checks that
// they still agree). Written out because the first Intl.DisplayNames of a page loads the browser's region names: a
// 60–80 ms task on a phone (S8, /meetings and /meetings/:id), for the eleven names every page of meetings and the forum list show.
export const REGION_NAMES_EN: Readonly<Record<string, string>> = {
  DE: 'Germany',
  DK: 'Denmark',
  EE: 'Estonia',
  FI: 'Finland',
  IS: 'Iceland',
  LT: 'Lithuania',
  LV: 'Latvia',
  NO: 'Norway',
  PL: 'Poland',
  RU: 'Russia',
  SE: 'Sweden',
};
