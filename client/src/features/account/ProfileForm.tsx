import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { DESCRIPTION_MAX, NAME_MAX } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { hasErrorCode } from '../../ui/graphqlError';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { ContactFields } from './ContactFields';
import { ExpertiseFields } from './ExpertiseFields';
import { profileInputOf, profileValuesOf, type ProfileValues } from './profileValues';

export const ProfileFormFragment = graphql(`
  fragment ProfileForm_expert on Expert {
    id
    version
    fullName
    title
    bio
    languages
    formsOfExploitation
    topics
    availableForConsultation
    contacts {
      email
      phone
      messagingHandle
    }
    contactVisibility {
      email
      phone
      messagingHandle
    }
  }
`);

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      ...ProfileForm_expert
    }
  }
`);

// The input fields this form shows errors next to; messages about any other are said at the top.
const SHOWN_FIELDS = [
  'fullName',
  'title',
  'bio',
  'languages',
  'topics',
  'email',
  'phone',
  'messagingHandle',
  'emailVisibility',
  'phoneVisibility',
  'messagingHandleVisibility',
];

interface ProfileFormProps {
  expert: FragmentType<typeof ProfileFormFragment>;
  onSaved: () => void;
  /** Re-reads the profile after a CONFLICT; the form restarts from the newer version. */
  onReload: () => Promise<unknown>;
}

export function ProfileForm({ expert: masked, onSaved, onReload }: ProfileFormProps) {
  const { t } = useTranslation();
  const expert = getFragmentData(ProfileFormFragment, masked);
  const [values, setValues] = useState<ProfileValues>(() => profileValuesOf(expert));
  const [nameMissing, setNameMissing] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [update] = useMutation(UpdateMyProfileMutation);
  const change = (changes: Partial<ProfileValues>) => setValues((previous) => ({ ...previous, ...changes }));
  const valid = () => {
    setNameMissing(!values.fullName.trim());
    return Boolean(values.fullName.trim());
  };
  const form = useMutationForm(
    async () => {
      await update({ variables: { input: profileInputOf(values, expert.version) } });
      onSaved();
    },
    { fields: SHOWN_FIELDS },
  );
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  const conflict = hasErrorCode(form.error, 'CONFLICT');
  const errors = form.fieldErrors;
  return (
    <form onSubmit={submitHandler(form, valid)} noValidate aria-label={t('account.profile.title')}>
      <Stack gap="md">
        {conflict && (
          <FormAlert kind="error" title={t('account.profile.conflictTitle')}>
            <Stack gap="xs" align="flex-start">
              <span>{t('account.profile.conflict')}</span>
              <Button variant="outline" color="red" size="xs" onClick={() => void reload()} loading={reloading}>
                {t('account.profile.reload')}
              </Button>
            </Stack>
          </FormAlert>
        )}
        {form.message && !conflict && <FormAlert kind="error">{form.message}</FormAlert>}
        <TextInput
          label={t('account.profile.fullName')}
          autoComplete="name"
          required
          maxLength={NAME_MAX}
          value={values.fullName}
          onChange={(event) => change({ fullName: event.currentTarget.value })}
          error={nameMissing ? t('account.profile.fullNameRequired') : errors['fullName']}
        />
        <TextInput
          label={t('account.profile.jobTitle')}
          autoComplete="organization-title"
          maxLength={NAME_MAX}
          value={values.title}
          onChange={(event) => change({ title: event.currentTarget.value })}
          error={errors['title']}
        />
        <Textarea
          label={t('account.profile.bio')}
          resize="vertical"
          rows={4}
          maxLength={DESCRIPTION_MAX}
          value={values.bio}
          onChange={(event) => change({ bio: event.currentTarget.value })}
          error={errors['bio']}
        />
        <ExpertiseFields values={values} onChange={change} errors={errors} />
        <TextInput
          label={t('account.profile.topics')}
          description={t('account.profile.topicsHint')}
          value={values.topics}
          onChange={(event) => change({ topics: event.currentTarget.value })}
          error={errors['topics']}
        />
        <Checkbox
          label={t('account.profile.available')}
          checked={values.availableForConsultation}
          onChange={(event) => change({ availableForConsultation: event.currentTarget.checked })}
        />
        <ContactFields values={values} onChange={change} errors={errors} />
        <Group>
          <Button type="submit" loading={form.pending}>
            {t('account.profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
