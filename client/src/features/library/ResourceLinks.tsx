import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResourceLinkKind } from '../../gql/graphql';
import { Section } from '../../ui/Section';

/** Where the resource is linked, as far as the reader may see those places (the server leaves out the others). */
export function ResourceLinks({ links }: { links: readonly { kind: ResourceLinkKind; id: string; title: string; path: string }[] }) {
  const { t } = useTranslation('library');
  return (
    <Section id="resource-links" title={t('page.linkedFrom')}>
      {links.length === 0 ? (
        <Text size="sm">{t('page.linkedNone')}</Text>
      ) : (
        <List>
          {links.map((link) => (
            <List.Item key={`${link.kind}:${link.id}`}>
              <Anchor component={Link} to={link.path}>
                {link.title}
              </Anchor>{' '}
              <Text span size="sm">
                ({t(`page.linkKind.${link.kind}`)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
