import { useQuery } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MeetingCanPlanQuery } from './planDocuments';

/** "Plan a meeting", for those the server lets plan one (moderators, admins, coordinators). */
export function PlanMeetingLink() {
  const { t } = useTranslation();
  const { data } = useQuery(MeetingCanPlanQuery);
  if (!data?.meetingPlanning.canPlan) return null;
  return (
    <Group>
      <Button component={Link} to="/meetings/new">
        {t('meetings.plan.link')}
      </Button>
    </Group>
  );
}
