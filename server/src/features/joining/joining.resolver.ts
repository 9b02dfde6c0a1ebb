import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { JoinContact } from './join-contact.type.js';
import { findJoinContacts } from './join-contacts.read.js';

@Resolver()
export class JoiningResolver {
  @Query(() => [JoinContact], { description: 'How to join: membership is by invitation, from the coordinators of each country' })
  joinContacts(@Ctx() { em }: Context): Promise<JoinContact[]> {
    return findJoinContacts(em);
  }
}
