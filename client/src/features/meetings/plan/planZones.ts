// The zones of the network's countries (four offsets across the region), and the reader's own when it is another.
const REGION_ZONES = [
  'Europe/Berlin',
  'Europe/Copenhagen',
  'Europe/Helsinki',
  'Atlantic/Reykjavik',
  'Europe/Moscow',
  'Europe/Oslo',
  'Europe/Riga',
  'Europe/Stockholm',
  'Europe/Tallinn',
  'Europe/Vilnius',
  'Europe/Warsaw',
  'UTC',
];

export function zoneOptions(readerZone: string, chosen: string): string[] {
  return [...new Set([...REGION_ZONES, readerZone, chosen])].filter(Boolean).toSorted();
}
