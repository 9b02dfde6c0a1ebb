import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { Country } from '../country/country.entity.js';
import { Expert } from '../expert/expert.entity.js';
import { NetworkRole } from './account.enums.js';
import { ChangePasswordInput, SignInInput } from './account.inputs.js';
import { canApproveAny, canInviteMembers, canProposeMembers, isAdmin } from './account.policy.js';
import { changePassword } from './password.service.js';
import { signIn, signOut } from './sign-in.service.js';
import { User } from './user.entity.js';
import { SignInPayload, Viewer, ViewerPermissions } from './viewer.type.js';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { nullable: true, description: 'The signed-in member; null when signed out' })
  async viewer(@Ctx() { em, viewer }: Context): Promise<Viewer | null> {
    if (!isMember(viewer)) return null;
    const user = await em.findOneOrFail(User, viewer.userId);
    return new Viewer(user, viewer);
  }

  // Nullable on purpose: every aliased signIn in one request runs and is counted by the rate limits,
  // instead of the first refusal silently cancelling the rest.
  @Mutation(() => SignInPayload, {
    nullable: true,
    description: 'Starts a session (an httpOnly cookie); may ask for a second factor first',
  })
  async signIn(@Ctx() ctx: Context, @Arg('input', () => SignInInput) input: SignInInput): Promise<SignInPayload> {
    const result = await signIn(ctx, input);
    if ('secondFactorNeeded' in result) return { viewer: null, totpRequired: true };
    return { viewer: new Viewer(result.user, result.member), totpRequired: false };
  }

  @Mutation(() => Boolean, { description: 'Ends this session on the server and closes its live connections' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    await signOut(ctx);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean)
  async changePassword(@Ctx() ctx: Context, @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput): Promise<boolean> {
    await changePassword(ctx, input);
    return true;
  }

  @FieldResolver(() => ID)
  id(@Root() { user }: Viewer): string {
    return user.id;
  }

  @FieldResolver(() => String)
  email(@Root() { user }: Viewer): string {
    return user.email;
  }

  @FieldResolver(() => NetworkRole)
  networkRole(@Root() { user }: Viewer): NetworkRole {
    return user.networkRole;
  }

  @FieldResolver(() => [Country])
  coordinatorOf(@Root() { member }: Viewer, @Ctx() { em }: Context): Promise<Country[]> {
    return member.coordinatorOf.length
      ? em.find(Country, { code: { $in: member.coordinatorOf } }, { orderBy: { name: 'asc' } })
      : Promise.resolve([]);
  }

  @FieldResolver(() => Boolean)
  totpEnabled(@Root() { user }: Viewer): boolean {
    return user.totpEnabled;
  }

  @FieldResolver(() => Boolean, { description: 'Coordinators and admins must use two-factor authentication' })
  totpRequired(@Root() { user }: Viewer): boolean {
    return user.networkRole === 'COORDINATOR' || user.networkRole === 'ADMIN';
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'Your own profile' })
  expert(@Root() { user }: Viewer): Promise<Expert | null> | null {
    return user.expert?.load() ?? null;
  }

  @FieldResolver(() => ViewerPermissions)
  can(@Root() { member }: Viewer): ViewerPermissions {
    return {
      inviteMembers: canInviteMembers(member),
      proposeMembers: canProposeMembers(member),
      approveInvitations: canApproveAny(member),
      administer: isAdmin(member),
      member,
    };
  }
}
