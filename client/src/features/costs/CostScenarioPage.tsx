import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../ui/ErrorState';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { CostScenarioEditor, startOf, type CostScenarioStart } from './CostScenarioEditor';
import { getFragmentData } from '../../gql';
import { CostScenarioFieldsFragment, CostScenarioQuery, CostTemplatesQuery } from './costDocuments';

const EMPTY: Omit<CostScenarioStart, 'id'> = {
  version: null,
  mine: true,
  title: '',
  summary: '',
  countryCode: 'LV',
  municipalityId: null,
  currency: 'EUR',
  priceYear: new Date().getFullYear(),
  shared: false,
  templateKey: null,
  lines: [],
};

/** `/costs/:id` edits (or, shared by another member, shows) a scenario; `/costs/new` starts one. */
export function CostScenarioPage() {
  const { id } = useParams();
  return id ? <SavedScenario id={id} /> : <NewScenario />;
}

function SavedScenario({ id }: { id: string }) {
  const { t } = useTranslation('costs');
  const { data, loading, error, refetch } = useQuery(CostScenarioQuery, { variables: { id } });
  if (loading && !data) return <PageSkeleton />;
  if (error) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  const scenario = getFragmentData(CostScenarioFieldsFragment, data?.costScenario);
  if (!scenario) return <NotFoundState title={t('title')} message={t('editor.notFound')} />;
  return (
    <>
      <PageHeader title={scenario.title} />
      <CostScenarioEditor key={scenario.id} start={startOf(scenario)} />
    </>
  );
}

/** A new scenario from a template (`?template=KEY`), a copy of a shared one (`?from=ID`), or empty. */
function NewScenario() {
  const { t } = useTranslation('costs');
  const [params] = useSearchParams();
  const [id] = useState(() => crypto.randomUUID());
  const templateKey = params.get('template');
  const from = params.get('from');
  const templates = useQuery(CostTemplatesQuery, { skip: !templateKey });
  const copied = useQuery(CostScenarioQuery, { variables: { id: from ?? '' }, skip: !from });
  if (templates.loading || copied.loading) return <PageSkeleton />;
  const template = templates.data?.costTemplates.find((candidate) => candidate.key === templateKey);
  const source = getFragmentData(CostScenarioFieldsFragment, copied.data?.costScenario);
  let start: CostScenarioStart = { ...EMPTY, id };
  if (template)
    start = {
      ...start,
      title: template.title,
      summary: template.summary,
      countryCode: template.countryCode,
      municipalityId: null,
      currency: template.currency,
      priceYear: template.priceYear,
      templateKey: template.key,
      lines: template.lines,
    };
  else if (source) start = { ...startOf(source), id, version: null, mine: true, shared: false, title: source.title };
  return (
    <>
      <PageHeader title={t('editor.newTitle')} />
      <CostScenarioEditor key={id} start={start} />
    </>
  );
}
