import {
  PREVENTION_MATERIALS_MAX,
  PREVENTION_MATERIAL_TITLE_MAX,
  PREVENTION_PARTNERS_MAX,
  PREVENTION_REACH_MAX,
  PREVENTION_REACH_NOTE_MAX,
  PREVENTION_TEXT_MAX,
  PREVENTION_TITLE_MAX,
  TARGET_GROUPS,
  FORMS_OF_EXPLOITATION,
  URL_MAX,
  type FormOfExploitation as FormKey,
  type PreventionVisibility as VisibilityKey,
  type TargetGroup as TargetGroupKey,
} from '@strom/shared';
import { LocalDateResolver } from 'graphql-scalars';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { ScopeInput } from '../scope/scope.inputs.js';
import { FormOfExploitation, TargetGroup } from '../vocabulary/vocabulary.enums.js';
import { PreventionVisibility } from './prevention.enums.js';

/** A material used in the activity: a resource of the library, or a link with its title. */
@InputType()
export class PreventionMaterialInput {
  @Field(() => ID, { nullable: true, description: 'A library resource (its own title is shown): give either this or title and url' })
  @IsOptional()
  @IsUUID('all', { message: 'resourceId must be a valid id' })
  resourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'The title of a link' })
  @ValidateIf((material: PreventionMaterialInput) => !material.resourceId)
  @MinLength(2, { message: 'a material needs a title' })
  @MaxLength(PREVENTION_MATERIAL_TITLE_MAX, { message: `a material's title must be at most ${PREVENTION_MATERIAL_TITLE_MAX} characters` })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'A link' })
  @ValidateIf((material: PreventionMaterialInput) => !material.resourceId)
  @MaxLength(URL_MAX, { message: `a web address must be at most ${URL_MAX} characters` })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Enter a web address that starts with https:// or http://' })
  url?: string | null;
}

/** A whole activity, saved at once: a new one (no expectedVersion) or a change to the version the editor loaded. */
@InputType()
export class SavePreventionActivityInput {
  @Field(() => ID, { description: 'Chosen by the client when creating, so that a retry saves once' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the editor loaded; absent for a new activity' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;

  @Field(() => String)
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(PREVENTION_TITLE_MAX, { message: `title must be at most ${PREVENTION_TITLE_MAX} characters` })
  title!: string;

  @Field(() => String, { description: 'What was done' })
  @MinLength(10, { message: 'say in a sentence or two what was done' })
  @MaxLength(PREVENTION_TEXT_MAX, { message: `description must be at most ${PREVENTION_TEXT_MAX} characters` })
  description!: string;

  @Field(() => [TargetGroup], { description: 'The groups at risk it reached out to' })
  @ArrayMaxSize(Object.keys(TARGET_GROUPS).length)
  targetGroups!: TargetGroupKey[];

  @Field(() => [FormOfExploitation])
  @ArrayMaxSize(Object.keys(FORMS_OF_EXPLOITATION).length)
  formsOfExploitation!: FormKey[];

  @Field(() => ScopeInput, { description: 'Where it took place: a municipality, a country or the region' })
  @ValidateNested()
  scope!: ScopeInput;

  @Field(() => LocalDateResolver, { description: 'The first day (YYYY-MM-DD)' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day; absent while it goes on' })
  endsOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'People reached' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'peopleReached cannot be negative' })
  @Max(PREVENTION_REACH_MAX, { message: `peopleReached must be at most ${PREVENTION_REACH_MAX}` })
  peopleReached?: number | null;

  @Field(() => String, { nullable: true, description: 'Whom the number counts ("pupils of 12 schools")' })
  @IsOptional()
  @MaxLength(PREVENTION_REACH_NOTE_MAX, { message: `reachNote must be at most ${PREVENTION_REACH_NOTE_MAX} characters` })
  reachNote?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PREVENTION_TEXT_MAX, { message: `results must be at most ${PREVENTION_TEXT_MAX} characters` })
  results?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PREVENTION_TEXT_MAX, { message: `lessons must be at most ${PREVENTION_TEXT_MAX} characters` })
  lessons?: string | null;

  @Field(() => [ID], { description: 'Partner organisations from the directory, in the order shown' })
  @ArrayMaxSize(PREVENTION_PARTNERS_MAX, { message: `name at most ${PREVENTION_PARTNERS_MAX} partners` })
  @IsUUID('all', { each: true, message: 'partnerIds must be valid ids' })
  partnerIds!: string[];

  @Field(() => [PreventionMaterialInput])
  @ArrayMaxSize(PREVENTION_MATERIALS_MAX, { message: `link at most ${PREVENTION_MATERIALS_MAX} materials` })
  @ValidateNested({ each: true })
  materials!: PreventionMaterialInput[];

  @Field(() => PreventionVisibility, { defaultValue: 'NETWORK', description: 'PUBLIC shares it with anonymous visitors' })
  visibility!: VisibilityKey;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}
