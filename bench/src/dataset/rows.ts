/** The rows the generator produces, one interface per table it fills. Column names follow the server's migrations. */
export type Level = 'LOCAL' | 'NATIONAL' | 'REGIONAL';

export interface ScopeColumns {
  level: Level;
  countryCode: string | null;
  municipalityId: string | null;
}

export interface OrganisationRow extends ScopeColumns {
  id: string;
  name: string;
  acronym: string | null;
  type: string;
  description: string;
  website: string | null;
  publiclyListed: boolean;
}

export interface ServiceRow {
  id: string;
  organisationId: string;
  kind: string;
  capacity: number | null;
  targetGroups: string[];
  languages: string[];
  available24x7: boolean;
  formsOfExploitation: string[];
  description: string | null;
}

export interface ExpertRow {
  id: string;
  fullName: string;
  title: string | null;
  organisationId: string;
  countryCode: string;
  municipalityId: string | null;
  languages: string[];
  bio: string;
  formsOfExploitation: string[];
  topics: string[];
  availableForConsultation: boolean;
  email: string;
  phone: string | null;
  messagingHandle: string | null;
  emailVisibility: string;
  phoneVisibility: string;
  messagingHandleVisibility: string;
}

export interface RoleRow extends ScopeColumns {
  id: string;
  expertId: string;
  role: string;
  responsibilities: string | null;
  startsOn: string | null;
}

/** A demo member account with a live session: the bench signs in by sending the session cookie. */
export interface AccountRow {
  userId: string;
  email: string;
  countryCode: string;
  expertId: string;
  sessionId: string;
  /** The cookie value; only its SHA-256 is stored, as the server does. */
  token: string;
}
