import { Field, ObjectType } from 'type-graphql';
import { ContactVisibility } from '../user/user.enums.js';

@ObjectType({ description: 'Contact details; each is null when the viewer may not see it (never an error that confirms it exists)' })
export class ExpertContacts {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  messagingHandle!: string | null;
}

@ObjectType({ description: 'Who may see each of your contact details' })
export class ContactVisibilitySettings {
  @Field(() => ContactVisibility)
  email!: ContactVisibility;

  @Field(() => ContactVisibility)
  phone!: ContactVisibility;

  @Field(() => ContactVisibility)
  messagingHandle!: ContactVisibility;
}

@ObjectType({ description: 'What the viewer may do with this profile' })
export class ExpertPermissions {
  @Field(() => Boolean)
  edit!: boolean;
}
