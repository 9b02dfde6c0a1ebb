import type { FilterQuery } from '@mikro-orm/core';
import type { MemberViewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { coordinatedCountries, isAdmin } from '../user/user.policy.js';
import { Organisation } from './organisation.entity.js';

/** At most this many waiting proposals are listed at once; a country rarely has more than a handful. */
export const PROPOSALS_MAX = 100;

/**
 * Proposed organisations the viewer may see: all for admins, their countries' for coordinators, and everyone's
 * own proposals. One statement, places joined.
 */
export function findProposedOrganisations(em: Em, viewer: MemberViewer): Promise<Organisation[]> {
  const mine: FilterQuery<Organisation> = { proposedById: viewer.userId };
  const reviewed: FilterQuery<Organisation> = isAdmin(viewer) ? {} : { $or: [mine, { country: { $in: coordinatedCountries(viewer) } }] };
  return em.find(
    Organisation,
    { $and: [{ status: 'PROPOSED' }, reviewed] },
    { populate: ['country', 'municipality'], strategy: 'joined', orderBy: { createdAt: 'asc', id: 'asc' }, limit: PROPOSALS_MAX },
  );
}

/**
 * How many proposed organisations wait for this viewer's approval (the approvals badge): all for admins, their
 * countries' for coordinators, none for other members (their own proposals wait for someone else). One statement.
 */
export async function countApprovableProposals(em: Em, viewer: MemberViewer): Promise<number> {
  if (isAdmin(viewer)) return em.count(Organisation, { status: 'PROPOSED' });
  const countries = coordinatedCountries(viewer);
  return countries.length === 0 ? 0 : em.count(Organisation, { status: 'PROPOSED', country: { $in: countries } });
}
