import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';

export const PostAuthorFragment = graphql(`
  fragment PostAuthor_author on PostAuthor {
    name
    expertId
    organisationName
    suspended
    former
  }
`);

/** Who wrote a post: their name (a link to their profile when the reader may open it), organisation and marks. */
export function PostAuthorLine({ author }: { author: FragmentType<typeof PostAuthorFragment> }) {
  const { t } = useTranslation('thread');
  const who = getFragmentData(PostAuthorFragment, author);
  const name = who.former ? t('author.former') : who.name;
  return (
    <Group gap={6} wrap="wrap">
      <Text fw={600} size="sm">
        {who.expertId ? <Link to={`/experts/${who.expertId}`}>{name}</Link> : name}
      </Text>
      {who.organisationName && (
        <Text size="sm" c="dimmed">
          {who.organisationName}
        </Text>
      )}
      {who.suspended && (
        <Badge size="xs" color="gray" variant="outline">
          {t('author.suspended')}
        </Badge>
      )}
    </Group>
  );
}
