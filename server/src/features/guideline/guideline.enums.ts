import { GUIDELINE_STATUSES, IMPLEMENTATION_LEVELS } from '@strom/shared';
import { registerEnumType } from 'type-graphql';

function enumOf<K extends string>(keys: readonly K[]): { [P in K]: P } {
  return Object.fromEntries(keys.map((key) => [key, key])) as { [P in K]: P };
}

export const GuidelineStatusEnum = enumOf(GUIDELINE_STATUSES);
export const ImplementationLevelEnum = enumOf(IMPLEMENTATION_LEVELS);

registerEnumType(GuidelineStatusEnum, {
  name: 'GuidelineStatus',
  description: 'Where a municipality stands on an action point',
  valuesConfig: { NOT_APPLICABLE: { description: 'Does not apply to this municipality: a reason is required' } },
});
registerEnumType(ImplementationLevelEnum, {
  name: 'ImplementationLevel',
  description: 'A band of the share of applicable action points in place (the map’s colours)',
});
