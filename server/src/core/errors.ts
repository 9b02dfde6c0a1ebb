import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/** Error codes the client may branch on; anything else reaches it as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'OPERATION_TIMED_OUT',
  'TOO_MANY_SUBSCRIPTIONS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
] as const;

export interface FieldError {
  field: string;
  message: string;
}

export class BadUserInput extends GraphQLError {
  constructor(fieldErrors: FieldError[]) {
    super(fieldErrors.map((e) => e.message).join('; '), {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors },
    });
  }

  static field(field: string, message: string): BadUserInput {
    return new BadUserInput([{ field, message }]);
  }
}

export class NotFound extends GraphQLError {
  constructor(what: string) {
    super(`${what} was not found`, { extensions: { code: 'NOT_FOUND' } });
  }
}

export class Forbidden extends GraphQLError {
  constructor(message = 'You are not allowed to do this') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class Unauthenticated extends GraphQLError {
  constructor(message = 'Sign in to do this') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export class Conflict extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'CONFLICT' } });
  }
}

export class RateLimited extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} s`, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
    });
  }
}

/** An operation refused before execution: too deep, too costly, too many aliases… (see core/limits). */
export class QueryTooComplex extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
  }
}

/** The operation ran past its time budget and was stopped (see core/limits/operation-time-budget.plugin.ts). */
export class OperationTimedOut extends GraphQLError {
  constructor(budgetMs: number) {
    super(`The operation took longer than ${budgetMs / 1000} s and was stopped; try a narrower request`, {
      extensions: { code: 'OPERATION_TIMED_OUT' },
    });
  }
}

/** A WebSocket already carries as many subscriptions as one connection may. */
export class TooManySubscriptions extends GraphQLError {
  constructor(max: number) {
    super(`At most ${max} subscriptions may run on one connection; complete one first`, {
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
    });
  }
}

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

/**
 * Turns one error into what a client may see. Our typed errors and GraphQL's own request errors
 * pass through; everything else is logged with an id and masked, in every environment, so no
 * stack, SQL or path ever leaves the server.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const validationErrors = validationErrorsOf(original);
  if (validationErrors) {
    const fieldErrors = flattenValidationErrors(validationErrors);
    return {
      message: fieldErrors.map((e) => e.message).join('; '),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fieldErrors },
    };
  }
  // Apollo re-codes every validation error GRAPHQL_VALIDATION_FAILED; a limit keeps its own code.
  if (original instanceof QueryTooComplex)
    return withoutStack({ ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } });
  const code = formatted.extensions?.code;
  const isPublic = typeof code === 'string' && (PUBLIC_ERROR_CODES as readonly string[]).includes(code);
  // Only GraphQLErrors are trusted to carry a public code: a driver error with an `extensions` field is not.
  if (isPublic && original instanceof GraphQLError) return withoutStack(formatted);
  const logId = randomUUID();
  logger.error({ err: original, logId, path: formatted.path }, 'unexpected error while executing an operation');
  return {
    message: 'Internal error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', logId },
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

function validationErrorsOf(error: unknown): ClassValidatorError[] | null {
  if (!(error instanceof GraphQLError)) return null;
  const list = error.extensions?.validationErrors;
  return Array.isArray(list) ? (list as ClassValidatorError[]) : null;
}

function flattenValidationErrors(errors: ClassValidatorError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}
