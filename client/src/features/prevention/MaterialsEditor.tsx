import { ActionIcon, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { PREVENTION_MATERIALS_MAX, PREVENTION_MATERIAL_TITLE_MAX, URL_MAX } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResourcePicker } from '../library/ResourcePicker';

export interface MaterialDraft {
  key: string;
  title: string;
  url: string;
  /** A library resource (its title is the library's): the server stores only the id. */
  resourceId: string | null;
}

interface MaterialsEditorProps {
  materials: readonly MaterialDraft[];
  onChange: (materials: MaterialDraft[]) => void;
  errors: Record<string, string>;
}

/** The materials, one row each: a resource of the library, or a link with a title and a web address. */
export function MaterialsEditor({ materials, onChange, errors }: MaterialsEditorProps) {
  const { t } = useTranslation('prevention');
  const set = (index: number, change: Partial<MaterialDraft>) =>
    onChange(materials.map((material, i) => (i === index ? { ...material, ...change } : material)));
  const removeButton = (index: number) => (
    <ActionIcon
      variant="outline"
      color="red.9"
      aria-label={t('editor.removeMaterial', { number: index + 1 })}
      onClick={() => onChange(materials.filter((_, i) => i !== index))}
    >
      ×
    </ActionIcon>
  );
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={500} size="sm">
        {t('editor.materials')}
      </Text>
      <Text size="sm">{t('editor.materialsHint')}</Text>
      {materials.map((material, index) =>
        material.resourceId ? (
          <Group key={material.key} align="center" wrap="nowrap" gap="xs">
            <Text size="sm" style={{ flex: 1 }}>
              <Anchor component={Link} to={`/library/${material.resourceId}`}>
                {t('editor.libraryMaterial', { number: index + 1, title: material.title })}
              </Anchor>
            </Text>
            {errors[`materials.${index}.resourceId`] && (
              <Text size="sm" c="red.9">
                {errors[`materials.${index}.resourceId`]}
              </Text>
            )}
            {removeButton(index)}
          </Group>
        ) : (
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
            <Stack mt={28}>{removeButton(index)}</Stack>
          </Group>
        ),
      )}
      {materials.length < PREVENTION_MATERIALS_MAX && (
        <Group>
          <Button
            variant="outline"
            onClick={() => onChange([...materials, { key: crypto.randomUUID(), title: '', url: '', resourceId: null }])}
          >
            {t('editor.addMaterial')}
          </Button>
        </Group>
      )}
      {materials.length < PREVENTION_MATERIALS_MAX && (
        <Stack gap={4} component="section" aria-label={t('editor.addFromLibrary')}>
          <Text size="sm" fw={500}>
            {t('editor.addFromLibrary')}
          </Text>
          <ResourcePicker
            exclude={materials.flatMap((material) => (material.resourceId ? [material.resourceId] : []))}
            onPick={(resource) =>
              onChange([...materials, { key: crypto.randomUUID(), title: resource.title, url: '', resourceId: resource.id }])
            }
          />
        </Stack>
      )}
    </Stack>
  );
}
