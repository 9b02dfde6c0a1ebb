import type { FeatureManifest } from '../../core/feature.js';
import { FlagDismissalResolver } from './flag-dismissal.js';
import { ForumLiveResolver } from './forum-live.resolver.js';
import { createForumPeopleLoader, ForumPeopleResolver } from './forum-people.resolver.js';
import { forumNoticesWorker } from './forum-notices.worker.js';
import { ModerationQueueResolver } from './moderation-queue.js';
import { postSubjects, threadSubjects } from './forum.subjects.js';
import { createForumThreadsLoader } from './forum-threads.loader.js';
import { Forum } from './forum.entity.js';
import { forumPageHeads } from './forum-page-heads.js';
import { ForumResolver } from './forum.resolver.js';
import { PostFlag } from './post-flag.entity.js';
import { Post, PostRevision } from './post.entity.js';
import { PostPreviewResolver } from './post-preview.resolver.js';
import { PostResolver } from './post.resolver.js';
import { Thread } from './thread.entity.js';
import { ThreadFieldsResolver, ThreadResolver } from './thread.resolver.js';

export const forumFeature: FeatureManifest = {
  name: 'forum',
  entities: [Forum, Thread, Post, PostRevision, PostFlag],
  resolvers: [
    ForumResolver,
    ThreadFieldsResolver,
    ThreadResolver,
    PostResolver,
    ForumLiveResolver,
    ModerationQueueResolver,
    PostPreviewResolver,
    FlagDismissalResolver,
    ForumPeopleResolver,
  ],
  loaders: (em) => ({ forumThreads: createForumThreadsLoader(em), forumPeople: createForumPeopleLoader(em) }),
  workers: [forumNoticesWorker],
  subjects: [threadSubjects, postSubjects],
  pageHeads: forumPageHeads,
};
