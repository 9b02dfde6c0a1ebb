import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/useFormat';

interface Placed {
  scope: { level: string; country?: { name: string } | null; municipality?: { name: string } | null };
  startsOn: string;
  endsOn?: string | null;
}

/** Where and when an activity took place, as the list and the page say it (dates as calendar days, never shifted). */
export function usePreventionFormat() {
  const { t } = useTranslation('prevention');
  const format = useFormat();
  return {
    place: ({ scope }: Placed): string => [scope.municipality?.name, scope.country?.name].filter(Boolean).join(', ') || t('list.regional'),
    period: ({ startsOn, endsOn }: Placed): string =>
      endsOn
        ? t('list.period', { from: format.calendarDate(startsOn), to: format.calendarDate(endsOn) })
        : t('list.ongoing', { from: format.calendarDate(startsOn) }),
  };
}
