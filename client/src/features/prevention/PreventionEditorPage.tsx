import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { getFragmentData } from '../../gql';
import type { PreventionActivity_ActivityFragment } from '../../gql/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { PreventionEditor, type PreventionStart } from './PreventionEditor';
import { PreventionActivityFieldsFragment, PreventionActivityQuery, PreventionCountriesQuery } from './preventionDocuments';

function startOf(activity: PreventionActivity_ActivityFragment): PreventionStart {
  return {
    id: activity.id,
    version: activity.version,
    title: activity.title,
    description: activity.description,
    targetGroups: activity.targetGroups,
    formsOfExploitation: activity.formsOfExploitation,
    place: {
      level: activity.scope.level,
      countryCode: activity.scope.country?.code ?? '',
      municipalityId: activity.scope.municipality?.id ?? '',
    },
    startsOn: activity.startsOn,
    endsOn: activity.endsOn ?? '',
    peopleReached: activity.peopleReached === null || activity.peopleReached === undefined ? '' : String(activity.peopleReached),
    reachNote: activity.reachNote ?? '',
    results: activity.results ?? '',
    lessons: activity.lessons ?? '',
    partners: activity.partners,
    // A resource the editor may not read is not sent to them, so it is not kept when they save.
    materials: activity.materials.map((material) => ({
      title: material.title,
      url: material.url,
      resourceId: material.resource?.id ?? null,
    })),
    visibility: activity.visibility,
  };
}

/** `/prevention/:id/edit`: the saved activity at its version; the server refuses those who may not change it. */
export function EditPreventionPage({ id }: { id: string }) {
  const { t } = useTranslation('prevention');
  const { data, loading, error, refetch } = useQuery(PreventionActivityQuery, { variables: { id } });
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const activity = getFragmentData(PreventionActivityFieldsFragment, data?.preventionActivity);
  if (!activity) return <NotFoundState title={t('title')} message={t('activity.notFound')} />;
  return (
    <>
      <PageHeader title={t('editor.editTitle', { title: activity.title })} />
      <PreventionEditor key={`${activity.id}:${activity.version}`} start={startOf(activity)} />
    </>
  );
}

/** `/prevention/new`, or `?municipality=ID` from a municipality's page to start there. */
export function NewPreventionPage() {
  const { t } = useTranslation('prevention');
  const [params] = useSearchParams();
  // The client chooses the id once per visit, so a retried save creates the activity once.
  const [id] = useState(() => crypto.randomUUID());
  const municipalityId = params.get('municipality');
  const places = useQuery(PreventionCountriesQuery, { skip: !municipalityId });
  if (places.loading) return <PageSkeleton />;
  const municipality = places.data?.municipalities.find((candidate) => candidate.id === municipalityId);
  const start: PreventionStart = {
    id,
    version: null,
    title: '',
    description: '',
    targetGroups: [],
    formsOfExploitation: [],
    place: { level: 'LOCAL', countryCode: municipality?.country.code ?? '', municipalityId: municipality?.id ?? '' },
    startsOn: '',
    endsOn: '',
    peopleReached: '',
    reachNote: '',
    results: '',
    lessons: '',
    partners: [],
    materials: [],
    visibility: 'NETWORK',
  };
  return (
    <>
      <PageHeader title={t('editor.newTitle')} />
      <PreventionEditor key={id} start={start} />
    </>
  );
}
