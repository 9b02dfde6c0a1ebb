import { useMutation } from '@apollo/client/react';
import { Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const [request] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const form = useMutationForm(async () => {
    await request({ variables: { email: email.trim() } });
    setSent(true);
  });

  // The same answer whether or not the address is a member's (DESIGN §8).
  if (sent) return <FormAlert kind="success">{t('auth.forgot.sent')}</FormAlert>;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
      noValidate
      aria-label={t('auth.forgot.title')}
    >
      <Stack gap="md">
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={form.fieldErrors['email']}
        />
        <Button type="submit" loading={form.pending} disabled={!email.trim()}>
          {t('auth.forgot.submit')}
        </Button>
      </Stack>
    </form>
  );
}
