import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Fieldset, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { ACRONYM_MAX, DESCRIPTION_MAX, EMAIL_MAX, NAME_MAX, PHONE_MAX, URL_MAX, type GuardrailConfirmation } from '@strom/shared';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { FieldGuardrail } from '../guardrail/FieldGuardrail';
import { FormAlert } from '../../ui/FormAlert';
import { hasErrorCode } from '../../ui/graphqlError';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import {
  hotlineField,
  organisationInputOf,
  organisationProblems,
  organisationValuesOf,
  type OrganisationValues,
  type ProblemKey,
} from './organisationValues';

export const OrganisationEditFormFragment = graphql(`
  fragment OrganisationEditForm_organisation on Organisation {
    id
    version
    name
    acronym
    description
    website
    phone
    email
    services {
      id
      kind
      hotline
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      ...OrganisationEditForm_organisation
    }
  }
`);

interface OrganisationEditFormProps {
  organisation: FragmentType<typeof OrganisationEditFormFragment>;
  /** Re-reads the organisation after a CONFLICT; the page then restarts the form from the newer version. */
  onReload: () => Promise<unknown>;
}

export function OrganisationEditForm({ organisation: masked, onReload }: OrganisationEditFormProps) {
  const { t } = useTranslation();
  const organisation = getFragmentData(OrganisationEditFormFragment, masked);
  const serviceIds = organisation.services.map((service) => service.id);
  const [initial] = useState<OrganisationValues>(() => organisationValuesOf(organisation));
  const [values, setValues] = useState<OrganisationValues>(initial);
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  const [problems, setProblems] = useState<Record<string, ProblemKey>>({});
  const [saved, setSaved] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const [update] = useMutation(UpdateOrganisationMutation);

  const change = (changes: Partial<OrganisationValues>) => {
    setSaved(false);
    setValues((previous) => ({ ...previous, ...changes }));
  };
  const valid = () => {
    const found = organisationProblems(values, serviceIds);
    setProblems(found);
    setAttempt((n) => n + 1);
    return Object.keys(found).length === 0;
  };
  const form = useMutationForm(
    async () => {
      setSaved(false);
      // The version comes from the cache, which the last save updated: saving twice in a row is no conflict.
      const input = organisationInputOf(organisation.id, organisation.version, values);
      await update({ variables: { input: { ...input, confirmations } } });
      setSaved(true);
    },
    { fields: ['name', 'acronym', 'description', 'website', 'phone', 'email', ...serviceIds.map((_, i) => hotlineField(i))] },
  );

  // After a refused attempt, the reader lands on the first field that says what is wrong.
  const failed = form.error !== null;
  useEffect(() => {
    if (attempt === 0 && !failed) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, failed]);

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  const errorOf = (field: string): string | undefined => {
    const problem = problems[field];
    return problem ? t(`organisationEdit.problems.${problem}`) : form.fieldErrors[field];
  };
  const conflict = hasErrorCode(form.error, 'CONFLICT');
  const text = (field: 'name' | 'acronym' | 'website' | 'phone' | 'email') => ({
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => change({ [field]: event.currentTarget.value }),
    error: errorOf(field),
  });

  return (
    <form ref={formRef} onSubmit={submitHandler(form, valid)} noValidate aria-label={t('organisationEdit.formLabel')}>
      <Stack gap="md">
        {conflict && (
          <FormAlert kind="error" title={t('organisationEdit.conflictTitle')}>
            <Stack gap="xs" align="flex-start">
              <span>{t('organisationEdit.conflict')}</span>
              <Button variant="outline" color="red" size="xs" onClick={() => void reload()} loading={reloading}>
                {t('organisationEdit.reload')}
              </Button>
            </Stack>
          </FormAlert>
        )}
        {form.message && !conflict && <FormAlert kind="error">{form.message}</FormAlert>}
        <TextInput label={t('organisationEdit.name')} required maxLength={NAME_MAX} autoComplete="organization" {...text('name')} />
        <TextInput label={t('organisationEdit.acronym')} maxLength={ACRONYM_MAX} {...text('acronym')} />
        <Textarea
          label={t('organisationEdit.description')}
          resize="vertical"
          rows={4}
          maxLength={DESCRIPTION_MAX}
          value={values.description}
          onChange={(event) => change({ description: event.currentTarget.value })}
          error={errorOf('description')}
        />
        {/* The organisation's own phone, e-mail and hotlines are public: naming them is no victim's data. */}
        <FieldGuardrail
          label={t('organisationEdit.description')}
          text={values.description}
          initial={initial.description}
          confirmations={confirmations}
          onConfirmationsChange={setConfirmations}
          onTextChange={(description) => change({ description })}
          publishedContacts={{
            phones: [values.phone, ...Object.values(values.hotlines)].filter(Boolean),
            emails: [values.email].filter(Boolean),
          }}
        />
        <Fieldset legend={t('organisationEdit.contacts')} variant="unstyled">
          <Stack gap="sm">
            <p>{t('organisationEdit.contactsHint')}</p>
            <TextInput
              label={t('organisationEdit.phone')}
              description={t('organisationEdit.phoneHint')}
              type="tel"
              autoComplete="tel"
              maxLength={PHONE_MAX}
              {...text('phone')}
            />
            <TextInput label={t('organisationEdit.email')} type="email" autoComplete="email" maxLength={EMAIL_MAX} {...text('email')} />
            <TextInput label={t('organisationEdit.website')} type="url" autoComplete="url" maxLength={URL_MAX} {...text('website')} />
          </Stack>
        </Fieldset>
        {organisation.services.length > 0 && (
          <Fieldset legend={t('organisationEdit.hotlines')} variant="unstyled">
            <Stack gap="sm">
              {organisation.services.map((service, index) => (
                <TextInput
                  key={service.id}
                  label={t('organisationEdit.hotline', { service: t(`vocab.services.${service.kind}`) })}
                  description={t('organisationEdit.phoneHint')}
                  type="tel"
                  maxLength={PHONE_MAX}
                  value={values.hotlines[service.id] ?? ''}
                  onChange={(event) => change({ hotlines: { ...values.hotlines, [service.id]: event.currentTarget.value } })}
                  error={errorOf(hotlineField(index))}
                />
              ))}
            </Stack>
          </Fieldset>
        )}
        <Group align="center">
          <Button type="submit" loading={form.pending}>
            {t('organisationEdit.save')}
          </Button>
          <Anchor component={Link} to={`/organisations/${organisation.id}`}>
            {t('organisationEdit.cancel')}
          </Anchor>
        </Group>
        {/* Where the reader is looking, and read out: the result of the save, next to the button. */}
        {saved && <FormAlert kind="success">{t('organisationEdit.saved')}</FormAlert>}
      </Stack>
    </form>
  );
}
