import { Checkbox, Fieldset, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vocabKeys } from '../../app/vocab';
import { useLanguageOptions } from '../directory/vocabOptions';
import type { ProfileValues } from './profileValues';

interface ExpertiseFieldsProps {
  values: ProfileValues;
  onChange: (changes: Partial<ProfileValues>) => void;
  errors: Record<string, string>;
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((entry) => entry !== item);
}

// Native checkboxes in a fieldset: every option is one Tab stop with its own label.
export function ExpertiseFields({ values, onChange, errors }: ExpertiseFieldsProps) {
  const { t } = useTranslation();
  const languages = useLanguageOptions();
  return (
    <>
      <Fieldset legend={t('account.profile.languages')} variant="unstyled">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="xs" verticalSpacing="xs">
          {languages.map((option) => (
            <Checkbox
              key={option.value}
              label={option.label}
              checked={values.languages.includes(option.value)}
              onChange={(event) => onChange({ languages: toggle(values.languages, option.value, event.currentTarget.checked) })}
            />
          ))}
        </SimpleGrid>
        {errors['languages'] && (
          <Text size="sm" c="red.8" mt="xs">
            {errors['languages']}
          </Text>
        )}
      </Fieldset>
      <Fieldset legend={t('account.profile.formsOfExploitation')} variant="unstyled">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
          {vocabKeys('formsOfExploitation').map((form) => (
            <Checkbox
              key={form}
              label={t(`vocab.formsOfExploitation.${form}`)}
              checked={values.formsOfExploitation.includes(form)}
              onChange={(event) => onChange({ formsOfExploitation: toggle(values.formsOfExploitation, form, event.currentTarget.checked) })}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
