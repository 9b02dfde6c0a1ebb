import type { ValidationContext, ValidationRule } from 'graphql';
import { QueryTooComplex } from '../errors.js';

/**
 * Refuses a document with more than `max` directives, wherever they sit. (graphql-armor's max-directives 2.3.1
 * forgets the directives on a fragment spread it has seen before: `...F @include(if: true)` sixty times passed.)
 */
export function maxDirectivesRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    let count = 0;
    return {
      Directive() {
        count += 1;
      },
      Document: {
        leave() {
          if (count > max) context.reportError(new QueryTooComplex(`Directives limit of ${max} exceeded, found ${count}.`));
        },
      },
    };
  };
}
