import {
  PREVENTION_YEAR_MAX,
  PREVENTION_YEAR_MIN,
  type FormOfExploitation as FormKey,
  type PreventionVisibility as VisibilityKey,
  type TargetGroup as TargetGroupKey,
} from '@strom/shared';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import { FormOfExploitation, TargetGroup } from '../vocabulary/vocabulary.enums.js';
import { PreventionVisibility } from './prevention.enums.js';

@InputType({ description: 'Narrows the catalogue; all given conditions must hold' })
export class PreventionActivityFilter {
  @Field(() => TargetGroup, { nullable: true })
  targetGroup?: TargetGroupKey | null;

  @Field(() => FormOfExploitation, { nullable: true })
  formOfExploitation?: FormKey | null;

  @Field(() => String, { nullable: true, description: 'Activities in that country (nationally or in one of its municipalities)' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be two capital letters' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Activities running at some time in that year' })
  @IsOptional()
  @IsInt()
  @Min(PREVENTION_YEAR_MIN, { message: `year must be ${PREVENTION_YEAR_MIN} or later` })
  @Max(PREVENTION_YEAR_MAX, { message: `year must be ${PREVENTION_YEAR_MAX} or earlier` })
  year?: number | null;

  @Field(() => PreventionVisibility, { nullable: true, description: 'PUBLIC: what anonymous visitors see' })
  visibility?: VisibilityKey | null;
}

@ArgsType()
export class PreventionActivitiesArgs extends ConnectionArgs {
  @Field(() => PreventionActivityFilter, { nullable: true })
  filter?: PreventionActivityFilter | null;
}
