import { registerEnumType } from 'type-graphql';

/**
 * PROPOSED: a member asked for it, a coordinator of its country has not approved it yet (only they and the proposer
 * see it). CLOSED and MERGED keep the row, so profiles, pathways and history still name it.
 */
export const OrganisationStatus = {
  PROPOSED: 'PROPOSED',
  ACTIVE: 'ACTIVE',
  CLOSED: 'CLOSED',
  MERGED: 'MERGED',
} as const;
export type OrganisationStatus = keyof typeof OrganisationStatus;
registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  description: 'PROPOSED: awaits approval; ACTIVE; CLOSED; MERGED: into another organisation',
});
