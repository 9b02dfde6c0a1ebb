import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { activityEvent, recordActivity } from '../network-activity/network-activity.service.js';
import type { ForumAccess } from './forum-access.js';
import type { Thread } from './thread.entity.js';

/** A new thread of a PUBLIC or NETWORK forum joins the network's activity feed; other forums' threads never do. */
export function recordThreadActivity(uow: UnitOfWork, forum: ForumAccess, thread: Thread): void {
  if (forum.visibility !== 'PUBLIC' && forum.visibility !== 'NETWORK') return;
  const activity = recordActivity(uow.em, { kind: 'THREAD_CREATED', thread });
  uow.publish('NETWORK_ACTIVITY', activityEvent(activity));
}
