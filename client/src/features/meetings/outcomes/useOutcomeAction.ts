import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { hasErrorCode } from '../../../ui/graphqlError';
import { useMutationForm, type MutationForm } from '../../../ui/useMutationForm';

/**
 * A mutation form whose CONFLICT says what the server said ("This poll is closed", "You have already voted"):
 * the reason is a state of the meeting the reader should read, not a generic "someone changed this".
 */
export function useOutcomeAction<T = void>(action: (payload: T) => Promise<unknown>): MutationForm<T> {
  const form = useMutationForm(action);
  const conflict =
    hasErrorCode(form.error, 'CONFLICT') && CombinedGraphQLErrors.is(form.error) ? (form.error.errors[0]?.message ?? null) : null;
  return { ...form, message: conflict ?? form.message };
}
