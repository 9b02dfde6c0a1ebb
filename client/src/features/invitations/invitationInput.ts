import type { InviteMemberInput, NetworkRole, ProposeMemberInput } from '../../gql/graphql';
import type { OrganisationChoiceValue } from './OrganisationChoice';

export const NETWORK_ROLE_KEYS: readonly NetworkRole[] = ['MEMBER', 'MODERATOR', 'COORDINATOR', 'ADMIN'];

export function isNetworkRole(value: string): value is NetworkRole {
  return NETWORK_ROLE_KEYS.some((role) => role === value);
}

export interface InvitationValues {
  /** The person's name, as the approving coordinator sees it. */
  fullName: string;
  /** Their role in the organisation, in their words. */
  jobTitle: string;
  email: string;
  countryCode: string;
  organisation: OrganisationChoiceValue;
  networkRole: NetworkRole;
  /** The message of an invitation, or the reason of a proposal. */
  text: string;
}

/** What the reader must still fill in, by input field; empty when the form can be sent. */
export function missingFields(values: InvitationValues, kind: 'invite' | 'propose'): string[] {
  const missing: string[] = [];
  if (!values.fullName.trim()) missing.push('fullName');
  if (!values.email.trim()) missing.push('email');
  if (!values.countryCode) missing.push('countryCode');
  const organisation = values.organisation;
  if (organisation.mode === 'existing' && !organisation.organisationId) missing.push('organisationId');
  if (organisation.mode === 'new' && !organisation.name.trim()) missing.push('newOrganisation.name');
  if (organisation.mode === 'new' && !organisation.type) missing.push('newOrganisation.type');
  if (kind === 'propose' && !values.text.trim()) missing.push('reason');
  return missing;
}

// Who the person is: the same for invitations and proposals.
function personInput(values: InvitationValues) {
  return { fullName: values.fullName.trim(), jobTitle: values.jobTitle.trim() || null, email: values.email.trim() };
}

// Exactly one of organisationId / newOrganisation, as the API requires.
function organisationInput(choice: OrganisationChoiceValue) {
  if (choice.mode === 'existing') return { organisationId: choice.organisationId };
  if (!choice.type) throw new Error('organisation type missing: check missingFields() first');
  return {
    newOrganisation: {
      name: choice.name.trim(),
      type: choice.type,
      level: choice.level,
      municipalityId: choice.level === 'LOCAL' && choice.municipalityId ? choice.municipalityId : null,
    },
  };
}

export function inviteInputOf(values: InvitationValues): InviteMemberInput {
  return {
    ...personInput(values),
    countryCode: values.countryCode,
    ...organisationInput(values.organisation),
    networkRole: values.networkRole,
    message: values.text.trim() || null,
  };
}

export function proposeInputOf(values: InvitationValues): ProposeMemberInput {
  return {
    ...personInput(values),
    countryCode: values.countryCode,
    ...organisationInput(values.organisation),
    reason: values.text.trim(),
  };
}
