import { isMember, type Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { currentRoleSql } from '../role-assignment/role-status.js';
import { NO_READER_FACTS, type PathwayReaderFacts } from './pathway.policy.js';

/** The reader's current contact-point municipalities and TF-THB seat, in one statement (none for visitors). */
export async function pathwayReaderFacts(em: Em, viewer: Viewer): Promise<PathwayReaderFacts> {
  if (!isMember(viewer) || viewer.expertId === null) return NO_READER_FACTS;
  const rows = await em.execute<{ role: string; municipality_id: string | null }[]>(
    `select r.role, r.municipality_id from role_assignment r
      where r.expert_id = ? and r.role in ('MUNICIPAL_CONTACT_POINT', 'TF_THB_MEMBER') and ${currentRoleSql('r')}`,
    [viewer.expertId],
  );
  return {
    contactPointOf: rows.flatMap((r) => (r.role === 'MUNICIPAL_CONTACT_POINT' && r.municipality_id ? [r.municipality_id] : [])),
    taskForce: rows.some((r) => r.role === 'TF_THB_MEMBER'),
  };
}
