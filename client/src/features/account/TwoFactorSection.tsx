import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { PasswordField } from '../../ui/PasswordField';
import { Section } from '../../ui/Section';
import { useMutationForm } from '../../ui/useMutationForm';
import { TotpSetup } from './TotpSetup';
import type { Viewer } from './useViewer';

export const DisableTotpMutation = graphql(`
  mutation DisableTotp($password: String!) {
    disableTotp(password: $password) {
      id
      totpEnabled
      totpRequired
    }
  }
`);

function DisableTotp() {
  const { t } = useTranslation();
  const [disable] = useMutation(DisableTotpMutation);
  const [password, setPassword] = useState('');
  const wrong = t('account.wrongPassword');
  const form = useMutationForm(() => disable({ variables: { password } }), { BAD_USER_INPUT: wrong, UNAUTHENTICATED: wrong });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
      noValidate
      aria-label={t('account.totp.disable')}
    >
      <Stack gap="sm" maw={480}>
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        <PasswordField
          label={t('password.current')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" variant="outline" color="red" loading={form.pending} disabled={!password}>
            {t('account.totp.disable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function TwoFactorSection({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  let body;
  if (viewer.totpEnabled) {
    body = (
      <Stack gap="sm">
        <Text>{t('account.totp.on')}</Text>
        {viewer.totpRequired ? <Text size="sm">{t('account.totp.requiredCannotDisable')}</Text> : <DisableTotp />}
      </Stack>
    );
  } else {
    body = (
      <Stack gap="sm">
        {viewer.totpRequired && (
          <Alert color="yellow.3" variant="filled" autoContrast title={t('account.totp.requiredTitle')}>
            {t('account.totp.required')}
          </Alert>
        )}
        <TotpSetup viewerId={viewer.id} />
      </Stack>
    );
  }
  return (
    <Section id="account-totp" title={t('account.totp.title')}>
      {body}
    </Section>
  );
}
