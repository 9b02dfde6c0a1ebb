import type { Viewer } from '../../core/auth.js';
import { expertAbilities } from '../expert/expert.policy.js';
import { organisationAbilities } from '../organisation/organisation.policy.js';
import type { OrganisationStatus } from '../organisation/organisation-status.js';
import type { ContactFacts, OrganisationFacts, StepResourceFacts } from './pathway-directory.read.js';
import { computeGaps } from './pathway-gaps.js';
import type { PathwayStepData } from './pathway-step.js';
import { pathwayAbilities, type PathwaySubject } from './pathway.policy.js';
import type { PathwayContactType, PathwayOrganisationType, PathwayStepType, PathwayVersionType } from './pathway.types.js';

/** A version row as the read model selects it. */
export interface VersionRow {
  number: number;
  reason: string;
  authorName: string | null;
  createdAt: string;
  publishedAt: string | null;
  steps: PathwayStepData[];
}

export interface Directory {
  organisations: ReadonlyMap<string, OrganisationFacts>;
  contacts: ReadonlyMap<string, ContactFacts>;
  /** Only the resources the viewer may read: a step shows no trace of the others. */
  resources: ReadonlyMap<string, StepResourceFacts>;
}

/** The organisation under its own rules: hidden from whoever may not see it, its public contact row by row. */
function organisationFor(viewer: Viewer, organisation: OrganisationFacts | undefined): PathwayOrganisationType | null {
  if (!organisation) return null;
  const subject = { ...organisation, status: organisation.status as OrganisationStatus, scope: { countryCode: organisation.countryCode } };
  if (!organisationAbilities.can(viewer, 'see', subject)) return null;
  return {
    id: organisation.id,
    name: organisation.name,
    type: organisation.type,
    status: organisation.status,
    countryCode: organisation.countryCode,
    phone: organisationAbilities.can(viewer, 'seePhone', subject) ? organisation.phone : null,
    email: organisationAbilities.can(viewer, 'seeEmail', subject) ? organisation.email : null,
    website: organisationAbilities.can(viewer, 'seeWebsite', subject) ? organisation.website : null,
  };
}

/** A member's contact: only for members, each detail under the member's own visibility (the expert policy's rule). */
function contactFor(viewer: Viewer, pathway: PathwaySubject, contact: ContactFacts | undefined): PathwayContactType | null {
  if (!contact || !pathwayAbilities.can(viewer, 'seePersonalContacts', pathway)) return null;
  return {
    expertId: contact.id,
    fullName: contact.fullName,
    email: expertAbilities.can(viewer, 'seeEmail', contact) ? contact.email : null,
    phone: expertAbilities.can(viewer, 'seePhone', contact) ? contact.phone : null,
  };
}

export function toVersion(
  viewer: Viewer,
  pathway: PathwaySubject & { id: string },
  row: VersionRow,
  directory: Directory,
): PathwayVersionType {
  const steps: PathwayStepType[] = row.steps.map((step) => {
    const organisation = step.organisationId ? directory.organisations.get(step.organisationId) : undefined;
    return {
      ...step,
      organisation: organisationFor(viewer, organisation),
      contact: contactFor(viewer, pathway, step.contactExpertId ? directory.contacts.get(step.contactExpertId) : undefined),
      crossBorder: organisation !== undefined && organisation.countryCode !== pathway.countryCode,
      resources: (step.resourceIds ?? []).flatMap((id) => directory.resources.get(id) ?? []),
    };
  });
  return {
    id: `${pathway.id}:${row.number}`,
    number: row.number,
    reason: row.reason,
    authorName: row.authorName,
    createdAt: new Date(row.createdAt),
    publishedAt: row.publishedAt ? new Date(row.publishedAt) : null,
    steps,
    // A gap names an organisation only to those who may see it.
    gaps: computeGaps(row.steps, directory.organisations).map((gap) => ({
      ...gap,
      organisationName: steps.find((s) => s.id === gap.stepId)?.organisation?.name ?? null,
    })),
  };
}
