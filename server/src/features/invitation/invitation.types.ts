import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the viewer may do with an invitation now: the UI offers only what the server would allow' })
export class InvitationPermissions {
  @Field(() => Boolean)
  approve!: boolean;

  @Field(() => Boolean, { description: 'Turn down an invitation or proposal that awaits approval (its author is told)' })
  decline!: boolean;

  @Field(() => Boolean)
  revoke!: boolean;

  @Field(() => Boolean, { description: 'Send a sent or expired invitation again with a new link' })
  resend!: boolean;
}

@ObjectType({ description: 'What the accept page shows before the invitee chooses a name and password' })
export class InvitationPreview {
  @Field(() => String, { description: 'The address the invitation is bound to; the account gets exactly this one' })
  email!: string;

  @Field(() => String, { description: 'The existing organisation, or the one that will be created' })
  organisationName!: string;

  @Field(() => String)
  countryName!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
