import { isMember, type Viewer } from './auth.js';
import { Forbidden, Unauthenticated } from './errors.js';

/**
 * One row of a feature's table of abilities: who may do one thing to a subject, and what a member who may
 * not reads. Rules are pure and synchronous: a fact that needs the database (a TF-THB seat, say) comes
 * in the subject, looked up by the caller.
 */
export interface Ability<Subject> {
  allow: (viewer: Viewer, subject: Subject) => boolean;
  /** Said to a signed-in member who is refused (anonymous viewers are told to sign in). */
  refusal: string;
}

/** Tables about the network as a whole take no subject: `can(viewer, 'invite')`. */
type SubjectArgument<Subject> = [Subject] extends [void] ? [] : [subject: Subject];

export interface Abilities<Subject, Action extends string> {
  /** Whether the viewer may: for read models that filter rather than refuse. */
  can(viewer: Viewer, action: Action, ...subject: SubjectArgument<Subject>): boolean;
  /** Refuses with UNAUTHENTICATED (signed out) or FORBIDDEN (with the row's message); commands call it first. */
  authorize(viewer: Viewer, action: Action, ...subject: SubjectArgument<Subject>): void;
  /** Every action at once, for `viewerCan` fields: the UI offers exactly what the server allows. */
  permissions(viewer: Viewer, ...subject: SubjectArgument<Subject>): Record<Action, boolean>;
}

/**
 * A feature's authorization as one table (Outline's `allow(User, "read", Document, …)` as a literal):
 *
 *   export const organisationAbilities = defineAbilities<Organisation>()({
 *     edit: { allow: (viewer, organisation) => …, refusal: 'You may not edit this organisation' },
 *   });
 *
 * Curried so the subject is named once and the actions are inferred from the table.
 */
export function defineAbilities<Subject = void>() {
  return <Action extends string>(table: Record<Action, Ability<Subject>>): Abilities<Subject, Action> => {
    const actions = Object.keys(table) as Action[];
    const can = (viewer: Viewer, action: Action, ...[subject]: SubjectArgument<Subject>): boolean =>
      table[action].allow(viewer, subject as Subject);
    return {
      can,
      authorize(viewer, action, ...subject) {
        if (can(viewer, action, ...subject)) return;
        if (!isMember(viewer)) throw new Unauthenticated();
        throw new Forbidden(table[action].refusal);
      },
      permissions: (viewer, ...subject) =>
        Object.fromEntries(actions.map((action) => [action, can(viewer, action, ...subject)])) as Record<Action, boolean>,
    };
  };
}
