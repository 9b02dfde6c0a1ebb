import { Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { Country } from '../country/country.entity.js';
import { Expert } from '../expert/expert.entity.js';
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
    const user = await em.findOneOrFail(User, viewer.userId);
    return new SignedInViewer(user, viewer);
  }

  @FieldResolver(() => ID)
  id(@Root() { user }: SignedInViewer): string {
    return user.id;
  }

  @FieldResolver(() => String)
  email(@Root() { user }: SignedInViewer): string {
    return user.email;
  }

  @FieldResolver(() => NetworkRole)
  networkRole(@Root() { user }: SignedInViewer): NetworkRole {
    return user.networkRole;
  }

  @FieldResolver(() => [Country])
  coordinatorOf(@Root() { member }: SignedInViewer, @Ctx() { em }: Context): Promise<Country[]> {
    return member.coordinatorOf.length
      ? em.find(Country, { code: { $in: member.coordinatorOf } }, { orderBy: { name: 'asc' } })
      : Promise.resolve([]);
  }

  @FieldResolver(() => Boolean)
  totpEnabled(@Root() { user }: SignedInViewer): boolean {
    return user.totpEnabled;
  }

  @FieldResolver(() => Boolean, { description: 'Coordinators and admins must use two-factor authentication' })
  totpRequired(@Root() { user }: SignedInViewer): boolean {
    return needsTwoFactor(user.networkRole);
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'Your own profile' })
  expert(@Root() { user }: SignedInViewer): Promise<Expert | null> | null {
    return user.expert?.load() ?? null;
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
