import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuidelineStatus } from '../../gql/graphql';

// Dark shades of each colour, so the label keeps its contrast on the light badge (axe).
export const STATUS_COLOURS: Record<GuidelineStatus, string> = {
  NOT_STARTED: 'gray.9',
  PLANNED: 'yellow.9',
  IN_PROGRESS: 'blue.9',
  IN_PLACE: 'green.9',
  NOT_APPLICABLE: 'violet.9',
};

export function StatusBadge({ status }: { status: GuidelineStatus }) {
  const { t } = useTranslation('guidelines');
  return (
    <Badge variant="outline" color={STATUS_COLOURS[status]} tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}
