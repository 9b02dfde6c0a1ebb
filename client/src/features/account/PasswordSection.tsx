import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { fieldErrorsOf } from '../../ui/graphqlError';
import { PasswordField } from '../../ui/PasswordField';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';
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
  const errorMessage = useErrorMessage();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof passwordProblem>>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    const found = passwordProblem(password, confirmation);
    setProblem(found);
    if (found || !current) return;
    try {
      await changePassword({ variables: { input: { currentPassword: current, newPassword: password } } });
      setDone(true);
      setCurrent('');
      setPassword('');
      setConfirmation('');
    } catch (caught) {
      setError(caught);
    }
  };

  const fields = fieldErrorsOf(error);
  return (
    <Section id="account-password" title={t('account.password.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('account.password.title')}>
        <Stack gap="sm" maw={480}>
          {done && <FormAlert kind="success">{t('account.password.changed')}</FormAlert>}
          {error !== null && <FormAlert kind="error">{errorMessage(error)}</FormAlert>}
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
            <Button type="submit" loading={loading} disabled={!current}>
              {t('account.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
