import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../gql';
import { DocumentTitle } from '../../ui/DocumentTitle';
import { ErrorState } from '../../ui/ErrorState';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { useFormat } from '../../ui/useFormat';
import { MunicipalityPathwayQuery, PathwayStepFragment, PathwayVersionFragment } from './pathwayDocuments';
import { placeVariables, type PathwayPlace } from './pathwayPlace';
import classes from './PathwayPrint.module.css';

// The one-page view for front-line staff: the place, the version's date and, per step, who acts and whom to call.
export function PathwayPrint({ place, placeName }: { place: PathwayPlace; placeName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, refetch } = useQuery(MunicipalityPathwayQuery, { variables: placeVariables(place) });
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <PageSkeleton />;
  const published = data.referralPathway?.published;
  const title = `${t('pathway.title')}: ${placeName}`;
  if (!published) {
    return (
      <Stack>
        <DocumentTitle page={title} />
        <Title order={1}>{title}</Title>
        <Text>{t('pathway.none')}</Text>
      </Stack>
    );
  }
  const version = getFragmentData(PathwayVersionFragment, published);
  const steps = version.steps.map((step) => getFragmentData(PathwayStepFragment, step));
  return (
    <Stack gap="sm" className={classes.page}>
      <DocumentTitle page={title} />
      <Title order={1}>{title}</Title>
      <Text>
        {t('pathway.versionPublished', { number: version.number, date: format.dateTime(version.publishedAt ?? version.createdAt) })}
      </Text>
      <Group className={classes.noPrint}>
        <Button onClick={() => window.print()}>{t('pathway.printView.printButton')}</Button>
      </Group>
      <table className={classes.table}>
        <caption>
          <Text size="sm" ta="left">
            {t('pathway.stepsLabel')}
          </Text>
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('pathway.compareView.stage')}</th>
            <th scope="col">{t('pathway.whoActs')}</th>
            <th scope="col">{t('pathway.whatTheyDo')}</th>
            <th scope="col">{t('pathway.whomToCall')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.id}>
              <td>{step.position}</td>
              <th scope="row">{t(`vocab.nrmStages.${step.stage}`)}</th>
              <td>
                {step.organisation?.name ?? t('pathway.noOrganisation')}
                {step.chainRole && <div>{t(`vocab.roles.${step.chainRole}`)}</div>}
              </td>
              <td>
                {step.action}
                {step.handOver && (
                  <div>
                    <em>
                      {t('pathway.handOver')}: {step.handOver}
                    </em>
                  </div>
                )}
                {step.refersToNational && <div>{t('pathway.refersToNational')}</div>}
              </td>
              <td>
                {[step.organisation?.phone, step.organisation?.email].filter(Boolean).map((value) => (
                  <div key={value}>{value}</div>
                ))}
                {step.contact && <div>{[step.contact.fullName, step.contact.phone, step.contact.email].filter(Boolean).join(', ')}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text size="xs" c="dimmed">
        {t('pathway.printView.footer', { url: window.location.host })}
      </Text>
    </Stack>
  );
}
