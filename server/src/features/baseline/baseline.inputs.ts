import { BASELINE_TEXT_MAX, BASELINE_SCHEMAS } from '@strom/shared';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GuardrailConfirmationsField, type GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';

const PARTS_MAX = Math.max(...BASELINE_SCHEMAS.map((q) => q.parts.length));
const OPTIONS_MAX = 40;

@InputType({ description: 'One part of an answer: exactly the field its kind takes (see BaselinePart.kind)' })
export class BaselinePartInput {
  @Field(() => String)
  @MaxLength(40)
  part!: string;

  @Field(() => String, { nullable: true, description: 'CHOICE: one option key' })
  @IsOptional()
  @MaxLength(60)
  choice?: string | null;

  @Field(() => [String], { nullable: true, description: 'MULTI: option keys' })
  @IsOptional()
  @ArrayMaxSize(OPTIONS_MAX)
  @MaxLength(60, { each: true })
  options?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'NUMBER, PERCENT or RATING' })
  @IsOptional()
  @IsInt()
  number?: number | null;

  @Field(() => String, { nullable: true, description: 'TEXT' })
  @IsOptional()
  @MaxLength(BASELINE_TEXT_MAX, { message: `a text answer is at most ${BASELINE_TEXT_MAX} characters` })
  text?: string | null;
}

@InputType()
export class BaselineAnswerInput {
  @Field(() => String, { description: 'The question key, e.g. BQ05' })
  @MaxLength(10)
  question!: string;

  @Field(() => [BaselinePartInput])
  @ArrayMaxSize(PARTS_MAX)
  @ValidateNested({ each: true })
  parts!: BaselinePartInput[];
}

@InputType({ description: 'The whole questionnaire as the answerer left it: it replaces the saved answers' })
export class SaveBaselineDraftInput {
  @Field(() => ID, { description: 'Chosen by the client per save: a retried save is applied once' })
  @IsUUID('all', { message: 'clientId must be a valid id' })
  clientId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { description: 'The version you edited (0 for an assessment not started): a newer one is a conflict' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;

  @Field(() => [BaselineAnswerInput])
  @ArrayMaxSize(BASELINE_SCHEMAS.length)
  @ValidateNested({ each: true })
  answers!: BaselineAnswerInput[];

  @GuardrailConfirmationsField()
  confirmations?: GuardrailConfirmationInput[];
}

@InputType({ description: 'Submit, accept or reopen an assessment, at the version you saw' })
export class BaselineTransitionInput {
  @Field(() => ID, { description: 'Chosen by the client: a retry is applied once' })
  @IsUUID('all', { message: 'clientId must be a valid id' })
  clientId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'assessmentId must be a valid id' })
  assessmentId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
