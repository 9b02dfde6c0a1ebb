import { useMutation } from '@apollo/client/react';
import { Button, Group, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { COUNTERPART_MESSAGE_MAX, COUNTERPART_URGENCIES, type CounterpartUrgency } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { vocabKeys, vocabLabelKey } from '../../app/vocab';
import type { FormOfExploitation, Role, ServiceKind, TargetGroup } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';
import { useMunicipality } from '../pathways/useMunicipality';
import { GuardedTextarea, useGuardedText } from '../upkeep/GuardedTextarea';
import { OpenCounterpartRequestMutation } from './requestDocuments';

/** The key among `keys` that a Select answered, or null. */
const pick = <K extends string>(keys: readonly K[], value: string | null): K | null => keys.find((key) => key === value) ?? null;

/**
 * A new request to a municipality (from `?municipality=` or chosen here) or to a country (its national level); its
 * id is made once, so a retry sends once.
 */
export function RequestForm({ municipalityId: initial }: { municipalityId: string | null }) {
  const { t } = useTranslation('requests');
  const { t: tv } = useTranslation();
  const navigate = useNavigate();
  const [id] = useState(() => crypto.randomUUID());
  const [target, setTarget] = useState<'MUNICIPALITY' | 'COUNTRY'>('MUNICIPALITY');
  const [municipalityId, setMunicipalityId] = useState<string | null>(initial);
  const [countryCode, setCountryCode] = useState<string | null>(null);
  const { municipality, municipalities } = useMunicipality(municipalityId ?? '', { skip: false });
  // The countries a request can go to: those of the region's municipalities, already loaded for the other choice.
  const countries = [...new Map((municipalities ?? []).map((m) => [m.country.code, m.country.name]))]
    .map(([value, label]) => ({ value, label }))
    .toSorted((a, b) => a.label.localeCompare(b.label));
  const toCountry = target === 'COUNTRY';
  const countryName = countries.find((c) => c.value === countryCode)?.label;
  const place = toCountry ? countryName : municipality?.name;
  const [form, setForm] = useState<FormOfExploitation | null>(null);
  const [targetGroup, setTargetGroup] = useState<TargetGroup | null>(null);
  const [service, setService] = useState<ServiceKind | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [urgency, setUrgency] = useState<CounterpartUrgency>('SOON');
  const message = useGuardedText();
  const [open] = useMutation(OpenCounterpartRequestMutation);
  const submit = useMutationForm(async () => {
    const result = await open({
      variables: {
        input: {
          id,
          municipalityId: toCountry ? null : municipalityId,
          countryCode: toCountry ? countryCode : null,
          formOfExploitation: form!,
          targetGroup: targetGroup!,
          service: service!,
          role,
          urgency,
          message: message.text,
          confirmations: message.confirmations,
        },
      },
    });
    if (result.data) await navigate(`/requests/${id}`, { state: { notice: t('form.sent') } });
  });
  const options = <L extends 'formsOfExploitation' | 'targetGroups' | 'services' | 'roles'>(list: L) =>
    vocabKeys(list).map((key) => ({ value: key, label: tv(vocabLabelKey(list, key)) }));
  const ready =
    (toCountry ? countryCode : municipalityId) &&
    form &&
    targetGroup &&
    service &&
    message.text.trim().length >= 10 &&
    message.guard.unconfirmed.length === 0;
  const errors = submit.fieldErrors;

  return (
    <Stack
      gap="md"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit.submit();
      }}
    >
      <Title order={1}>{place ? t('form.heading', { place }) : t('form.headingAnywhere')}</Title>
      {submit.message && <FormAlert kind="error">{submit.message}</FormAlert>}
      {initial && municipality ? (
        <TextInput
          label={t('form.place')}
          value={`${municipality.name}, ${municipality.country.name}`}
          readOnly
          description={t('form.placeHint')}
        />
      ) : (
        <>
          <Radio.Group
            label={t('form.target')}
            value={target}
            onChange={(value) => setTarget(value === 'COUNTRY' ? 'COUNTRY' : 'MUNICIPALITY')}
          >
            <Group mt={4}>
              <Radio value="MUNICIPALITY" label={t('form.toMunicipality')} />
              <Radio value="COUNTRY" label={t('form.toCountry')} />
            </Group>
          </Radio.Group>
          {toCountry ? (
            <Select
              label={t('form.country')}
              description={t('form.countryHint')}
              searchable
              required
              data={countries}
              value={countryCode}
              onChange={setCountryCode}
              error={errors['input.countryCode']}
            />
          ) : (
            <Select
              label={t('form.place')}
              description={t('form.placeHint')}
              searchable
              required
              data={(municipalities ?? []).map((m) => ({ value: m.id, label: `${m.name}, ${m.country.name}` }))}
              value={municipalityId}
              onChange={setMunicipalityId}
              error={errors['input.municipalityId']}
            />
          )}
        </>
      )}
      {initial && errors['input.municipalityId'] && <FormAlert kind="error">{errors['input.municipalityId']}</FormAlert>}
      <Select
        label={t('form.form')}
        required
        searchable
        data={options('formsOfExploitation')}
        value={form}
        onChange={(value) => setForm(pick(vocabKeys('formsOfExploitation'), value))}
      />
      <Select
        label={t('form.targetGroup')}
        required
        searchable
        data={options('targetGroups')}
        value={targetGroup}
        onChange={(value) => setTargetGroup(pick(vocabKeys('targetGroups'), value))}
      />
      <Select
        label={t('form.service')}
        required
        searchable
        data={options('services')}
        value={service}
        onChange={(value) => setService(pick(vocabKeys('services'), value))}
      />
      <Select
        label={t('form.role')}
        clearable
        searchable
        data={options('roles')}
        value={role}
        onChange={(value) => setRole(pick(vocabKeys('roles'), value))}
      />
      <Select
        label={t('urgency.label')}
        required
        allowDeselect={false}
        data={COUNTERPART_URGENCIES.map((key) => ({ value: key, label: t(`urgency.${key}`) }))}
        value={urgency}
        onChange={(value) => setUrgency(pick(COUNTERPART_URGENCIES, value) ?? 'SOON')}
      />
      <Text size="sm">{t('form.messageHint')}</Text>
      <GuardedTextarea
        label={t('form.message')}
        value={message}
        maxLength={COUNTERPART_MESSAGE_MAX}
        required
        error={errors['input.message'] ?? errors.message}
      />
      <Button type="submit" loading={submit.pending} disabled={!ready} style={{ alignSelf: 'flex-start' }}>
        {t('form.send')}
      </Button>
    </Stack>
  );
}
