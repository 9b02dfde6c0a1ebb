import type { ApolloServerOptionsWithSchema, ApolloServerPlugin, BaseContext } from '@apollo/server';
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
