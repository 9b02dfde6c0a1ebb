import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { DESCRIPTION_MAX, NAME_MAX, type GuardrailConfirmation } from '@strom/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { FieldGuardrail } from '../guardrail/FieldGuardrail';
import { FormAlert } from '../../ui/FormAlert';
import { hasErrorCode } from '../../ui/graphqlError';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { ContactFields } from './ContactFields';
import { ProfileCompleteness } from './ProfileCompleteness';
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
  /** The form was just saved (it restarts from the saved version): say so beside the Save button. */
  saved: boolean;
  onSaved: () => void;
  /** Re-reads the profile after a CONFLICT; the form restarts from the newer version. */
  onReload: () => Promise<unknown>;
}

export function ProfileForm({ expert: masked, saved, onSaved, onReload }: ProfileFormProps) {
  const { t } = useTranslation();
  const expert = getFragmentData(ProfileFormFragment, masked);
  const [initial] = useState<ProfileValues>(() => profileValuesOf(expert));
  const [values, setValues] = useState<ProfileValues>(initial);
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
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
      await update({ variables: { input: { ...profileInputOf(values, expert.version), confirmations } } });
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

  // Free texts about oneself pass the victim-data guardrail as the member types; the server has the last word.
  const guarded = (field: 'title' | 'bio' | 'topics') => ({
    text: values[field],
    initial: initial[field],
    confirmations,
    onConfirmationsChange: setConfirmations,
    onTextChange: (text: string) => change({ [field]: text }),
  });
  const conflict = hasErrorCode(form.error, 'CONFLICT');
  const errors = form.fieldErrors;
  const formRef = useFocusFirstInvalid([errors, nameMissing]);
  const dirty = !sameValues(values, initial) && !form.pending;
  return (
    <form ref={formRef} onSubmit={submitHandler(form, valid)} noValidate aria-label={t('account.profile.title')}>
      <Stack gap="md">
        <ProfileCompleteness values={values} />
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
        <FieldGuardrail label={t('account.profile.jobTitle')} {...guarded('title')} />
        <Textarea
          label={t('account.profile.bio')}
          resize="vertical"
          rows={4}
          maxLength={DESCRIPTION_MAX}
          value={values.bio}
          onChange={(event) => change({ bio: event.currentTarget.value })}
          error={errors['bio']}
        />
        <FieldGuardrail label={t('account.profile.bio')} {...guarded('bio')} />
        <ExpertiseFields values={values} onChange={change} errors={errors} />
        <TextInput
          label={t('account.profile.topics')}
          description={t('account.profile.topicsHint')}
          value={values.topics}
          onChange={(event) => change({ topics: event.currentTarget.value })}
          error={errors['topics']}
        />
        <FieldGuardrail label={t('account.profile.topics')} {...guarded('topics')} />
        <Checkbox
          label={t('account.profile.available')}
          checked={values.availableForConsultation}
          onChange={(event) => change({ availableForConsultation: event.currentTarget.checked })}
        />
        <ContactFields values={values} onChange={change} errors={errors} />
        {/* The outcome sits where the member is looking: beside the Save button. */}
        <Stack gap="xs">
          <Group>
            <Button type="submit" loading={form.pending}>
              {t('account.profile.save')}
            </Button>
          </Group>
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
          {saved && !dirty && !form.error && <SavedNotice expertId={expert.id} />}
        </Stack>
        <LeaveGuard
          when={dirty}
          title={t('account.profile.leaveTitle')}
          question={t('account.profile.leaveQuestion')}
          stayLabel={t('account.profile.stay')}
          leaveLabel={t('account.profile.leaveAnyway')}
        />
      </Stack>
    </form>
  );
}

function sameValues(a: ProfileValues, b: ProfileValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** "Saved", announced, and focused: the form restarted from the saved version, so the Save button it was on is new. */
function SavedNotice({ expertId }: { expertId: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1}>
      <FormAlert kind="success">
        {t('account.profile.saved')}{' '}
        <Anchor component={Link} to={`/experts/${expertId}`}>
          {t('account.profile.view')}
        </Anchor>
      </FormAlert>
    </div>
  );
}
