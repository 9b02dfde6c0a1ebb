import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingNode } from './meeting.types.js';

@ObjectType({ description: 'A municipality as the invitation picker shows it: where it is and how many contact points it has' })
export class ContactPointPlace {
  @Field(() => ID)
  municipalityId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  countryCode!: string;

  @Field(() => Number)
  latitude!: number;

  @Field(() => Number)
  longitude!: number;

  @Field(() => Int, { description: 'Active members holding the municipal contact point role there now' })
  contactPointCount!: number;
}

@ObjectType({ description: 'A municipality that has no active contact point, so nobody there could be invited' })
export class PlaceWithoutContactPoint {
  @Field(() => ID)
  municipalityId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  countryCode!: string;
}

@ObjectType({ description: 'The outcome of inviting municipalities’ contact points' })
export class ContactPointInvitationPayload {
  @Field(() => MeetingNode)
  meeting!: MeetingNode;

  @Field(() => Int, { description: 'Newly invited now (0 when a retry finds everyone invited)' })
  invitedCount!: number;

  @Field(() => Int, { description: 'Contact points of these municipalities who take part, however they were invited' })
  contactPointCount!: number;

  @Field(() => [PlaceWithoutContactPoint], { description: 'Skipped: no active contact point there' })
  withoutContactPoint!: PlaceWithoutContactPoint[];
}

@ObjectType({ description: 'Where the viewer may plan meetings (from the same table `createMeeting` authorizes with)' })
export class MeetingPlanning {
  @Field(() => Boolean, { description: 'Whether the viewer may plan any meeting' })
  canPlan!: boolean;

  @Field(() => Boolean, { description: 'Regional (Baltic Sea Region) meetings too' })
  regional!: boolean;

  @Field(() => [String], { nullable: true, description: 'Countries for national and local meetings; null for any country' })
  countryCodes!: string[] | null;
}

@ObjectType({ description: 'A member with an active account, to host or invite' })
export class MeetingCandidate {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  expertId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => String)
  countryCode!: string;
}
