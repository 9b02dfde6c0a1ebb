import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../gql';
import { PathwayGapFragment } from './pathwayDocuments';

// The gaps the server computed from the steps and the directory: never typed in by an editor.
export function PathwayGapList({ gaps }: { gaps: readonly FragmentType<typeof PathwayGapFragment>[] }) {
  const { t } = useTranslation();
  const list = gaps.map((gap) => getFragmentData(PathwayGapFragment, gap));
  if (list.length === 0) return <Text>{t('pathway.gaps.none')}</Text>;
  return (
    <List spacing={4} aria-label={t('pathway.gaps.title')}>
      {list.map((gap) => {
        const stage = gap.stage ? t(`vocab.nrmStages.${gap.stage}`) : '';
        const group = gap.targetGroup ? t(`vocab.targetGroups.${gap.targetGroup}`) : '';
        const organisation = gap.organisationName ?? t('pathway.gaps.unnamed');
        return (
          <List.Item key={`${gap.kind}:${gap.stage ?? ''}:${gap.targetGroup ?? ''}:${gap.stepId ?? ''}`}>
            {t(`pathway.gaps.${gap.kind}`, { stage, group, organisation })}
          </List.Item>
        );
      })}
    </List>
  );
}
