import {
  ADDRESS_MAX,
  DESCRIPTION_MAX,
  PHONE_MAX,
  SERVICE_CAPACITY_MAX,
  SERVICE_TAGS_MAX,
  SPOKEN_LANGUAGES,
  type FormOfExploitation as FormKey,
  type ServiceKind as ServiceKey,
  type TargetGroup as TargetGroupKey,
} from '@strom/shared';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsPhone } from '../../core/text.validators.js';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { FormOfExploitation, ServiceKind, TargetGroup } from '../vocabulary/vocabulary.enums.js';

/** The fields of a service, as the editor's form sends them all. */
@InputType()
export abstract class ServiceFieldsInput {
  @Field(() => Int, { description: 'The organisation version you edited: services move it, so a stale form conflicts' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => ServiceKind)
  kind!: ServiceKey;

  @Field(() => Int, { nullable: true, description: 'Places or cases at a time, where that applies' })
  @IsOptional()
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(0, { message: 'capacity cannot be negative' })
  @Max(SERVICE_CAPACITY_MAX, { message: `capacity must be at most ${SERVICE_CAPACITY_MAX}` })
  capacity?: number | null;

  @Field(() => [TargetGroup], { defaultValue: [] })
  @ArrayMaxSize(SERVICE_TAGS_MAX)
  targetGroups!: TargetGroupKey[];

  @Field(() => [String], { defaultValue: [], description: 'ISO 639-1 codes' })
  @ArrayMaxSize(SERVICE_TAGS_MAX)
  @IsIn(SPOKEN_LANGUAGES, { each: true, message: 'each language must be an ISO 639-1 code of a supported language' })
  languages!: string[];

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  available24x7!: boolean;

  @Field(() => [FormOfExploitation], { defaultValue: [] })
  @ArrayMaxSize(SERVICE_TAGS_MAX)
  formsOfExploitation!: FormKey[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX, { message: `description must be at most ${DESCRIPTION_MAX} characters` })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The number victims and partners call' })
  @IsOptional()
  @MaxLength(PHONE_MAX, { message: `Enter a hotline number of at most ${PHONE_MAX} characters` })
  @IsPhone('hotline number')
  hotline?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is delivered; a safe-accommodation address is never public' })
  @IsOptional()
  @MaxLength(ADDRESS_MAX, { message: `address must be at most ${ADDRESS_MAX} characters` })
  address?: string | null;

  @GuardrailConfirmationsField()
  confirmations?: GuardrailConfirmationInput[];
}

@InputType({ description: 'A new service of an organisation' })
export class AddServiceInput extends ServiceFieldsInput {
  @Field(() => ID, { description: 'Chosen by the client (a UUID): a retry with the same id adds nothing twice' })
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be a valid id' })
  organisationId!: string;
}

@InputType({ description: 'A service as edited: every field is replaced' })
export class UpdateServiceInput extends ServiceFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;
}

@InputType({ description: 'A service to remove' })
export class RemoveServiceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
