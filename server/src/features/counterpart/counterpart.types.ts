import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { RoleView } from '../expert/expert.view.js';
import { RoleAssignment } from '../role-assignment/role-assignment.entity.js';

export const CounterpartReason = {
  SAME_ROLE_HERE: 'SAME_ROLE_HERE',
  SAME_ROLE_NATIONAL: 'SAME_ROLE_NATIONAL',
  SAME_ROLE_IN_MUNICIPALITY: 'SAME_ROLE_IN_MUNICIPALITY',
  CONTACT_POINT: 'CONTACT_POINT',
} as const;
export type CounterpartReason = keyof typeof CounterpartReason;

registerEnumType(CounterpartReason, {
  name: 'CounterpartReason',
  description: 'Why an expert was suggested as a counterpart',
  valuesConfig: {
    SAME_ROLE_HERE: { description: 'Holds the same role for exactly that place' },
    SAME_ROLE_NATIONAL: { description: "Holds the same role nationally, for the municipality's country" },
    SAME_ROLE_IN_MUNICIPALITY: {
      description: "Holds the same role for one of the country's municipalities (the assignment's scope names it)",
    },
    CONTACT_POINT: { description: 'The municipal contact point, or else the national coordinator' },
  },
});

@ObjectType({ description: 'An expert suggested as your counterpart, with the role assignment that makes them one' })
export class Counterpart {
  @Field(() => CounterpartReason)
  reason!: CounterpartReason;

  @Field(() => RoleAssignment)
  roleAssignment!: RoleAssignment;
}

/** What the read model answers for a Counterpart: the assignment as the directory's plain view, the expert by id. */
export interface CounterpartView {
  reason: CounterpartReason;
  roleAssignment: RoleView;
  expertId: string;
}
