import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { useMeetingStrings } from '../features/meetings/meetingStrings';
import { MinutesPage } from '../features/meetings/outcomes/MinutesPage';
import { useOutcomeStrings } from '../features/meetings/outcomes/outcomeStrings';

export function MeetingMinutes() {
  useMeetingStrings();
  useOutcomeStrings();
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return <RequireViewer signInMessage={t('meetings.signIn')}>{() => <MinutesPage id={id} />}</RequireViewer>;
}
