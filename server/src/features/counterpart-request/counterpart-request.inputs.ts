import {
  COUNTERPART_MESSAGE_MAX,
  COUNTERPART_STATISTICS_YEAR_MAX,
  COUNTERPART_STATISTICS_YEAR_MIN,
  COUNTERPART_REASON_MAX,
  type CounterpartOutcome as OutcomeKey,
  type CounterpartUrgency as UrgencyKey,
  type FormOfExploitation as FormKey,
  type ServiceKind as ServiceKey,
  type TargetGroup as TargetGroupKey,
} from '@strom/shared';
import { IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import type { RoleKey } from '../role-assignment/role-assignment.entity.js';
import { FormOfExploitation, Role, ServiceKind, TargetGroup } from '../vocabulary/vocabulary.enums.js';
import { CounterpartAnswer, CounterpartOutcome, CounterpartRequestBox, CounterpartUrgency } from './counterpart-request.enums.js';

@InputType({ description: 'A request for a counterpart in another municipality or country; it carries no victim data' })
export class OpenCounterpartRequestInput {
  @Field(() => ID, { description: 'Chosen by the client, so that a retry opens the request once' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The municipality asked; give this or countryCode' })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;

  @Field(() => String, { nullable: true, description: 'The country asked (its national level); give this or municipalityId' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be two capital letters' })
  countryCode?: string | null;

  @Field(() => Role, { nullable: true, description: 'The role in the chain you look for, besides the contact point' })
  role?: RoleKey | null;

  @Field(() => FormOfExploitation)
  formOfExploitation!: FormKey;

  @Field(() => TargetGroup)
  targetGroup!: TargetGroupKey;

  @Field(() => ServiceKind, { description: 'The service needed at the other end' })
  service!: ServiceKey;

  @Field(() => CounterpartUrgency)
  urgency!: UrgencyKey;

  @Field(() => String, { description: 'What you need, without any data of the person; checked by the victim-data guardrail' })
  @MinLength(10, { message: 'message must be at least 10 characters' })
  @MaxLength(COUNTERPART_MESSAGE_MAX, { message: `message must be at most ${COUNTERPART_MESSAGE_MAX} characters` })
  message!: string;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

@InputType()
export class AnswerCounterpartRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a valid id' })
  requestId!: string;

  @Field(() => CounterpartAnswer)
  answer!: CounterpartAnswer;

  @Field(() => String, { nullable: true, description: 'Why you decline (required to decline); checked by the guardrail' })
  @IsOptional()
  @MaxLength(COUNTERPART_REASON_MAX, { message: `reason must be at most ${COUNTERPART_REASON_MAX} characters` })
  reason?: string | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

@InputType()
export class ForwardCounterpartRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a valid id' })
  requestId!: string;

  @Field(() => ID, { description: 'The expert (with a member account) who should answer instead of you' })
  @IsUUID('all', { message: 'expertId must be a valid id' })
  expertId!: string;

  @Field(() => String, { nullable: true, description: 'A note for them and the requester; checked by the guardrail' })
  @IsOptional()
  @MaxLength(COUNTERPART_REASON_MAX, { message: `note must be at most ${COUNTERPART_REASON_MAX} characters` })
  note?: string | null;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

@InputType()
export class PostCounterpartMessageInput {
  @Field(() => ID, { description: 'Chosen by the client, so that a retry posts once' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a valid id' })
  requestId!: string;

  @Field(() => String, { description: 'Checked by the victim-data guardrail' })
  @MinLength(1, { message: 'write a message' })
  @MaxLength(COUNTERPART_MESSAGE_MAX, { message: `a message must be at most ${COUNTERPART_MESSAGE_MAX} characters` })
  body!: string;

  @GuardrailConfirmationsField()
  confirmations!: GuardrailConfirmationInput[];
}

@InputType()
export class CloseCounterpartRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a valid id' })
  requestId!: string;

  @Field(() => CounterpartOutcome)
  outcome!: OutcomeKey;
}

@ArgsType()
export class CounterpartRequestsArgs extends ConnectionArgs {
  @Field(() => CounterpartRequestBox, { defaultValue: 'INCOMING' })
  box!: CounterpartRequestBox;

  @Field(() => Boolean, { defaultValue: false, description: 'Only requests not closed yet' })
  openOnly!: boolean;
}

@ArgsType()
export class CounterpartStatisticsArgs {
  @Field(() => Int, { nullable: true, description: 'Only requests opened in that year (UTC); all years when absent' })
  @IsOptional()
  @IsInt()
  @Min(COUNTERPART_STATISTICS_YEAR_MIN, { message: `year must be ${COUNTERPART_STATISTICS_YEAR_MIN} or later` })
  @Max(COUNTERPART_STATISTICS_YEAR_MAX, { message: `year must be ${COUNTERPART_STATISTICS_YEAR_MAX} or earlier` })
  year?: number | null;
}
