import { Field, Int, ObjectType } from 'type-graphql';
import { MeetingPerson } from './agenda.types.js';

@ObjectType({ description: 'Someone checked in and not yet gone' })
export class Attendee {
  @Field(() => MeetingPerson)
  person!: MeetingPerson;

  @Field(() => Boolean, { description: 'In the room (a host checked them in) rather than online' })
  inPerson!: boolean;

  @Field(() => Date)
  checkedInAt!: Date;
}

@ObjectType({ description: 'Attendance of one country' })
export class CountryAttendance {
  @Field(() => String, { nullable: true, description: 'Null for members without a country' })
  countryCode!: string | null;

  @Field(() => Int, { description: 'Checked in now' })
  present!: number;

  @Field(() => Int, { description: 'Accepted participants from this country' })
  expected!: number;

  @Field(() => Int, { description: 'Checked in at some point (the record for the minutes)' })
  attended!: number;
}

@ObjectType({ description: 'Who is here, with live counts per country' })
export class MeetingAttendance {
  @Field(() => Int)
  presentCount!: number;

  @Field(() => Int, { description: 'Everyone who checked in at some point' })
  attendedCount!: number;

  @Field(() => [Attendee], { description: 'By country, then name' })
  present!: Attendee[];

  @Field(() => [CountryAttendance])
  byCountry!: CountryAttendance[];

  @Field(() => Boolean)
  viewerPresent!: boolean;
}
