import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { addMyRole, assignNetworkRole, endRole } from './role-assignment.commands.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { AddMyRoleInput, AssignNetworkRoleInput, EndRoleInput } from './role-assignment.inputs.js';

@Resolver()
export class RoleAssignmentEditingResolver {
  @Authorized()
  @Mutation(() => RoleAssignment, { description: 'Add one of your own roles in the chain of assistance' })
  addMyRole(@Ctx() ctx: Context, @Arg('input', () => AddMyRoleInput) input: AddMyRoleInput) {
    return addMyRole(commandDeps(ctx), input);
  }

  @Authorized()
  @Mutation(() => RoleAssignment, {
    description: 'Name a member municipal contact point, national coordinator or TF-THB member: coordinators of the country, admins',
  })
  assignNetworkRole(@Ctx() ctx: Context, @Arg('input', () => AssignNetworkRoleInput) input: AssignNetworkRoleInput) {
    return assignNetworkRole(commandDeps(ctx), input);
  }

  @Authorized()
  @Mutation(() => RoleAssignment, { description: 'End a role: your own chain role, or as coordinator a network role of your country' })
  endRole(@Ctx() ctx: Context, @Arg('input', () => EndRoleInput) input: EndRoleInput) {
    return endRole(commandDeps(ctx), input);
  }
}
