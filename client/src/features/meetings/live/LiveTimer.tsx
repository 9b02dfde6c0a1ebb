import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../../ui/useNow';

function clock(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** The current item's timer, ticking each second: time left, or the overrun once past its planned end. */
export function LiveTimer({ plannedEndsAt }: { plannedEndsAt: string }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const left = Date.parse(plannedEndsAt) - now;
  return left >= 0 ? (
    <Text size="xl" fw={700} ff="monospace">
      {t('meetingLive.now.remaining', { time: clock(left) })}
    </Text>
  ) : (
    <Text size="xl" fw={700} ff="monospace" c="red.9">
      {t('meetingLive.now.overrun', { time: clock(left) })}
    </Text>
  );
}
