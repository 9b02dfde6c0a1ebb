import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './AppFooter.module.css';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer className={classes.footer}>
      <Group gap="sm" align="center" wrap="wrap">
        <Badge color="yellow.4" autoContrast variant="filled" tt="none" data-testid="demo-data-badge">
          {t('footer.demoBadge')}
        </Badge>
        <Text size="sm">{t('footer.demoText')}</Text>
      </Group>
      <Text size="sm" c="dimmed" mt="xs">
        {t('footer.about')}
      </Text>
    </footer>
  );
}
