import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { FEATURES } from './features.js';
import { authChecker } from '../core/auth.js';
import { rejectNulBytes } from '../core/no-nul-bytes.middleware.js';

/** Every resolver class, from the feature manifests. */
export const RESOLVERS = FEATURES.flatMap((feature) => feature.resolvers ?? []);

/**
 * Subscriptions subscribe through the context's EventBus (so Redis or in-memory is chosen per app, not per
 * process), but type-graphql refuses to build subscription fields without a pubSub: this one must never be used.
 */
const UNUSED_PUBSUB = {
  publish: () => {
    throw new Error('publish through context.events');
  },
  subscribe: () => {
    throw new Error('subscribe through context.events');
  },
};

export function buildSchema(): Promise<GraphQLSchema> {
  return buildTypeGraphQLSchema({
    resolvers: RESOLVERS as [Function, ...Function[]],
    authChecker,
    pubSub: UNUSED_PUBSUB,
    globalMiddlewares: [rejectNulBytes],
    // Unknown-object checks would reject our plain input classes; the shapes are GraphQL-typed already.
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
  });
}
