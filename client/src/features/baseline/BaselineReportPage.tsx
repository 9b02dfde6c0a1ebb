import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { BaselineCountryReportQuery as Report } from '../../gql/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { hasErrorCode } from '../../ui/graphqlError';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { Section } from '../../ui/Section';
import { useFormat } from '../../ui/useFormat';
import { BaselineCountryReportQuery, BaselineQuestionsQuery } from './baselineDocuments';
import classes from './BaselineReport.module.css';
import { BaselineStatusBadge } from './BaselineStatusBadge';
import { useBaselineLabels } from './useBaselineLabels';

type PartSummary = Report['baselineCountryReport']['questions'][number]['parts'][number];

function PartLine({ question, part }: { question: string; part: PartSummary }) {
  const { t } = useTranslation('baseline');
  const labels = useBaselineLabels();
  const format = useFormat();
  const detail =
    part.kind === 'TEXT'
      ? t('reportText')
      : part.counts.length > 0
        ? part.counts.map((c) => `${labels.option(part.part, c.option)} ${format.number(c.count)}`).join(' · ')
        : part.total !== null
          ? t('reportRange', { total: format.number(part.total), min: format.number(part.min ?? 0), max: format.number(part.max ?? 0) })
          : t('noAnswer');
  return (
    <Text size="sm">
      <Text span fw={600}>{`${labels.part(question, part.part)}: `}</Text>
      {`${detail} (${t('reportAnswered', { count: part.answered })})`}
    </Text>
  );
}

/** Read once per page load: the report opens on this year; years since the guidelines (2015) are offered. */
const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: THIS_YEAR + 2 - 2015 }, (_, i) => String(THIS_YEAR + 1 - i));

/** /baseline/:country — a country's year, read-only, for a coordinator to hand to a ministry (prints cleanly). */
export function BaselineReportPage({ countryCode }: { countryCode: string }) {
  const { t } = useTranslation('baseline');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? THIS_YEAR);
  const code = countryCode.toUpperCase();
  const { data, error, refetch } = useQuery(BaselineCountryReportQuery, { variables: { countryCode: code, year } });
  const questions = useQuery(BaselineQuestionsQuery);
  if (error && !data) {
    if (hasErrorCode(error, 'FORBIDDEN', 'UNAUTHENTICATED')) return <NotFoundState title={t('report')} message={t('notAllowed')} />;
    if (hasErrorCode(error, 'NOT_FOUND', 'BAD_USER_INPUT'))
      return <NotFoundState title={t('report')} message={t('reportNoMunicipalities')} />;
    return <ErrorState onRetry={() => void refetch()} />;
  }
  if (!data) return <PageSkeleton />;
  const report = data.baselineCountryReport;
  const text = (key: string) => questions.data?.baselineQuestions.find((q) => q.key === key)?.question ?? key;
  return (
    <Stack gap="lg" className={classes.page}>
      <PageHeader title={t('reportTitle', { year, country: report.countryName })} intro={t('reportIntro', { count: report.counted })} />
      <Group gap="sm" align="flex-end" className={classes.noPrint}>
        <Select
          label={t('year')}
          data={YEARS}
          value={String(year)}
          allowDeselect={false}
          onChange={(v) => setParams(v ? { year: v } : {}, { replace: true })}
          maw={140}
        />
        <Button variant="outline" onClick={() => window.print()}>
          {t('print')}
        </Button>
        <Button component="a" variant="outline" href={`/export/baseline/${code}/${year}.csv`} download>
          {t('downloadCsv')}
        </Button>
        <Anchor component={Link} to={`/baseline/compare?year=${year}`}>
          {t('region.link')}
        </Anchor>
      </Group>
      <Section id="baseline-municipalities" title={t('reportMunicipalities')}>
        {report.municipalities.length === 0 ? (
          <Text>{t('reportNoMunicipalities')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table data-testid="baseline-municipalities">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('municipality')}</Table.Th>
                  <Table.Th scope="col">{t('statusLabel')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.municipalities.map((m) => (
                  <Table.Tr key={m.municipalityId}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/m/${m.municipalityId}/baseline/${year}`}>
                        {m.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <Group gap="xs">
                        <BaselineStatusBadge status={m.status} />
                        {m.submittedAt && <Text size="sm">{t('submittedOn', { date: format.dateTime(m.submittedAt) })}</Text>}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
      {report.counted > 0 &&
        report.questions.map((q) => (
          <Stack key={q.question} gap={4} className={classes.question} data-testid={`baseline-report-${q.question}`}>
            <Title order={2} size="h5">{`${q.question} · ${text(q.question)}`}</Title>
            {q.parts.map((p) => (
              <PartLine key={p.part} question={q.question} part={p} />
            ))}
          </Stack>
        ))}
    </Stack>
  );
}
