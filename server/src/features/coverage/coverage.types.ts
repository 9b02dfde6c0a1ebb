import type { ServiceKind as ServiceKey, TargetGroup as TargetGroupKey } from '@strom/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { ServiceKind, TargetGroup } from '../vocabulary/vocabulary.enums.js';

export const CoverageStatus = {
  CONTACT_POINT: 'CONTACT_POINT',
  MEMBERS_ONLY: 'MEMBERS_ONLY',
  NOBODY: 'NOBODY',
} as const;
export type CoverageStatus = keyof typeof CoverageStatus;
registerEnumType(CoverageStatus, {
  name: 'CoverageStatus',
  description: 'Who the network has in a municipality',
  valuesConfig: {
    CONTACT_POINT: { description: 'Someone holds the municipal contact point role there' },
    MEMBERS_ONLY: { description: 'Experts work there, but none is its contact point' },
    NOBODY: { description: 'No expert of the network works there' },
  },
});

@ObjectType({ description: 'The network’s presence in one municipality' })
export class MunicipalityCoverage {
  @Field(() => Municipality)
  municipality!: Municipality;

  @Field(() => CoverageStatus)
  status!: CoverageStatus;

  @Field(() => Int)
  experts!: number;

  @Field(() => Int, { description: 'All organisations there, listed publicly or not' })
  organisations!: number;

  @Field(() => Int, { description: 'Experts there whose profile was confirmed within the last year' })
  recentlyConfirmedExperts!: number;

  @Field(() => Int, { description: 'Organisations there whose record was confirmed within the last year' })
  recentlyConfirmedOrganisations!: number;
}

@ObjectType({ description: 'A service no organisation of a country offers (to a target group, where given)' })
export class ServiceGap {
  @Field(() => ServiceKind)
  service!: ServiceKey;

  @Field(() => TargetGroup, { nullable: true, description: 'Null: the service is missing entirely' })
  targetGroup!: TargetGroupKey | null;
}

@ObjectType({ description: 'Coverage of one country: its municipalities by status, and the services missing there' })
export class CountryCoverage {
  @Field(() => Country)
  country!: Country;

  @Field(() => Int)
  withContactPoint!: number;

  @Field(() => Int)
  membersOnly!: number;

  @Field(() => Int)
  nobody!: number;

  @Field(() => [ServiceGap])
  serviceGaps!: ServiceGap[];
}

@ObjectType({ description: 'Where the network has contact points, members only, or nobody; and which services are missing' })
export class Coverage {
  @Field(() => [CountryCoverage])
  countries!: CountryCoverage[];

  @Field(() => [MunicipalityCoverage])
  municipalities!: MunicipalityCoverage[];
}
