import { COST_CATEGORY_GROUP } from '@strom/shared';
import { describe, expect, it } from 'vitest';
import reference from '../../db/seed/reference/vocabularies.json' with { type: 'json' };

describe('the cost categories of @strom/shared', () => {
  it('put each category in the framework moment the reference vocabulary gives it', () => {
    const groups = Object.fromEntries(reference.costCategories.items.map((item) => [item.key, item.group]));
    expect(COST_CATEGORY_GROUP).toEqual(groups);
  });
});
