import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { DESCRIPTION_MAX, NAME_MAX, type GuardrailConfirmation } from '@strom/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { InviteMemberMutation as InviteMemberMutationData } from '../../gql/graphql';
import { FieldGuardrail } from '../guardrail/FieldGuardrail';
import { FormAlert } from '../../ui/FormAlert';
import { useFormat } from '../../ui/useFormat';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { PlaceFilterCountriesQuery } from '../places/PlaceFilters';
import { inviteInputOf, missingFields, NETWORK_ROLE_KEYS, proposeInputOf, type InvitationValues } from './invitationInput';
import { emptyOrganisationChoice, OrganisationChoice, type OrganisationChoiceValue } from './OrganisationChoice';

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      status
      expiresAt
      awaitingApprovalBy
    }
  }
`);

export const ProposeMemberMutation = graphql(`
  mutation ProposeMember($input: ProposeMemberInput!) {
    proposeMember(input: $input) {
      id
      email
      status
      expiresAt
      awaitingApprovalBy
    }
  }
`);

type InvitationResult = Pick<InviteMemberMutationData['inviteMember'], 'email' | 'status' | 'expiresAt' | 'awaitingApprovalBy'>;

interface InvitationFormProps {
  kind: 'invite' | 'propose';
}

// The input fields this form shows errors next to (see OrganisationChoice for the organisation's).
const SHOWN_FIELDS = [
  'fullName',
  'jobTitle',
  'email',
  'countryCode',
  'organisationId',
  'newOrganisation.name',
  'newOrganisation.type',
  'newOrganisation.level',
  'newOrganisation.municipalityId',
  'networkRole',
  'message',
  'reason',
];

const initialValues: InvitationValues = {
  fullName: '',
  jobTitle: '',
  email: '',
  countryCode: '',
  organisation: emptyOrganisationChoice,
  networkRole: 'MEMBER',
  text: '',
};

export function InvitationForm({ kind }: InvitationFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useQuery(PlaceFilterCountriesQuery);
  const [invite] = useMutation(InviteMemberMutation);
  const [propose] = useMutation(ProposeMemberMutation);
  const [values, setValues] = useState<InvitationValues>(initialValues);
  const [missing, setMissing] = useState<string[]>([]);
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  const [result, setResult] = useState<InvitationResult | null>(null);

  // Any country: a coordinator's invitation to a country they do not vet waits for its coordinator.
  const countryOptions = useMemo(
    () =>
      (countries.data?.countries ?? []).map((c) => ({ value: c.code, label: c.name })).toSorted((a, b) => a.label.localeCompare(b.label)),
    [countries.data],
  );

  const change = (changes: Partial<InvitationValues>) => setValues((previous) => ({ ...previous, ...changes }));
  const changeOrganisation = (changes: Partial<OrganisationChoiceValue>) =>
    setValues((previous) => ({ ...previous, organisation: { ...previous.organisation, ...changes } }));

  const valid = () => {
    const stillMissing = missingFields(values, kind);
    setMissing(stillMissing);
    return stillMissing.length === 0;
  };
  const form = useMutationForm(
    async () => {
      const invitation =
        kind === 'invite'
          ? (await invite({ variables: { input: { ...inviteInputOf(values), confirmations } } })).data?.inviteMember
          : (await propose({ variables: { input: { ...proposeInputOf(values), confirmations } } })).data?.proposeMember;
      if (invitation) setResult(invitation);
    },
    { CONFLICT: t('invitations.form.conflict'), fields: SHOWN_FIELDS },
  );

  if (result) {
    const expires = result.expiresAt ? format.dateTime(result.expiresAt) : null;
    return (
      <Stack gap="md" align="flex-start">
        <FormAlert kind="success" title={t(`invitations.form.${kind}Done`)}>
          {result.awaitingApprovalBy
            ? t(`invitations.form.awaitingApproval.${kind}.${result.awaitingApprovalBy}`, { email: result.email })
            : t('invitations.form.sent', { email: result.email })}
          {expires && result.status !== 'AWAITING_APPROVAL' && ` ${t('invitations.form.expires', { date: expires })}`}
        </FormAlert>
        <Button
          variant="outline"
          onClick={() => {
            setResult(null);
            setValues(initialValues);
          }}
        >
          {t(`invitations.form.${kind}Another`)}
        </Button>
      </Stack>
    );
  }

  const required = t('invitations.form.required');
  const errors: Record<string, string> = { ...form.fieldErrors };
  for (const field of missing) errors[field] ??= required;
  const textField = kind === 'invite' ? 'message' : 'reason';

  return (
    <form onSubmit={submitHandler(form, valid)} noValidate aria-label={t(`invitations.form.${kind}Label`)}>
      <Stack gap="md" maw={640}>
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        <TextInput
          label={t('invitations.form.fullName')}
          autoComplete="off"
          required
          maxLength={NAME_MAX}
          value={values.fullName}
          onChange={(event) => change({ fullName: event.currentTarget.value })}
          error={errors['fullName']}
        />
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="off"
          required
          value={values.email}
          onChange={(event) => change({ email: event.currentTarget.value })}
          error={errors['email']}
        />
        <NativeSelect
          label={t('directory.country')}
          required
          data={[{ value: '', label: t('invitations.form.chooseCountry') }, ...countryOptions]}
          value={values.countryCode}
          onChange={(event) =>
            // The organisation belongs to the country: a new country starts the choice over.
            change({
              countryCode: event.currentTarget.value,
              organisation: { ...values.organisation, organisationId: '', municipalityId: '' },
            })
          }
          error={errors['countryCode'] ?? (countries.error ? t('directory.placesFailed') : undefined)}
        />
        <OrganisationChoice countryCode={values.countryCode} value={values.organisation} onChange={changeOrganisation} errors={errors} />
        <TextInput
          label={t('invitations.form.jobTitle')}
          description={t('invitations.form.jobTitleHint')}
          autoComplete="off"
          maxLength={NAME_MAX}
          value={values.jobTitle}
          onChange={(event) => change({ jobTitle: event.currentTarget.value })}
          error={errors['jobTitle']}
        />
        <FieldGuardrail
          label={t('invitations.form.jobTitle')}
          text={values.jobTitle}
          confirmations={confirmations}
          onConfirmationsChange={setConfirmations}
          onTextChange={(jobTitle) => change({ jobTitle })}
        />
        {kind === 'invite' && (
          <NativeSelect
            label={t('invitations.form.networkRole')}
            data={NETWORK_ROLE_KEYS.map((role) => ({ value: role, label: t(`account.networkRole.${role}`) }))}
            value={values.networkRole}
            onChange={(event) => {
              const role = NETWORK_ROLE_KEYS.find((key) => key === event.currentTarget.value);
              if (role) change({ networkRole: role });
            }}
            error={errors['networkRole']}
          />
        )}
        <Textarea
          label={t(`invitations.form.${textField}`)}
          description={t(`invitations.form.${textField}Hint`)}
          required={kind === 'propose'}
          resize="vertical"
          rows={4}
          maxLength={DESCRIPTION_MAX}
          value={values.text}
          onChange={(event) => change({ text: event.currentTarget.value })}
          error={errors[textField]}
        />
        <FieldGuardrail
          label={t(`invitations.form.${textField}`)}
          text={values.text}
          confirmations={confirmations}
          onConfirmationsChange={setConfirmations}
          onTextChange={(text) => change({ text })}
        />
        <Group>
          <Button type="submit" loading={form.pending}>
            {t(`invitations.form.${kind}Submit`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
