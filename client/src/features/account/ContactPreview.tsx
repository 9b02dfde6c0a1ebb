import { List, Stack, Text, Title } from '@mantine/core';
import { CONTACT_READERS, contactVisibleTo } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { CONTACT_FIELDS, type ProfileValues } from './profileValues';

/**
 * The member's contact details as each kind of reader would see them, from the same rule the server applies
 * (`contactVisibleTo` in @strom/shared), so "Only coordinators of my country" can be checked before saving.
 */
export function ContactPreview({ values }: { values: ProfileValues }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} mt="md" component="section" aria-labelledby="contact-preview-title">
      <Title order={3} size="h5" id="contact-preview-title">
        {t('account.profile.preview.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('account.profile.preview.intro')}
      </Text>
      <List size="sm" spacing={4}>
        {CONTACT_READERS.map((reader) => {
          const seen = CONTACT_FIELDS.filter((field) => contactVisibleTo(values[`${field}Visibility`], reader)).map(
            (field) => `${t(`account.profile.contact.${field}`)} ${values[field].trim() || t('account.profile.preview.empty')}`,
          );
          return (
            <List.Item key={reader}>
              <Text span fw={600} size="sm">
                {t(`account.profile.preview.readers.${reader}`)}
              </Text>
              {': '}
              {seen.length > 0
                ? t('account.profile.preview.sees', { contacts: seen.join(' · ') })
                : t('account.profile.preview.seesNothing')}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
