import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { PREVENTION_MATERIALS_MAX, PREVENTION_MATERIAL_TITLE_MAX, URL_MAX } from '@strom/shared';
import { useTranslation } from 'react-i18next';

export interface MaterialDraft {
  key: string;
  title: string;
  url: string;
}

interface MaterialsEditorProps {
  materials: readonly MaterialDraft[];
  onChange: (materials: MaterialDraft[]) => void;
  errors: Record<string, string>;
}

/** The materials as links, one row each: a title and a web address (the library's resources replace them later). */
export function MaterialsEditor({ materials, onChange, errors }: MaterialsEditorProps) {
  const { t } = useTranslation('prevention');
  const set = (index: number, change: Partial<MaterialDraft>) =>
    onChange(materials.map((material, i) => (i === index ? { ...material, ...change } : material)));
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={500} size="sm">
        {t('editor.materials')}
      </Text>
      <Text size="sm">{t('editor.materialsHint')}</Text>
      {materials.map((material, index) => (
        <Group key={material.key} align="flex-start" wrap="wrap" gap="xs">
          <TextInput
            style={{ flex: '1 1 12rem' }}
            label={t('editor.materialTitle', { number: index + 1 })}
            maxLength={PREVENTION_MATERIAL_TITLE_MAX}
            value={material.title}
            error={errors[`materials.${index}.title`]}
            onChange={(event) => set(index, { title: event.currentTarget.value })}
          />
          <TextInput
            style={{ flex: '2 1 16rem' }}
            label={t('editor.materialUrl', { number: index + 1 })}
            type="url"
            maxLength={URL_MAX}
            value={material.url}
            error={errors[`materials.${index}.url`]}
            onChange={(event) => set(index, { url: event.currentTarget.value })}
          />
          <ActionIcon
            mt={28}
            variant="outline"
            color="red.9"
            aria-label={t('editor.removeMaterial', { number: index + 1 })}
            onClick={() => onChange(materials.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {materials.length < PREVENTION_MATERIALS_MAX && (
        <Group>
          <Button variant="outline" onClick={() => onChange([...materials, { key: crypto.randomUUID(), title: '', url: '' }])}>
            {t('editor.addMaterial')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
