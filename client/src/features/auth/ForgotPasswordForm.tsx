import { useMutation } from '@apollo/client/react';
import { Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { fieldErrorsOf } from '../../ui/graphqlError';
import { useErrorMessage } from '../../ui/useErrorMessage';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await request({ variables: { email: email.trim() } });
      setSent(true);
    } catch (caught) {
      setError(caught);
    }
  };

  // The same answer whether or not the address is a member's (DESIGN §8).
  if (sent) return <FormAlert kind="success">{t('auth.forgot.sent')}</FormAlert>;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('auth.forgot.title')}>
      <Stack gap="md">
        {error !== null && <FormAlert kind="error">{errorMessage(error)}</FormAlert>}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrorsOf(error)['email']}
        />
        <Button type="submit" loading={loading} disabled={!email.trim()}>
          {t('auth.forgot.submit')}
        </Button>
      </Stack>
    </form>
  );
}
