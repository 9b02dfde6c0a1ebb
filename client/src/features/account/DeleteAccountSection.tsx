import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { PasswordField } from '../../ui/PasswordField';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

export function DeleteAccountSection({ onDeleted }: { onDeleted: () => Promise<void> }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [deleteAccount, { loading }] = useMutation(DeleteMyAccountMutation);
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!understood || !password) return;
    setError(null);
    try {
      await deleteAccount({ variables: { password } });
    } catch (caught) {
      setError(caught);
      return;
    }
    await onDeleted();
  };

  const wrong = t('account.wrongPassword');
  return (
    <Section id="account-delete" title={t('account.delete.title')}>
      <Text>{t('account.delete.intro')}</Text>
      <List size="sm" spacing={4}>
        <List.Item>{t('account.delete.profile')}</List.Item>
        <List.Item>{t('account.delete.content')}</List.Item>
        <List.Item>{t('account.delete.audit')}</List.Item>
        <List.Item>{t('account.delete.signOut')}</List.Item>
      </List>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('account.delete.title')}>
        <Stack gap="sm" maw={480}>
          {error !== null && <FormAlert kind="error">{errorMessage(error, { BAD_USER_INPUT: wrong, UNAUTHENTICATED: wrong })}</FormAlert>}
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
            <Button type="submit" color="red" loading={loading} disabled={!understood || !password}>
              {t('account.delete.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
