import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useMutationForm } from '../../ui/useMutationForm';
import { PathwayEditorsPanel } from './PathwayEditorsPanel';
import { PathwayHistory } from './PathwayHistory';
import { PathwayVersionView } from './PathwayVersionView';
import { MunicipalityPathwayQuery, PathwayHistoryQuery, SetPathwayPublicMutation } from './pathwayDocuments';
import { pathwayBase, placeVariables, type PathwayPlace } from './pathwayPlace';
import { usePathwayChanges, type PathwayChange } from './usePathwayChanges';

// A pathway as a reader sees it: the published version and its gaps, what editors may do, the history.
export function PathwaySection({ place, compareWith }: { place: PathwayPlace; compareWith?: string }) {
  const { t } = useTranslation();
  // From the network each time too: the editor may have saved or published since this was cached.
  const { data, error, refetch } = useQuery(MunicipalityPathwayQuery, {
    variables: placeVariables(place),
    fetchPolicy: 'cache-and-network',
  });
  const [setPublic] = useMutation(SetPathwayPublicMutation);
  const publicity = useMutationForm((isPublic: boolean) =>
    setPublic({ variables: { input: { pathwayId: data!.referralPathway!.id, isPublic } } }),
  );
  const client = useApolloClient();
  const [refreshed, setRefreshed] = useState<number | null>(null);
  // Someone saved or published: the page reads the pathway and its history again, and says so for a publication.
  const onChange = useCallback(
    (change: PathwayChange) => {
      void client.refetchQueries({ include: [MunicipalityPathwayQuery, PathwayHistoryQuery] });
      if (change.kind === 'PUBLISHED') setRefreshed(change.number);
    },
    [client],
  );
  const current = data?.referralPathway;
  usePathwayChanges(
    current ? { id: current.id, latestVersion: current.latestVersion, publishedVersion: current.published?.number ?? null } : null,
    onChange,
  );
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <ListSkeleton />;
  const pathway = data.referralPathway;
  const base = pathwayBase(place);
  if (!pathway) {
    return <Text>{t('pathway.none')}</Text>;
  }
  const shown = pathway.published ?? pathway.draft;
  const pdfHref = pathway.published ? `/pathways/${pathway.id}.pdf` : null;
  return (
    <Stack gap="md">
      <Group gap="sm">
        {pathway.viewerCan.edit && (
          <Button component={Link} to={`${base}/edit`} variant="filled">
            {t('pathway.edit')}
          </Button>
        )}
        {pathway.published && (
          <Button component={Link} to={`${base}/print`} variant="outline">
            {t('pathway.print')}
          </Button>
        )}
        {pdfHref && (
          <Button component="a" href={pdfHref} variant="outline">
            {t('pathway.pdf')}
          </Button>
        )}
        {compareWith && (
          <Button component={Link} to={compareWith} variant="subtle">
            {t('pathway.compare')}
          </Button>
        )}
      </Group>
      {pathway.level === 'LOCAL' && (
        <Group gap="sm">
          <Text size="sm">{pathway.isPublic ? t('pathway.public') : t('pathway.membersOnly')}</Text>
          {pathway.viewerCan.setPublic && (
            <Button size="xs" variant="outline" loading={publicity.pending} onClick={() => void publicity.submit(!pathway.isPublic)}>
              {pathway.isPublic ? t('pathway.makeMembersOnly') : t('pathway.makePublic')}
            </Button>
          )}
        </Group>
      )}
      {publicity.message && <FormAlert kind="error">{publicity.message}</FormAlert>}
      {refreshed !== null && <FormAlert kind="success">{t('pathway.live.refreshed', { number: refreshed })}</FormAlert>}
      {pathway.draft && pathway.published && pathway.draft.number !== pathway.published.number && (
        <Text size="sm">
          {t('pathway.draftNotice', { number: pathway.draft.number, published: pathway.published.number })}{' '}
          <Anchor component={Link} to={`${base}/edit`}>
            {t('pathway.edit')}
          </Anchor>
        </Text>
      )}
      {shown ? (
        <PathwayVersionView version={shown} countryCode={pathway.countryCode} idPrefix="pathway" />
      ) : (
        <Text>{t('pathway.none')}</Text>
      )}
      {pathway.viewerCan.nameEditors && 'municipalityId' in place && <PathwayEditorsPanel municipalityId={place.municipalityId} />}
      <PathwayHistory place={place} />
    </Stack>
  );
}
