import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import { coordinatedCountries, coordinates, isAdmin, isCoordinator } from '../user/user.policy.js';
import type { PathwayReaderFacts } from '../pathway/pathway.policy.js';

/**
 * A municipality's tracker as the rules read it: its country, the members a coordinator named as editors of its
 * pathway (they edit the tracker too) and the reader's roles (looked up once by the caller, see guideline-reader.ts).
 */
export interface TrackerSubject {
  countryCode: string;
  municipalityId: string;
  editorExpertIds: readonly string[];
  reader: PathwayReaderFacts;
}

/** Who edits a municipality's tracker: the same people who edit its pathway (features/pathway). */
function edits(viewer: Viewer, tracker: TrackerSubject): boolean {
  if (isAdmin(viewer) || coordinates(viewer, tracker.countryCode)) return true;
  if (!isMember(viewer)) return false;
  const contactPoint = tracker.reader.contactPointOf.includes(tracker.municipalityId);
  const named = viewer.expertId !== null && tracker.editorExpertIds.includes(viewer.expertId);
  return contactPoint || named;
}

/** The tracker of one municipality: its editors read it, and TF-THB members (with its country's coordinators and admins). */
export const trackerAbilities = defineAbilities<TrackerSubject>()({
  read: {
    allow: (viewer, tracker) => edits(viewer, tracker) || (isMember(viewer) && tracker.reader.taskForce),
    refusal: 'Only its editors, its country’s coordinators and TF-THB members read this tracker',
  },
  edit: { allow: edits, refusal: 'Only its contact point, named editors, the country’s coordinators and admins edit this tracker' },
});

/** Dashboards over several municipalities, and the action points' list itself. */
export interface DashboardSubject {
  /** The country a dashboard covers; null for the region. */
  countryCode: string | null;
  reader: PathwayReaderFacts;
}

export const guidelineDashboardAbilities = defineAbilities<DashboardSubject>()({
  /** A country's heat map: its coordinators, TF-THB members and admins. */
  readCountry: {
    allow: (viewer, { countryCode, reader }) =>
      isAdmin(viewer) || coordinates(viewer, countryCode) || (isMember(viewer) && reader.taskForce),
    refusal: 'Only the country’s coordinators, TF-THB members and admins see its heat map',
  },
  /** Countries compared (aggregates only): any coordinator, TF-THB members and admins. */
  readRegion: {
    allow: (viewer, { reader }) => isAdmin(viewer) || isCoordinator(viewer) || (isMember(viewer) && reader.taskForce),
    refusal: 'Only coordinators, TF-THB members and admins compare countries',
  },
  maintainActionPoints: { allow: (viewer) => isAdmin(viewer), refusal: 'Only admins maintain the action points' },
});

/**
 * The tracker's `read` as a WHERE condition on a municipality aliased `m` and its pathway (left joined) aliased `pw`,
 * with the reader's facts looked up beforehand: a resource's "Linked from" lists evidence only to the tracker's readers.
 */
export function trackerReadableSql(viewer: Viewer, reader: PathwayReaderFacts): { sql: string; params: unknown[] } {
  if (isAdmin(viewer) || (isMember(viewer) && reader.taskForce)) return { sql: 'true', params: [] };
  if (!isMember(viewer)) return { sql: 'false', params: [] };
  return {
    sql: `(m.country_code = any(?::text[]) or m.id = any(?::uuid[]) or ?::uuid = any(coalesce(pw.editor_expert_ids, '{}')))`,
    params: [`{${coordinatedCountries(viewer).join(',')}}`, `{${reader.contactPointOf.join(',')}}`, viewer.expertId],
  };
}
