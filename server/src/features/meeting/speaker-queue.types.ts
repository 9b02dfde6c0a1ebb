import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingPerson } from './agenda.types.js';

@ObjectType({ description: 'A raised hand, waiting or speaking' })
export class SpeakerRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingPerson)
  person!: MeetingPerson;

  @Field(() => Date)
  raisedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the host gave them the floor' })
  calledAt!: Date | null;
}

@ObjectType({ description: 'Turns taken so far by the speakers of one country' })
export class CountryTurns {
  @Field(() => String, { nullable: true, description: 'Null for members without a country' })
  countryCode!: string | null;

  @Field(() => Int)
  turns!: number;
}

@ObjectType({ description: 'Who speaks now and who waits, in the order the host will call them' })
export class SpeakerQueue {
  @Field(() => Boolean, { description: 'Whether whoever’s country has spoken least goes first' })
  balanced!: boolean;

  @Field(() => SpeakerRequest, { nullable: true })
  speaking!: SpeakerRequest | null;

  @Field(() => [SpeakerRequest], { description: 'In the order the queue will follow' })
  waiting!: SpeakerRequest[];

  @Field(() => [CountryTurns])
  turnsByCountry!: CountryTurns[];

  @Field(() => ID, { nullable: true, description: 'Your own raised hand (waiting or speaking), if any' })
  viewerRequestId!: string | null;
}
