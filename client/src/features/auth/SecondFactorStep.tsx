import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { useErrorMessage } from '../../ui/useErrorMessage';

type SecondFactor = { totpCode: string } | { recoveryCode: string };

interface SecondFactorStepProps {
  loading: boolean;
  error: unknown;
  onSubmit: (factor: SecondFactor) => Promise<void>;
  onStartOver: () => void;
}

// The code from the authenticator app, or one of the recovery codes for a lost phone.
export function SecondFactorStep({ loading, error, onSubmit, onStartOver }: SecondFactorStepProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  // The step replaced the password form under the reader's focus (and the recovery field replaces
  // the code field): continue in the new field. Stable, so it runs once per field, not per render.
  const focusOnMount = useCallback((node: HTMLInputElement | null) => node?.focus(), []);

  const value = useRecovery ? code.trim() : code.replace(/\s/g, '');
  const valid = useRecovery ? value.length > 0 : /^\d{6}$/.test(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    void onSubmit(useRecovery ? { recoveryCode: value } : { totpCode: value });
  };
  const wrong = useRecovery ? t('auth.secondFactor.wrongRecoveryCode') : t('auth.secondFactor.wrongCode');
  const message = error ? errorMessage(error, { BAD_USER_INPUT: wrong, UNAUTHENTICATED: wrong, FORBIDDEN: wrong }) : null;

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.secondFactor.title')}>
      <Stack gap="md">
        <Text>{useRecovery ? t('auth.secondFactor.recoveryIntro') : t('auth.secondFactor.intro')}</Text>
        {message && <FormAlert kind="error">{message}</FormAlert>}
        {useRecovery ? (
          <TextInput
            key="recovery"
            ref={focusOnMount}
            label={t('auth.secondFactor.recoveryCode')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
        ) : (
          <TextInput
            key="totp"
            ref={focusOnMount}
            label={t('auth.secondFactor.code')}
            description={t('auth.secondFactor.codeHint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={7}
            required
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
        )}
        <Button type="submit" loading={loading} disabled={!valid}>
          {t('auth.secondFactor.submit')}
        </Button>
        <Group gap="sm">
          <Button
            variant="subtle"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setCode('');
            }}
          >
            {useRecovery ? t('auth.secondFactor.useApp') : t('auth.secondFactor.useRecovery')}
          </Button>
          <Button variant="subtle" onClick={onStartOver}>
            {t('auth.secondFactor.startOver')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
