import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { BaselineComparisonQuery as Comparison } from '../../gql/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { hasErrorCode } from '../../ui/graphqlError';
import { NotFoundState } from '../../ui/NotFoundState';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { Section } from '../../ui/Section';
import { BaselineComparisonQuery } from './baselineDocuments';
import { BaselineStatusBadge } from './BaselineStatusBadge';
import classes from './BaselineReport.module.css';
import { useBaselineLabels } from './useBaselineLabels';

/** Read once per page load: the year to offer first and the last year that can be assessed. */
const THIS_YEAR = new Date().getFullYear();

type Answer = Comparison['baselineComparison']['rows'][number]['from'];

function AnswerCell({ answer }: { answer: Answer }) {
  const { t } = useTranslation('baseline');
  const labels = useBaselineLabels();
  if (!answer) return <>{t('noAnswer')}</>;
  return (
    <Stack gap={2}>
      {answer.parts.map((p) => (
        <Text key={p.part} size="sm">{`${labels.part(answer.question, p.part)}: ${labels.value(p)}`}</Text>
      ))}
    </Stack>
  );
}

/** /m/:id/baseline — a municipality's assessments by year, opening one, and two years compared. */
export function BaselineComparePage({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation('baseline');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState<number | string>(THIS_YEAR);
  const from = Number(params.get('from') ?? 0);
  const to = Number(params.get('to') ?? 0);
  const { data, error, refetch } = useQuery(BaselineComparisonQuery, { variables: { municipalityId, from, to } });
  if (error && !data) {
    if (hasErrorCode(error, 'FORBIDDEN', 'UNAUTHENTICATED')) return <NotFoundState title={t('title')} message={t('notAllowed')} />;
    return <ErrorState onRetry={() => void refetch()} />;
  }
  if (!data) return <PageSkeleton />;
  const comparison = data.baselineComparison;
  const counted = comparison.years.filter((y) => y.status === 'SUBMITTED' || y.status === 'ACCEPTED').map((y) => String(y.year));
  const choose = (key: 'from' | 'to', value: string | null) => {
    const next = new URLSearchParams(params);
    next.set(key, value ?? '');
    setParams(next, { replace: true });
  };
  return (
    <Stack gap="lg">
      <PageHeader
        title={`${t('title')}: ${comparison.municipalityName}`}
        intro={
          <Anchor component={Link} to={`/m/${municipalityId}`}>
            {comparison.municipalityName}
          </Anchor>
        }
      />
      <Section id="baseline-years" title={t('years')}>
        {comparison.years.length === 0 ? (
          <Text>{t('noYears')}</Text>
        ) : (
          <List>
            {comparison.years.map((y) => (
              <List.Item key={y.year}>
                <Group gap="xs">
                  <Anchor component={Link} to={`/m/${municipalityId}/baseline/${y.year}`}>
                    {y.year}
                  </Anchor>
                  <BaselineStatusBadge status={y.status} />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Group
          component="form"
          align="flex-end"
          gap="sm"
          onSubmit={(event) => {
            event.preventDefault();
            void navigate(`/m/${municipalityId}/baseline/${open}`);
          }}
        >
          <NumberInput label={t('year')} value={open} onChange={setOpen} min={2015} max={THIS_YEAR + 1} allowDecimal={false} maw={160} />
          <Button type="submit">{t('openYear')}</Button>
        </Group>
      </Section>
      <Section id="baseline-compare" title={t('compare')}>
        <Text size="sm">{t('compareHint')}</Text>
        <Group gap="sm">
          <Select
            label={t('compareFrom')}
            data={counted}
            value={from ? String(from) : null}
            onChange={(v) => choose('from', v)}
            maw={160}
          />
          <Select label={t('compareTo')} data={counted} value={to ? String(to) : null} onChange={(v) => choose('to', v)} maw={160} />
        </Group>
        {!comparison.from && !comparison.to ? (
          <Text>{t('compareEmpty')}</Text>
        ) : (
          // Scrolls sideways on a phone; focusable so the keyboard scrolls it too (it holds nothing else to focus).
          <section
            className={classes.scroll}
            aria-label={t('compareTable', { from: comparison.from?.year ?? '—', to: comparison.to?.year ?? '—' })}
            // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus
            tabIndex={0}
          >
            <Table striped miw={640} data-testid="baseline-comparison">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('question')}</Table.Th>
                  <Table.Th scope="col">{comparison.from?.year ?? t('noAnswer')}</Table.Th>
                  <Table.Th scope="col">{comparison.to?.year ?? t('noAnswer')}</Table.Th>
                  <Table.Th scope="col">{t('changed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {comparison.rows.map((row) => (
                  <Table.Tr key={row.question}>
                    <Table.Th scope="row">{row.question}</Table.Th>
                    <Table.Td>
                      <AnswerCell answer={row.from} />
                    </Table.Td>
                    <Table.Td>
                      <AnswerCell answer={row.to} />
                    </Table.Td>
                    <Table.Td>
                      {row.changed ? (
                        <Badge variant="outline" color="violet.9" tt="none">
                          {t('changed')}
                        </Badge>
                      ) : (
                        t('unchanged')
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        )}
      </Section>
    </Stack>
  );
}
