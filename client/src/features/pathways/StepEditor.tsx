import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Textarea } from '@mantine/core';
import { CHAIN_ROLES, PATHWAY_STEP_TEXT_MAX, type ChainRole, type GuardrailConfirmation, type PublishedContacts } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { vocabKeys } from '../../app/vocab';
import { FieldGuardrail } from '../guardrail/FieldGuardrail';
import { oneOf, type StepDraft } from './stepDraft';
import { StepResourcesEditor } from './StepResourcesEditor';

interface StepEditorProps {
  step: StepDraft;
  index: number;
  count: number;
  organisations: readonly { id: string; name: string }[];
  errors: Record<string, string>;
  /** The form's guardrail confirmations, shared by every free text of the pathway and sent with the save. */
  guard: {
    confirmations: readonly GuardrailConfirmation[];
    onConfirmationsChange: (confirmations: GuardrailConfirmation[]) => void;
    publishedContacts: PublishedContacts;
  };
  onChange: (step: StepDraft) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

const CHAIN_ROLE_KEYS = vocabKeys('roles').filter((key): key is ChainRole => key in CHAIN_ROLES);

// One step's fields. Errors come back from the server by field (`steps.2.organisationId`). The server checks every
// step's texts on each save, so the guardrail looks at them all, not only the ones changed.
export function StepEditor({ step, index, count, organisations, errors, guard, onChange, onMove, onRemove }: StepEditorProps) {
  const { t } = useTranslation();
  const position = index + 1;
  const error = (field: string) => errors[`steps.${index}.${field}`];
  const set = (fields: Partial<StepDraft>) => onChange({ ...step, ...fields });
  return (
    <Fieldset legend={t('pathway.editor.step', { position })}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('pathway.editor.stage')}
          value={step.stage}
          data={vocabKeys('nrmStages').map((key) => ({ value: key, label: t(`vocab.nrmStages.${key}`) }))}
          onChange={(event) => {
            const stage = event.currentTarget.value;
            if (oneOf(vocabKeys('nrmStages'), stage)) set({ stage });
          }}
          error={error('position')}
        />
        <NativeSelect
          label={t('pathway.editor.organisation')}
          value={step.organisationId}
          data={[{ value: '', label: t('pathway.editor.organisationNone') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={(event) => set({ organisationId: event.currentTarget.value })}
          error={error('organisationId')}
        />
        <NativeSelect
          label={t('pathway.editor.chainRole')}
          value={step.chainRole}
          data={[{ value: '', label: '—' }, ...CHAIN_ROLE_KEYS.map((key) => ({ value: key, label: t(`vocab.roles.${key}`) }))]}
          onChange={(event) => {
            const role = event.currentTarget.value;
            if (role === '' || oneOf(CHAIN_ROLE_KEYS, role)) set({ chainRole: role });
          }}
        />
        <Checkbox
          mt="xl"
          label={t('pathway.editor.refersToNational')}
          checked={step.refersToNational}
          onChange={(event) => set({ refersToNational: event.currentTarget.checked })}
        />
      </SimpleGrid>
      <Textarea
        mt="sm"
        label={t('pathway.editor.action')}
        required
        autosize
        minRows={2}
        maxLength={PATHWAY_STEP_TEXT_MAX}
        value={step.action}
        onChange={(event) => set({ action: event.currentTarget.value })}
        error={error('action')}
      />
      <FieldGuardrail
        label={`${t('pathway.editor.step', { position })}: ${t('pathway.editor.action')}`}
        text={step.action}
        onTextChange={(action) => set({ action })}
        {...guard}
      />
      <Textarea
        mt="sm"
        label={t('pathway.editor.handOver')}
        autosize
        minRows={1}
        maxLength={PATHWAY_STEP_TEXT_MAX}
        value={step.handOver}
        onChange={(event) => set({ handOver: event.currentTarget.value })}
        error={error('handOver')}
      />
      <FieldGuardrail
        label={`${t('pathway.editor.step', { position })}: ${t('pathway.editor.handOver')}`}
        text={step.handOver}
        onTextChange={(handOver) => set({ handOver })}
        {...guard}
      />
      <StepResourcesEditor
        resources={step.resources}
        position={position}
        error={error('resourceIds')}
        onChange={(resources) => set({ resources })}
      />
      <Checkbox.Group
        mt="sm"
        label={t('pathway.editor.targetGroups')}
        value={step.targetGroups}
        onChange={(value) => set({ targetGroups: value.filter((v) => oneOf(vocabKeys('targetGroups'), v)) })}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} mt={4}>
          {vocabKeys('targetGroups').map((key) => (
            <Checkbox key={key} value={key} label={t(`vocab.targetGroups.${key}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Group mt="sm" gap="xs">
        <Button size="xs" variant="outline" disabled={index === 0} onClick={() => onMove(index - 1)}>
          {t('pathway.editor.moveUp', { position })}
        </Button>
        <Button size="xs" variant="outline" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
          {t('pathway.editor.moveDown', { position })}
        </Button>
        <Button size="xs" variant="outline" color="red.9" onClick={onRemove}>
          {t('pathway.editor.removeStep', { position })}
        </Button>
      </Group>
    </Fieldset>
  );
}
