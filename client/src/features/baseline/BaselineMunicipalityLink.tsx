import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../ui/Section';
import { useBaselineStrings } from './baselineStrings';

/** The municipality page's small way into its baseline assessment (beside, not inside, the guideline progress slot). */
export function BaselineMunicipalityLink({ municipalityId }: { municipalityId: string }) {
  useBaselineStrings();
  const { t } = useTranslation('baseline');
  return (
    <Section id="municipality-baseline" title={t('title')}>
      <Text size="sm">{t('municipalityLinkHint')}</Text>
      <Anchor component={Link} to={`/m/${municipalityId}/baseline`}>
        {t('municipalityLink')}
      </Anchor>
    </Section>
  );
}
