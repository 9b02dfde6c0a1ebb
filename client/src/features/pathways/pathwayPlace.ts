/** Which pathway a page is about: a municipality's (local) or a country's (national). */
export type PathwayPlace = { municipalityId: string } | { countryCode: string };

export function placeVariables(place: PathwayPlace): { municipalityId?: string; countryCode?: string } {
  return 'municipalityId' in place ? { municipalityId: place.municipalityId } : { countryCode: place.countryCode };
}

/** The pages of a pathway: under its municipality, or under /pathways/national/<country>. */
export function pathwayBase(place: PathwayPlace): string {
  return 'municipalityId' in place ? `/m/${place.municipalityId}/pathway` : `/pathways/national/${place.countryCode}`;
}
