import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CheckTextArgs } from './guardrail.inputs.js';
import { findVictimData } from './published-contacts.js';
import { GuardrailFinding } from './guardrail.types.js';

/** The server's copy of the victim-data guardrail, for editors and tools that do not run @strom/shared. */
@Resolver()
export class GuardrailResolver {
  @Authorized()
  @Query(() => [GuardrailFinding], {
    description: "Spans of a text that may be a victim's personal data, as saving it would find them (members only)",
  })
  checkText(@Ctx() { em }: Context, @Args(() => CheckTextArgs) { text }: CheckTextArgs): Promise<GuardrailFinding[]> {
    return findVictimData(em, text);
  }
}
