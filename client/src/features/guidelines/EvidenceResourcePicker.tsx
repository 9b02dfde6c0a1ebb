import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { ResourcePicker, type PickedResource } from '../library/ResourcePicker';

interface EvidenceResourcePickerProps {
  value: PickedResource | null;
  onChange: (resource: PickedResource | null) => void;
  error?: string;
}

/** A library resource that shows the action point is in place: the chosen one with a remove button, or the picker. */
export function EvidenceResourcePicker({ value, onChange, error }: EvidenceResourcePickerProps) {
  const { t } = useTranslation('guidelines');
  return (
    <Fieldset variant="unstyled" legend={t('editor.evidenceResource')}>
      <Stack gap={4}>
        {value ? (
          <Group gap="xs">
            <Text size="sm">{value.title}</Text>
            <Button size="compact-xs" variant="subtle" onClick={() => onChange(null)}>
              {t('editor.evidenceResourceRemove', { title: value.title })}
            </Button>
          </Group>
        ) : (
          <ResourcePicker onPick={onChange} />
        )}
        {error && <FormAlert kind="error">{error}</FormAlert>}
      </Stack>
    </Fieldset>
  );
}
