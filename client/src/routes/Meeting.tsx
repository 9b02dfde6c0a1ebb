import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { useMeetingStrings } from '../features/meetings/meetingStrings';
import { FirstPageSkeleton } from '../ui/FirstPageSkeleton';
import { useDateFormatWarmUp } from '../ui/intlWarmUp';

export function Meeting() {
  useMeetingStrings();
  // The facts write the meeting's times.
  useDateFormatWarmUp();
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RequireViewer signInMessage={t('meetings.signIn')} loading={<FirstPageSkeleton />}>
      {() => <MeetingPage id={id} />}
    </RequireViewer>
  );
}
