import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the viewer may do with an organisation: the UI hides what the server would refuse' })
export class OrganisationPermissions {
  @Field(() => Boolean)
  edit!: boolean;
}
