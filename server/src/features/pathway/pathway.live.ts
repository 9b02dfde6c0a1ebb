import type { Viewer } from '../../core/auth.js';
import { isMember } from '../../core/auth.js';
import { defineLiveFeed } from '../../core/live/live-hub.js';
import type { Em } from '../../db/orm.js';
import { currentRoleSql } from '../role-assignment/role-status.js';
import type { PathwayEvent } from './pathway.events.js';
import { pathwayAbilities, type PathwaySubject } from './pathway.policy.js';

/**
 * One pathway event as every local subscriber shares it: the version it names, who did it, and what each
 * subscriber's rights need (the pathway's rules and who holds the roles that read drafts), as they are now.
 */
export interface LivePathwayChange {
  kind: PathwayEvent['kind'];
  pathwayId: string;
  number: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  pathway: Omit<PathwaySubject, 'reader'>;
  contactPointExpertIds: readonly string[];
  taskForceExpertIds: readonly string[];
}

interface ChangeRow {
  countryCode: string;
  municipalityId: string | null;
  isPublic: boolean;
  editorExpertIds: string[];
  createdAt: string;
  publishedAt: string | null;
  authorId: string | null;
  publishedById: string | null;
  authorName: string | null;
  publisherName: string | null;
  contactPoints: string[];
  taskForce: string[];
}

const nameOf = (userColumn: string) =>
  `(select e.full_name from app_user u join expert e on e.id = u.expert_id where u.id = ${userColumn})`;

/** One statement: the pathway, the version, the names, and the current holders of the roles that read drafts. */
export async function resolvePathwayChange(em: Em, event: PathwayEvent): Promise<LivePathwayChange | null> {
  const [row] = await em.execute<ChangeRow[]>(
    `select p.country_code as "countryCode", p.municipality_id as "municipalityId", p.is_public as "isPublic",
        p.editor_expert_ids as "editorExpertIds", v.created_at as "createdAt", v.published_at as "publishedAt",
        v.author_id as "authorId", v.published_by_id as "publishedById",
        ${nameOf('v.author_id')} as "authorName", ${nameOf('v.published_by_id')} as "publisherName",
        array(select r.expert_id from role_assignment r where r.role = 'MUNICIPAL_CONTACT_POINT'
                 and r.municipality_id = p.municipality_id and ${currentRoleSql('r')}) as "contactPoints",
        array(select r.expert_id from role_assignment r where r.role = 'TF_THB_MEMBER' and ${currentRoleSql('r')}) as "taskForce"
       from referral_pathway p join pathway_version v on v.pathway_id = p.id and v.number = ?
      where p.id = ?`,
    [event.number, event.pathwayId],
  );
  if (!row) return null;
  // A publication undone since (another version published) is no longer news.
  if (event.kind === 'PUBLISHED' && row.publishedAt === null) return null;
  const published = event.kind === 'PUBLISHED';
  return {
    kind: event.kind,
    pathwayId: event.pathwayId,
    number: event.number,
    at: new Date(published ? row.publishedAt! : row.createdAt),
    actorId: published ? row.publishedById : row.authorId,
    actorName: published ? row.publisherName : row.authorName,
    pathway: {
      countryCode: row.countryCode,
      municipalityId: row.municipalityId,
      isPublic: row.isPublic,
      editorExpertIds: row.editorExpertIds,
    },
    contactPointExpertIds: row.contactPoints,
    taskForceExpertIds: row.taskForce,
  };
}

export const pathwayChangeFeed = defineLiveFeed<PathwayEvent, LivePathwayChange>('pathway-change', (event, { em }) =>
  resolvePathwayChange(em, event),
);

/** The pathway as this subscriber's rules read it, from facts resolved once for everyone: SQL-free. */
export function subjectFor(viewer: Viewer, change: LivePathwayChange): PathwaySubject {
  const expertId = isMember(viewer) ? viewer.expertId : null;
  const contactPoint = expertId !== null && change.contactPointExpertIds.includes(expertId) && change.pathway.municipalityId !== null;
  return {
    ...change.pathway,
    reader: {
      contactPointOf: contactPoint ? [change.pathway.municipalityId!] : [],
      taskForce: expertId !== null && change.taskForceExpertIds.includes(expertId),
    },
  };
}

/** Drafts reach only those who read drafts; a publication, whoever reads the published version. */
export function mayReceive(viewer: Viewer, change: LivePathwayChange): boolean {
  return pathwayAbilities.can(viewer, change.kind === 'DRAFT_SAVED' ? 'readDraft' : 'readPublished', subjectFor(viewer, change));
}
