import { RESPONSIBILITIES_MAX } from '@strom/shared';
import { IsISO8601, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { ScopeInput } from '../scope/scope.inputs.js';
import { Role } from '../vocabulary/vocabulary.enums.js';
import type { RoleKey } from './role-assignment.entity.js';

@InputType({ description: 'A role and where and when it is held' })
export abstract class RoleFieldsInput {
  @Field(() => ID, { description: 'Chosen by the client (a UUID): a retry with the same id adds nothing twice' })
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => Role)
  role!: RoleKey;

  @Field(() => ScopeInput)
  @ValidateNested()
  scope!: ScopeInput;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Today when left out' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startsOn must be a date' })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endsOn must be a date' })
  endsOn?: string | null;
}

@InputType({ description: 'One of your own roles in the chain of assistance' })
export class AddMyRoleInput extends RoleFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(RESPONSIBILITIES_MAX, { message: `responsibilities must be at most ${RESPONSIBILITIES_MAX} characters` })
  responsibilities?: string | null;

  @GuardrailConfirmationsField()
  confirmations?: GuardrailConfirmationInput[];
}

@InputType({ description: 'A network role for a member: municipal contact point, national coordinator or TF-THB member' })
export class AssignNetworkRoleInput extends RoleFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'expertId must be a valid id' })
  expertId!: string;
}

@InputType({ description: 'When a role ends' })
export class EndRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Today when left out' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endsOn must be a date' })
  endsOn?: string | null;
}
