import {
  PATHWAY_EDITORS_MAX,
  PATHWAY_REASON_MAX,
  PATHWAY_STEP_RESOURCES_MAX,
  PATHWAY_STEP_TEXT_MAX,
  PATHWAY_STEPS_MAX,
} from '@strom/shared';
import type {
  ChainRole as ChainRoleKey,
  FormOfExploitation as FormKey,
  NrmStage as StageKey,
  TargetGroup as GroupKey,
} from '@strom/shared';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { FormOfExploitation, TargetGroup } from '../vocabulary/vocabulary.enums.js';
import { ChainRole, NrmStage } from './pathway.enums.js';

@InputType({ description: 'Which pathway: a municipality’s (local) or, without one, a country’s (national)' })
export class PathwayKeyInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, for a national pathway' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryCode must be a two-letter country code' })
  countryCode?: string | null;
}

@InputType({ description: 'One step of a pathway as an editor saves it' })
export class PathwayStepInput {
  @Field(() => ID, { description: 'Chosen by the client (a UUID) and kept across versions, so versions compare step by step' })
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'position must be at least 1' })
  position!: number;

  @Field(() => NrmStage)
  stage!: StageKey;

  @Field(() => ID, { nullable: true, description: 'The organisation that acts, from the directory' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a valid id' })
  organisationId?: string | null;

  @Field(() => ChainRole, { nullable: true })
  @IsOptional()
  chainRole?: ChainRoleKey | null;

  @Field(() => String, { description: 'What they do' })
  @MinLength(1, { message: 'Say what happens at this step' })
  @MaxLength(PATHWAY_STEP_TEXT_MAX, { message: `action must be at most ${PATHWAY_STEP_TEXT_MAX} characters` })
  action!: string;

  @Field(() => String, { nullable: true, description: 'How the case is handed over to the next step' })
  @IsOptional()
  @MaxLength(PATHWAY_STEP_TEXT_MAX, { message: `handOver must be at most ${PATHWAY_STEP_TEXT_MAX} characters` })
  handOver?: string | null;

  @Field(() => ID, { nullable: true, description: 'A member to call, shown under their own contact visibility' })
  @IsOptional()
  @IsUUID('all', { message: 'contactExpertId must be a valid id' })
  contactExpertId?: string | null;

  @Field(() => [FormOfExploitation], { defaultValue: [] })
  @ArrayMaxSize(20)
  formsOfExploitation!: FormKey[];

  @Field(() => [TargetGroup], { defaultValue: [] })
  @ArrayMaxSize(20)
  targetGroups!: GroupKey[];

  @Field(() => Boolean, { defaultValue: false, description: 'From here the national mechanism takes over' })
  refersToNational!: boolean;

  @Field(() => [ID], { defaultValue: [], description: 'Library resources for this step (its forms, guidance), ones you may read' })
  @ArrayMaxSize(PATHWAY_STEP_RESOURCES_MAX, { message: `A step links at most ${PATHWAY_STEP_RESOURCES_MAX} resources` })
  @IsUUID('all', { each: true, message: 'resourceIds must be valid ids' })
  resourceIds!: string[];
}

@InputType({ description: 'A new version of a pathway’s steps; the first save creates the pathway' })
export class SavePathwayDraftInput extends PathwayKeyInput {
  @Field(() => ID, { description: 'Chosen by the client (a UUID) for the new version: a retried save returns it instead of a CONFLICT' })
  @IsUUID('all', { message: 'versionId must be a valid id' })
  versionId!: string;

  @Field(() => Int, { description: 'The latest version you edited (0 for a pathway not written yet)' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;

  @Field(() => String, { description: 'Why: a short note kept with the version' })
  @Length(1, PATHWAY_REASON_MAX, { message: `reason must be 1 to ${PATHWAY_REASON_MAX} characters` })
  reason!: string;

  @Field(() => [PathwayStepInput])
  @ArrayMaxSize(PATHWAY_STEPS_MAX, { message: `a pathway has at most ${PATHWAY_STEPS_MAX} steps` })
  @ValidateNested({ each: true })
  steps!: PathwayStepInput[];

  @GuardrailConfirmationsField()
  confirmations?: GuardrailConfirmationInput[];
}

@InputType({ description: 'Publish a version: members see it from then on' })
export class PublishPathwayInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'pathwayId must be a valid id' })
  pathwayId!: string;

  @Field(() => Int, { description: 'The version to publish' })
  @IsInt()
  @Min(1)
  number!: number;

  @Field(() => Int, { description: 'The latest version you saw: a newer draft is a conflict' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class SetPathwayPublicInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'pathwayId must be a valid id' })
  pathwayId!: string;

  @Field(() => Boolean, { description: 'Anyone may read the published version, without personal contacts' })
  isPublic!: boolean;
}

@InputType({ description: 'The members, besides the contact point, who edit a pathway' })
export class SetPathwayEditorsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'pathwayId must be a valid id' })
  pathwayId!: string;

  @Field(() => [ID])
  @ArrayMaxSize(PATHWAY_EDITORS_MAX, { message: `at most ${PATHWAY_EDITORS_MAX} editors` })
  @IsUUID('all', { each: true, message: 'expertIds must be valid ids' })
  expertIds!: string[];
}
