import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import type { User } from '../user/user.entity.js';

/**
 * A member account as administrators see it. A wrapper rather than exposing User itself, so no field
 * of the account (hashes, secrets) can reach the API by accident; fields resolve in MemberResolver.
 */
@ObjectType({ description: 'A member account, as administrators see it' })
export class Member {
  constructor(readonly user: User) {}
}

export const MemberConnection = ConnectionType('Member', Member);

@ObjectType({ description: 'What the viewer may do with a member account: the admin page offers only what would succeed' })
export class MemberPermissions {
  @Field(() => Boolean)
  suspend!: boolean;

  @Field(() => Boolean)
  changeRole!: boolean;

  @Field(() => Boolean, { description: 'False also when the member has no two-factor authentication to reset' })
  resetTwoFactor!: boolean;
}
