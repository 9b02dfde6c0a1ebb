import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Scope } from '../scope/scope.type.js';
import { RoleAssignment } from './role-assignment.entity.js';

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => Scope)
  scope(@Root() assignment: RoleAssignment): Scope {
    return assignment.scope;
  }
}
