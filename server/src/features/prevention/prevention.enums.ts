import { PREVENTION_VISIBILITIES } from '@strom/shared';
import { registerEnumType } from 'type-graphql';

export const PreventionVisibility = Object.fromEntries(PREVENTION_VISIBILITIES.map((v) => [v, v])) as {
  [K in (typeof PREVENTION_VISIBILITIES)[number]]: K;
};

registerEnumType(PreventionVisibility, {
  name: 'PreventionVisibility',
  description: 'PUBLIC: anonymous visitors read it too (without who added it); NETWORK: members only',
});
