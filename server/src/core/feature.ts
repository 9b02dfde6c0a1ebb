import type { EntityClass } from '@mikro-orm/core';
import type { RequestHandler } from 'express';
import type { AppServices } from './context.js';
import type { ScheduledJob } from './jobs/scheduled-job.js';
import type { QueueWorker } from './jobs/queue-worker.js';
import type { LoaderFactory } from './loaders.js';
import type { PageHeadSource } from './page-head-source.js';
import type { SubjectSource } from './subjects.js';

/** An HTTP route outside GraphQL (downloads, calendar feeds); the handler is built once at boot. */
export interface HttpRoute {
  method: 'get' | 'post';
  path: string;
  handler: (services: AppServices) => RequestHandler;
}

/**
 * What a feature brings to the server. `app/` collects every manifest; nothing in `core/` names a feature,
 * so adding one means writing its folder and listing its manifest in `app/features.ts`.
 */
export interface FeatureManifest {
  name: string;
  /** type-graphql resolver classes. */
  resolvers?: readonly Function[];
  /** MikroORM entities this feature maps. */
  entities?: readonly EntityClass<object>[];
  /** Per-operation DataLoaders (declare their types by augmenting `Loaders` in core/loaders.ts). */
  loaders?: LoaderFactory;
  routes?: readonly HttpRoute[];
  /** Scheduled work (expiries, digests, reminders): each runs once per occurrence across processes. */
  jobs?: readonly ScheduledJob[];
  /** Work that commands enqueue (`uow.enqueue`), done after the commit by any process. */
  workers?: readonly QueueWorker[];
  /** This feature's things as other features show them (a notification's thread or post), by type. */
  subjects?: readonly SubjectSource[];
  /** The heads of this feature's pages that are data (a forum's title), for the HTML of their addresses. */
  pageHeads?: readonly PageHeadSource[];
}
