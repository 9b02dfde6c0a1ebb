import { RESOURCE_KINDS, RESOURCE_VISIBILITIES } from '@strom/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ResourceKind = enumOf(RESOURCE_KINDS);
export const ResourceVisibility = enumOf(RESOURCE_VISIBILITIES);

registerEnumType(ResourceKind, { name: 'ResourceKind', description: 'What a library resource is' });
registerEnumType(ResourceVisibility, {
  name: 'ResourceVisibility',
  description: 'PUBLIC: anyone and the Atom feed; NETWORK: every member; SCOPE: members of its place',
});
