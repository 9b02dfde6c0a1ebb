import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export const ResourceLinkKind = {
  PREVENTION_ACTIVITY: 'PREVENTION_ACTIVITY',
  POST: 'POST',
  PATHWAY_STEP: 'PATHWAY_STEP',
  GUIDELINE_EVIDENCE: 'GUIDELINE_EVIDENCE',
} as const;
export type ResourceLinkKindKey = keyof typeof ResourceLinkKind;
registerEnumType(ResourceLinkKind, { name: 'ResourceLinkKind', description: 'What kind of place links a library resource' });

@ObjectType('ResourceLink', { description: 'A place that links a library resource, one the viewer may read', simpleResolvers: true })
export class ResourceLinkType {
  @Field(() => ResourceLinkKind) kind!: ResourceLinkKindKey;
  @Field(() => ID, { description: 'The id of the linking activity, post, pathway step or guideline status' }) id!: string;
  @Field(() => String, {
    description: 'The activity’s title, the post’s thread, the step’s place and action, or the evidence’s municipality and action point',
  })
  title!: string;
  @Field(() => String, { description: 'Where the client shows the place' }) path!: string;
}
