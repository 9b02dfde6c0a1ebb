// Plain records the demo generator hands to the database seeder. They carry stable string keys instead of ids so
// the seeder can derive deterministic UUIDs from them and re-running the seed stays idempotent.
import type {
  ChainRole,
  FormOfExploitation,
  LanguageCode,
  Level,
  NetworkRole,
  OrganisationType,
  ServiceKind,
  TargetGroup,
} from '@strom/shared';

export interface DemoScope {
  level: Level;
  countryCode: string | null;
  municipalityName: string | null;
}

export interface DemoService {
  kind: ServiceKind;
  capacity: number | null;
  targetGroups: TargetGroup[];
  languages: LanguageCode[];
  available24x7: boolean;
  formsOfExploitation: FormOfExploitation[];
  description: string | null;
}

export interface DemoOrganisation {
  key: string;
  name: string;
  acronym: string | null;
  type: OrganisationType;
  scope: DemoScope;
  description: string;
  website: string | null;
  publiclyListed: boolean;
  services: DemoService[];
  // Names look real on purpose; this flag (not a "(demo)" suffix) is what marks the record as fictional.
  isDemo: true;
}

export interface DemoRole {
  role: ChainRole | NetworkRole;
  scope: DemoScope;
  responsibilities: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

export interface DemoExpert {
  key: string;
  fullName: string;
  title: string | null;
  organisationKey: string;
  countryCode: string;
  municipalityName: string | null;
  languages: LanguageCode[];
  bio: string | null;
  formsOfExploitation: FormOfExploitation[];
  topics: string[];
  availableForConsultation: boolean;
  roles: DemoRole[];
  isDemo: true;
}

export type DemoActivityKind = 'ORGANISATION_ADDED' | 'ORGANISATION_UPDATED' | 'SERVICE_ADDED' | 'PROFILE_PUBLISHED';

export interface DemoActivity {
  key: string;
  kind: DemoActivityKind;
  occurredAt: string;
  organisationKey: string | null;
  expertKey: string | null;
}

export interface DemoNetwork {
  organisations: DemoOrganisation[];
  experts: DemoExpert[];
  activity: DemoActivity[];
}
