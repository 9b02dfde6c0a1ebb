import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../ui/ErrorState';
import { hasErrorCode } from '../../ui/graphqlError';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { Section } from '../../ui/Section';
import { GuidelineRegionQuery } from './dashboardDocuments';
import classes from './HeatMap.module.css';

/** Countries compared: how far each country's tracked municipalities are, with a link to its heat map. */
export function RegionProgress() {
  const { t } = useTranslation('guidelines');
  const { data, error, refetch } = useQuery(GuidelineRegionQuery, { fetchPolicy: 'cache-and-network' });
  let body;
  if (hasErrorCode(error, 'FORBIDDEN')) body = <Text>{t('region.forbidden')}</Text>;
  else if (error && !data) body = <ErrorState onRetry={() => void refetch()} />;
  else if (!data) body = <ListSkeleton />;
  else if (data.guidelineRegionProgress.length === 0) body = <Text>{t('region.empty')}</Text>;
  else
    body = (
      // Scrolls sideways on a phone: focusable so keyboard users can scroll it too (axe: scrollable-region-focusable).
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus
      <section className={classes.scroll} tabIndex={0} aria-labelledby="region-caption">
        <Table striped>
          <Table.Caption id="region-caption">{t('region.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('region.country')}</Table.Th>
              <Table.Th scope="col">{t('region.municipalities')}</Table.Th>
              <Table.Th scope="col">{t('region.percent')}</Table.Th>
              <Table.Th scope="col">{t('region.level')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.guidelineRegionProgress.map((row) => (
              <Table.Tr key={row.countryCode}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/guidelines/${row.countryCode}`}>
                    {row.countryName}
                  </Anchor>
                </Table.Th>
                <Table.Td>{row.municipalities}</Table.Td>
                <Table.Td>{row.counts.percent === null ? '–' : `${row.counts.percent} %`}</Table.Td>
                <Table.Td>{t(`level.${row.counts.level}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    );
  const compared = data && data.guidelineRegionProgress.length > 0;
  return (
    <Section id="guidelines-region" title={t('region.title')}>
      <Stack gap="sm">
        {body}
        {compared && (
          <Anchor component={Link} to="/baseline/compare">
            {t('region.baselineLink')}
          </Anchor>
        )}
      </Stack>
    </Section>
  );
}
