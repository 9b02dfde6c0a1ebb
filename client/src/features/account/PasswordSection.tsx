import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { PasswordField } from '../../ui/PasswordField';
import { Section } from '../../ui/Section';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import { PASSWORD_MIN_LENGTH } from '@strom/shared';
import { passwordProblem } from '../auth/passwordRule';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export function PasswordSection() {
  const { t } = useTranslation();
  const [changePassword] = useMutation(ChangePasswordMutation);
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof passwordProblem>>(null);
  const [done, setDone] = useState(false);
  const valid = () => {
    setDone(false);
    const found = passwordProblem(password, confirmation);
    setProblem(found);
    return !found && Boolean(current);
  };
  const form = useMutationForm(async () => {
    await changePassword({ variables: { input: { currentPassword: current, newPassword: password } } });
    setDone(true);
    setCurrent('');
    setPassword('');
    setConfirmation('');
  });

  const fields = form.fieldErrors;
  return (
    <Section id="account-password" title={t('account.password.title')}>
      <form onSubmit={submitHandler(form, valid)} noValidate aria-label={t('account.password.title')}>
        <Stack gap="sm" maw={480}>
          {done && <FormAlert kind="success">{t('account.password.changed')}</FormAlert>}
          {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
          <PasswordField
            label={t('password.current')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            error={fields['currentPassword']}
          />
          <NewPasswordFields
            password={password}
            confirmation={confirmation}
            onPasswordChange={setPassword}
            onConfirmationChange={setConfirmation}
            passwordError={problem?.problem === 'tooShort' ? t('password.tooShort', { count: PASSWORD_MIN_LENGTH }) : fields['newPassword']}
            confirmationError={problem?.problem === 'mismatch' ? t('password.mismatch') : undefined}
          />
          <Group>
            <Button type="submit" loading={form.pending} disabled={!current}>
              {t('account.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
