import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function safeInteger(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,16}$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new GraphQLError('An amount is a whole number of minor units (cents)', { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * Money as an integer count of minor units (cents, øre, grosze). GraphQL's Int stops at 2³¹ (21 million euros in
 * cents), Float invites fractions: this scalar carries any safe integer and refuses anything else.
 */
export const MinorUnits = new GraphQLScalarType({
  name: 'MinorUnits',
  description: 'An amount of money as a whole number of minor units (cents); a JSON number',
  serialize: safeInteger,
  parseValue: safeInteger,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('An amount is a whole number of minor units (cents)');
    return safeInteger(ast.value);
  },
});
