// Vocabularies of the anti-trafficking field, copied from the reference data (server/src/db/seed/reference/vocabularies.json).
// Keys are stable identifiers stored in the database and exposed as GraphQL enums; labels are the English
// fallback the client translates through `vocab.<list>.<KEY>`. A test keeps this file equal to the reference data.

export const FORMS_OF_EXPLOITATION = {
  SEXUAL_EXPLOITATION: 'Sexual exploitation',
  LABOUR_EXPLOITATION: 'Forced labour or services',
  DOMESTIC_SERVITUDE: 'Domestic servitude',
  FORCED_BEGGING: 'Forced begging',
  FORCED_CRIMINALITY: 'Exploitation of criminal activities',
  FORCED_OR_SHAM_MARRIAGE: 'Forced or sham marriage',
  ILLEGAL_ADOPTION: 'Illegal adoption',
  SURROGACY_EXPLOITATION: 'Exploitation of surrogacy',
  ORGAN_REMOVAL: 'Removal of organs',
  OTHER: 'Other or mixed forms',
} as const;
export type FormOfExploitation = keyof typeof FORMS_OF_EXPLOITATION;

export const TARGET_GROUPS = {
  ADULT_WOMEN: 'Adult women',
  ADULT_MEN: 'Adult men',
  CHILDREN: 'Children',
  UNACCOMPANIED_MINORS: 'Unaccompanied minors',
  LGBTIQ: 'LGBTIQ persons',
  PERSONS_WITH_DISABILITIES: 'Persons with disabilities',
  MIGRANT_WORKERS: 'Migrant workers',
  ASYLUM_SEEKERS: 'Asylum seekers and refugees',
} as const;
export type TargetGroup = keyof typeof TARGET_GROUPS;

export const SERVICES = {
  SAFE_ACCOMMODATION: 'Safe accommodation / shelter',
  EMERGENCY_MEDICAL: 'Emergency medical care',
  HEALTH_CARE: 'Health care',
  PSYCHOLOGICAL_SUPPORT: 'Psychological support',
  MATERIAL_ASSISTANCE: 'Material and financial assistance',
  INTERPRETATION: 'Interpretation and translation',
  LEGAL_COUNSELLING: 'Legal counselling and information',
  CRIMINAL_PROCEEDINGS_SUPPORT: 'Support in criminal proceedings',
  COMPENSATION_CLAIMS: 'Compensation claims',
  CASE_MANAGEMENT: 'Case management',
  CHILD_GUARDIANSHIP: 'Guardianship for children',
  EDUCATION: 'Education (children) and training',
  EMPLOYMENT_SUPPORT: 'Access to the labour market',
  SAFE_RETURN: 'Safe return and repatriation',
  REINTEGRATION: 'Social inclusion and reintegration',
  HOTLINE: 'Hotline',
  OUTREACH: 'Outreach to at-risk groups',
  RISK_ASSESSMENT: 'Risk and safety assessment',
} as const;
export type ServiceKind = keyof typeof SERVICES;

export const ORGANISATION_TYPES = {
  MUNICIPAL_SOCIAL_SERVICES: 'Municipal social services',
  CHILD_PROTECTION: 'Child protection services',
  MUNICIPAL_ADMINISTRATION: 'Municipal administration',
  POLICE: 'Police',
  BORDER_GUARD: 'Border guard',
  PROSECUTION: 'Prosecution service',
  COURT: 'Court',
  LABOUR_INSPECTORATE: 'Labour inspectorate',
  MIGRATION_AUTHORITY: 'Migration authority',
  HEALTH_SERVICE: 'Health service',
  EDUCATION_INSTITUTION: 'Education institution',
  MINISTRY: 'Ministry',
  NATIONAL_COORDINATOR: 'National anti-trafficking coordinator or rapporteur',
  NGO: 'Non-governmental organisation',
  SERVICE_PROVIDER: 'Contracted victim-assistance provider',
  EMBASSY_CONSULATE: 'Embassy or consulate',
  TRADE_UNION: 'Trade union',
  EMPLOYERS_ORGANISATION: "Employers' organisation",
  INTERNATIONAL_ORGANISATION: 'International organisation',
  RESEARCH_INSTITUTE: 'Research institute',
  OTHER: 'Other',
} as const;
export type OrganisationType = keyof typeof ORGANISATION_TYPES;

