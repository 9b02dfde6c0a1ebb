import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { visibleResourceSql } from '../resource/resource.policy.js';
import type { ContactVisibility } from '../user/user.enums.js';
import type { StepOrganisationFacts } from './pathway-gaps.js';
import type { PathwayStepData } from './pathway-step.js';

/** A step's organisation as the gap rules, the contact rules and the reader need it. */
export interface OrganisationFacts extends StepOrganisationFacts {
  type: string;
  publiclyListed: boolean;
  phone: string | null;
  email: string | null;
  website: string | null;
  proposedById: string | null;
}

export interface StepResourceFacts {
  id: string;
  title: string;
}

export interface ContactFacts {
  id: string;
  fullName: string;
  countryCode: string;
  email: string | null;
  phone: string | null;
  emailVisibility: ContactVisibility;
  phoneVisibility: ContactVisibility;
  messagingHandleVisibility: ContactVisibility;
}

/** The organisations named by any of the steps, with their services: one statement however many steps and versions. */
export async function organisationsOfSteps(em: Em, steps: readonly PathwayStepData[]): Promise<Map<string, OrganisationFacts>> {
  const ids = [...new Set(steps.flatMap((s) => (s.organisationId ? [s.organisationId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await em.execute<OrganisationFacts[]>(
    `select o.id, o.name, o.type, o.status, o.country_code as "countryCode", o.publicly_listed as "publiclyListed",
            o.phone, o.email, o.website, o.proposed_by_id as "proposedById",
            coalesce((select json_agg(json_build_object('kind', s.kind, 'targetGroups', s.target_groups))
                        from organisation_service s where s.organisation_id = o.id), '[]'::json) as services
       from organisation o where o.id in (?)`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** The library resources the steps link that the viewer may read, by id: one statement (none when no step links any). */
export async function resourcesOfSteps(em: Em, viewer: Viewer, steps: readonly PathwayStepData[]): Promise<Map<string, StepResourceFacts>> {
  const ids = [...new Set(steps.flatMap((s) => s.resourceIds ?? []))];
  if (ids.length === 0) return new Map();
  const visible = visibleResourceSql(viewer);
  const rows = await em.execute<StepResourceFacts[]>(`select r.id, r.title from resource r where r.id in (?) and ${visible.sql}`, [
    ids,
    ...visible.params,
  ]);
  return new Map(rows.map((row) => [row.id, row]));
}

/** The members named as whom to call: one statement. */
export async function contactsOfSteps(em: Em, steps: readonly PathwayStepData[]): Promise<Map<string, ContactFacts>> {
  const ids = [...new Set(steps.flatMap((s) => (s.contactExpertId ? [s.contactExpertId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await em.execute<ContactFacts[]>(
    `select e.id, e.full_name as "fullName", e.country_code as "countryCode", e.email, e.phone,
            e.email_visibility as "emailVisibility", e.phone_visibility as "phoneVisibility",
            e.messaging_handle_visibility as "messagingHandleVisibility"
       from expert e where e.id in (?)`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}
