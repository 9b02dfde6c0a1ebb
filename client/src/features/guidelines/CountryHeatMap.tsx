import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { GUIDELINE_STATUSES } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../../ui/DocumentTitle';
import { ErrorState } from '../../ui/ErrorState';
import { hasErrorCode } from '../../ui/graphqlError';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { useFormat } from '../../ui/useFormat';
import { GuidelineCountryQuery } from './dashboardDocuments';
import classes from './HeatMap.module.css';

/** The legend: each status's short mark in the cells, with its colour. */
function Legend() {
  const { t } = useTranslation('guidelines');
  return (
    <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('country.legend')}>
      {GUIDELINE_STATUSES.map((status) => (
        <Group component="li" key={status} gap={4}>
          <Text span className={classes.cell} data-status={status} px={6}>
            {t(`statusShort.${status}`)}
          </Text>
          <Text span size="sm">
            {t(`status.${status}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/** A country's municipalities × action points, as a table a keyboard can scroll and a screen reader can read by cell. */
export function CountryHeatMap({ countryCode }: { countryCode: string }) {
  const { t } = useTranslation('guidelines');
  const format = useFormat();
  const { data, error, refetch } = useQuery(GuidelineCountryQuery, {
    variables: { countryCode },
    // A review saved since the last visit must show: the cached map is shown at once, then refreshed.
    fetchPolicy: 'cache-and-network',
  });
  const countryName = data?.countries.find((c) => c.code === countryCode)?.name ?? countryCode;
  const title = t('country.title', { country: countryName });
  let body;
  if (hasErrorCode(error, 'FORBIDDEN')) body = <Text>{t('country.forbidden')}</Text>;
  else if (error && !data) body = <ErrorState onRetry={() => void refetch()} />;
  else if (!data) body = <PageSkeleton />;
  else if (data.guidelineCountryProgress.rows.length === 0) body = <Text>{t('country.empty')}</Text>;
  else {
    const { actionPoints, rows } = data.guidelineCountryProgress;
    body = (
      <Stack gap="sm">
        <Legend />
        {/* Scrolls sideways on a phone: focusable so keyboard users can scroll it too (axe: scrollable-region-focusable). */}
        {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus */}
        <section className={classes.scroll} tabIndex={0} aria-labelledby="heat-map-caption">
          <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={4}>
            <Table.Caption id="heat-map-caption">{t('country.heatMapCaption', { country: countryName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" className={classes.sticky}>
                  {t('country.municipality')}
                </Table.Th>
                <Table.Th scope="col">{t('country.percent')}</Table.Th>
                {actionPoints.map((point) => (
                  <Table.Th scope="col" key={point.key} title={point.label}>
                    <abbr title={point.label}>{point.key.replace('AP', '')}</abbr>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.municipality.id}>
                  <Table.Th scope="row" className={classes.sticky}>
                    <Anchor component={Link} to={`/m/${row.municipality.id}#municipality-guidelines`} size="sm">
                      {row.municipality.name}
                    </Anchor>
                    {row.lastReviewedAt && (
                      <Text size="xs" c="dimmed">
                        {format.dateTime(row.lastReviewedAt)}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{row.counts.percent === null ? '–' : `${row.counts.percent} %`}</Table.Td>
                  {row.statuses.map((status, index) => (
                    <Table.Td key={actionPoints[index]?.key ?? index} className={classes.cell} data-status={status}>
                      <span aria-hidden="true">{t(`statusShort.${status}`)}</span>
                      <VisuallyHidden>{t(`status.${status}`)}</VisuallyHidden>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <DocumentTitle page={title} />
      <Title order={1}>{title}</Title>
      <Anchor component={Link} to="/guidelines">
        {t('region.title')}
      </Anchor>
      {body}
    </Stack>
  );
}
