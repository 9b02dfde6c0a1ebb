import type { ContactVisibility, FormOfExploitation, UpdateMyProfileInput } from '../../gql/graphql';

export interface ProfileValues {
  fullName: string;
  title: string;
  bio: string;
  languages: string[];
  formsOfExploitation: FormOfExploitation[];
  /** Comma-separated in the form, a list in the API. */
  topics: string;
  availableForConsultation: boolean;
  email: string;
  phone: string;
  messagingHandle: string;
  emailVisibility: ContactVisibility;
  phoneVisibility: ContactVisibility;
  messagingHandleVisibility: ContactVisibility;
}

export type ContactField = 'email' | 'phone' | 'messagingHandle';
export const CONTACT_FIELDS: readonly ContactField[] = ['email', 'phone', 'messagingHandle'];
export const CONTACT_VISIBILITIES: readonly ContactVisibility[] = ['NETWORK', 'COUNTRY', 'NOBODY'];

interface ProfileSource {
  version: number;
  fullName: string;
  title?: string | null;
  bio?: string | null;
  languages: readonly string[];
  formsOfExploitation: readonly FormOfExploitation[];
  topics: readonly string[];
  availableForConsultation: boolean;
  contacts: { email?: string | null; phone?: string | null; messagingHandle?: string | null };
  contactVisibility?: { email: ContactVisibility; phone: ContactVisibility; messagingHandle: ContactVisibility } | null;
}

export function profileValuesOf(expert: ProfileSource): ProfileValues {
  const visibility = expert.contactVisibility;
  return {
    fullName: expert.fullName,
    title: expert.title ?? '',
    bio: expert.bio ?? '',
    languages: [...expert.languages],
    formsOfExploitation: [...expert.formsOfExploitation],
    topics: expert.topics.join(', '),
    availableForConsultation: expert.availableForConsultation,
    email: expert.contacts.email ?? '',
    phone: expert.contacts.phone ?? '',
    messagingHandle: expert.contacts.messagingHandle ?? '',
    // Until someone chooses, contacts are for members of the network (DESIGN §8: never public).
    emailVisibility: visibility?.email ?? 'NETWORK',
    phoneVisibility: visibility?.phone ?? 'NETWORK',
    messagingHandleVisibility: visibility?.messagingHandle ?? 'NETWORK',
  };
}

// Empty optional text is sent as null: the server clears it rather than storing "".
function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

export function profileInputOf(values: ProfileValues, expectedVersion: number): UpdateMyProfileInput {
  return {
    expectedVersion,
    fullName: values.fullName.trim(),
    title: optional(values.title),
    bio: optional(values.bio),
    languages: values.languages,
    formsOfExploitation: values.formsOfExploitation,
    topics: [
      ...new Set(
        values.topics
          .split(',')
          .map((topic) => topic.trim())
          .filter(Boolean),
      ),
    ],
    availableForConsultation: values.availableForConsultation,
    email: optional(values.email),
    phone: optional(values.phone),
    messagingHandle: optional(values.messagingHandle),
    emailVisibility: values.emailVisibility,
    phoneVisibility: values.phoneVisibility,
    messagingHandleVisibility: values.messagingHandleVisibility,
  };
}
