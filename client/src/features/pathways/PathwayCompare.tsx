import { useQuery } from '@apollo/client/react';
import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { vocabKeys } from '../../app/vocab';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { PathwayStepCard } from './PathwayStepCard';
import { MunicipalityPathwayQuery, PathwayVersionFragment } from './pathwayDocuments';
import { placeVariables, type PathwayPlace } from './pathwayPlace';
import classes from './Pathway.module.css';

export interface ComparedPlace {
  place: PathwayPlace;
  name: string;
  countryCode: string;
}

function usePublished(place: PathwayPlace) {
  const { data, error, refetch } = useQuery(MunicipalityPathwayQuery, { variables: placeVariables(place) });
  const version = data?.referralPathway?.published;
  return {
    loading: !data && !error,
    error: error && !data ? error : null,
    refetch,
    steps: version ? getFragmentData(PathwayVersionFragment, version).steps : null,
  };
}

// Two published pathways side by side, one row per NRM stage: where one names an actor and the other has none.
export function PathwayCompare({ left, right }: { left: ComparedPlace; right: ComparedPlace }) {
  const { t } = useTranslation();
  const a = usePublished(left.place);
  const b = usePublished(right.place);
  if (a.error || b.error) return <ErrorState onRetry={() => void Promise.all([a.refetch(), b.refetch()])} />;
  if (a.loading || b.loading) return <ListSkeleton />;
  const sides = [
    { ...left, steps: a.steps },
    { ...right, steps: b.steps },
  ];
  return (
    <Stack gap="sm">
      {sides
        .filter((side) => side.steps === null)
        .map((side) => (
          <Text key={side.name}>{t('pathway.compareView.missing', { place: side.name })}</Text>
        ))}
      <table className={classes.compare}>
        <caption>
          <VisuallyHidden>{`${left.name} / ${right.name}`}</VisuallyHidden>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('pathway.compareView.stage')}</th>
            {sides.map((side) => (
              <th scope="col" key={side.name}>
                {side.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {vocabKeys('nrmStages').map((stage) => (
            <tr key={stage}>
              <th scope="row">{t(`vocab.nrmStages.${stage}`)}</th>
              {sides.map((side) => {
                const here = (side.steps ?? []).filter((step) => step.stage === stage);
                return (
                  <td key={side.name}>
                    <Text size="xs" c="dimmed" hiddenFrom="sm">
                      {side.name}
                    </Text>
                    {here.length === 0 ? (
                      <Text c="red.9">{t('pathway.compareView.nothing')}</Text>
                    ) : (
                      <Stack gap="sm">
                        {here.map((step) => (
                          <PathwayStepCard key={step.id} step={step} countryCode={side.countryCode} />
                        ))}
                      </Stack>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Stack>
  );
}
