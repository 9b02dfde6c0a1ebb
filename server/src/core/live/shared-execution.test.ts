import { GraphQLInt, GraphQLObjectType, GraphQLSchema, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { DirectSink, SocketDelivery } from './direct-delivery.js';
import { SAME_FOR_EVERY_VIEWER, subscribeSharingResults } from './shared-execution.js';

const shared = { count: 7 };
let executions = 0;

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt, resolve: () => 1 } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      tick: {
        type: GraphQLInt,
        // Each subscriber gets its own event object around the one shared value, as the live hub hands them out.
        subscribe: async function* () {
          yield { value: shared, scope: {} };
        },
        resolve: (event: { value: typeof shared }) => {
          executions += 1;
          return event.value.count;
        },
      },
      // The same, marked as resolving alike for every viewer.
      fact: {
        type: GraphQLInt,
        extensions: { [SAME_FOR_EVERY_VIEWER]: true },
        subscribe: async function* () {
          yield { value: shared, scope: {} };
        },
        resolve: (event: { value: typeof shared }) => {
          executions += 1;
          return event.value.count;
        },
      },
    },
  }),
});

const member = (sessionId: string) => ({ kind: 'member', userId: 'u', sessionId });

async function firstResult(viewer: unknown, query = 'subscription { tick }'): Promise<ExecutionResult> {
  const stream = await subscribeSharingResults({ schema, document: parse(query), contextValue: { viewer } });
  if (!(Symbol.asyncIterator in stream)) throw new Error('not a stream');
  const { value } = await stream.next();
  await stream.return(undefined);
  return value as ExecutionResult;
}

describe('subscribeSharingResults', () => {
  it('executes an event once per operation and viewer, however many subscribe', async () => {
    executions = 0;
    const anonymous = { kind: 'anonymous' };
    const results = await Promise.all([
      firstResult(anonymous),
      firstResult(anonymous),
      firstResult(anonymous),
      firstResult(member('a')),
      firstResult(member('a')),
      firstResult(member('b')),
      firstResult(anonymous, 'subscription Other { tick }'),
    ]);
    expect(results.map((r) => r.data)).toEqual(Array.from({ length: 7 }, () => ({ tick: 7 })));
    // anonymous, session a, session b, and the other operation.
    expect(executions).toBe(4);
  });

  it('executes an event once per operation for every viewer when the field is marked the same for all', async () => {
    executions = 0;
    const results = await Promise.all([
      firstResult({ kind: 'anonymous' }, 'subscription { fact }'),
      firstResult(member('a'), 'subscription { fact }'),
      firstResult(member('b'), 'subscription { fact }'),
      firstResult(member('c'), 'subscription Named { fact }'),
    ]);
    expect(results.map((r) => r.data)).toEqual([{ fact: 7 }, { fact: 7 }, { fact: 7 }, { fact: 7 }]);
    // One for the three viewers of the first operation, one for the other operation.
    expect(executions).toBe(2);
  });

  it('executes events that are not shared values for each subscriber', async () => {
    executions = 0;
    const plain = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt, resolve: () => 1 } } }),
      subscription: new GraphQLObjectType({
        name: 'Subscription',
        fields: {
          tick: {
            type: GraphQLInt,
            subscribe: async function* () {
              yield 3;
            },
            resolve: (n: number) => {
              executions += 1;
              return n;
            },
          },
        },
      }),
    });
    for (let i = 0; i < 2; i++) {
      const stream = await subscribeSharingResults({ schema: plain, document: parse('subscription { tick }'), contextValue: {} });
      if (!(Symbol.asyncIterator in stream)) throw new Error('not a stream');
      expect((await stream.next()).value).toEqual({ data: { tick: 3 } });
    }
    expect(executions).toBe(2);
  });

  it('renders the payload for the direct path once per shared result, masked as graphql-ws would send it', async () => {
    executions = 0;
    const event = { value: { count: 9 }, scope: {} };
    const sinks: DirectSink[] = [];
    const direct = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt, resolve: () => 1 } } }),
      subscription: new GraphQLObjectType({
        name: 'Subscription',
        fields: {
          fact: {
            type: GraphQLInt,
            extensions: { [SAME_FOR_EVERY_VIEWER]: true },
            // A live stream: the execution layer hands it the socket's end of the direct path.
            subscribe: () => ({
              deliverWith: (sink: DirectSink) => sinks.push(sink),
              [Symbol.asyncIterator]: () => ({ next: () => new Promise(() => undefined) }),
            }),
            resolve: (e: typeof event) => {
              executions += 1;
              return e.value.count;
            },
          },
        },
      }),
    });
    const written: string[] = [];
    const delivery: SocketDelivery = {
      send: (payload) => written.push(payload),
      format: (result) => ({ ...result, extensions: { masked: true } }),
    };
    for (const viewer of [member('a'), member('b')]) {
      await subscribeSharingResults({ schema: direct, document: parse('subscription { fact }'), contextValue: { viewer, delivery } });
    }
    expect(sinks).toHaveLength(2);
    const payloads = await Promise.all(sinks.map(async (sink) => sink.render(event)));
    expect(payloads).toEqual(['{"data":{"fact":9},"extensions":{"masked":true}}', '{"data":{"fact":9},"extensions":{"masked":true}}']);
    expect(executions).toBe(1);
    // Once rendered, the payload is at hand without waiting.
    expect(sinks[0]!.render(event)).toBe(payloads[0]);
    sinks[1]!.send(payloads[1]!);
    expect(written).toEqual([payloads[1]]);
  });
});
