/**
 * The directory filtered to one municipality: experts for members, organisations for visitors
 * (who cannot see experts). The country goes along, as the directory's own filters set it
 * (features/directory/useFilterParams.ts): its municipality select needs the country.
 */
export function directoryPath(member: boolean, countryCode: string, municipalityId: string): string {
  const search = new URLSearchParams({ country: countryCode, municipality: municipalityId });
  return `${member ? '/experts' : '/organisations'}?${search.toString()}`;
}
