import { Field, ObjectType } from 'type-graphql';
import type { MemberViewer } from '../../core/auth.js';
import type { User } from './user.entity.js';

@ObjectType({ description: 'What the signed-in member may do; the UI shows only what the server allows' })
export class ViewerPermissions {
  @Field(() => Boolean)
  inviteMembers!: boolean;

  @Field(() => Boolean)
  proposeMembers!: boolean;

  @Field(() => Boolean)
  approveInvitations!: boolean;

  @Field(() => Boolean)
  administer!: boolean;

  /** Whose permissions these are: rules that need the database (seeCoverage) resolve from it. */
  member!: MemberViewer;
}

/** What `Viewer` shows of the member's account: read with the session, or from the account a sign-in just loaded. */
export interface ViewerAccount {
  id: string;
  email: string;
  networkRole: User['networkRole'];
  totpEnabled: boolean;
  expertId: string | null;
  /** The profile's name when it was read with the account (the session's statement); null sends `expert` to its loader. */
  expertName: string | null;
}

/** The signed-in member, as they see themselves; fields resolve in ViewerResolver. */
@ObjectType('Viewer', { description: 'The signed-in member' })
export class SignedInViewer {
  constructor(
    readonly account: ViewerAccount,
    readonly member: MemberViewer,
  ) {}

  static ofUser(user: User, member: MemberViewer): SignedInViewer {
    const { id, email, networkRole, totpEnabled } = user;
    return new SignedInViewer({ id, email, networkRole, totpEnabled, expertId: user.expert?.id ?? null, expertName: null }, member);
  }
}

@ObjectType({ description: 'The outcome of a sign-in step' })
export class SignInPayload {
  /** Null while a second factor is still needed. */
  @Field(() => SignedInViewer, { nullable: true })
  viewer!: SignedInViewer | null;

  @Field(() => Boolean, { description: 'Send the 6-digit code (or a recovery code) with the same email and password' })
  totpRequired!: boolean;
}
