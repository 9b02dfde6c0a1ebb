import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataSection } from '../features/account/DataSection';
import { DeleteAccountSection } from '../features/account/DeleteAccountSection';
import { PasswordSection } from '../features/account/PasswordSection';
import { ProfileSection } from '../features/account/ProfileSection';
import { RequireViewer } from '../features/account/RequireViewer';
import { SessionsSection } from '../features/account/SessionsSection';
import { TwoFactorSection } from '../features/account/TwoFactorSection';
import { WelcomePanel } from '../features/account/WelcomePanel';
import { useSessionChange } from '../features/auth/useSessionChange';
import { NotificationPreferencesSection } from '../features/notifications/NotificationPreferencesSection';
import { MyRolesSection } from '../features/upkeep/MyRolesSection';
import { PageHeader } from '../ui/PageHeader';

export function Account() {
  const { t } = useTranslation();
  const sessionChanged = useSessionChange();
  // Held above the guard: once the account is gone the reader is signed out, and should read
  // that it worked, not "sign in to manage your account".
  const [deleted, setDeleted] = useState(false);
  // Set by the invitation page for a member who has just joined.
  const welcome = useSearchParams()[0].has('welcome');

  if (deleted) {
    return (
      <Stack gap="md" align="flex-start">
        <PageHeader title={t('account.delete.doneTitle')} />
        <Text component="output">{t('account.delete.done')}</Text>
        <Button component={Link} to="/" variant="outline">
          {t('notFound.home')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <PageHeader title={t('account.title')} />
      <RequireViewer signInMessage={t('account.signIn')}>
        {(viewer) => (
          <>
            {viewer.totpRequired && !viewer.totpEnabled && (
              <Alert color="yellow.3" variant="filled" autoContrast title={t('account.totp.requiredTitle')}>
                {t('account.totp.required')}{' '}
                <Anchor href="#account-totp" inherit c="inherit">
                  {t('account.totp.goToSetup')}
                </Anchor>
              </Alert>
            )}
            {welcome && <WelcomePanel name={viewer.expert?.fullName ?? null} />}
            <Text>{t('account.signedInAs', { email: viewer.email, role: t(`account.networkRole.${viewer.networkRole}`) })}</Text>
            <ProfileSection />
            <MyRolesSection />
            <PasswordSection />
            <TwoFactorSection viewer={viewer} />
            <NotificationPreferencesSection />
            <SessionsSection />
            <DataSection />
            <DeleteAccountSection
              onDeleted={async () => {
                setDeleted(true);
                await sessionChanged();
              }}
            />
          </>
        )}
      </RequireViewer>
    </Stack>
  );
}
