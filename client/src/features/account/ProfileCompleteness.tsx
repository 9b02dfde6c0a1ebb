import { Progress, Stack, Text } from '@mantine/core';
import { missingProfileFields, PROFILE_REQUIRED_FIELDS } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import type { ProfileValues } from './profileValues';

/**
 * How complete the profile is, from the rule the server uses to announce it (`missingProfileFields` in
 * @strom/shared), updated as the member types: what is still missing before colleagues are told it is there.
 */
export function ProfileCompleteness({ values }: { values: ProfileValues }) {
  const { t } = useTranslation();
  const missing = missingProfileFields(values);
  const done = PROFILE_REQUIRED_FIELDS.length - missing.length;
  const names = missing.map((field) => t(`account.profile.required.${field}`)).join(', ');
  return (
    <Stack gap={4} aria-live="polite">
      <Progress
        value={(done / PROFILE_REQUIRED_FIELDS.length) * 100}
        aria-label={t('account.profile.completeness', { done, total: PROFILE_REQUIRED_FIELDS.length })}
        size="sm"
      />
      <Text size="sm">
        {missing.length === 0
          ? t('account.profile.complete')
          : t('account.profile.incomplete', { done, total: PROFILE_REQUIRED_FIELDS.length, missing: names })}
      </Text>
    </Stack>
  );
}
