import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../gql';
import { ResourceCardFragment } from './libraryDocuments';
import { placeLabel } from './resourceLabels';

/** One resource in a list: what it is, where it applies, a file or a link, and how many recommend it. */
export function ResourceCard({ resource }: { resource: FragmentType<typeof ResourceCardFragment> }) {
  const { t } = useTranslation('library');
  const node = getFragmentData(ResourceCardFragment, resource);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" tt="none" radius="sm">
          {t(`kind.${node.kind}`)}
        </Badge>
        {node.visibility === 'PUBLIC' && (
          <Badge variant="outline" tt="none" radius="sm">
            {t('visibility.PUBLIC')}
          </Badge>
        )}
      </Group>
      <Anchor component={Link} to={`/library/${node.id}`} fw={600}>
        {node.title}
      </Anchor>
      {node.summary && (
        <Text size="sm" lineClamp={2}>
          {node.summary}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {[
          placeLabel(t, node),
          node.year,
          node.publisher,
          node.file ? t('list.file') : t('list.link'),
          node.recommendations > 0 ? t('list.recommendations', { count: node.recommendations }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Stack>
  );
}
