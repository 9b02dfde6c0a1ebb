import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ViewerPermission } from '../features/account/useViewer';
import { RequireViewer } from '../features/account/RequireViewer';
import { InvitationForm } from '../features/invitations/InvitationForm';
import { PageHeader } from '../ui/PageHeader';

const permission: Record<'invite' | 'propose', ViewerPermission> = { invite: 'inviteMembers', propose: 'proposeMembers' };

// Inviting and proposing are one page in two kinds (and one lazy chunk).
function InvitationPage({ kind }: { kind: 'invite' | 'propose' }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t(`invitations.${kind}.title`)} intro={t(`invitations.${kind}.intro`)} />
      <RequireViewer signInMessage={t('invitations.signIn')} permission={permission[kind]}>
        {() => <InvitationForm kind={kind} />}
      </RequireViewer>
    </Stack>
  );
}

export function Invite() {
  return <InvitationPage kind="invite" />;
}

export function Propose() {
  return <InvitationPage kind="propose" />;
}
