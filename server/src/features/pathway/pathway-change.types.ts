import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { isMember, type Viewer } from '../../core/auth.js';
import type { LivePathwayChange } from './pathway.live.js';

export enum PathwayChangeKind {
  DRAFT_SAVED = 'DRAFT_SAVED',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(PathwayChangeKind, {
  name: 'PathwayChangeKind',
  valuesConfig: {
    DRAFT_SAVED: { description: 'An editor saved a new version (the draft): for those who read drafts' },
    PUBLISHED: { description: 'A version became the published one' },
  },
});

@ObjectType('PathwayChange', { description: 'A pathway changed: read it again (or compare the versions)', simpleResolvers: true })
export class PathwayChangeType {
  @Field(() => PathwayChangeKind) kind!: PathwayChangeKind;
  @Field(() => ID) pathwayId!: string;
  @Field(() => Int, { description: 'The version saved or published' }) number!: number;
  @Field(() => Date, { description: 'When it was saved or published' }) at!: Date;
  @Field(() => String, { nullable: true, description: 'Who saved or published it: members only (null once the account is gone)' })
  actorName!: string | null;
  @Field(() => Boolean, { description: 'You did it (in another tab, or this one)' }) byYou!: boolean;
}

/** This viewer's version of a change resolved once for every subscriber: SQL-free. */
export function toPathwayChange(viewer: Viewer, change: LivePathwayChange): PathwayChangeType {
  const member = isMember(viewer);
  return Object.assign(new PathwayChangeType(), {
    kind: PathwayChangeKind[change.kind],
    pathwayId: change.pathwayId,
    number: change.number,
    at: change.at,
    actorName: member ? change.actorName : null,
    byYou: member && change.actorId === viewer.userId,
  });
}
