import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../user/user.entity.js';
import { DigestFrequency } from './notification-kind.js';

/** How a member wants notifications mailed. No row means the defaults: mentions at once, and a daily digest. */
@Entity({ tableName: 'notification_preference' })
export class NotificationPreference {
  @OneToOne({ entity: () => User, ref: true, primary: true, owner: true, deleteRule: 'cascade', fieldName: 'user_id' })
  user!: Ref<User>;

  @Property({ type: 'boolean' })
  mentionEmails: boolean & Opt = true;

  @Enum({ items: () => Object.keys(DigestFrequency), type: 'text' })
  digest: DigestFrequency & Opt = 'DAILY';

  /** ISO weekday (1 Monday … 7 Sunday) of a WEEKLY digest. */
  @Property({ type: 'smallint' })
  digestWeekday: number & Opt = 1;

  /** The last period (day) a digest went out for: a second run in the same period finds it taken. */
  @Property({ type: 'date', nullable: true })
  lastDigestPeriod: string | null = null;
}
