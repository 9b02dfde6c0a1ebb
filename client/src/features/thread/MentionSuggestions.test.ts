import { describe, expect, it } from 'vitest';
import { mentionAt } from './MentionSuggestions';

describe('mentionAt', () => {
  it('finds the @name being typed before the caret, in any script', () => {
    expect(mentionAt('Ask @Ann', 8)).toEqual({ start: 4, query: 'Ann' });
    expect(mentionAt('@Łuk', 4)).toEqual({ start: 0, query: 'Łuk' });
  });

  it('ignores e-mail addresses, a lone @ and text after the caret', () => {
    expect(mentionAt('write to info@example', 21)).toBeNull();
    expect(mentionAt('Ask @', 5)).toBeNull();
    expect(mentionAt('Ask @Ann later', 14)).toBeNull();
  });
});
