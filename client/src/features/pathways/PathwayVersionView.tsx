import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../gql';
import { Section } from '../../ui/Section';
import { useFormat } from '../../ui/useFormat';
import { PathwayGapList } from './PathwayGapList';
import { PathwayStepCard } from './PathwayStepCard';
import { PathwayVersionFragment } from './pathwayDocuments';
import classes from './Pathway.module.css';

// A version's steps in order, then its gaps.
export function PathwayVersionView({
  version,
  countryCode,
  idPrefix,
}: {
  version: FragmentType<typeof PathwayVersionFragment>;
  countryCode: string;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = getFragmentData(PathwayVersionFragment, version);
  return (
    <Stack gap="md">
      <Text c="dimmed">
        {data.publishedAt
          ? t('pathway.versionPublished', { number: data.number, date: format.dateTime(data.publishedAt) })
          : `${t('pathway.version', { number: data.number })} (${t('pathway.unpublished')})`}
      </Text>
      <ol className={classes.steps} aria-label={t('pathway.stepsLabel')}>
        {data.steps.map((step) => (
          <li key={step.id} className={classes.step}>
            <PathwayStepCard step={step} countryCode={countryCode} />
          </li>
        ))}
      </ol>
      <Section id={`${idPrefix}-gaps`} title={t('pathway.gaps.title')}>
        <PathwayGapList gaps={data.gaps} />
      </Section>
    </Stack>
  );
}
