import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { AccountStatus, NetworkRole } from '../user/user.enums.js';
import { Country } from '../country/country.entity.js';
import { Expert } from '../expert/expert.entity.js';
import { ChangeMemberRoleInput, MemberFilter } from './member.inputs.js';
import { changeMemberRole } from './member-role.commands.js';
import { memberAbilities, membersAbilities } from './member.policy.js';
import { reactivateMember, suspendMember } from './member.commands.js';
import { findMembers } from './member.read.js';
import { Member, MemberConnection, MemberPermissions } from './member.type.js';

/** Admin pages: the member list, suspension and reactivation. Signed in first, then the admins' abilities (member.policy.ts). */
@Resolver(() => Member)
export class MemberResolver {
  @Authorized()
  @Query(() => MemberConnection, { description: 'Member accounts by email (admins only)' })
  members(
    @Ctx() { em, viewer }: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => MemberFilter, { nullable: true }) filter?: MemberFilter | null,
  ) {
    membersAbilities.authorize(viewer, 'list');
    return findMembers(em, filter, page);
  }

  @Authorized()
  @Mutation(() => Member, { description: 'Suspends a member and ends all their sessions at once (admins only; not yourself)' })
  suspendMember(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Member> {
    membersAbilities.authorize(ctx.viewer, 'suspend');
    return suspendMember(commandDeps(ctx), id);
  }

  @Authorized()
  @Mutation(() => Member, { description: 'Lets a suspended member sign in again (admins only)' })
  reactivateMember(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Member> {
    membersAbilities.authorize(ctx.viewer, 'reactivate');
    return reactivateMember(commandDeps(ctx), id);
  }

  @Authorized()
  @Mutation(() => Member, { description: "Changes a member's network role (admins only; not yourself); audited" })
  changeMemberRole(@Ctx() ctx: Context, @Arg('input', () => ChangeMemberRoleInput) input: ChangeMemberRoleInput): Promise<Member> {
    membersAbilities.authorize(ctx.viewer, 'changeRole');
    return changeMemberRole(commandDeps(ctx), input.id, input.networkRole);
  }

  @FieldResolver(() => Boolean, { description: 'Whether two-factor authentication is on (an admin may reset it)' })
  twoFactorEnabled(@Root() { user }: Member): boolean {
    return user.totpEnabled;
  }

  @FieldResolver(() => MemberPermissions, { description: 'What the viewer may do with this account' })
  viewerCan(@Root() { user }: Member, @Ctx() { viewer }: Context): MemberPermissions {
    const can = memberAbilities.permissions(viewer, user);
    return { suspend: can.suspend, changeRole: can.changeRole, resetTwoFactor: can.resetTwoFactor && user.totpEnabled };
  }

  @FieldResolver(() => ID)
  id(@Root() { user }: Member): string {
    return user.id;
  }

  @FieldResolver(() => String)
  email(@Root() { user }: Member): string {
    return user.email;
  }

  @FieldResolver(() => AccountStatus)
  status(@Root() { user }: Member): AccountStatus {
    return user.status;
  }

  @FieldResolver(() => NetworkRole)
  networkRole(@Root() { user }: Member): NetworkRole {
    return user.networkRole;
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() { user }: Member): Promise<Country | null> {
    return user.country.load();
  }

  @FieldResolver(() => Expert, { nullable: true })
  expert(@Root() { user }: Member): Promise<Expert | null> | null {
    return user.expert?.load() ?? null;
  }
}
