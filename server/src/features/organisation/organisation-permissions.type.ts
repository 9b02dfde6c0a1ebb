import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the viewer may do with an organisation: the UI hides what the server would refuse' })
export class OrganisationPermissions {
  @Field(() => Boolean)
  edit!: boolean;

  @Field(() => Boolean, { description: 'Approve or decline it while it is proposed' })
  approve!: boolean;

  @Field(() => Boolean)
  merge!: boolean;

  @Field(() => Boolean)
  close!: boolean;

  @Field(() => Boolean, { description: 'Confirm that its record is still true' })
  confirm!: boolean;
}
