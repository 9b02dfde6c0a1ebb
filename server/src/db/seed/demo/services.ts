// Services an organisation offers, derived from its kind so they stay plausible: shelters always have beds,
// hotlines and shelters run around the clock, interpretation covers the languages victims in the region speak.
import type { LanguageCode, ServiceKind, TargetGroup } from '@strom/shared';
import type { OrgKindProfile } from './org-kind.js';
import type { Rng } from './random.js';
import type { DemoService } from './types.js';

export interface ServiceContext {
  countryLanguage: LanguageCode | null;
  secondLanguages: readonly LanguageCode[];
  /** National programmes run several houses, so they get more beds than one local shelter. */
  large: boolean;
}

const ROUND_THE_CLOCK: ReadonlySet<ServiceKind> = new Set(['HOTLINE', 'SAFE_ACCOMMODATION', 'EMERGENCY_MEDICAL']);

// Languages of victims frequently identified in the region (see reference/vocabularies.json, languages.note).
const VICTIM_LANGUAGES: readonly LanguageCode[] = [
  'ru',
  'uk',
  'ro',
  'bg',
  'vi',
  'zh',
  'ar',
  'fa',
  'so',
  'ti',
  'tl',
  'th',
  'sq',
  'pl',
  'lt',
  'lv',
  'fr',
  'es',
];

const MINORS_ONLY: readonly TargetGroup[] = ['CHILDREN', 'UNACCOMPANIED_MINORS'];

const DESCRIPTIONS: Partial<Record<ServiceKind, readonly string[]>> = {
  SAFE_ACCOMMODATION: [
    'Short-term safe beds; the location is disclosed only on referral.',
    'Sheltered flats with staff on call; address shared only with the referring professional.',
  ],
  HOTLINE: ['Free, anonymous line by phone and chat.', 'Calls answered around the clock; interpreters joined by conference call.'],
  CASE_MANAGEMENT: [
    'One named case manager coordinates all services for the person.',
    'Individual assistance plan agreed with the person within the reflection period.',
  ],
  PSYCHOLOGICAL_SUPPORT: ['Trauma-focused counselling, individually or in groups.', 'Crisis sessions within 48 hours of referral.'],
  LEGAL_COUNSELLING: ['Information on rights, residence status and the criminal process.', 'Free legal advice, also by video call.'],
  CRIMINAL_PROCEEDINGS_SUPPORT: ['Accompaniment to interviews and hearings.'],
  INTERPRETATION: ['Interpreters booked within a day; remote interpretation for rarer languages.'],
  OUTREACH: ['Regular outreach at workplaces, online platforms and places where at-risk groups gather.'],
  RISK_ASSESSMENT: ['Individual risk and safety assessment before and after referral.'],
  SAFE_RETURN: ['Voluntary return arranged with partners in the country of origin.'],
  REINTEGRATION: ['Support with housing, education and work after the assistance period.'],
  CHILD_GUARDIANSHIP: ['Temporary guardian appointed for unaccompanied or separated children.'],
  EMPLOYMENT_SUPPORT: ['Job counselling and help with work permits.'],
  MATERIAL_ASSISTANCE: ['Emergency allowance, clothing and transport costs.'],
};

function languagesFor(rng: Rng, kind: ServiceKind, context: ServiceContext): LanguageCode[] {
  const languages = new Set<LanguageCode>();
  if (context.countryLanguage) languages.add(context.countryLanguage);
  languages.add('en');
  const [second] = context.secondLanguages;
  if (second && rng.chance(0.5)) languages.add(second);
  if (kind === 'INTERPRETATION' || kind === 'HOTLINE') {
    for (const language of rng.sample(VICTIM_LANGUAGES, rng.int(2, 6))) languages.add(language);
  }
  return [...languages];
}

function buildService(rng: Rng, kind: ServiceKind, profile: OrgKindProfile, context: ServiceContext): DemoService {
  const groups = kind === 'CHILD_GUARDIANSHIP' ? MINORS_ONLY : profile.targetGroups;
  const descriptions = DESCRIPTIONS[kind];
  return {
    kind,
    capacity: kind === 'SAFE_ACCOMMODATION' ? (context.large ? rng.int(20, 60) : rng.int(4, 16)) : null,
    targetGroups: rng.sample(groups, rng.int(1, Math.min(4, groups.length))),
    languages: languagesFor(rng, kind, context),
    available24x7: ROUND_THE_CLOCK.has(kind) || (kind === 'RISK_ASSESSMENT' && profile.type === 'POLICE') || rng.chance(0.08),
    formsOfExploitation: kind === 'HOTLINE' ? [...profile.forms] : rng.sample(profile.forms, rng.int(1, Math.min(4, profile.forms.length))),
    description: descriptions && rng.chance(0.75) ? rng.pick(descriptions) : null,
  };
}

/**
 * 0–5 services; the kind's first listed service is its defining one (beds for a shelter, the line for a hotline),
 * so it is always included whenever the organisation offers anything.
 */
export function buildServices(rng: Rng, profile: OrgKindProfile, context: ServiceContext): DemoService[] {
  const [defining, ...others] = profile.services;
  const count = Math.min(5, rng.int(profile.serviceCount[0], profile.serviceCount[1]));
  if (!defining || count === 0) return [];
  const kinds = [defining, ...rng.sample(others, count - 1)];
  return kinds.map((kind) => buildService(rng, kind, profile, context));
}
