import { useQuery } from '@apollo/client/react';
import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { useErrorMessage } from '../../ui/useErrorMessage';
import classes from './PostCard.module.css';
import { PreviewPostQuery } from './replyDocuments';

/** The reply as it would be posted: rendered and sanitised by the server, with the author's rights (mentions, quotes). */
export function PostPreview({ threadId, source }: { threadId: string; source: string }) {
  const { t } = useTranslation('thread');
  const errorMessage = useErrorMessage();
  const empty = source.trim() === '';
  const { data, loading, error } = useQuery(PreviewPostQuery, {
    variables: { threadId, source },
    skip: empty,
    fetchPolicy: 'network-only',
  });
  if (empty) return <Text c="dimmed">{t('reply.nothingToPreview')}</Text>;
  if (loading) return <Loader size="sm" aria-label={t('reply.previewLoading')} />;
  if (error) return <FormAlert kind="error">{errorMessage(error, { fields: [] })}</FormAlert>;
  // Sanitised on the server with the same allow-list as posts (server/src/core/content/markdown.ts).
  return <section className={classes.body} aria-label={t('reply.preview')} dangerouslySetInnerHTML={{ __html: data?.previewPost ?? '' }} />;
}
