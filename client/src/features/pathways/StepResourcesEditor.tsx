import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { PATHWAY_STEP_RESOURCES_MAX } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { ResourcePicker } from '../library/ResourcePicker';

interface StepResourcesEditorProps {
  resources: readonly { id: string; title: string }[];
  position: number;
  error?: string;
  onChange: (resources: { id: string; title: string }[]) => void;
}

/** A step's library resources (its forms, guidance): the linked ones with a remove button each, and the picker. */
export function StepResourcesEditor({ resources, position, error, onChange }: StepResourcesEditorProps) {
  const { t } = useTranslation();
  return (
    <Fieldset variant="unstyled" mt="sm" legend={t('pathway.editor.resources')}>
      <Stack gap="xs">
        {resources.length === 0 && <Text size="sm">{t('pathway.editor.resourcesNone')}</Text>}
        {resources.map((resource) => (
          <Group key={resource.id} gap="xs">
            <Text size="sm">{resource.title}</Text>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red.9"
              onClick={() => onChange(resources.filter((other) => other.id !== resource.id))}
            >
              {t('pathway.editor.removeResource', { title: resource.title, position })}
            </Button>
          </Group>
        ))}
        {error && <FormAlert kind="error">{error}</FormAlert>}
        {resources.length < PATHWAY_STEP_RESOURCES_MAX && (
          <ResourcePicker exclude={resources.map((resource) => resource.id)} onPick={(resource) => onChange([...resources, resource])} />
        )}
      </Stack>
    </Fieldset>
  );
}
