import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactPreview } from './ContactPreview';
import { CONTACT_FIELDS, CONTACT_VISIBILITIES, type ContactField, type ProfileValues } from './profileValues';

interface ContactFieldsProps {
  values: ProfileValues;
  onChange: (changes: Partial<ProfileValues>) => void;
  errors: Record<string, string>;
}

const inputProps: Record<ContactField, { type: string; autoComplete: string; inputMode?: 'tel' | 'email' }> = {
  email: { type: 'email', autoComplete: 'email', inputMode: 'email' },
  phone: { type: 'tel', autoComplete: 'tel', inputMode: 'tel' },
  messagingHandle: { type: 'text', autoComplete: 'off' },
};

// Each contact with who may see it, side by side on a laptop, one under the other on a phone.
export function ContactFields({ values, onChange, errors }: ContactFieldsProps) {
  const { t } = useTranslation();
  const visibilityOptions = CONTACT_VISIBILITIES.map((value) => ({ value, label: t(`account.profile.visibility.${value}`) }));
  return (
    <Fieldset legend={t('account.profile.contacts')} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        {CONTACT_FIELDS.map((field) => {
          const visibilityField = `${field}Visibility` as const;
          return [
            <TextInput
              key={field}
              label={t(`account.profile.contact.${field}`)}
              {...inputProps[field]}
              value={values[field]}
              onChange={(event) => onChange({ [field]: event.currentTarget.value })}
              error={errors[field]}
            />,
            <NativeSelect
              key={visibilityField}
              label={t('account.profile.visibleTo', { contact: t(`account.profile.contact.${field}`) })}
              data={visibilityOptions}
              value={values[visibilityField]}
              onChange={(event) => {
                const next = CONTACT_VISIBILITIES.find((v) => v === event.currentTarget.value);
                if (next) onChange({ [visibilityField]: next });
              }}
              description={t(`account.profile.visibilityHelp.${values[visibilityField]}`)}
              error={errors[visibilityField]}
            />,
          ];
        })}
      </SimpleGrid>
      <ContactPreview values={values} />
    </Fieldset>
  );
}
