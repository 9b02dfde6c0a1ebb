import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFinderStrings } from '../../app/finderStrings';
import { vocabLabelKey } from '../../app/vocab';
import { Section } from '../../ui/Section';
import { counterpartsPath } from './counterpartsPath';
import { isCounterpartRole } from './counterpartRoles';

// "Find my counterpart in…" on a profile: one way in per role the person holds in the chain.
export function ProfileCounterparts({ roles }: { roles: readonly string[] }) {
  useFinderStrings();
  const { t } = useTranslation();
  const chainRoles = [...new Set(roles)].filter(isCounterpartRole);
  if (chainRoles.length === 0) return null;
  return (
    <Section id="expert-counterparts" title={t('counterparts.link')}>
      <Text size="sm">{t('counterparts.profileIntro')}</Text>
      <Group gap="xs">
        {chainRoles.map((role) => (
          <Button key={role} component={Link} to={counterpartsPath({ role })} variant="outline" size="sm">
            {t(vocabLabelKey('roles', role))}
          </Button>
        ))}
      </Group>
    </Section>
  );
}
