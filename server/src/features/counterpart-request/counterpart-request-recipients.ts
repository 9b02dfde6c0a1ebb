import { COUNTERPART_RECIPIENTS_MAX } from '@strom/shared';
import type { Em } from '../../db/orm.js';
import { findCounterparts } from '../counterpart/counterpart.service.js';
import type { RoleKey } from '../role-assignment/role-assignment.entity.js';

export interface RequestTarget {
  municipalityId: string | null;
  countryCode: string | null;
  role: RoleKey | null;
}

/**
 * Whom a request goes to: the `counterparts` ranking for the place, asked first for its contact point (the
 * municipal contact point, or the national coordinator for a country), then for the role the requester seeks;
 * each expert once, only those with an active member account, never the requester, at most
 * COUNTERPART_RECIPIENTS_MAX. Answers user ids in that order.
 */
export async function chooseRecipients(em: Em, target: RequestTarget, requesterId: string): Promise<string[]> {
  const place = { municipalityId: target.municipalityId, countryCode: target.municipalityId ? null : target.countryCode };
  const contactRole: RoleKey = target.municipalityId ? 'MUNICIPAL_CONTACT_POINT' : 'NATIONAL_COORDINATOR';
  const contactPoints = await findCounterparts(em, { ...place, role: contactRole, first: COUNTERPART_RECIPIENTS_MAX });
  const firstTier = contactPoints.filter((c) => c.reason === contactPoints[0]?.reason);
  const others = target.role ? await findCounterparts(em, { ...place, role: target.role, first: 20 }) : [];
  const expertIds = [...new Set([...firstTier, ...others].map((c) => c.expertId))];
  if (expertIds.length === 0) return [];
  const accounts = await em.execute<{ id: string; expert_id: string }[]>(
    `select u.id, u.expert_id from app_user u where u.expert_id = any(?::uuid[]) and u.status = 'ACTIVE'
       and u.deleted_at is null and u.id <> ?`,
    [`{${expertIds.join(',')}}`, requesterId],
  );
  const byExpert = new Map(accounts.map((a) => [a.expert_id, a.id]));
  return expertIds.flatMap((id) => byExpert.get(id) ?? []).slice(0, COUNTERPART_RECIPIENTS_MAX);
}
