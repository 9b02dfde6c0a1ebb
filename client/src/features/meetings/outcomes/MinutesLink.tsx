import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOutcomeStrings } from './outcomeStrings';

/** Where an ended meeting's minutes are (published, or the hosts' draft). */
export function MinutesLink({ meetingId }: { meetingId: string }) {
  useOutcomeStrings();
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/meetings/${meetingId}/minutes`}>
      {t('outcomes.minutes.link')}
    </Anchor>
  );
}
