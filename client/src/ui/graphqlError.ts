import { CombinedGraphQLErrors } from '@apollo/client/errors';

// The server's contract: clients branch on `extensions.code` only, never on messages.
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

function errorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const code = e.extensions?.['code'];
    return typeof code === 'string' ? [code] : [];
  });
}

export function hasErrorCode(error: unknown, ...codes: ErrorCode[]): boolean {
  return errorCodes(error).some((code) => (codes as string[]).includes(code));
}
