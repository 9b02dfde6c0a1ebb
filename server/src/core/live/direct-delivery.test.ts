import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { deliverToAll, type DirectSink } from './direct-delivery.js';
import { createInbox, type Inbox } from './inbox.js';

const quiet = pino({ level: 'silent' });

interface Event {
  sequence: number;
}

/** A subscriber as a stream sets it up: its inbox, its in-order check, and a socket that records what it is sent. */
function subscriber(render: (event: object) => string | Promise<string> = (event) => JSON.stringify(event)) {
  const sent: string[] = [];
  let last = 0;
  const inbox: Inbox<Event> = createInbox(() => undefined);
  inbox.steady((event) => {
    if (event.sequence <= last) return 'skip';
    if (event.sequence > last + 1) return 'queue';
    last = event.sequence;
    return event;
  });
  const sink: DirectSink = { render, send: (payload) => sent.push(payload) };
  inbox.deliverWith(sink);
  return { inbox, sent };
}

/** Parks a reader on the inbox, as a stream's loop does once everything before has been sent. */
function park(inbox: Inbox<Event>): Promise<IteratorResult<Event>> {
  return inbox.next();
}

describe('direct delivery', () => {
  it('sends the next event in order straight to an idle subscriber, without waking its reader', async () => {
    const { inbox, sent } = subscriber();
    let woken = false;
    void park(inbox).then(() => (woken = true));
    await deliverToAll([inbox], { sequence: 1 }, quiet);
    await deliverToAll([inbox], { sequence: 1 }, quiet);
    await Promise.resolve();
    expect(sent).toEqual(['{"sequence":1}']);
    expect(woken).toBe(false);
  });

  it('hands an event the stream cannot take in order (a gap) to its reader, and queues while the reader is busy', async () => {
    const { inbox, sent } = subscriber();
    const reading = park(inbox);
    await deliverToAll([inbox], { sequence: 3 }, quiet);
    expect(await reading).toEqual({ value: { sequence: 3 }, done: false });
    // The reader is filling the gap now: nothing goes around it.
    await deliverToAll([inbox], { sequence: 4 }, quiet);
    expect(sent).toEqual([]);
    expect(await inbox.next()).toEqual({ value: { sequence: 4 }, done: false });
  });

  it('queues for a subscriber whose stream has not set up both halves of the direct path', async () => {
    const inbox = createInbox<Event>(() => undefined);
    const reading = park(inbox);
    await deliverToAll([inbox], { sequence: 1 }, quiet);
    expect(await reading).toEqual({ value: { sequence: 1 }, done: false });
  });

  it('renders a payload shared by many subscribers once, and writes it to each of them', async () => {
    let renders = 0;
    const payload = new Promise<string>((resolve) => setTimeout(() => resolve('{"data":1}'), 5)).then((text) => {
      renders += 1;
      return text;
    });
    const subscribers = Array.from({ length: 3 }, () => subscriber(() => payload));
    for (const { inbox } of subscribers) void park(inbox);
    await deliverToAll(
      subscribers.map((s) => s.inbox),
      { sequence: 1 },
      quiet,
    );
    expect(renders).toBe(1);
    expect(subscribers.map((s) => s.sent)).toEqual([['{"data":1}'], ['{"data":1}'], ['{"data":1}']]);
  });

  it('writes nothing to a subscriber that closed while its payload was rendered', async () => {
    let finish!: (text: string) => void;
    const payload = new Promise<string>((resolve) => (finish = resolve));
    const closing = subscriber(() => payload);
    const staying = subscriber(() => payload);
    void park(closing.inbox);
    void park(staying.inbox);
    const delivered = deliverToAll([closing.inbox, staying.inbox], { sequence: 1 }, quiet);
    await closing.inbox.return();
    finish('{"data":1}');
    await delivered;
    expect(closing.sent).toEqual([]);
    expect(staying.sent).toEqual(['{"data":1}']);
  });

  it('ends only the subscription whose check throws or whose payload fails, and delivers to the others', async () => {
    const throwing = createInbox<Event>(() => undefined);
    throwing.steady(() => {
      throw new Error('broken check');
    });
    throwing.deliverWith({ render: () => 'never', send: () => undefined });
    const failing = subscriber(() => Promise.reject(new Error('broken resolver')));
    const fine = subscriber();
    const ends = [park(throwing), park(failing.inbox)];
    void park(fine.inbox);
    await deliverToAll([throwing, failing.inbox, fine.inbox], { sequence: 1 }, quiet);
    expect(await Promise.all(ends)).toEqual([
      { value: undefined, done: true },
      { value: undefined, done: true },
    ]);
    expect(failing.sent).toEqual([]);
    expect(fine.sent).toEqual(['{"sequence":1}']);
  });
});
