import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/useFormat';

/** "Last confirmed 6 Dec 2026, 10:12", in the reader's time zone. */
export function LastConfirmed({ at }: { at: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text size="sm" data-testid="last-confirmed">
      {t('upkeep.lastConfirmed')} <time dateTime={at}>{format.dateTime(at)}</time>
    </Text>
  );
}
