import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A single-use download link for an export' })
export class ExpertExport {
  @Field(() => String, { description: 'Relative to the server; fetch it with the session cookie, once' })
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
