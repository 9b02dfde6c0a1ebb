import { CombinedGraphQLErrors } from '@apollo/client/errors';

// The server's contract: clients branch on `extensions.code` only, never on messages.
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

function extensionsOf(error: unknown): Record<string, unknown>[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => e.extensions ?? {});
}

function errorCodes(error: unknown): string[] {
  return extensionsOf(error).flatMap((extensions) => {
    const code = extensions['code'];
    return typeof code === 'string' ? [code] : [];
  });
}

export function hasErrorCode(error: unknown, ...codes: ErrorCode[]): boolean {
  return errorCodes(error).some((code) => (codes as string[]).includes(code));
}

/**
 * The messages of BAD_USER_INPUT by input field (`email`, `newOrganisation.name`), to be shown next
 * to the fields. An `input.` prefix (the argument's name) is dropped.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const extensions of extensionsOf(error)) {
    if (extensions['code'] !== 'BAD_USER_INPUT') continue;
    const list = extensions['fieldErrors'];
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const { field, message } = item as { field?: unknown; message?: unknown };
      if (typeof field !== 'string' || typeof message !== 'string') continue;
      const name = field.replace(/^input\./, '');
      // Several rules can fail on one field: show them together.
      result[name] = result[name] ? `${result[name]} ${message}` : message;
    }
  }
  return result;
}

/** Seconds until RATE_LIMITED lifts, when the error is one. */
export function retryAfterSecondsOf(error: unknown): number | undefined {
  for (const extensions of extensionsOf(error)) {
    const seconds = extensions['retryAfterSeconds'];
    if (extensions['code'] === 'RATE_LIMITED') return typeof seconds === 'number' && seconds > 0 ? seconds : 60;
  }
  return undefined;
}
