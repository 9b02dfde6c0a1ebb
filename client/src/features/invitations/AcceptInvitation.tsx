import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { NAME_MAX } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { hasErrorCode } from '../../ui/graphqlError';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { useFormat } from '../../ui/useFormat';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import { PASSWORD_MIN_LENGTH } from '@strom/shared';
import { passwordProblem } from '../auth/passwordRule';
import { useSessionChange } from '../auth/useSessionChange';

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      organisationName
      countryName
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
    }
  }
`);

interface AcceptInvitationProps {
  token: string;
  onAccepted: () => void;
}

function InvalidInvitation() {
  const { t } = useTranslation();
  return (
    <EmptyState message={t('invitations.accept.invalid')}>
      <Text size="sm">{t('invitations.accept.invalidHelp')}</Text>
      <Anchor component={Link} to="/sign-in">
        {t('invitations.accept.haveAccount')}
      </Anchor>
    </EmptyState>
  );
}

export function AcceptInvitation({ token, onAccepted }: AcceptInvitationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const sessionChanged = useSessionChange();
  const preview = useQuery(InvitationPreviewQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept] = useMutation(AcceptInvitationMutation);
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof passwordProblem>>(null);
  const [nameMissing, setNameMissing] = useState(false);
  const valid = () => {
    const found = passwordProblem(password, confirmation);
    setProblem(found);
    setNameMissing(!fullName.trim());
    return !found && Boolean(fullName.trim());
  };
  const form = useMutationForm(async () => {
    await accept({ variables: { input: { token, fullName: fullName.trim(), password } } });
    await sessionChanged();
    onAccepted();
  });

  // Any bad, used, expired or revoked token reads the same (the server does not say which).
  if (preview.data?.invitationPreview === null || hasErrorCode(preview.error, 'BAD_USER_INPUT', 'NOT_FOUND')) {
    return <InvalidInvitation />;
  }
  const invitation = preview.data?.invitationPreview;
  if (!invitation) return preview.error ? <ErrorState onRetry={() => void preview.refetch()} /> : <PageSkeleton />;

  const fields = form.fieldErrors;
  return (
    <Stack gap="lg" maw={560}>
      <Paper withBorder p="md">
        <dl>
          <Text component="dt" fw={600} size="sm">
            {t('invitations.accept.organisation')}
          </Text>
          <Text component="dd" ms={0} mb="xs">
            {invitation.organisationName}
          </Text>
          <Text component="dt" fw={600} size="sm">
            {t('directory.country')}
          </Text>
          <Text component="dd" ms={0} mb="xs">
            {invitation.countryName}
          </Text>
          <Text component="dt" fw={600} size="sm">
            {t('invitations.accept.validUntil')}
          </Text>
          <Text component="dd" ms={0}>
            <time dateTime={invitation.expiresAt}>{format.dateTime(invitation.expiresAt)}</time>
          </Text>
        </dl>
      </Paper>
      <form onSubmit={submitHandler(form, valid)} noValidate aria-label={t('invitations.accept.formLabel')}>
        <Stack gap="md">
          {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
          {/* The account's name for password managers; the invitation is bound to this address. */}
          <TextInput label={t('auth.email')} type="email" autoComplete="username" value={invitation.email} readOnly />
          <TextInput
            label={t('account.profile.fullName')}
            autoComplete="name"
            required
            maxLength={NAME_MAX}
            value={fullName}
            onChange={(event) => setFullName(event.currentTarget.value)}
            error={nameMissing ? t('account.profile.fullNameRequired') : fields['fullName']}
          />
          <NewPasswordFields
            label={t('password.choose')}
            password={password}
            confirmation={confirmation}
            onPasswordChange={setPassword}
            onConfirmationChange={setConfirmation}
            passwordError={problem?.problem === 'tooShort' ? t('password.tooShort', { count: PASSWORD_MIN_LENGTH }) : fields['password']}
            confirmationError={problem?.problem === 'mismatch' ? t('password.mismatch') : undefined}
          />
          <Button type="submit" loading={form.pending}>
            {t('invitations.accept.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
