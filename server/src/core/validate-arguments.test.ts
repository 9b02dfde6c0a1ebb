import { getMetadataStorage, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { rememberConstraints, validateArguments } from './validate-arguments.js';

class Page {
  @Min(1, { message: 'first must be at least 1' })
  @Max(100, { message: 'first must be at most 100' })
  first = 20;
}

class SearchPage extends Page {
  @IsOptional()
  @MaxLength(5, { message: 'text is too long' })
  text?: string;
}

const page = (values: Partial<SearchPage>) => Object.assign(new SearchPage(), values);

async function messagesOf(value: unknown): Promise<string[]> {
  try {
    await validateArguments(value);
    return [];
  } catch (error) {
    if (!(error instanceof ArgumentValidationError)) throw error;
    const list: { constraints?: Record<string, string> }[] = error.extensions.validationErrors;
    return list.flatMap((entry) => Object.values(entry.constraints ?? {}));
  }
}

describe('validateArguments', () => {
  rememberConstraints();

  it("checks a class's own and inherited constraints, as often as asked", async () => {
    for (let round = 0; round < 2; round++) {
      expect(await messagesOf(page({ first: 20, text: 'abc' }))).toEqual([]);
      expect(await messagesOf(page({ first: 0 }))).toEqual(['first must be at least 1']);
      expect(await messagesOf(page({ first: 20, text: 'too long' }))).toEqual(['text is too long']);
    }
  });

  it('checks every object of a list, and passes scalars and null', async () => {
    expect(await messagesOf([page({ first: 5 }), page({ first: 500 })])).toEqual(['first must be at most 100']);
    expect(await messagesOf(null)).toEqual([]);
    expect(await messagesOf('text')).toEqual([]);
  });

  it("collects a class's constraints once (the same list each time) and once per process", () => {
    rememberConstraints();
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(SearchPage, '', false, false);
    expect(first.map((constraint) => constraint.propertyName).toSorted()).toEqual(['first', 'first', 'text', 'text']);
    expect(storage.getTargetValidationMetadatas(SearchPage, '', false, false)).toBe(first);
    expect(storage.getTargetValidationMetadatas(Page, '', false, false)).toHaveLength(2);
  });
});
