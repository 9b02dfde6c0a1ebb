/** Who may see one contact detail of a member's profile: the choice the member makes per detail. */
export const CONTACT_VISIBILITIES = ['NETWORK', 'COUNTRY', 'NOBODY'] as const;
export type ContactVisibilityLevel = (typeof CONTACT_VISIBILITIES)[number];

/**
 * The kinds of reader a profile has, as far as its contacts go. The owner and the coordinators of the owner's
 * country always see every detail (they vet and reach members of their country), so NOBODY means "only the
 * coordinators of my country": the profile form says it in those words and previews each reader.
 */
export const CONTACT_READERS = ['OTHER_COUNTRY_MEMBER', 'SAME_COUNTRY_MEMBER', 'COUNTRY_COORDINATOR', 'VISITOR'] as const;
export type ContactReader = (typeof CONTACT_READERS)[number] | 'OWNER';

/** The one rule for contact details; the server's policy and the profile form's preview both call it. */
export function contactVisibleTo(visibility: ContactVisibilityLevel, reader: ContactReader): boolean {
  switch (reader) {
    case 'VISITOR':
      return false;
    case 'OWNER':
    case 'COUNTRY_COORDINATOR':
      return true;
    case 'SAME_COUNTRY_MEMBER':
      return visibility !== 'NOBODY';
    case 'OTHER_COUNTRY_MEMBER':
      return visibility === 'NETWORK';
  }
}
