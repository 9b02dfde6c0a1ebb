import { GUARDRAIL_CONFIRMATIONS_MAX, GUARDRAIL_FINDING_TEXT_MAX, GUARDRAIL_KINDS, type GuardrailKind as Kind } from '@strom/shared';
import { ArrayMaxSize, IsIn, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export const GuardrailKind = Object.fromEntries(GUARDRAIL_KINDS.map((kind) => [kind, kind])) as { [K in Kind]: K };
registerEnumType(GuardrailKind, {
  name: 'GuardrailKind',
  description: "What kind of victim's personal data a span of text may be",
});

@ObjectType({ description: "A span of text that may be a victim's personal data, and why it was flagged" })
export class GuardrailFinding {
  @Field(() => GuardrailKind)
  kind!: Kind;

  @Field(() => Int, { description: 'Offset of the first character, in UTF-16 code units (JavaScript string indices)' })
  start!: number;

  @Field(() => Int, { description: 'Offset after the last character, in UTF-16 code units' })
  end!: number;

  @Field(() => String, { description: 'The flagged text itself' })
  text!: string;

  @Field(() => String, { description: 'Why it was flagged, in English' })
  reason!: string;
}

@InputType({
  description:
    "The author's word that a finding is not a victim's personal data; it names the finding by kind and text, so it survives edits that move the span",
})
export class GuardrailConfirmationInput {
  @Field(() => GuardrailKind)
  @IsIn(GUARDRAIL_KINDS)
  kind!: Kind;

  @Field(() => String)
  @MaxLength(GUARDRAIL_FINDING_TEXT_MAX, { message: `a confirmed text must be at most ${GUARDRAIL_FINDING_TEXT_MAX} characters` })
  text!: string;
}

/**
 * The confirmations field of an input that carries free text (a post, a thread title, meeting minutes): a list of
 * GuardrailConfirmationInput, empty by default, at most GUARDRAIL_CONFIRMATIONS_MAX, each validated. One decorator so
 * that every feature declares it alike; pass the result to requireConfirmedFindings.
 */
export function GuardrailConfirmationsField(
  description = "Findings of the victim-data guardrail the author confirmed are not a victim's personal data",
): PropertyDecorator {
  const decorators = [
    Field(() => [GuardrailConfirmationInput], { defaultValue: [], description }),
    ArrayMaxSize(GUARDRAIL_CONFIRMATIONS_MAX, { message: `at most ${GUARDRAIL_CONFIRMATIONS_MAX} confirmations` }),
    ValidateNested({ each: true }),
  ];
  return (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };
}
