import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../core/connection.js';
import { DigestFrequency, NotificationKind } from './notification-kind.js';

@ObjectType({ description: 'Who caused a notification, as every member may see them' })
export class NotificationActor {
  @Field(() => String, { description: 'Their name in the directory, "A member" without a profile, "Former member" once deleted' })
  displayName!: string;

  @Field(() => ID, { nullable: true, description: 'Their expert profile, when they have one' })
  expertId!: string | null;
}

@ObjectType({ description: 'What a notification is about, as you may see it now' })
export class NotificationSubject {
  @Field(() => String, { description: 'e.g. "thread", "post"' })
  type!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Where it lives in the app, e.g. /t/<id>' })
  path!: string;
}

@ObjectType('Notification', { description: 'Something that happened to your things: only ever shown to its recipient' })
export class NotificationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field(() => NotificationActor, { nullable: true, description: 'Null when nobody in particular caused it' })
  actor!: NotificationActor | null;

  @Field(() => NotificationSubject)
  subject!: NotificationSubject;
}

@ObjectType()
export class NotificationEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => NotificationNode)
  node!: NotificationNode;
}

@ObjectType({ description: 'A page of your notifications, newest first (those about things you can no longer see are left out)' })
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges!: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'Which notifications you get by e-mail' })
export class NotificationPreferences {
  @Field(() => Boolean, { description: 'A mail at once when someone mentions you' })
  mentionEmails!: boolean;

  @Field(() => DigestFrequency)
  digest!: DigestFrequency;

  @Field(() => Int, { description: 'ISO weekday of a weekly digest: 1 Monday … 7 Sunday' })
  digestWeekday!: number;
}
