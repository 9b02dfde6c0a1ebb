import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Scope } from '../scope/scope.type.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { roleStatus, RoleStatus, utcToday } from './role-status.js';

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => Scope)
  scope(@Root() assignment: RoleAssignment): Scope {
    return assignment.scope;
  }

  @FieldResolver(() => RoleStatus, { description: 'Current, past (ended) or upcoming, today in UTC: the rule every list applies' })
  status(@Root() assignment: RoleAssignment): RoleStatus {
    return roleStatus(assignment, utcToday());
  }
}
