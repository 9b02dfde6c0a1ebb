import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutcomeEffect, OutcomeEvent } from './outcomeCache';
import { OutcomeSync, READ_DELAY_MS, RETRY_DELAY_MS } from './outcomeSync';

const vote = (sequence: number): OutcomeEvent => ({
  __typename: 'MeetingVoteCounted',
  sequence,
  kind: 'VOTE_COUNTED',
  pollId: 'p1',
  voterCount: sequence,
  options: [],
});
const asked = (sequence: number): OutcomeEvent => ({
  __typename: 'MeetingQuestionAsked',
  sequence,
  kind: 'QUESTION_ASKED',
  questionId: `q${sequence}`,
});
const hand = (sequence: number): OutcomeEvent => ({ __typename: 'MeetingHandRaised', sequence, kind: 'HAND_RAISED' });

const effectOf = (event: OutcomeEvent): OutcomeEffect =>
  event.__typename === 'MeetingQuestionAsked' ? 'read' : event.__typename === 'MeetingVoteCounted' ? 'applied' : 'ignored';

/** A sync whose reads answer the sequences given, in turn, when `finish` is called. */
function harness(answers: (number | null)[]) {
  const applied: number[] = [];
  const pending: (() => void)[] = [];
  const read = vi.fn<() => Promise<number | null>>(
    () =>
      new Promise<number | null>((resolve) => {
        const answer = answers.shift() ?? null;
        pending.push(() => resolve(answer));
      }),
  );
  const sync = new OutcomeSync({
    apply: (event) => {
      applied.push(event.sequence);
      return effectOf(event);
    },
    read,
  });
  const finish = async () => {
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { sync, read, applied, finish };
}

describe('OutcomeSync', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('reads once for a burst of 300 events, however many of them name something new', async () => {
    const { sync, read, applied } = harness([300]);
    for (let sequence = 1; sequence <= 300; sequence += 1) {
      const make = sequence % 3 === 0 ? vote : sequence % 3 === 1 ? asked : hand;
      sync.receive(make(sequence));
    }
    expect(applied).toHaveLength(300);
    expect(read).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(READ_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads nothing for events the cache takes or that are not the outcomes’', async () => {
    const { sync, read } = harness([]);
    for (let sequence = 1; sequence <= 100; sequence += 1) sync.receive(sequence % 2 ? vote(sequence) : hand(sequence));
    await vi.advanceTimersByTimeAsync(READ_DELAY_MS * 10);
    expect(read).not.toHaveBeenCalled();
  });

  it('applies the events that came during a read again on top of it, and reads once more only if one needs it', async () => {
    const { sync, read, applied, finish } = harness([2, 4]);
    sync.receive(asked(1));
    sync.receive(vote(2));
    await vi.advanceTimersByTimeAsync(READ_DELAY_MS);
    // While the read (current to sequence 2) is under way: a vote and a question the read may not hold.
    sync.receive(vote(3));
    sync.receive(asked(4));
    expect(read).toHaveBeenCalledTimes(1);
    applied.length = 0;
    await finish();
    expect(applied).toEqual([3, 4]);
    await vi.advanceTimersByTimeAsync(READ_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(2);
    applied.length = 0;
    await finish();
    // The second read holds everything: nothing to replay, no third read.
    expect(applied).toEqual([]);
    await vi.advanceTimersByTimeAsync(READ_DELAY_MS * 10);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('tries a failed read again after a longer wait, and stops when told', async () => {
    const { sync, read, finish } = harness([null]);
    sync.receive(asked(1));
    await vi.advanceTimersByTimeAsync(READ_DELAY_MS);
    await finish();
    await vi.advanceTimersByTimeAsync(RETRY_DELAY_MS - 1);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(read).toHaveBeenCalledTimes(2);
    sync.stop();
    sync.receive(asked(2));
    await vi.advanceTimersByTimeAsync(RETRY_DELAY_MS * 2);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
