import type { ApolloServerOptionsWithSchema, ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { AppServices, Context } from '../core/context.js';
import { formatError } from '../core/errors.js';
import { apolloLimits, apolloUnusedPluginsOff } from '../core/limits/apollo-limits.js';

/**
 * Apollo as the HTTP endpoint runs it: the limits, errors masked in production, and only the plugins Strom uses.
 * Apollo's default document store stays: a document seen before is neither parsed nor validated again.
 */
export function apolloOptions(
  services: AppServices,
  schema: GraphQLSchema,
  plugins: ApolloServerPlugin<Context>[] = [],
): ApolloServerOptionsWithSchema<Context> {
  const { config } = services;
  const limits = apolloLimits();
  return {
    ...limits.options,
    schema,
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown; Apollo's own signal handler raced it and held the process ~10 s.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, services.logger),
    plugins: [...plugins, ...limits.plugins, ...apolloUnusedPluginsOff()],
  };
}
