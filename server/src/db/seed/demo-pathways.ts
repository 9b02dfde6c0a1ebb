import type { ChainRole, NrmStage, TargetGroup } from '@strom/shared';
import { PathwayVersion, ReferralPathway } from '../../features/pathway/pathway.entity.js';
import type { PathwayStepData } from '../../features/pathway/pathway-step.js';
import type { Em } from '../orm.js';
import { FEATURED_MUNICIPALITIES } from './demo/organisations-local.js';
import { STROM_COUNTRIES } from './demo/reference.js';
import type { DemoNetwork, DemoOrganisation } from './demo/types.js';
import { municipalityId } from './reference-data.js';
import { stableId } from './stable-id.js';

interface StepTemplate {
  key: string;
  stage: NrmStage;
  /** The organisation's kind in the generated keys ("local-police"); the first that exists is taken. */
  kinds: string[];
  chainRole: ChainRole;
  action: string;
  handOver: string | null;
  targetGroups: TargetGroup[];
  refersToNational?: boolean;
  /** The contact point is whom to call. */
  callContactPoint?: boolean;
}

const ADULTS: TargetGroup[] = ['ADULT_WOMEN', 'ADULT_MEN', 'MIGRANT_WORKERS'];

const FIRST: StepTemplate[] = [
  {
    key: 'police',
    stage: 'IDENTIFICATION',
    kinds: ['local-police'],
    chainRole: 'FIRST_IDENTIFIER',
    action: 'Officers who meet a presumed victim make sure the person is safe and call the social services duty line.',
    handOver: 'Phone call to the municipal contact point the same day.',
    targetGroups: [...ADULTS, 'CHILDREN'],
  },
  {
    key: 'contact-point',
    stage: 'IDENTIFICATION',
    kinds: ['social-services'],
    chainRole: 'REFERRAL_CONTACT_POINT',
    action: 'The contact point meets the person, explains the reflection period and arranges first assistance.',
    handOver: 'Written referral to the shelter or the child-protection service.',
    targetGroups: [...ADULTS, 'CHILDREN'],
    callContactPoint: true,
  },
  {
    key: 'shelter',
    stage: 'FIRST_ASSISTANCE',
    kinds: ['shelter', 'local-ngo'],
    chainRole: 'SERVICE_PROVIDER',
    action: 'Safe accommodation, crisis counselling and material help during the reflection period.',
    handOver: 'Case conference with social services before the reflection period ends.',
    targetGroups: ['ADULT_WOMEN'],
  },
  {
    key: 'national',
    stage: 'CRIMINAL_AND_CIVIL_PROCEEDINGS',
    kinds: [],
    chainRole: 'CASE_MANAGER',
    action: 'From here the national referral mechanism takes over: state-funded assistance and support in proceedings.',
    handOver: null,
    targetGroups: [...ADULTS, 'CHILDREN'],
    refersToNational: true,
  },
];

/** The second version: child protection joins, men are housed too, long-term case management is named. */
const SECOND: StepTemplate[] = [
  FIRST[0]!,
  FIRST[1]!,
  { ...FIRST[2]!, targetGroups: ['ADULT_WOMEN', 'ADULT_MEN'], handOver: 'Case conference with social services within 30 days.' },
  {
    key: 'child-protection',
    stage: 'FIRST_ASSISTANCE',
    kinds: ['child-protection'],
    chainRole: 'CHILD_PROTECTION_OFFICER',
    action: 'A child is placed in care at once and a guardian is appointed; no interview without the guardian.',
    handOver: 'The guardian joins every later step.',
    targetGroups: ['CHILDREN', 'UNACCOMPANIED_MINORS'],
  },
  {
    key: 'case-management',
    stage: 'LONG_TERM_ASSISTANCE',
    kinds: ['social-services'],
    chainRole: 'CASE_MANAGER',
    action: 'A case manager plans housing, health care and training with the person for up to a year.',
    handOver: 'Reviewed every three months with the person.',
    targetGroups: ADULTS,
  },
  FIRST[3]!,
];

const NATIONAL: StepTemplate[] = [
  {
    key: 'hotline',
    stage: 'IDENTIFICATION',
    kinds: ['hotline', 'national-ngo'],
    chainRole: 'FIRST_IDENTIFIER',
    action: 'The national hotline takes calls from anyone and refers presumed victims to assistance.',
    handOver: 'Referral to the state assistance programme.',
    targetGroups: [...ADULTS, 'CHILDREN'],
  },
  {
    key: 'police',
    stage: 'IDENTIFICATION',
    kinds: ['national-police'],
    chainRole: 'FORMAL_IDENTIFIER',
    action: 'The specialised police unit formally identifies victims and opens an investigation where there is one.',
    handOver: 'Victim status letter to the assistance programme.',
    targetGroups: [...ADULTS, 'CHILDREN'],
  },
  {
    key: 'assistance',
    stage: 'LONG_TERM_ASSISTANCE',
    kinds: ['assistance-programme', 'national-ngo'],
    chainRole: 'SERVICE_PROVIDER',
    action: 'State-funded rehabilitation: accommodation, psychological and legal help for a set period.',
    handOver: 'Report to the national coordinator at the end of the course.',
    targetGroups: ADULTS,
  },
  {
    key: 'prosecution',
    stage: 'CRIMINAL_AND_CIVIL_PROCEEDINGS',
    kinds: ['prosecution'],
    chainRole: 'PROSECUTOR',
    action: 'The prosecutor leads the criminal case; the victim is heard once, with support present.',
    handOver: null,
    targetGroups: [...ADULTS, 'CHILDREN'],
  },
];

