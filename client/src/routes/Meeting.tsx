import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { useMeetingStrings } from '../features/meetings/meetingStrings';

export function Meeting() {
  useMeetingStrings();
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return <RequireViewer signInMessage={t('meetings.signIn')}>{() => <MeetingPage id={id} />}</RequireViewer>;
}
