import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, hasErrorCode, retryAfterSecondsOf, type ErrorCode } from './graphqlError';

export type ErrorMessages = Partial<Record<ErrorCode, string>> & {
  /** The input fields the form shows errors next to; the others' messages are said here instead. */
  fields?: readonly string[];
};

/**
 * One sentence for the reader about a failed action, chosen by `extensions.code` (DESIGN §4.5).
 * `messages` replaces the wording of a code where a form knows better ("wrong password").
 */
export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, messages: ErrorMessages = {}): string => {
      const retryAfter = retryAfterSecondsOf(error);
      if (retryAfter !== undefined) return messages.RATE_LIMITED ?? t('errors.rateLimited', { count: Math.ceil(retryAfter / 60) });
      const codes: ErrorCode[] = ['CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'];
      const code = codes.find((candidate) => hasErrorCode(error, candidate));
      if (code && messages[code]) return messages[code];
      switch (code) {
        case 'CONFLICT':
          return t('errors.conflict');
        case 'UNAUTHENTICATED':
          return t('errors.unauthenticated');
        case 'FORBIDDEN':
          return t('errors.forbidden');
        case 'NOT_FOUND':
          return t('errors.notFound');
        case 'BAD_USER_INPUT': {
          // With field errors the fields say what is wrong; otherwise the server's sentence does.
          const fieldErrors = Object.entries(fieldErrorsOf(error));
          if (fieldErrors.length === 0) {
            return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? t('errors.checkFields')) : t('errors.checkFields');
          }
          const { fields } = messages;
          const unshown = fields ? fieldErrors.filter(([field]) => !fields.includes(field)).map(([, message]) => message) : [];
          return unshown.length > 0 ? unshown.join(' ') : t('errors.checkFields');
        }
        default:
          return CombinedGraphQLErrors.is(error) ? t('errors.actionFailed') : t('errors.network');
      }
    },
    [t],
  );
}