export const CHAIN_ROLES = {
  FIRST_IDENTIFIER: 'First identifier (detects and refers)',
  FORMAL_IDENTIFIER: 'Formal identification',
  REFERRAL_CONTACT_POINT: 'Referral contact point',
  CASE_MANAGER: 'Case manager',
  SERVICE_PROVIDER: 'Assistance provider',
  INVESTIGATOR: 'Investigator',
  PROSECUTOR: 'Prosecutor',
  LABOUR_INSPECTOR: 'Labour inspector',
  CHILD_PROTECTION_OFFICER: 'Child-protection officer',
  GUARDIAN_ADVOCATE: 'Guardian or independent advocate',
  PREVENTION_WORKER: 'Prevention and outreach',
  POLICY_COORDINATOR: 'Policy coordination',
  TRAINER: 'Trainer',
  RESEARCHER: 'Researcher',
} as const;
export type ChainRole = keyof typeof CHAIN_ROLES;

export const NETWORK_ROLES = {
  MUNICIPAL_CONTACT_POINT: 'Municipal anti-trafficking contact point',
  NATIONAL_COORDINATOR: 'National coordinator',
  TF_THB_MEMBER: 'CBSS TF-THB member',
  MODERATOR: 'Moderator',
} as const;
export type NetworkRole = keyof typeof NETWORK_ROLES;

export const NRM_STAGES = {
  IDENTIFICATION: 'Identification',
  FIRST_ASSISTANCE: 'First assistance and protection (reflection period)',
  LONG_TERM_ASSISTANCE: 'Long-term assistance',
  SOCIAL_INCLUSION: 'Social inclusion',
  RETURN_AND_REINTEGRATION: 'Return and reintegration',
  CRIMINAL_AND_CIVIL_PROCEEDINGS: 'Criminal and civil proceedings',
} as const;
export type NrmStage = keyof typeof NRM_STAGES;

export const COST_CATEGORIES = {
  PREVENTION_COORDINATION: 'Coordination and prevention',
  SHELTER: 'Safe accommodation (per night)',
  MEDICAL: 'Health services',
  PSYCHOLOGICAL: 'Psychological support (per session)',
  SOCIAL_ASSISTANCE: 'Social welfare: housing aid, financial assistance',
  CHILD_PROTECTION: 'Child protection and family support',
  LEGAL_AID: 'Legal aid (per hour)',
  INTERPRETATION: 'Interpretation (per hour)',
  CASE_MANAGEMENT: 'Case management (per hour)',
  RETURN_REINTEGRATION: 'Return and reintegration',
  LOST_OUTPUT: 'Lost time and economic output',
  PERSONAL_COSTS: 'Costs borne by the victim: travel, lost salary, legal costs',
  LAW_ENFORCEMENT: 'Law enforcement',
  CRIMINAL_JUSTICE: 'Criminal justice',
} as const;
export type CostCategory = keyof typeof COST_CATEGORIES;
// ISO 639-1 codes. Spoken: what experts speak and services offer (interpretation matters). UI: interface translations.
export const SPOKEN_LANGUAGES = [
  'en',
  'da',
  'de',
  'et',
  'fi',
  'is',
  'lt',
  'lv',
  'no',
  'pl',
  'ru',
  'sv',
  'uk',
  'be',
  'ro',
  'bg',
  'hu',
  'sk',
  'cs',
  'sq',
  'sr',
  'vi',
  'zh',
  'th',
  'tl',
  'ar',
  'fa',
  'ps',
  'ku',
  'so',
  'ti',
  'am',
  'tr',
  'fr',
  'es',
  'pt',
  'hi',
  'ur',
  'bn',
] as const;
export type LanguageCode = (typeof SPOKEN_LANGUAGES)[number];
export const UI_LANGUAGES = ['en', 'da', 'de', 'et', 'fi', 'is', 'lt', 'lv', 'no', 'pl', 'ru', 'sv'] as const;
