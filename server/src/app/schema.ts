import 'reflect-metadata';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema, getMetadataStorage, type MiddlewareFn } from 'type-graphql';
import { FEATURES } from './features.js';
import { authChecker } from '../core/auth.js';
import { rejectNulBytes } from '../core/no-nul-bytes.middleware.js';
import { rememberConstraints, validateArguments } from '../core/validate-arguments.js';

/** Every resolver class, from the feature manifests. */
export const RESOLVERS = FEATURES.flatMap((feature) => feature.resolvers ?? []);

/**
 * Subscriptions subscribe through the context's EventBus (so Redis or in-memory is chosen per app, not per
 * process), but type-graphql refuses to build subscription fields without a pubSub: this one must never be used.
 */
const UNUSED_PUBSUB = {
  publish: () => {
    throw new Error('publish through context.events');
  },
  subscribe: () => {
    throw new Error('subscribe through context.events');
  },
};

function build(globalMiddlewares: MiddlewareFn[]): Promise<GraphQLSchema> {
  return buildTypeGraphQLSchema({
    resolvers: RESOLVERS as [Function, ...Function[]],
    authChecker,
    pubSub: UNUSED_PUBSUB,
    globalMiddlewares,
    validateFn: validateArguments,
  });
}

let built: Promise<GraphQLSchema> | undefined;

/**
 * The schema, built once per process. It holds no app's state: resolvers are stateless classes that take their
 * services, database and viewer from each request's context, so the apps a process runs (a test file's, one after
 * the other) share it. Building it took about 0.2 s for each of the suite's few hundred app starts.
 */
export function buildSchema(): Promise<GraphQLSchema> {
  rememberConstraints();
  return (built ??= buildGuardedSchema());
}

/**
 * The schema, with every argument checked for NUL characters (rejectNulBytes). type-graphql runs a global
 * middleware around every field, a plain property included, and makes each an async chain: a directory page
 * resolved ~400 scalar fields as promises (bench S2's profile). A field without arguments has nothing to
 * check, so it takes its resolver from a second build without the middleware (its own, e.g. the
 * `@Authorized` check, stay); subscriptions keep theirs. A field that only reads its parent's property of the
 * same name gets no resolver at all: graphql-js reads the property itself, without a closure per field.
 */
async function buildGuardedSchema(): Promise<GraphQLSchema> {
  const guarded = await build([rejectNulBytes]);
  const plain = await build([]);
  const properties = propertyFields();
  const subscription = guarded.getSubscriptionType();
  for (const type of Object.values(guarded.getTypeMap())) {
    if (!isObjectType(type) || type === subscription || type.name.startsWith('__')) continue;
    const plainType = plain.getType(type.name);
    if (!isObjectType(plainType)) continue;
    const plainFields = plainType.getFields();
    for (const [name, field] of Object.entries(type.getFields())) {
      if (field.args.length > 0 || !plainFields[name]) continue;
      field.resolve = properties.has(`${type.name}.${name}`) ? undefined : plainFields[name].resolve;
    }
  }
  return guarded;
}

/** `Type.field` of each object type field that is a plain property: no resolver method, no roles, no middleware. */
function propertyFields(): Set<string> {
  const storage = getMetadataStorage();
  const properties = new Set<string>();
  for (const objectType of storage.objectTypes) {
    for (const field of objectType.fields ?? []) {
      const resolved = storage.fieldResolvers.some((r) => r.getObjectType?.() === field.target && r.methodName === field.name);
      const plainProperty =
        field.name === field.schemaName && !field.roles && (field.middlewares ?? []).length === 0 && (field.params ?? []).length === 0;
      if (!resolved && plainProperty) properties.add(`${objectType.name}.${field.schemaName}`);
    }
  }
  return properties;
}
