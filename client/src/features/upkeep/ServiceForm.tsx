import { Button, Checkbox, Group, MultiSelect, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { ADDRESS_MAX, DESCRIPTION_MAX, PHONE_MAX, SERVICE_CAPACITY_MAX, type GuardrailConfirmation } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vocabKeys } from '../../app/vocab';
import type { FormOfExploitation, ServiceKind, TargetGroup } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { useLanguageOptions, useVocabOptions } from '../directory/vocabOptions';
import { GuardedTextarea, useGuardedText } from './GuardedTextarea';

export interface ServiceValues {
  kind: ServiceKind;
  capacity: number | null;
  targetGroups: TargetGroup[];
  languages: string[];
  available24x7: boolean;
  formsOfExploitation: FormOfExploitation[];
  description: string | null;
  hotline: string | null;
  address: string | null;
}

export interface ServiceInputValues extends Omit<ServiceValues, 'description'> {
  description: string | null;
  confirmations: GuardrailConfirmation[];
}

interface ServiceFormProps {
  initial?: ServiceValues;
  submitLabel: string;
  onSubmit: (values: ServiceInputValues) => Promise<unknown>;
  onCancel?: () => void;
}

const pick = <K extends string>(keys: readonly K[], values: string[]): K[] => keys.filter((key) => values.includes(key));

// One service's fields: what it is, for whom, in which languages, how many places, and how to reach it. A
// safe-accommodation address is shown to the organisation's editors only (the server enforces it).
export function ServiceForm({ initial, submitLabel, onSubmit, onCancel }: ServiceFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ServiceKind | ''>(initial?.kind ?? '');
  const [capacity, setCapacity] = useState<number | string>(initial?.capacity ?? '');
  const [targetGroups, setTargetGroups] = useState<TargetGroup[]>(initial?.targetGroups ?? []);
  const [languages, setLanguages] = useState<string[]>(initial?.languages ?? []);
  const [forms, setForms] = useState<FormOfExploitation[]>(initial?.formsOfExploitation ?? []);
  const [available24x7, setAvailable24x7] = useState(initial?.available24x7 ?? false);
  const [hotline, setHotline] = useState(initial?.hotline ?? '');
  const [address, setAddress] = useState(initial?.address ?? '');
  const description = useGuardedText(initial?.description ?? '');
  const kindOptions = useVocabOptions('services');
  const groupOptions = useVocabOptions('targetGroups');
  const formOptions = useVocabOptions('formsOfExploitation');
  const languageOptions = useLanguageOptions();
  const form = useMutationForm(async () => {
    // The submit button waits for a kind.
    if (!kind) return;
    await onSubmit({
      kind,
      capacity: typeof capacity === 'number' ? capacity : null,
      targetGroups,
      languages,
      available24x7,
      formsOfExploitation: forms,
      description: description.text || null,
      hotline: hotline || null,
      address: address || null,
      confirmations: description.confirmations,
    });
  });

  return (
    <form onSubmit={submitHandler(form)} noValidate>
      <Stack gap="sm">
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        <NativeSelect
          label={t('upkeep.services.kind')}
          required
          data={[{ value: '', label: t('upkeep.services.chooseKind') }, ...kindOptions]}
          value={kind}
          onChange={(e) => setKind(vocabKeys('services').find((key) => key === e.currentTarget.value) ?? '')}
        />
        <NumberInput
          label={t('upkeep.services.capacity')}
          min={0}
          max={SERVICE_CAPACITY_MAX}
          allowDecimal={false}
          value={capacity}
          onChange={setCapacity}
          error={form.fieldErrors['capacity']}
        />
        <MultiSelect
          label={t('upkeep.services.targetGroups')}
          data={groupOptions}
          value={targetGroups}
          onChange={(values) => setTargetGroups(pick(vocabKeys('targetGroups'), values))}
          searchable
        />
        <MultiSelect
          label={t('upkeep.services.languages')}
          data={languageOptions}
          value={languages}
          onChange={setLanguages}
          searchable
          error={form.fieldErrors['languages']}
        />
        <MultiSelect
          label={t('upkeep.services.forms')}
          data={formOptions}
          value={forms}
          onChange={(values) => setForms(pick(vocabKeys('formsOfExploitation'), values))}
          searchable
        />
        <Checkbox
          label={t('upkeep.services.available24x7')}
          checked={available24x7}
          onChange={(e) => setAvailable24x7(e.currentTarget.checked)}
        />
        <TextInput
          label={t('upkeep.services.hotline')}
          type="tel"
          maxLength={PHONE_MAX}
          value={hotline}
          onChange={(e) => setHotline(e.currentTarget.value)}
          error={form.fieldErrors['hotline']}
        />
        <TextInput
          label={t('upkeep.services.address')}
          description={kind === 'SAFE_ACCOMMODATION' ? t('upkeep.services.secretAddress') : t('upkeep.services.membersAddress')}
          maxLength={ADDRESS_MAX}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
        />
        <GuardedTextarea label={t('upkeep.services.description')} maxLength={DESCRIPTION_MAX} value={description} />
        <Group gap="xs">
          <Button type="submit" loading={form.pending} disabled={!kind}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
