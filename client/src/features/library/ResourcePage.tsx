import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { vocabLabelKey } from '../../app/vocab';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { DocumentTitle } from '../../ui/DocumentTitle';
import { ErrorState } from '../../ui/ErrorState';
import { FactList } from '../../ui/FactList';
import { FormAlert } from '../../ui/FormAlert';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { ResourceNotFound } from './ResourceNotFound';
import { TagList } from '../../ui/TagList';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { useFormat } from '../../ui/useFormat';
import { DeleteResourceMutation, RecommendResourceMutation, ResourcePageQuery } from './libraryDocuments';
import { fileSize, placeLabel } from './resourceLabels';
import { useState } from 'react';
import { ResourceLinks } from './ResourceLinks';

/** One resource: what it is, its file or link, who may read it, and the members' recommendations. */
export function ResourcePage({ id, notice }: { id: string; notice?: string }) {
  const { t, i18n } = useTranslation('library');
  const { t: tApp } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(ResourcePageQuery, { variables: { id } });
  const [recommend, recommending] = useMutation(RecommendResourceMutation);
  const [remove] = useMutation(DeleteResourceMutation);
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const resource = data?.resource;
  if (!resource) return <ResourceNotFound />;

  const toggleRecommendation = () =>
    recommend({ variables: { id: resource.id, recommended: !resource.viewerRecommends } }).catch((cause: unknown) =>
      setFailure(errorMessage(cause)),
    );
  return (
    <Stack gap="lg">
      <DocumentTitle page={resource.title} />
      {notice && <FormAlert kind="success">{notice}</FormAlert>}
      {failure && <FormAlert kind="error">{failure}</FormAlert>}
      <Anchor component={Link} to="/library" size="sm">
        {t('page.back')}
      </Anchor>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light" tt="none" radius="sm">
            {t(`kind.${resource.kind}`)}
          </Badge>
          <Badge variant="outline" tt="none" radius="sm">
            {t(`visibility.${resource.visibility}`)}
          </Badge>
        </Group>
        <Title order={1}>{resource.title}</Title>
        {resource.summary && <Text style={{ whiteSpace: 'pre-line' }}>{resource.summary}</Text>}
      </Stack>
      <Group>
        {resource.file && (
          <Button component="a" href={resource.file.downloadUrl} download={resource.file.fileName}>
            {t('page.download', { name: resource.file.fileName, size: fileSize(resource.file.size, i18n.resolvedLanguage ?? 'en') })}
          </Button>
        )}
        {resource.url && (
          <Button component="a" href={resource.url} target="_blank" rel="noopener noreferrer">
            {t('page.open')}
          </Button>
        )}
      </Group>
      {resource.file?.textIndexed && <Text size="sm">{t('page.textIndexed')}</Text>}
      <FactList
        label={t('page.facts')}
        facts={[
          { key: 'scope', label: t('page.scope'), value: `${t(`level.${resource.level}`)} · ${placeLabel(t, resource)}` },
          { key: 'visibility', label: t('page.visibility'), value: t(`visibilityHint.${resource.visibility}`) },
          { key: 'languages', label: t('page.languages'), value: resource.languages.map(format.languageName).join(', ') },
          { key: 'year', label: t('page.year'), value: resource.year },
          { key: 'publisher', label: t('page.publisher'), value: resource.publisher },
          {
            key: 'forms',
            label: t('page.forms'),
            value: resource.formsOfExploitation.map((form) => tApp(vocabLabelKey('formsOfExploitation', form))).join(', '),
          },
          {
            key: 'groups',
            label: t('page.targetGroups'),
            value: resource.targetGroups.map((group) => tApp(vocabLabelKey('targetGroups', group))).join(', '),
          },
          { key: 'added', label: t('page.added'), value: format.dateTime(resource.createdAt) },
          ...(resource.updatedAt !== resource.createdAt
            ? [{ key: 'updated', label: t('page.updated'), value: format.dateTime(resource.updatedAt) }]
            : []),
        ]}
      />
      {resource.tags.length > 0 && <TagList label={t('page.tags')} tags={resource.tags.map((tag) => ({ key: tag, label: tag }))} />}
      <Group>
        <Text aria-live="polite">{t('page.recommendations', { count: resource.recommendations })}</Text>
        {resource.viewerCan.recommend && (
          <Button
            variant={resource.viewerRecommends ? 'outline' : 'filled'}
            loading={recommending.loading}
            aria-pressed={resource.viewerRecommends}
            onClick={() => void toggleRecommendation()}
          >
            {resource.viewerRecommends ? t('page.unrecommend') : t('page.recommend')}
          </Button>
        )}
      </Group>
      <ResourceLinks links={data.resourceLinks} />
      {(resource.viewerCan.edit || resource.viewerCan.delete) && (
        <Group>
          {resource.viewerCan.edit && (
            <Button component={Link} to={`/library/${resource.id}/edit`} variant="outline">
              {t('page.edit')}
            </Button>
          )}
          {resource.viewerCan.delete && (
            <ConfirmButton
              variant="outline"
              color="red.9"
              label={t('page.delete')}
              question={t('page.deleteConfirm')}
              confirmLabel={t('page.delete')}
              onConfirm={async () => {
                await remove({ variables: { id: resource.id }, update: (cache) => cache.evict({ fieldName: 'resources' }) });
                await navigate('/library', { state: { notice: t('page.deleted') } });
              }}
            />
          )}
        </Group>
      )}
    </Stack>
  );
}
