import {
  ACRONYM_MAX,
  DESCRIPTION_MAX,
  EMAIL_MAX,
  NAME_MAX,
  PHONE_MAX,
  REASON_MAX,
  URL_MAX,
  type OrganisationType as OrganisationTypeKey,
} from '@strom/shared';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsUrl, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsName, IsPhone, IsWebsite } from '../../core/text.validators.js';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { ScopeInput } from '../scope/scope.inputs.js';
import { OrganisationType } from '../vocabulary/vocabulary.enums.js';

const WEBSITE_MESSAGE = 'Enter a web address that starts with https:// or http://';

@InputType({ description: 'A new organisation: added at once by a coordinator of its country, otherwise proposed to them' })
export class CreateOrganisationInput {
  @Field(() => ID, { description: 'Chosen by the client (a UUID): a retry with the same id creates nothing twice' })
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => String)
  @IsName()
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(NAME_MAX, { message: `name must be at most ${NAME_MAX} characters` })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ACRONYM_MAX, { message: `acronym must be at most ${ACRONYM_MAX} characters` })
  acronym?: string | null;

  @Field(() => OrganisationType)
  type!: OrganisationTypeKey;

  @Field(() => ScopeInput)
  @ValidateNested()
  scope!: ScopeInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX, { message: `description must be at most ${DESCRIPTION_MAX} characters` })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(URL_MAX, { message: `Enter a web address of at most ${URL_MAX} characters` })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: WEBSITE_MESSAGE })
  @IsWebsite({ message: WEBSITE_MESSAGE })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PHONE_MAX, { message: `Enter a phone number of at most ${PHONE_MAX} characters` })
  @IsPhone('phone number')
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(EMAIL_MAX, { message: `Enter an e-mail address of at most ${EMAIL_MAX} characters` })
  @IsEmail({}, { message: 'Enter an e-mail address like name@example.org' })
  email?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: 'Whether anonymous visitors see it (shelters and police units often not)' })
  @IsBoolean()
  publiclyListed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why you propose it: required when it waits for a coordinator' })
  @IsOptional()
  @MaxLength(REASON_MAX, { message: `reason must be at most ${REASON_MAX} characters` })
  reason?: string | null;

  @GuardrailConfirmationsField()
  confirmations?: GuardrailConfirmationInput[];
}

@InputType({ description: 'Merge one organisation into another: its people are asked to move, its row stays' })
export class MergeOrganisationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => ID, { description: 'The organisation that carries on' })
  @IsUUID('all', { message: 'intoId must be a valid id' })
  intoId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'Close an organisation: its people are asked to move, its row and history stay' })
export class CloseOrganisationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
