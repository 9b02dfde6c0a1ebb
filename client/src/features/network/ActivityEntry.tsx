import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { RelativeTime } from '../../ui/RelativeTime';

export const ActivityEntryFragment = graphql(`
  fragment ActivityEntry_activity on NetworkActivity {
    id
    kind
    occurredAt
    organisation {
      id
      name
    }
    expert {
      id
      fullName
    }
  }
`);

interface ActivityEntryProps {
  activity: FragmentType<typeof ActivityEntryFragment>;
  now: number;
}

export function ActivityEntry({ activity, now }: ActivityEntryProps) {
  const { t } = useTranslation();
  const entry = getFragmentData(ActivityEntryFragment, activity);
  const aboutProfile = entry.kind === 'PROFILE_PUBLISHED' || entry.kind === 'PROFILE_UPDATED';
  return (
    <Group gap="xs" wrap="wrap" align="baseline">
      <Badge variant="outline" tt="none" radius="sm">
        {t(`activity.kind.${entry.kind}`)}
      </Badge>
      {entry.expert && (
        <Anchor component={Link} to={`/experts/${entry.expert.id}`}>
          {entry.expert.fullName}
        </Anchor>
      )}
      {/* Anonymous visitors get profile events without the person (DESIGN §8): say who in general. */}
      {!entry.expert && aboutProfile && <Text span>{t('activity.memberOnly')}</Text>}
      {(entry.expert || aboutProfile) && entry.organisation && (
        <Text span aria-hidden>
          ·
        </Text>
      )}
      {entry.organisation && (
        <Anchor component={Link} to={`/organisations/${entry.organisation.id}`}>
          {entry.organisation.name}
        </Anchor>
      )}
      {!entry.expert && !entry.organisation && !aboutProfile && <Text size="sm">{t('activity.hidden')}</Text>}
      <Text size="sm" c="dimmed">
        <RelativeTime iso={entry.occurredAt} now={now} />
      </Text>
    </Group>
  );
}
