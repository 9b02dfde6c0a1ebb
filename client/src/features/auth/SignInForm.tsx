import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../ui/FormAlert';
import { fieldErrorsOf } from '../../ui/graphqlError';
import { PasswordField } from '../../ui/PasswordField';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { SecondFactorStep } from './SecondFactorStep';
import { useSessionChange } from './useSessionChange';
import { useSignIn, type SignInCredentials } from './useSignIn';

interface SignInFormProps {
  onSignedIn: () => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const sessionChanged = useSessionChange();
  const { submit, loading } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<'password' | 'secondFactor'>('password');
  const [error, setError] = useState<unknown>(null);

  const attempt = async (credentials: SignInCredentials) => {
    setError(null);
    try {
      const outcome = await submit(credentials);
      if (outcome === 'codeRequired') {
        setStep('secondFactor');
        return;
      }
      await sessionChanged();
      onSignedIn();
    } catch (caught) {
      setError(caught);
    }
  };

  if (step === 'secondFactor') {
    return (
      <SecondFactorStep
        loading={loading}
        error={error}
        onSubmit={(factor) => attempt({ email, password, ...factor })}
        onStartOver={() => {
          setStep('password');
          setPassword('');
          setError(null);
        }}
      />
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void attempt({ email: email.trim(), password });
  };
  // Wrong email and wrong password read the same: the page must not reveal who is a member.
  const fields = fieldErrorsOf(error);
  const message = error
    ? errorMessage(error, {
        BAD_USER_INPUT: t('auth.signIn.wrongCredentials'),
        UNAUTHENTICATED: t('auth.signIn.wrongCredentials'),
        FORBIDDEN: t('auth.signIn.wrongCredentials'),
      })
    : null;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('auth.signIn.title')}>
      <Stack gap="md">
        {message && <FormAlert kind="error">{message}</FormAlert>}
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
        <Button type="submit" loading={loading} disabled={!email.trim() || !password}>
          {t('auth.signIn.submit')}
        </Button>
        <Anchor component={Link} to="/forgot-password">
          {t('auth.signIn.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
