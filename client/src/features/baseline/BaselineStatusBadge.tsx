import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BaselineStatus } from '../../gql/graphql';

const COLOR: Record<BaselineStatus, string> = { NOT_STARTED: 'gray.8', DRAFT: 'blue.9', SUBMITTED: 'violet.9', ACCEPTED: 'teal.9' };

export function BaselineStatusBadge({ status }: { status: BaselineStatus }) {
  const { t } = useTranslation('baseline');
  return (
    <Badge variant="outline" color={COLOR[status]} tt="none" data-testid="baseline-status">
      {t(`status.${status}`)}
    </Badge>
  );
}
