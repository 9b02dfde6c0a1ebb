import {
  GUIDELINE_LABEL_MAX,
  GUIDELINE_LINK_MAX,
  GUIDELINE_TEXT_MAX,
  GUIDELINE_TRANSLATIONS_MAX,
  type GuidelineStatusKey,
} from '@strom/shared';
import { ArrayMaxSize, IsInt, IsOptional, IsUrl, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { GuidelineStatusEnum } from './guideline.enums.js';

@InputType({ description: 'A municipality’s status on one action point, reviewed now' })
export class SetGuidelineStatusInput {
  @Field(() => ID, { description: 'Chosen by the client for this change: a retry with the same id changes nothing twice' })
  @IsUUID('all', { message: 'clientId must be a valid id' })
  clientId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId!: string;

  @Field(() => String)
  @Matches(/^[A-Z]{2}\d{2}$/, { message: 'actionPointKey must look like AP01' })
  actionPointKey!: string;

  @Field(() => Int, { description: 'The version you reviewed (0 when the action point had no status yet)' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;

  @Field(() => GuidelineStatusEnum)
  status!: GuidelineStatusKey;

  @Field(() => String, { nullable: true, description: 'Why the action point does not apply (required for NOT_APPLICABLE)' })
  @IsOptional()
  @MaxLength(GUIDELINE_TEXT_MAX, { message: `reason must be at most ${GUIDELINE_TEXT_MAX} characters` })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(GUIDELINE_TEXT_MAX, { message: `evidenceText must be at most ${GUIDELINE_TEXT_MAX} characters` })
  evidenceText?: string | null;

  @Field(() => String, { nullable: true, description: 'A web address that shows it (a decision, a procedure)' })
  @IsOptional()
  @MaxLength(GUIDELINE_LINK_MAX, { message: `evidenceLink must be at most ${GUIDELINE_LINK_MAX} characters` })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'evidenceLink must be an http(s) address' })
  evidenceLink?: string | null;

  @Field(() => ID, { nullable: true, description: 'A step of the municipality’s pathway that shows it' })
  @IsOptional()
  @IsUUID('all', { message: 'evidenceStepId must be a valid id' })
  evidenceStepId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A library resource that shows it (one you may read)' })
  @IsOptional()
  @IsUUID('all', { message: 'evidenceResourceId must be a valid id' })
  evidenceResourceId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'responsibleOrganisationId must be a valid id' })
  responsibleOrganisationId?: string | null;

  @GuardrailConfirmationsField()
  confirmations?: GuardrailConfirmationInput[];
}

@InputType()
export class ActionPointTranslationInput {
  @Field(() => String, { description: 'ISO 639-1 language code' })
  @Matches(/^[a-z]{2}$/, { message: 'language must be a two-letter language code' })
  language!: string;

  @Field(() => String)
  @Length(1, GUIDELINE_LABEL_MAX, { message: `label must be 1 to ${GUIDELINE_LABEL_MAX} characters` })
  label!: string;
}

@InputType({ description: 'An action point’s label and its translations (the whole list, replaced): admins' })
export class UpdateGuidelineActionPointInput {
  @Field(() => String)
  @Matches(/^[A-Z]{2}\d{2}$/, { message: 'key must look like AP01' })
  key!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String)
  @Length(1, GUIDELINE_LABEL_MAX, { message: `label must be 1 to ${GUIDELINE_LABEL_MAX} characters` })
  label!: string;

  @Field(() => [ActionPointTranslationInput], { defaultValue: [] })
  @ArrayMaxSize(GUIDELINE_TRANSLATIONS_MAX, { message: `at most ${GUIDELINE_TRANSLATIONS_MAX} translations` })
  @ValidateNested({ each: true })
  translations!: ActionPointTranslationInput[];

  @GuardrailConfirmationsField()
  confirmations?: GuardrailConfirmationInput[];
}

/** A theme or chapter name: the seeded ones are short ("referral procedure", "CH4/CH5"). */
const NAME_MAX = 80;

@InputType({ description: 'A new action point, added after every other one with the next free key: admins' })
export class CreateGuidelineActionPointInput {
  @Field(() => ID, { description: 'Chosen by the client: a retry with the same id adds the point once' })
  @IsUUID('all', { message: 'clientId must be a valid id' })
  clientId!: string;

  @Field(() => String, { description: 'The theme it is listed under (an existing one, or a new one)' })
  @Length(1, NAME_MAX, { message: `theme must be 1 to ${NAME_MAX} characters` })
  theme!: string;

  @Field(() => String, { description: 'The guidelines’ chapter (CH3) or "cross-cutting"' })
  @Length(1, NAME_MAX, { message: `chapter must be 1 to ${NAME_MAX} characters` })
  chapter!: string;

  @Field(() => String, { description: 'In English' })
  @Length(1, GUIDELINE_LABEL_MAX, { message: `label must be 1 to ${GUIDELINE_LABEL_MAX} characters` })
  label!: string;

  @Field(() => [ActionPointTranslationInput], { defaultValue: [] })
  @ArrayMaxSize(GUIDELINE_TRANSLATIONS_MAX, { message: `at most ${GUIDELINE_TRANSLATIONS_MAX} translations` })
  @ValidateNested({ each: true })
  translations!: ActionPointTranslationInput[];

  @GuardrailConfirmationsField()
  confirmations?: GuardrailConfirmationInput[];
}

@InputType({ description: 'Retire an action point from tracking, or bring it back, at the version you saw: admins' })
export class RetireGuidelineActionPointInput {
  @Field(() => String)
  @Matches(/^[A-Z]{2}\d{2}$/, { message: 'key must look like AP01' })
  key!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => Boolean, { description: 'True retires it; false brings it back' })
  retired!: boolean;
}
