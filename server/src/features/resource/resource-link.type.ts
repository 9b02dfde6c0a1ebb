import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export const ResourceLinkKind = { PREVENTION_ACTIVITY: 'PREVENTION_ACTIVITY' } as const;
export type ResourceLinkKindKey = keyof typeof ResourceLinkKind;
registerEnumType(ResourceLinkKind, { name: 'ResourceLinkKind', description: 'What kind of place links a library resource' });

@ObjectType('ResourceLink', { description: 'A place that links a library resource, one the viewer may read', simpleResolvers: true })
export class ResourceLinkType {
  @Field(() => ResourceLinkKind) kind!: ResourceLinkKindKey;
  @Field(() => ID, { description: 'The id of the linking activity' }) id!: string;
  @Field(() => String) title!: string;
}
