import { Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { Country } from '../country/country.entity.js';
import { Expert } from '../expert/expert.entity.js';
import type { ExpertView } from '../expert/expert.view.js';
import { NetworkRole } from './user.enums.js';
import { needsTwoFactor } from './user.policy.js';
import { membershipAbilities } from '../invitation/invitation.policy.js';
import { membersAbilities } from '../member/member.policy.js';
import { User } from './user.entity.js';
import { SignedInViewer, ViewerPermissions } from './signed-in-viewer.type.js';

@Resolver(() => SignedInViewer)
export class ViewerResolver {
  @Query(() => SignedInViewer, { nullable: true, description: 'The signed-in member; null when signed out' })
  async viewer(@Ctx() { em, viewer }: Context): Promise<SignedInViewer | null> {
    if (!isMember(viewer)) return null;
    // The session's statement read the account already; a viewer from elsewhere loads it.
    if (viewer.email !== undefined) {
      const { userId: id, email, networkRole, totpEnabled, expertId } = viewer;
      return new SignedInViewer({ id, email, networkRole, totpEnabled, expertId }, viewer);
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
  expert(@Root() { account }: SignedInViewer, @Ctx() { loaders }: Context): Promise<ExpertView | null> | null {
    return account.expertId ? loaders.expertById.load(account.expertId) : null;
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
