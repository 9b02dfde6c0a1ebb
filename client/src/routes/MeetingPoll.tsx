import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { DatePollPage } from '../features/meetings/plan/DatePollPage';
import { useMeetingStrings } from '../features/meetings/meetingStrings';

export function MeetingPoll() {
  useMeetingStrings();
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return <RequireViewer signInMessage={t('meetings.signIn')}>{() => <DatePollPage id={id} />}</RequireViewer>;
}
