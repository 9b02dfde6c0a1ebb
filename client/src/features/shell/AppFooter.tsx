import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { INFO_PAGES } from '../info/infoSlugs';
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
      <nav aria-label={t('footer.linksLabel')}>
        <Group component="ul" gap="md" mt="xs" className={classes.links}>
          {INFO_PAGES.map((slug) => (
            <li key={slug}>
              <Anchor component={Link} to={`/${slug}`} size="sm">
                {t(`footer.links.${slug}`)}
              </Anchor>
            </li>
          ))}
        </Group>
      </nav>
    </footer>
  );
}
