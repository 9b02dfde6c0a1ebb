import { createSourceEventStream, execute, getOperationAST, Kind, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Viewer } from '../auth.js';
import type { SocketDelivery } from './direct-delivery.js';
import type { LiveStream } from './inbox.js';

/**
 * graphql-ws runs a subscription's selection set once per subscriber and event. Subscribers of one live feed
 * share the event's value (live-hub.ts), and those that sent the same operation as the same viewer get the same
 * result: it is executed once for them all (300 anonymous readers of a public thread: one execution, not 300).
 * Each subscriber's rights were checked before the event reached this point (forum.stream.ts `follow`).
 * A subscription whose results cannot differ between viewers (`@SameResultForEveryViewer()`) is executed once per
 * event for everyone who sent the same operation: 1,000 participants of a meeting, one execution.
 */
const resultsByEvent = new WeakMap<object, Map<string, Map<string, Promise<ExecutionResult>>>>();
/**
 * One string per distinct operation, shared by its subscriptions: looking it up per event and subscriber then
 * compares one pointer, not the whole printed document (hundreds of characters, for every socket of every event).
 */
const operations = new Map<string, string>();

export async function subscribeSharingResults(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const everyone = sameForEveryViewer(args);
  const operation = internedOperation(args);
  const run = (payload: unknown) => Promise.resolve(execute({ ...args, rootValue: payload }));
  const resultFor = (payload: unknown): Promise<ExecutionResult> => {
    const shared = sharedValue(payload);
    if (!shared) return run(payload);
    let byOperation = resultsByEvent.get(shared);
    if (!byOperation) resultsByEvent.set(shared, (byOperation = new Map()));
    let byViewer = byOperation.get(operation);
    if (!byViewer) byOperation.set(operation, (byViewer = new Map()));
    const viewer = everyone ? 'everyone' : viewerKey(args.contextValue);
    let result = byViewer.get(viewer);
    if (!result) byViewer.set(viewer, (result = run(payload)));
    return result;
  };
  const delivery = (args.contextValue as { delivery?: SocketDelivery } | null)?.delivery;
  if (delivery && hasDirectPath(source)) {
    source.deliverWith({ render: (event) => payloadOf(resultFor(event), delivery.format), send: delivery.send });
  }
  const events = source[Symbol.asyncIterator]();
  const close = async () => {
    await events.return?.();
  };
  const mapped: AsyncGenerator<ExecutionResult> = {
    next: async () => {
      const step = await events.next();
      return step.done ? { value: undefined, done: true } : { value: await resultFor(step.value), done: false };
    },
    return: async () => {
      await close();
      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]: () => mapped,
    [Symbol.asyncDispose]: close,
  };
  return mapped;
}

/**
 * Each shared result as the JSON of a `next` payload, written once and sent to every subscriber it was executed
 * for: a string once rendered, its promise until then.
 */
const payloads = new WeakMap<Promise<ExecutionResult>, string | Promise<string>>();

function payloadOf(result: Promise<ExecutionResult>, format: SocketDelivery['format']): string | Promise<string> {
  const known = payloads.get(result);
  if (known !== undefined) return known;
  const rendering = result.then((value) => {
    const text = JSON.stringify(format(value));
    payloads.set(result, text);
    return text;
  });
  payloads.set(result, rendering);
  return rendering;
}

function hasDirectPath(source: AsyncIterable<unknown>): source is AsyncIterable<unknown> & Pick<LiveStream<unknown>, 'deliverWith'> {
  return typeof (source as Partial<LiveStream<unknown>>).deliverWith === 'function';
}

/** The field extension that marks it (type-graphql puts it on the field's `extensions`). */
export const SAME_FOR_EVERY_VIEWER = 'sameResultForEveryViewer';

/**
 * Marks a subscription whose events, once its stream let them through to a subscriber (the rights check), resolve
 * to the same result whoever the subscriber is: no field under it reads the viewer (a meeting's events are facts).
 */
export function SameResultForEveryViewer(): MethodDecorator {
  return Extensions({ [SAME_FOR_EVERY_VIEWER]: true });
}

/** The operation as text (document, name, variables), the same string for every subscription that sent it. */
function internedOperation({ document, operationName, variableValues }: ExecutionArgs): string {
  const text = `${print(document)}\u0000${operationName ?? ''}\u0000${JSON.stringify(variableValues ?? {})}`;
  const known = operations.get(text);
  if (known) return known;
  // Forgotten wholesale now and then: a long-running process sees an unbounded variety of variables.
  if (operations.size >= 10_000) operations.clear();
  operations.set(text, text);
  return text;
}

/** Whether the operation's one root field is marked (a subscription has exactly one). */
function sameForEveryViewer({ schema, document, operationName }: ExecutionArgs): boolean {
  const selection = getOperationAST(document, operationName)?.selectionSet.selections[0];
  if (selection?.kind !== Kind.FIELD) return false;
  return schema.getSubscriptionType()?.getFields()[selection.name.value]?.extensions[SAME_FOR_EVERY_VIEWER] === true;
}

/** A live hub event (`{ value, scope }`): its value is the object every local subscriber shares. */
function sharedValue(payload: unknown): object | null {
  if (typeof payload !== 'object' || payload === null || !('value' in payload) || !('scope' in payload)) return null;
  const { value } = payload;
  return typeof value === 'object' && value !== null ? value : null;
}

/** Results may differ per viewer (their rights, their own reactions): shared only within one session, or among anonymous readers. */
function viewerKey(context: unknown): string {
  const viewer = (context as { viewer?: Viewer } | null)?.viewer;
  if (!viewer) return 'none';
  return viewer.kind === 'member' ? `session:${viewer.sessionId}` : 'anonymous';
}
