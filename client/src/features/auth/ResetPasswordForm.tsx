import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { hasErrorCode } from '../../ui/graphqlError';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { NewPasswordFields } from './NewPasswordFields';
import { PASSWORD_MIN_LENGTH } from '@strom/shared';
import { passwordProblem } from './passwordRule';

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const [reset] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof passwordProblem>>(null);
  const [done, setDone] = useState(false);
  const valid = () => {
    const found = passwordProblem(password, confirmation);
    setProblem(found);
    return !found;
  };
  const form = useMutationForm(async () => {
    await reset({ variables: { input: { token, newPassword: password } } });
    setDone(true);
  });

  if (done) {
    return (
      <Stack gap="md" align="flex-start">
        <FormAlert kind="success">{t('auth.reset.done')}</FormAlert>
        <Anchor component={Link} to="/sign-in">
          {t('auth.signIn.link')}
        </Anchor>
      </Stack>
    );
  }

  const fields = form.fieldErrors;
  // Only a problem with the link itself (no field, or the token field) sends the reader back.
  const tokenInvalid = hasErrorCode(form.error, 'BAD_USER_INPUT', 'NOT_FOUND') && !fields['newPassword'];
  return (
    <form onSubmit={submitHandler(form, valid)} noValidate aria-label={t('auth.reset.title')}>
      <Stack gap="md">
        {form.message && (
          <FormAlert kind="error">
            {tokenInvalid ? t('auth.reset.invalidLink') : form.message}{' '}
            {tokenInvalid && (
              <Anchor component={Link} to="/forgot-password">
                {t('auth.reset.requestAgain')}
              </Anchor>
            )}
          </FormAlert>
        )}
        <NewPasswordFields
          password={password}
          confirmation={confirmation}
          onPasswordChange={setPassword}
          onConfirmationChange={setConfirmation}
          passwordError={problem?.problem === 'tooShort' ? t('password.tooShort', { count: PASSWORD_MIN_LENGTH }) : fields['newPassword']}
          confirmationError={problem?.problem === 'mismatch' ? t('password.mismatch') : undefined}
        />
        <Button type="submit" loading={form.pending}>
          {t('auth.reset.submit')}
        </Button>
      </Stack>
    </form>
  );
}
