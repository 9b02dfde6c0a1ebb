import { GUARDRAIL_TEXT_MAX } from '@strom/shared';
import { MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class CheckTextArgs {
  @Field(() => String, { description: `The text to check, at most ${GUARDRAIL_TEXT_MAX} characters` })
  @MaxLength(GUARDRAIL_TEXT_MAX, { message: `text must be at most ${GUARDRAIL_TEXT_MAX} characters` })
  text!: string;
}
