import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingDetail_MeetingFragment } from '../../../gql/graphql';

/** For the hosts of a meeting still being planned: its edit page and its date-poll page. */
export function MeetingHostLinks({ meeting }: { meeting: MeetingDetail_MeetingFragment }) {
  const { t } = useTranslation();
  if (!meeting.viewerCan.manage || (meeting.status !== 'DRAFT' && meeting.status !== 'SCHEDULED')) return null;
  return (
    <Group gap="lg">
      <Anchor component={Link} to={`/meetings/${meeting.id}/edit`}>
        {t('meetings.edit.link')}
      </Anchor>
      {meeting.status === 'DRAFT' && (
        <Anchor component={Link} to={`/meetings/${meeting.id}/poll`}>
          {t('meetings.datePoll.manageLink')}
        </Anchor>
      )}
    </Group>
  );
}
