import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { MeetingLivePage } from '../features/meetings/live/MeetingLivePage';
import { useMeetingStrings } from '../features/meetings/meetingStrings';

export function MeetingLive() {
  useMeetingStrings();
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return <RequireViewer signInMessage={t('meetings.signIn')}>{() => <MeetingLivePage id={id} />}</RequireViewer>;
}
