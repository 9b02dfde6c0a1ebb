import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuidelineStatus } from '../../gql/graphql';

// Shades dark enough for 4.5:1 on white and on a striped row (axe); Mantine's yellow and orange never are.
export const STATUS_COLOURS: Record<GuidelineStatus, string> = {
  NOT_STARTED: 'gray.9',
  PLANNED: 'grape.9',
  IN_PROGRESS: 'blue.9',
  IN_PLACE: 'teal.9',
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
