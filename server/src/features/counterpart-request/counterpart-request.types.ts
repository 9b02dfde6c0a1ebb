import type {
  CounterpartOutcome as OutcomeKey,
  CounterpartRecipientState as RecipientStateKey,
  CounterpartRequestStatus as StatusKey,
  CounterpartUrgency as UrgencyKey,
  FormOfExploitation as FormKey,
  ServiceKind as ServiceKey,
  TargetGroup as TargetGroupKey,
} from '@strom/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import type { RoleKey } from '../role-assignment/role-assignment.entity.js';
import { FormOfExploitation, Role, ServiceKind, TargetGroup } from '../vocabulary/vocabulary.enums.js';
import {
  CounterpartOutcome,
  CounterpartRecipientState,
  CounterpartRequestStatus,
  CounterpartUrgency,
} from './counterpart-request.enums.js';

@ObjectType({ description: 'A member on one side of a request, as both sides see them: a name and an organisation' })
export class CounterpartParty {
  @Field(() => String, { description: 'Their profile name, or "A member" without a profile' })
  name!: string;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => ID, { nullable: true, description: 'Their expert profile, to open it in the directory' })
  expertId!: string | null;

  @Field(() => Boolean)
  isViewer!: boolean;
}

@ObjectType({ description: 'One recipient of a request and their answer' })
export class CounterpartRecipient extends CounterpartParty {
  @Field(() => CounterpartRecipientState)
  state!: RecipientStateKey;

  @Field(() => String, { nullable: true, description: 'Why they declined, or their note when forwarding' })
  reason!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who forwarded the request to them' })
  forwardedByName!: string | null;
}

@ObjectType()
export class CounterpartRequestMessage {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  authorName!: string;

  @Field(() => Boolean)
  mine!: boolean;

  @Field(() => String)
  body!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'What the viewer may do with a request now (the same table the server decides by)' })
export class CounterpartRequestPermissions {
  @Field(() => Boolean)
  answer!: boolean;

  @Field(() => Boolean)
  forward!: boolean;

  @Field(() => Boolean)
  post!: boolean;

  @Field(() => Boolean)
  close!: boolean;
}

@ObjectType({ description: 'A request for a counterpart across a border; it carries no victim data' })
export class CounterpartRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => CounterpartRequestStatus)
  status!: StatusKey;

  @Field(() => CounterpartOutcome, { nullable: true })
  outcome!: OutcomeKey | null;

  @Field(() => CounterpartUrgency)
  urgency!: UrgencyKey;

  @Field(() => FormOfExploitation)
  formOfExploitation!: FormKey;

  @Field(() => TargetGroup)
  targetGroup!: TargetGroupKey;

  @Field(() => ServiceKind)
  service!: ServiceKey;

  @Field(() => Role, { nullable: true })
  role!: RoleKey | null;

  @Field(() => String)
  message!: string;

  @Field(() => String)
  fromCountryCode!: string;

  @Field(() => String)
  fromCountryName!: string;

  @Field(() => String, { nullable: true })
  fromMunicipalityName!: string | null;

  @Field(() => String)
  toCountryCode!: string;

  @Field(() => String)
  toCountryName!: string;

  @Field(() => ID, { nullable: true })
  toMunicipalityId!: string | null;

  @Field(() => String, { nullable: true })
  toMunicipalityName!: string | null;

  @Field(() => CounterpartParty)
  requester!: CounterpartParty;

  @Field(() => [CounterpartRecipient], { description: 'In the order they were asked: the contact point first, then those forwarded to' })
  recipients!: CounterpartRecipient[];

  @Field(() => [CounterpartRequestMessage], { description: 'The thread, oldest first' })
  messages!: CounterpartRequestMessage[];

  @Field(() => Boolean, { description: 'You are a recipient and your answer is owed' })
  awaitingViewer!: boolean;

  @Field(() => CounterpartRequestPermissions)
  viewerCan!: CounterpartRequestPermissions;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  firstAnsweredAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

export const CounterpartRequestConnection = ConnectionType('CounterpartRequest', CounterpartRequest);

@ObjectType({ description: 'Counts for one pair of countries (requests from one to the other); no ids, no names' })
export class CounterpartPairStatistics {
  @Field(() => String)
  fromCountryCode!: string;

  @Field(() => String)
  toCountryCode!: string;

  @Field(() => Int)
  requests!: number;

  @Field(() => Int, { description: 'Requests a recipient accepted, declined or forwarded' })
  answered!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from opening to the first answer; null when none was answered' })
  medianHoursToFirstAnswer!: number | null;
}

@ObjectType({ description: 'Anonymous counts of counterpart requests for the TF-THB' })
export class CounterpartRequestStatistics {
  @Field(() => Int)
  requests!: number;

  @Field(() => Int)
  answered!: number;

  @Field(() => Float, { description: 'answered / requests; 0 when there are none' })
  answeredShare!: number;

  @Field(() => Float, { nullable: true })
  medianHoursToFirstAnswer!: number | null;

  @Field(() => [CounterpartPairStatistics], { description: 'Busiest pair first' })
  pairs!: CounterpartPairStatistics[];

  @Field(() => [Int], { description: 'The years with requests, latest first (whatever year was asked for): the filter offers these' })
  years!: number[];
}
