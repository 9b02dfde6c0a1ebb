import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { PasswordField } from '../../ui/PasswordField';
import { Section } from '../../ui/Section';
import { useMutationForm } from '../../ui/useMutationForm';

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

export function DeleteAccountSection({ onDeleted }: { onDeleted: () => Promise<void> }) {
  const { t } = useTranslation();
  const [deleteAccount] = useMutation(DeleteMyAccountMutation);
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const wrong = t('account.wrongPassword');
  const form = useMutationForm(
    async () => {
      await deleteAccount({ variables: { password } });
      await onDeleted();
    },
    { BAD_USER_INPUT: wrong, UNAUTHENTICATED: wrong },
  );

  return (
    <Section id="account-delete" title={t('account.delete.title')}>
      <Text>{t('account.delete.intro')}</Text>
      <List size="sm" spacing={4}>
        <List.Item>{t('account.delete.profile')}</List.Item>
        <List.Item>{t('account.delete.content')}</List.Item>
        <List.Item>{t('account.delete.audit')}</List.Item>
        <List.Item>{t('account.delete.signOut')}</List.Item>
      </List>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (understood && password) void form.submit();
        }}
        noValidate
        aria-label={t('account.delete.title')}
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
          <Checkbox
            label={t('account.delete.confirm')}
            checked={understood}
            onChange={(event) => setUnderstood(event.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" color="red" loading={form.pending} disabled={!understood || !password}>
              {t('account.delete.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
