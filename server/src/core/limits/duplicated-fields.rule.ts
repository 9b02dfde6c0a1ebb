import { Kind, type ValidationContext, type ValidationRule } from 'graphql';
import { QueryTooComplex } from '../errors.js';

/**
 * Refuses a selection set that repeats one response key more than `max` times (`{ a a a … }`): graphql-js
 * merges such fields pairwise, so a few hundred repeats cost as much CPU as a real query without adding any data.
 */
export function duplicatedFieldsRule(max: number): ValidationRule {
  return (context: ValidationContext) => ({
    SelectionSet(node) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count === max + 1) {
          context.reportError(new QueryTooComplex(`The field "${key}" is repeated more than ${max} times in one selection.`));
        }
      }
    },
  });
}
