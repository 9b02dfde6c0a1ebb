import { readFileSync } from 'node:fs';
import {
  Kind,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  visit,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * Every operation the client sends, read from the generated client/src/gql/graphql.ts: codegen writes each
 * document (its fragments included) as a JSON literal, so nothing needs to be re-parsed from the sources.
 */
export function clientOperations(): { name: string; document: DocumentNode }[] {
  const file = new URL('../../../../client/src/gql/graphql.ts', import.meta.url);
  const source = readFileSync(file, 'utf8');
  const documents = [...source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode</gm)];
  return documents.map(([, name, json]) => ({ name: name!, document: withTypenames(JSON.parse(json!) as DocumentNode) }));
}

/** Apollo Client adds `__typename` to every selection set before sending; the server sees that document. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
      if (has) return undefined;
      return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
    },
  });
}

/** The most expensive variables the client could send: the largest page allowed for every `first`. */
export function worstCaseVariables(schema: GraphQLSchema, document: DocumentNode, largestPage: number): Record<string, unknown> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const variables: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    variables[name] = name === 'first' ? largestPage : sampleValue(type);
  }
  return variables;
}

const SCALAR_SAMPLES: Record<string, unknown> = {
  ID: '1',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  DateTimeISO: '2026-01-01T00:00:00.000Z',
  LocalDate: '2026-01-01',
};

/** A value of the type that passes coercion: required input fields filled, optional ones left out. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, sampleValue(field.type)]));
  }
  return SCALAR_SAMPLES[getNamedType(type).name] ?? 'x';
}
