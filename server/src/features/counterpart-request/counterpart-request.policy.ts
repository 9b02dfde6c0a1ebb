import type { CounterpartRecipientState, CounterpartRequestStatus } from '@strom/shared';
import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import { coordinatedCountries, coordinates, isAdmin } from '../user/user.policy.js';

/** What the rules read of one request: its two sides and where they are. */
export interface CounterpartRequestSubject {
  requesterId: string;
  /** Every recipient, whatever they answered, with their answer. */
  recipients: readonly { userId: string; state: CounterpartRecipientState }[];
  fromCountryCode: string;
  toCountryCode: string;
  status: CounterpartRequestStatus;
}

const isRequester = (viewer: Viewer, request: CounterpartRequestSubject) => isMember(viewer) && viewer.userId === request.requesterId;
const isRecipient = (viewer: Viewer, request: CounterpartRequestSubject) =>
  isMember(viewer) && request.recipients.some((r) => r.userId === viewer.userId);
const awaitsViewer = (viewer: Viewer, request: CounterpartRequestSubject) =>
  isMember(viewer) && request.recipients.some((r) => r.userId === viewer.userId && r.state === 'PENDING');
/** Coordinators of either side's country (with two-factor) and admins oversee a request; they read, they do not answer. */
const oversees = (viewer: Viewer, request: CounterpartRequestSubject) =>
  isAdmin(viewer) || coordinates(viewer, request.fromCountryCode) || coordinates(viewer, request.toCountryCode);

/**
 * A request concerns a case (without its data): only the two sides, their countries' coordinators and admins see it.
 * The requester closes it; a recipient whose answer is owed accepts, declines or forwards; both sides write in its
 * thread. Whether it is still open is the command's business (a CONFLICT), not a matter of who asks.
 */
export const counterpartRequestAbilities = defineAbilities<CounterpartRequestSubject>()({
  read: {
    allow: (viewer, request) => isRequester(viewer, request) || isRecipient(viewer, request) || oversees(viewer, request),
    refusal: 'Only the two sides of a request, their coordinators and admins see it',
  },
  answer: { allow: awaitsViewer, refusal: 'Only a recipient whose answer is still owed answers this request' },
  forward: { allow: awaitsViewer, refusal: 'Only a recipient whose answer is still owed forwards this request' },
  post: {
    allow: (viewer, request) => isRequester(viewer, request) || isRecipient(viewer, request),
    refusal: 'Only the two sides of a request write in its thread',
  },
  close: { allow: isRequester, refusal: 'Only the member who opened a request closes it' },
});

/** What the SQL of a read model binds for `read`: see `readableSql`. */
export function readerFacts(viewer: Viewer): { userId: string; countries: string[]; admin: boolean } | null {
  if (!isMember(viewer)) return null;
  return { userId: viewer.userId, countries: coordinatedCountries(viewer), admin: isAdmin(viewer) };
}

/**
 * The policy's `read`, in SQL over `counterpart_request r` (bind the returned params in order): requester,
 * recipient, a coordinator of either country, or an admin.
 */
export function readableSql(viewer: Viewer): { sql: string; params: unknown[] } {
  const facts = readerFacts(viewer);
  if (!facts) return { sql: 'false', params: [] };
  const countries = `{${facts.countries.join(',')}}`;
  return {
    sql: `(r.requester_id = ? or exists (select 1 from counterpart_request_recipient v where v.request_id = r.id and v.user_id = ?)
      or r.from_country_code = any(?::text[]) or r.to_country_code = any(?::text[]) or ?::boolean)`,
    params: [facts.userId, facts.userId, countries, countries, facts.admin],
  };
}

/** The TF-THB's statistics: its members, coordinators and admins (anonymous counts only). */
export const counterpartStatistics = defineAbilities<{ taskForce: boolean }>()({
  read: {
    allow: (viewer, facts) => (isMember(viewer) && facts.taskForce) || isAdmin(viewer) || coordinatedCountries(viewer).length > 0,
    refusal: 'The statistics of counterpart requests are for the TF-THB, coordinators and admins',
  },
});
