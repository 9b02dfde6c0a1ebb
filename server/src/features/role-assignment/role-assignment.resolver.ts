import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { RoleView } from '../expert/expert.view.js';
import { Scope } from '../scope/scope.type.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { roleStatus, RoleStatus, utcToday } from './role-status.js';

/**
 * An entity or the directory read model's plain view. The union keeps type-graphql from copying a plain root
 * into a new entity instance (it does so for a root typed as a class the object is not an instance of).
 */
type RoleNode = RoleAssignment | RoleView;

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => Scope)
  scope(@Root() assignment: RoleNode): Scope {
    // Only a query that does not select the scope is answered from badges (expert/expert-reads.ts).
    if (!assignment.scope) throw new Error('A role read as a badge has no scope');
    return assignment.scope;
  }

  @FieldResolver(() => RoleStatus, { description: 'Current, past (ended) or upcoming, today in UTC: the rule every list applies' })
  status(@Root() assignment: RoleNode): RoleStatus {
    return roleStatus(assignment, utcToday());
  }
}
