/**
 * Countries and municipalities as read models deliver them: plain objects with the fields of the GraphQL
 * `Country` and `Municipality` types, built from a joined row (no entity, no identity map).
 */
export interface CountryView {
  code: string;
  name: string;
  cbssMember: boolean;
  stromParticipant: boolean;
  timeZone: string;
}

export interface MunicipalityView {
  id: string;
  name: string;
  countryCode: string;
  latitude: number;
  longitude: number;
  population: number | null;
}

/** The columns of a country aliased `alias`, as one JSON value (null when the outer join found none). */
export function countryJson(alias: string): string {
  return `case when ${alias}.code is null then null else json_build_object('code', ${alias}.code, 'name', ${alias}.name,
    'cbssMember', ${alias}.cbss_member, 'stromParticipant', ${alias}.strom_participant, 'timeZone', ${alias}.time_zone) end`;
}

export function municipalityJson(alias: string): string {
  return `case when ${alias}.id is null then null else json_build_object('id', ${alias}.id, 'name', ${alias}.name,
    'countryCode', ${alias}.country_code, 'latitude', ${alias}.latitude, 'longitude', ${alias}.longitude,
    'population', ${alias}.population) end`;
}
