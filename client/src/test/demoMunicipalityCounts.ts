import { REGION_NAMES_EN } from '../ui/regionNamesEn';
import type { MunicipalityCountsQuery } from '../gql/graphql';

type Count = MunicipalityCountsQuery['municipalityCounts'][number];

// The server's country names: the browser's English ones, but Russia under its official name.
const COUNTRY_NAMES: Record<string, string> = { ...REGION_NAMES_EN, RU: 'Russian Federation' };

// What the map page receives from the demo network (SEED_DEMO=true), as `municipalityCounts` answered a visitor
// and member.lv: id, name, country, latitude, longitude, organisations for visitors, organisations and experts
// for members. The map's geometry is tested on the places and sizes the page really draws.
type Row = [
  id: string,
  name: string,
  country: string,
  latitude: number,
  longitude: number,
  visitorOrgs: number,
  memberOrgs: number,
  experts: number,
];

const ROWS: Row[] = [
  ['289ed4d7-c5a1-5dec-8674-d3415de7ce32', 'Berlin', 'DE', 52.52, 13.4, 3, 5, 7],
  ['2f91d888-a4ff-571f-91f2-4c693dc0cd81', 'Greifswald', 'DE', 54.1, 13.38, 2, 2, 3],
  ['d03200b1-26a9-5936-affb-efab2bd6adea', 'Hamburg', 'DE', 53.55, 9.99, 2, 3, 4],
  ['aba1a1ba-94e8-5af5-8b56-846279182e85', 'Kiel', 'DE', 54.32, 10.12, 3, 3, 4],
  ['b0710e42-c9b8-5e51-ba49-7e499341f73b', 'Lübeck', 'DE', 53.87, 10.69, 2, 3, 4],
  ['f7b41e67-12ae-5b7a-979e-fb5997f1d787', 'Rostock', 'DE', 54.09, 12.1, 2, 3, 5],
  ['b6e78a84-b424-5573-9e5b-3f0e958d5f2f', 'Schwerin', 'DE', 53.63, 11.41, 3, 4, 6],
  ['1dbd4934-b7bb-5261-a957-b8eb9df99e97', 'Aalborg', 'DK', 57.05, 9.92, 3, 3, 4],
  ['cd283e60-28f2-55b4-9ba8-cd2fb70b7a50', 'Aarhus', 'DK', 56.16, 10.2, 2, 4, 5],
  ['4aa74051-0489-50cd-aeaa-61a284587ff0', 'Copenhagen', 'DK', 55.68, 12.57, 3, 5, 7],
  ['b385039f-1a2c-5cac-8aad-5e2c871a0846', 'Esbjerg', 'DK', 55.48, 8.45, 2, 3, 4],
  ['c23cf6c0-3548-53f6-8c68-648a8282e7a0', 'Odense', 'DK', 55.4, 10.39, 2, 2, 4],
  ['47ec09ce-6a1b-5453-8415-da0d11804a93', 'Kohtla-Järve', 'EE', 59.4, 27.27, 4, 5, 6],
  ['c71b1256-b5ac-5dba-bd70-c093754b686e', 'Narva', 'EE', 59.38, 28.19, 2, 3, 4],
  ['ae083da2-441b-5003-a646-21c08b1bc233', 'Pärnu', 'EE', 58.39, 24.5, 1, 1, 1],
  ['bcd0c366-9d1f-5a10-8332-c644cce1ba21', 'Tallinn', 'EE', 59.44, 24.75, 5, 6, 9],
  ['62b56628-862a-5a65-8420-b68362de8ab0', 'Tartu', 'EE', 58.38, 26.72, 3, 5, 7],
  ['6db2c7dd-cdf7-5339-96de-f5d1b03d455c', 'Espoo', 'FI', 60.21, 24.66, 2, 3, 3],
  ['0994c32a-7867-59f0-a8f6-8b208d86cd81', 'Helsinki', 'FI', 60.17, 24.94, 3, 5, 6],
  ['508b7102-cf26-5b63-9241-79f8464183c9', 'Oulu', 'FI', 65.01, 25.47, 2, 4, 6],
  ['9acf6dcf-6ac0-5049-854e-03af41ca88f4', 'Tampere', 'FI', 61.5, 23.76, 4, 5, 6],
  ['d3257e63-2851-5b5f-8d77-09d7757a1835', 'Turku', 'FI', 60.45, 22.27, 2, 3, 4],
  ['f76fac23-92fa-5839-b5a1-093c7a2956f2', 'Vantaa', 'FI', 60.29, 25.04, 2, 3, 4],
  ['75b099a0-13bd-55cc-a15e-7f93d88700d2', 'Akureyri', 'IS', 65.68, -18.09, 0, 0, 0],
  ['de6748ff-6fb0-5203-be38-05c045488586', 'Reykjavík', 'IS', 64.15, -21.94, 0, 0, 0],
  ['fe615490-efa5-5bee-8491-4b1792bd1725', 'Alytus', 'LT', 54.4, 24.05, 2, 2, 2],
  ['80ca8ded-5225-570f-a245-ebfcca69b0c4', 'Kaunas', 'LT', 54.9, 23.9, 2, 3, 4],
  ['de4fa296-69ef-54c8-b80b-60330c949931', 'Klaipėda', 'LT', 55.7, 21.14, 3, 5, 6],
  ['51b53677-b3c2-55d3-9c7d-371064a42e9d', 'Panevėžys', 'LT', 55.73, 24.36, 4, 5, 6],
  ['9961956a-43cf-5cd1-8112-a55f2aa2b0a6', 'Vilnius', 'LT', 54.69, 25.28, 4, 5, 7],
  ['541d5507-f130-5f75-8005-f0314703b234', 'Šiauliai', 'LT', 55.93, 23.31, 2, 3, 4],
  ['b2da78df-f304-527b-9dc9-617cc8fa42df', 'Daugavpils', 'LV', 55.87, 26.54, 3, 4, 4],
  ['c382c3de-b5f4-5670-8800-f4879b1fb16a', 'Jelgava', 'LV', 56.65, 23.72, 3, 4, 4],
  ['ed8037b3-a5e2-5807-8240-481779478ccc', 'Liepāja', 'LV', 56.51, 21.01, 4, 5, 5],
  ['fc3e20f0-2f3e-50d4-9038-53553567bd7e', 'Riga', 'LV', 56.95, 24.11, 3, 5, 6],
  ['d7174d2a-33e0-5e9a-a483-73cb4308aa95', 'Rēzekne', 'LV', 56.51, 27.33, 4, 4, 6],
  ['ccdfeb95-aa87-590d-892f-3befebbf53c7', 'Valmiera', 'LV', 57.54, 25.43, 2, 3, 4],
  ['ab5039c1-67a5-53c6-a699-4dc77ebc186b', 'Ventspils', 'LV', 57.39, 21.56, 2, 3, 3],
  ['3415f799-6bfa-5291-b9e7-d746a6f7359a', 'Bergen', 'NO', 60.39, 5.32, 3, 4, 6],
  ['f2744fcd-c989-52c8-b4cf-fedf80a0e001', 'Kristiansand', 'NO', 58.15, 8, 3, 4, 6],
  ['527d330c-e766-5606-be08-25d1a8d74d52', 'Oslo', 'NO', 59.91, 10.75, 3, 5, 8],
  ['e47b3622-167e-5f0d-a055-5146bff312b9', 'Stavanger', 'NO', 58.97, 5.73, 2, 3, 3],
  ['134280b6-33c8-5f09-a922-5605052fda25', 'Tromsø', 'NO', 69.65, 18.96, 1, 2, 2],
  ['8ef1661d-9343-5be0-a5f2-ab69ec5b97e9', 'Trondheim', 'NO', 63.43, 10.4, 1, 2, 3],
  ['91956480-faed-5944-83f6-838d09b845d2', 'Białystok', 'PL', 53.13, 23.16, 3, 4, 5],
  ['990b5cf3-74ba-5234-ab63-0a6ad86f4657', 'Gdańsk', 'PL', 54.35, 18.65, 4, 5, 7],
  ['0e903b9a-8b47-5c5c-8fc5-4d52f069451e', 'Gdynia', 'PL', 54.52, 18.53, 2, 2, 3],
  ['480cb287-b094-5eeb-b8e4-552fc53cbc0a', 'Kraków', 'PL', 50.06, 19.94, 3, 4, 5],
  ['8a07a606-c7b7-5761-b086-281b01225f69', 'Olsztyn', 'PL', 53.78, 20.48, 3, 4, 5],
  ['47169756-e5d4-5a08-a526-d6babe33a0e8', 'Szczecin', 'PL', 53.43, 14.55, 3, 3, 3],
  ['29f5a727-4b4e-5b0b-98af-11c3dfa4fdd6', 'Warsaw', 'PL', 52.23, 21.01, 3, 5, 6],
  ['b7bd5ce4-146c-51d8-8373-1cde495d261b', 'Kaliningrad', 'RU', 54.71, 20.51, 5, 5, 7],
  ['85844e20-45a4-520c-b977-828b34a457ae', 'Murmansk', 'RU', 68.97, 33.08, 2, 2, 3],
  ['8922038b-2f61-5026-ae76-b556afc69837', 'Petrozavodsk', 'RU', 61.79, 34.35, 4, 5, 7],
  ['82385639-a62b-5f05-ab16-b608b0bdcefe', 'Pskov', 'RU', 57.82, 28.33, 1, 2, 3],
  ['308d5ae7-9e4a-5a22-b7ee-26e071187ad0', 'Saint Petersburg', 'RU', 59.94, 30.31, 4, 5, 6],
  ['71da407f-f37d-560f-b8f9-1c085b830c2c', 'Veliky Novgorod', 'RU', 58.52, 31.27, 3, 4, 6],
  ['87f9ab8e-45c3-5db5-8c06-009092b836fb', 'Gothenburg', 'SE', 57.71, 11.97, 2, 3, 4],
  ['0e9270f2-c09e-51b5-9751-d1ab254d67e6', 'Gotland (Visby)', 'SE', 57.64, 18.3, 4, 4, 5],
  ['6b7dd6d0-ece1-5add-bf5a-8abc8b7aeccd', 'Luleå', 'SE', 65.58, 22.15, 2, 4, 5],
  ['ca548bd5-dea3-5da1-b182-b7b7427afc28', 'Malmö', 'SE', 55.6, 13, 4, 4, 5],
  ['61544999-8b7b-506e-9ed2-6c1450efd6a0', 'Norrköping', 'SE', 58.59, 16.19, 1, 3, 3],
  ['b3bbee43-42ff-5f92-b386-1452a3940536', 'Stockholm', 'SE', 59.33, 18.07, 3, 5, 6],
  ['38374e22-5fac-55f1-81d8-9b72a2244d0a', 'Uppsala', 'SE', 59.86, 17.64, 4, 4, 6],
];

/** The demo network's municipality counts as a visitor (organisations only) or a member sees them. */
export function demoMunicipalityCounts(member: boolean): Count[] {
  return ROWS.map(([id, name, code, latitude, longitude, visitorOrgs, memberOrgs, experts]) => ({
    __typename: 'MunicipalityCount',
    municipality: {
      __typename: 'Municipality',
      id,
      name,
      latitude,
      longitude,
      country: { __typename: 'Country', code, name: COUNTRY_NAMES[code] ?? code },
    },
    organisations: member ? memberOrgs : visitorOrgs,
    experts: member ? experts : null,
  }));
}
