import type { TFunction } from 'i18next';

/** Where a resource applies, in words: its municipality, its country, or the region. */
export function placeLabel(
  t: TFunction<'library'>,
  resource: { level: string; countryCode?: string | null; municipality?: { name: string } | null },
): string {
  if (resource.municipality) return resource.municipality.name;
  if (resource.level === 'NATIONAL' && resource.countryCode) return resource.countryCode;
  return t('level.REGIONAL');
}

/** A file's size for people: 840 KB, 12.4 MB. */
export function fileSize(bytes: number, locale: string): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024 * 1024) return format(Math.max(1, Math.round(bytes / 1024)), 'KB');
  return format(bytes / 1024 / 1024, 'MB');
}
