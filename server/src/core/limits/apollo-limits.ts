import type { ApolloServerOptionsWithSchema, ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { operationCostPlugin } from './operation-cost.plugin.js';
import { LIMITED_PARSE_OPTIONS, OPERATION_LIMITS, operationLimitRules } from './operation-limits.js';
import { operationTimeBudgetPlugin } from './operation-time-budget.plugin.js';

/**
 * The limits as Apollo options: tokens while parsing, depth, aliases, directives and repeated fields while
 * validating, the cost once the variables are known, the time budget while executing. Batched HTTP arrays
 * stay refused (Apollo's default, stated so that nobody turns them on without meeting the limits again).
 */
type LimitOptions = Pick<ApolloServerOptionsWithSchema<BaseContext>, 'allowBatchedHttpRequests' | 'parseOptions' | 'validationRules'>;

export function apolloLimits(): { options: LimitOptions; plugins: ApolloServerPlugin[] } {
  return {
    options: {
      allowBatchedHttpRequests: false,
      parseOptions: LIMITED_PARSE_OPTIONS,
      validationRules: operationLimitRules(),
    },
    plugins: [operationCostPlugin(), operationTimeBudgetPlugin(OPERATION_LIMITS.timeBudgetMs)],
  };
}

/**
 * Apollo's plugins that Strom does not use, off. Cache control is installed by default and hooks every field of
 * every operation to compute cache hints that nothing here sets; its one effect, `cache-control: no-store` on
 * every answer, http.ts sets itself. Usage and schema reporting would send operations to Apollo's cloud if
 * APOLLO_KEY were ever set; inline traces are for federated subgraphs.
 */
export function apolloUnusedPluginsOff(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    ApolloServerPluginInlineTraceDisabled(),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
  ];
}
