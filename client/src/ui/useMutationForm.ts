import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from './graphqlError';
import { useErrorMessage, type ErrorMessages } from './useErrorMessage';

export interface MutationForm<TPayload> {
  /**
   * Runs the form's action. Settles when the action has (never rejects: a failure becomes `error`),
   * so a confirmation dialog can stay busy until then.
   */
  submit: (payload: TPayload) => Promise<void>;
  /** Forgets the last failure, e.g. when the reader starts over. */
  reset: () => void;
  /** True while the action runs. */
  pending: boolean;
  /** The last attempt's failure; null while it runs, after a success and before the first one. */
  error: unknown;
  /** BAD_USER_INPUT messages by input field (`email`, `newOrganisation.name`), for the fields to show. */
  fieldErrors: Record<string, string>;
  /** One sentence for the failure, chosen by `extensions.code` only; null without one. */
  message: string | null;
}

/**
 * The pending and error state every mutation form shares: `action` runs the mutation (and what
 * follows a success); whatever it throws is kept as the form's error. `messages` words a code the
 * way this form should ("wrong password") and names the fields that show their own errors.
 *
 * Plain state rather than React's useActionState: an action's result commits at transition
 * priority, which on a busy machine showed the error seconds after the answer came back.
 */
export function useMutationForm<TPayload = void>(
  action: (payload: TPayload) => Promise<unknown>,
  messages: ErrorMessages = {},
): MutationForm<TPayload> {
  const errorMessage = useErrorMessage();
  const [pending, setPending] = useState(false);
  // Boxed: a thrown `null` or `undefined` is a failure too.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  const submit = async (payload: TPayload) => {
    setFailure(null);
    setPending(true);
    try {
      await action(payload);
    } catch (caught) {
      setFailure({ error: caught });
    } finally {
      setPending(false);
    }
  };

  return {
    submit,
    reset: () => setFailure(null),
    pending,
    error: failure ? failure.error : null,
    fieldErrors: failure ? fieldErrorsOf(failure.error) : {},
    message: failure ? errorMessage(failure.error, messages) : null,
  };
}

/**
 * A form's submit handler: `validate` checks the fields first, so they say what is missing at once and no
 * request goes out; an invalid form forgets the last server failure instead.
 */
export function submitHandler(form: MutationForm<void>, validate?: () => boolean): (event: FormEvent) => void {
  return (event) => {
    event.preventDefault();
    if (!validate || validate()) void form.submit();
    else form.reset();
  };
}
