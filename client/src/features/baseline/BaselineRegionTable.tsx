import { Group, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BaselineQuestionsQuery, BaselineRegionComparisonQuery } from '../../gql/graphql';
import { useFormat } from '../../ui/useFormat';
import { AnswerBar } from './AnswerBar';
import reportClasses from './BaselineReport.module.css';
import classes from './BaselineRegion.module.css';
import { useBaselineLabels } from './useBaselineLabels';
import { countOf, isYesPartlyNo, YES_PARTLY_NO } from './yesPartlyNo';

type Row = BaselineRegionComparisonQuery['baselineRegionComparison'][number];
type Question = BaselineQuestionsQuery['baselineQuestions'][number];

/** The yes/partly/no parts in questionnaire order, each with its countries' rows (in the server's order, by name). */
function groupsOf(questions: readonly Question[], rows: readonly Row[]) {
  return questions.flatMap((q) =>
    q.parts
      .filter((p) => p.kind === 'CHOICE' && isYesPartlyNo(p.options))
      .map((p) => ({ question: q, part: p.key, rows: rows.filter((r) => r.question === q.key && r.part === p.key) }))
      .filter((group) => group.rows.length > 0),
  );
}

/** Per yes/partly/no question and country: how many municipalities answered each, in numbers and as a bar. */
export function BaselineRegionTable({ year, questions, rows }: { year: number; questions: readonly Question[]; rows: readonly Row[] }) {
  const { t } = useTranslation('baseline');
  const labels = useBaselineLabels();
  const format = useFormat();
  const captionId = useId();
  const cell = (count: number | null) => (count === null ? t('noAnswer') : format.number(count));
  return (
    <>
      <Group gap="md" aria-hidden="true">
        {YES_PARTLY_NO.map((option) => (
          <Text key={option} size="sm">
            <span className={`${classes.legend} ${classes[option]}`} />
            {t(`option.${option}`)}
          </Text>
        ))}
      </Group>
      {/* Scrolls sideways on a phone; focusable so the keyboard scrolls it too (it holds nothing else to focus). */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus */}
      <section className={reportClasses.scroll} aria-labelledby={captionId} tabIndex={0}>
        <Table miw={600} data-testid="baseline-region">
          <Table.Caption id={captionId}>{t('region.caption', { year })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('region.country')}</Table.Th>
              {YES_PARTLY_NO.map((option) => (
                <Table.Th key={option} scope="col" className={classes.number}>
                  {t(`option.${option}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col" className={classes.number}>
                {t('region.answered')}
              </Table.Th>
              <Table.Th scope="col">{t('region.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {groupsOf(questions, rows).map(({ question, part, rows: countries }) => (
            <Table.Tbody key={`${question.key}.${part}`} className={classes.group}>
              <Table.Tr>
                <Table.Th scope="rowgroup" colSpan={6}>
                  {`${question.key} · ${question.question}: ${labels.part(question.key, part)}`}
                </Table.Th>
              </Table.Tr>
              {countries.map((row) => {
                const counts = { YES: countOf(row.counts, 'YES'), PARTLY: countOf(row.counts, 'PARTLY'), NO: countOf(row.counts, 'NO') };
                return (
                  <Table.Tr key={row.countryCode}>
                    <Table.Th scope="row" fw={400}>
                      {row.countryName}
                    </Table.Th>
                    {YES_PARTLY_NO.map((option) => (
                      <Table.Td key={option} className={classes.number}>
                        {cell(counts[option])}
                      </Table.Td>
                    ))}
                    <Table.Td className={classes.number}>
                      {t('region.answeredOf', { answered: format.number(row.answered), counted: format.number(row.counted) })}
                    </Table.Td>
                    <Table.Td>
                      <AnswerBar counts={counts} counted={row.counted} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          ))}
        </Table>
      </section>
    </>
  );
}
