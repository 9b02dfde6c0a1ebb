import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../ui/FormAlert';
import { PasswordField } from '../../ui/PasswordField';
import { useMutationForm } from '../../ui/useMutationForm';
import { SecondFactorStep } from './SecondFactorStep';
import { useSessionChange } from './useSessionChange';
import { useSignIn, type SignInCredentials } from './useSignIn';

interface SignInFormProps {
  onSignedIn: () => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const sessionChanged = useSessionChange();
  const { submit } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<'password' | 'secondFactor'>('password');
  const wrongCredentials = t('auth.signIn.wrongCredentials');
  const form = useMutationForm(
    async (credentials: SignInCredentials) => {
      const outcome = await submit(credentials);
      if (outcome === 'codeRequired') {
        setStep('secondFactor');
        return;
      }
      await sessionChanged();
      onSignedIn();
    },
    // Wrong email and wrong password read the same: the page must not reveal who is a member.
    { BAD_USER_INPUT: wrongCredentials, UNAUTHENTICATED: wrongCredentials, FORBIDDEN: wrongCredentials },
  );

  if (step === 'secondFactor') {
    return (
      <SecondFactorStep
        loading={form.pending}
        error={form.error}
        onSubmit={(factor) => form.submit({ email, password, ...factor })}
        onStartOver={() => {
          setStep('password');
          setPassword('');
          form.reset();
        }}
      />
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit({ email: email.trim(), password });
  };
  const fields = form.fieldErrors;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('auth.signIn.title')}>
      <Stack gap="md">
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fields['email']}
        />
        <PasswordField
          label={t('auth.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fields['password']}
        />
        <Button type="submit" loading={form.pending} disabled={!email.trim() || !password}>
          {t('auth.signIn.submit')}
        </Button>
        <Anchor component={Link} to="/forgot-password">
          {t('auth.signIn.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
