import { registerEnumType } from 'type-graphql';
import { CHAIN_ROLES, FORMS_OF_EXPLOITATION, LEVELS, NETWORK_ROLES, ORGANISATION_TYPES, SERVICES, TARGET_GROUPS } from '@strom/shared';

/** GraphQL enums are built from the shared vocabularies so the API, the database and the client agree on keys. */
function enumOf<K extends string>(labels: Record<K, string>): { [P in K]: P } {
  return Object.fromEntries(Object.keys(labels).map((key) => [key, key])) as { [P in K]: P };
}

function register(enumObject: object, name: string, labels: Record<string, string>, description: string): void {
  const valuesConfig = Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, { description: label }]));
  registerEnumType(enumObject, { name, description, valuesConfig });
}

export const Level = Object.fromEntries(LEVELS.map((l) => [l, l])) as { [P in (typeof LEVELS)[number]]: P };
export const FormOfExploitation = enumOf(FORMS_OF_EXPLOITATION);
export const TargetGroup = enumOf(TARGET_GROUPS);
export const ServiceKind = enumOf(SERVICES);
export const OrganisationType = enumOf(ORGANISATION_TYPES);
export const ROLES = { ...CHAIN_ROLES, ...NETWORK_ROLES };
export const Role = enumOf(ROLES);

registerEnumType(Level, { name: 'Level', description: 'LOCAL: a municipality; NATIONAL: a country; REGIONAL: the Baltic Sea Region' });
register(FormOfExploitation, 'FormOfExploitation', FORMS_OF_EXPLOITATION, 'Forms of exploitation (Directive 2011/36/EU as amended)');
register(TargetGroup, 'TargetGroup', TARGET_GROUPS, 'Groups of people a service is for');
register(ServiceKind, 'ServiceKind', SERVICES, 'Kinds of assistance an organisation offers');
register(OrganisationType, 'OrganisationType', ORGANISATION_TYPES, 'Kinds of organisation in the network');
register(Role, 'Role', ROLES, 'Roles in the chain of assistance and in the network');
