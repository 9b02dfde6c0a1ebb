import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { getFragmentData } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ErrorState } from '../../ui/ErrorState';
import { FactList } from '../../ui/FactList';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { Section } from '../../ui/Section';
import { TagList } from '../../ui/TagList';
import { useFormat } from '../../ui/useFormat';
import { DeletePreventionActivityMutation, PreventionActivityFieldsFragment, PreventionActivityQuery } from './preventionDocuments';
import { usePreventionFormat } from './preventionFormat';

/** A text as its author wrote it: paragraphs apart where they left a blank line. */
const paragraphs = (text: string) => text.split(/\n{2,}/).map((paragraph, i) => <Text key={i}>{paragraph}</Text>);

/** `/prevention/:id`: one activity, with edit and delete for those the server lets; visitors read the public ones. */
export function PreventionActivityView({ id, visitor = false }: { id: string; visitor?: boolean }) {
  const { t } = useTranslation('prevention');
  const { t: tv } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const describe = usePreventionFormat();
  const { data, loading, error, refetch } = useQuery(PreventionActivityQuery, { variables: { id } });
  const [remove] = useMutation(DeletePreventionActivityMutation);
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const activity = getFragmentData(PreventionActivityFieldsFragment, data?.preventionActivity);
  if (!activity) return <NotFoundState title={t('title')} message={visitor ? t('activity.notFoundVisitor') : t('activity.notFound')} />;
  const municipality = activity.scope.municipality;

  return (
    <Stack gap="lg">
      <PageHeader title={activity.title} />
      {activity.visibility === 'PUBLIC' && !visitor && (
        <Group>
          <Badge variant="outline" color="dark">
            {t('activity.public')}
          </Badge>
        </Group>
      )}
      <Anchor component={Link} to="/prevention">
        {t('activity.back')}
      </Anchor>
      <FactList
        facts={[
          {
            key: 'place',
            label: t('activity.place'),
            value: municipality ? (
              <Anchor component={Link} to={`/m/${municipality.id}`}>
                {describe.place(activity)}
              </Anchor>
            ) : (
              describe.place(activity)
            ),
          },
          { key: 'period', label: t('activity.period'), value: describe.period(activity) },
          {
            key: 'reach',
            label: t('activity.reach'),
            value:
              activity.peopleReached === null || activity.peopleReached === undefined
                ? t('activity.reachUnknown')
                : [format.number(activity.peopleReached), activity.reachNote].filter(Boolean).join(' · '),
          },
        ]}
      />
      <TagList
        label={t('activity.targetGroups')}
        tags={activity.targetGroups.map((group) => ({ key: group, label: tv(`vocab.targetGroups.${group}`) }))}
      />
      <TagList
        label={t('activity.forms')}
        tags={activity.formsOfExploitation.map((form) => ({ key: form, label: tv(`vocab.formsOfExploitation.${form}`) }))}
      />
      <Section id="prevention-what" title={t('activity.what')}>
        {paragraphs(activity.description)}
      </Section>
      {activity.results && (
        <Section id="prevention-results" title={t('activity.results')}>
          {paragraphs(activity.results)}
        </Section>
      )}
      {activity.lessons && (
        <Section id="prevention-lessons" title={t('activity.lessons')}>
          {paragraphs(activity.lessons)}
        </Section>
      )}
      <Section id="prevention-partners" title={t('activity.partners')}>
        {activity.partners.length === 0 ? (
          <Text>{t('activity.noPartners')}</Text>
        ) : (
          <List>
            {activity.partners.map((partner) => (
              <List.Item key={partner.id}>
                <Anchor component={Link} to={`/organisations/${partner.id}`}>
                  {partner.name}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section id="prevention-materials" title={t('activity.materials')}>
        {activity.materials.length === 0 ? (
          <Text>{t('activity.noMaterials')}</Text>
        ) : (
          <List>
            {activity.materials.map((material, i) => (
              <List.Item key={i}>
                {material.resource ? (
                  <>
                    <Anchor component={Link} to={material.url}>
                      {material.title}
                    </Anchor>{' '}
                    <Text span size="sm">
                      ({t('activity.libraryResource')})
                    </Text>
                  </>
                ) : (
                  <Anchor href={material.url} target="_blank" rel="noopener noreferrer">
                    {material.title}
                  </Anchor>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Text size="sm">
        {[
          activity.authorName && t('activity.addedBy', { name: activity.authorName }),
          t('activity.updated', { when: format.dateTime(activity.updatedAt) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <Group>
        {activity.viewerCan.edit && (
          <Button component={Link} to={`/prevention/${activity.id}/edit`}>
            {t('activity.edit')}
          </Button>
        )}
        {activity.viewerCan.delete && (
          <ConfirmButton
            variant="outline"
            color="red"
            label={t('activity.delete')}
            question={t('activity.deleteConfirm')}
            confirmLabel={t('activity.delete')}
            onConfirm={async () => {
              await remove({ variables: { id: activity.id }, update: (cache) => cache.evict({ id: `PreventionActivity:${activity.id}` }) });
              await navigate('/prevention', { state: { notice: t('activity.deleted') } });
            }}
          />
        )}
      </Group>
    </Stack>
  );
}
