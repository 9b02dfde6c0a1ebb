import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { selectsOnly } from '../../core/lookahead.js';
import { Country } from '../country/country.entity.js';
import { Expert } from '../expert/expert.entity.js';
import type { ExpertView } from '../expert/expert.view.js';
import { NetworkRole } from './user.enums.js';
import { needsTwoFactor } from './user.policy.js';
import { membershipAbilities } from '../invitation/invitation.policy.js';
import { membersAbilities } from '../member/member.policy.js';
import { User } from './user.entity.js';
import { SignedInViewer, ViewerPermissions } from './signed-in-viewer.type.js';

/** What `viewer { expert { … } }` may ask to be answered from the session's statement, without the profile's own. */
const OWN_PROFILE_NAME_FIELDS = ['id', 'fullName'] as const;
type OwnProfileName = Pick<ExpertView, (typeof OWN_PROFILE_NAME_FIELDS)[number]>;

@Resolver(() => SignedInViewer)
export class ViewerResolver {
  @Query(() => SignedInViewer, { nullable: true, description: 'The signed-in member; null when signed out' })
  async viewer(@Ctx() { em, viewer }: Context): Promise<SignedInViewer | null> {
    if (!isMember(viewer)) return null;
    // The session's statement read the account already; a viewer from elsewhere loads it.
    if (viewer.email !== undefined) {
      const { userId: id, email, networkRole, totpEnabled, expertId, expertName = null } = viewer;
      return new SignedInViewer({ id, email, networkRole, totpEnabled, expertId, expertName }, viewer);
    }
    return SignedInViewer.ofUser(await em.findOneOrFail(User, viewer.userId), viewer);
  }

  @FieldResolver(() => ID)
  id(@Root() { account }: SignedInViewer): string {
    return account.id;
  }

  @FieldResolver(() => String)
  email(@Root() { account }: SignedInViewer): string {
    return account.email;
  }

  @FieldResolver(() => NetworkRole)
  networkRole(@Root() { account }: SignedInViewer): NetworkRole {
    return account.networkRole;
  }

  @FieldResolver(() => [Country])
  coordinatorOf(@Root() { member }: SignedInViewer, @Ctx() { em }: Context): Promise<Country[]> {
    return member.coordinatorOf.length
      ? em.find(Country, { code: { $in: member.coordinatorOf } }, { orderBy: { name: 'asc' } })
      : Promise.resolve([]);
  }

  @FieldResolver(() => Boolean)
  totpEnabled(@Root() { account }: SignedInViewer): boolean {
    return account.totpEnabled;
  }

  @FieldResolver(() => Boolean, { description: 'Coordinators and admins must use two-factor authentication' })
  totpRequired(@Root() { account }: SignedInViewer): boolean {
    return needsTwoFactor(account.networkRole);
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'Your own profile' })
  expert(
    @Root() { account }: SignedInViewer,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ExpertView | null> | OwnProfileName | null {
    if (!account.expertId) return null;
    // The app shell asks every page for the member's own name and profile link: the session's statement read both.
    if (account.expertName !== null && selectsOnly(info, OWN_PROFILE_NAME_FIELDS))
      return { id: account.expertId, fullName: account.expertName };
    return loaders.expertById.load(account.expertId);
  }

  @FieldResolver(() => ViewerPermissions)
  can(@Root() { member }: SignedInViewer): ViewerPermissions {
    // From the tables the commands authorize with: the UI hides exactly what the server would refuse.
    const membership = membershipAbilities.permissions(member);
    return {
      inviteMembers: membership.invite,
      proposeMembers: membership.propose,
      approveInvitations: membership.review,
      administer: membersAbilities.can(member, 'list'),
      member,
    };
  }
}
