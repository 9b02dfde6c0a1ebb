import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a member who has just joined does first; shown once, on the page the invitation leads to. */
export function WelcomePanel({ name }: { name: string | null }) {
  const { t } = useTranslation();
  return (
    <Alert variant="outline" color="blue.8" title={name ? t('account.welcome.titleNamed', { name }) : t('account.welcome.title')}>
      {t('account.welcome.intro')}
      <List type="ordered" mt="xs" size="sm">
        <List.Item>{t('account.welcome.profile')}</List.Item>
        <List.Item>{t('account.welcome.contacts')}</List.Item>
        <List.Item>{t('account.welcome.twoFactor')}</List.Item>
      </List>
    </Alert>
  );
}
