import { groupBy } from './group-by.js';
import type { Prng } from './prng.js';

export interface Place {
  id: string;
  name: string;
  countryCode: string;
  latitude: number;
  longitude: number;
  population: number | null;
  /** One of the real municipalities the server seeds, not one we generated. */
  real: boolean;
}

/** Word parts that make plausible (fictional) place names in each country's language. */
const PARTS: Record<string, { stems: string[]; endings: string[] }> = {
  DK: {
    stems: ['Holm', 'Skov', 'Kirke', 'Ny', 'Vester', 'Øster', 'Lund', 'Strand', 'Hede', 'Mølle', 'Sande', 'Egede'],
    endings: ['rup', 'sted', 'borg', 'havn', 'by', 'løse'],
  },
  EE: {
    stems: ['Kuu', 'Järve', 'Põlt', 'Saue', 'Kose', 'Väike', 'Rae', 'Otepää', 'Lagedi', 'Kiisa', 'Tõrva', 'Pala'],
    endings: ['vere', 'la', 'küla', 'maa', 'mõisa', 'jõe'],
  },
  FI: {
    stems: ['Kuusi', 'Järven', 'Ylä', 'Ala', 'Koski', 'Lappi', 'Mänty', 'Sipoo', 'Halla', 'Pihla', 'Kivi', 'Rauta'],
    endings: ['järvi', 'koski', 'lahti', 'salmi', 'mäki', 'niemi'],
  },
  DE: {
    stems: ['Neu', 'Alt', 'Gross', 'Klein', 'Wester', 'Oster', 'Lüne', 'Rosen', 'Linden', 'Eichen', 'Buchen', 'Stein'],
    endings: ['dorf', 'hagen', 'burg', 'stedt', 'feld', 'münde'],
  },
  IS: {
    stems: ['Hvera', 'Vest', 'Aust', 'Sel', 'Borgar', 'Stykkis', 'Grinda', 'Hólma', 'Skaga', 'Dal', 'Reyð', 'Fá'],
    endings: ['fjörður', 'vík', 'staðir', 'nes', 'höfn'],
  },
  LV: {
    stems: ['Ozol', 'Bērz', 'Lejas', 'Kalna', 'Priež', 'Jaun', 'Vec', 'Līv', 'Zaļ', 'Sil', 'Akmeņ', 'Rūj'],
    endings: ['ciems', 'pils', 'muiža', 'grava', 'mala', 'krasti'],
  },
  LT: {
    stems: ['Kalv', 'Šil', 'Ąžuol', 'Pakr', 'Žal', 'Nauj', 'Ger', 'Rūd', 'Alyt', 'Bir', 'Daug', 'Lieps'],
    endings: ['iai', 'ėnai', 'ava', 'uva', 'iškės', 'ininkai'],
  },
  NO: {
    stems: ['Fjell', 'Sol', 'Nord', 'Sør', 'Lille', 'Stor', 'Bjørk', 'Å', 'Vest', 'Øst', 'Skog', 'Elve'],
    endings: ['vik', 'dal', 'stad', 'nes', 'øy', 'fjord'],
  },
  PL: {
    stems: ['Nowo', 'Stary', 'Biało', 'Zielono', 'Dąbro', 'Krzywo', 'Łęczy', 'Żabo', 'Grodzi', 'Lipo', 'Sośnie', 'Brzezi'],
    endings: ['wo', 'ów', 'ice', 'in', 'sk', 'górze'],
  },
  RU: {
    stems: ['Ново', 'Старо', 'Бело', 'Красно', 'Сосно', 'Озер', 'Черно', 'Светло', 'Лесно', 'Речно', 'Зелено'],
    endings: ['горск', 'дольск', 'поль', 'ск', 'во', 'ово'],
  },
  SE: {
    stems: ['Sjö', 'Berg', 'Lind', 'Ek', 'Norr', 'Söder', 'Väster', 'Öster', 'Hag', 'Sand', 'Åker', 'Mal'],
    endings: ['köping', 'by', 'holm', 'vik', 'sund', 'hamra'],
  },
};

/** The real municipalities plus generated ones near them (so coordinates stay inside the same country), up to `total`. */
export function generatePlaces(prng: Prng, real: Place[], total: number): Place[] {
  const places = [...real];
  const taken = new Set(real.map((p) => `${p.countryCode}:${p.name}`));
  const byCountry = groupBy(real, (p) => p.countryCode);
  const countries = [...byCountry.keys()].toSorted();
  let attempts = 0;
  while (places.length < total) {
    if (++attempts > total * 100) throw new Error('could not generate enough distinct place names');
    // Countries with more real municipalities get more generated ones, as they have more in life.
    const anchor = prng.pick(real);
    const countryCode = prng.chance(0.3) ? prng.pick(countries) : anchor.countryCode;
    const near = prng.pick(byCountry.get(countryCode) ?? [anchor]);
    const parts = PARTS[countryCode];
    if (!parts) throw new Error(`no place-name parts for ${countryCode}`);
    const name = `${prng.pick(parts.stems)}${prng.pick(parts.endings)}`;
    const key = `${countryCode}:${name}`;
    if (taken.has(key)) continue;
    taken.add(key);
    places.push({
      id: prng.uuid(),
      name,
      countryCode,
      latitude: round(near.latitude + (prng.next() - 0.5) * 0.8),
      longitude: round(near.longitude + (prng.next() - 0.5) * 1.2),
      population: prng.int(2_000, 90_000),
      real: false,
    });
  }
  return places;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