interface Place {
  key: string;
  countryCode: string;
  municipalityName: string | null;
}

function places(network: DemoNetwork): Place[] {
  const local = [...FEATURED_MUNICIPALITIES].flatMap((name) => {
    const organisation = network.organisations.find((o) => o.scope.level === 'LOCAL' && o.scope.municipalityName === name);
    return organisation
      ? [{ key: `${organisation.scope.countryCode}:${name}`, countryCode: organisation.scope.countryCode!, municipalityName: name }]
      : [];
  });
  const national = STROM_COUNTRIES.map((c) => ({ key: c.code, countryCode: c.code, municipalityName: null }));
  return [...local, ...national];
}

function stepsOf(network: DemoNetwork, place: Place, templates: StepTemplate[]): PathwayStepData[] {
  const prefix = place.municipalityName
    ? `org-${place.countryCode.toLowerCase()}-${slugOf(network, place)}-`
    : `org-${place.countryCode.toLowerCase()}-`;
  const byKey = new Map<string, DemoOrganisation>(network.organisations.map((o) => [o.key, o]));
  const contactPoint = network.experts.find((e) =>
    e.roles.some((r) => r.role === 'MUNICIPAL_CONTACT_POINT' && !r.endsOn && r.scope.municipalityName === place.municipalityName),
  );
  return templates.map((t, index) => {
    const organisation = t.kinds.map((kind) => byKey.get(`${prefix}${kind}`)).find(Boolean);
    return {
      id: stableId(`pathway-step:${place.key}:${t.key}`),
      position: index + 1,
      stage: t.stage,
      organisationId: organisation ? stableId(`organisation:${organisation.key}`) : null,
      chainRole: t.chainRole,
      action: t.action,
      handOver: t.handOver,
      contactExpertId: t.callContactPoint && contactPoint ? stableId(`expert:${contactPoint.key}`) : null,
      formsOfExploitation: ['SEXUAL_EXPLOITATION', 'LABOUR_EXPLOITATION'],
      targetGroups: t.targetGroups,
      refersToNational: t.refersToNational ?? false,
    };
  });
}

/** The slug the generator gave the municipality, read back from its social services' key. */
function slugOf(network: DemoNetwork, place: Place): string {
  const social = network.organisations.find(
    (o) => o.scope.municipalityName === place.municipalityName && o.key.endsWith('-social-services'),
  );
  return social!.key.replace(`org-${place.countryCode.toLowerCase()}-`, '').replace(/-social-services$/, '');
}

/** Latvia's and Lithuania's coordinators wrote theirs; the admin the others. */
function authorOf(countryCode: string): string {
  const account = countryCode === 'LV' ? 'coordinator.lv' : countryCode === 'LT' ? 'coordinator.lt' : 'admin';
  return stableId(`user:${account}@demo.strom.invalid`);
}

/**
 * Published pathways for the demo's featured municipalities (every STROM country has one) and each STROM
 * country's national mechanism: two versions each, the second published, so the history and the diff show.
 */
export async function seedDemoPathways(em: Em, network: DemoNetwork): Promise<void> {
  for (const place of places(network)) {
    const pathwayId = stableId(`pathway:${place.key}`);
    const [first, second] = place.municipalityName ? [FIRST, SECOND] : [NATIONAL.slice(0, 3), NATIONAL];
    await em.upsert(ReferralPathway, {
      id: pathwayId,
      level: place.municipalityName ? 'LOCAL' : 'NATIONAL',
      countryCode: place.countryCode,
      municipalityId: place.municipalityName ? municipalityId(place.countryCode, place.municipalityName) : null,
      isPublic: place.municipalityName === 'Klaipėda',
      latestNumber: 2,
      publishedNumber: 2,
    });
    const versions = [
      { number: 1, steps: stepsOf(network, place, first), reason: 'First version agreed at the round table', at: '2025-03-12T09:00:00Z' },
      {
        number: 2,
        steps: stepsOf(network, place, second),
        reason: 'Child protection and case management added',
        at: '2026-02-20T09:00:00Z',
      },
    ];
    for (const v of versions) {
      await em.upsert(PathwayVersion, {
        id: stableId(`pathway-version:${place.key}:${v.number}`),
        pathwayId,
        number: v.number,
        steps: v.steps,
        reason: v.reason,
        authorId: authorOf(place.countryCode),
        createdAt: new Date(v.at),
        publishedAt: new Date(v.at),
        publishedById: authorOf(place.countryCode),
      });
    }
  }
}
