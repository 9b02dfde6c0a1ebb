import { describe, expect, it } from 'vitest';
import { draftProblems, normaliseTags } from './threadDraft';

describe('thread draft', () => {
  it('normalises tags like the server, each once, cut to the length and count limits', () => {
    expect(normaliseTags(['Labour Exploitation', 'labour-exploitation', ' NRM ', '!!!'])).toEqual(['labour-exploitation', 'nrm']);
    expect(normaliseTags(['a'.repeat(40)])).toEqual(['a'.repeat(30)]);
    expect(normaliseTags(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('names what is missing, too long, or holds an unconfirmed guardrail finding', () => {
    expect(draftProblems({ title: 'ab', tags: [], body: ' ', confirmations: [] })).toEqual({ title: 'titleShort', source: 'bodyEmpty' });
    const body = 'The victim can be reached at +48 601 234 567.';
    expect(draftProblems({ title: 'Referral in Gdańsk', tags: [], body, confirmations: [] })).toEqual({ source: 'unconfirmed' });
    expect(
      draftProblems({ title: 'Referral in Gdańsk', tags: [], body, confirmations: [{ kind: 'PHONE', text: '+48 601 234 567' }] }),
    ).toEqual({});
  });
});
