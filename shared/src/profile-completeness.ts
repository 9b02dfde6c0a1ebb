/**
 * What a profile needs before the network is told it is there: a name colleagues can search for, what the person
 * does, the languages to reach them in and a work e-mail. The profile form shows what is missing as the member
 * types; the server announces "profile published" once, when the last of them is filled.
 */
export const PROFILE_REQUIRED_FIELDS = ['fullName', 'title', 'languages', 'email'] as const;
export type ProfileRequiredField = (typeof PROFILE_REQUIRED_FIELDS)[number];

export interface ProfileEssentials {
  fullName: string | null;
  title: string | null;
  languages: readonly string[];
  email: string | null;
}

export function missingProfileFields(profile: ProfileEssentials): ProfileRequiredField[] {
  const filled: Record<ProfileRequiredField, boolean> = {
    fullName: Boolean(profile.fullName?.trim()),
    title: Boolean(profile.title?.trim()),
    languages: profile.languages.length > 0,
    email: Boolean(profile.email?.trim()),
  };
  return PROFILE_REQUIRED_FIELDS.filter((field) => !filled[field]);
}
