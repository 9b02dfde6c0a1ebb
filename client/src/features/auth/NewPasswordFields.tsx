import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../ui/PasswordField';
import { PASSWORD_MIN_LENGTH } from '@strom/shared';

interface NewPasswordFieldsProps {
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  passwordError?: string;
  confirmationError?: string;
  label?: string;
}

// A new password and its confirmation, with the rule in view before anyone gets it wrong.
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <PasswordField
        label={props.label ?? t('password.new')}
        description={t('password.rule', { count: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        value={props.password}
        onChange={(event) => props.onPasswordChange(event.currentTarget.value)}
        error={props.passwordError}
      />
      <PasswordField
        label={t('password.confirm')}
        autoComplete="new-password"
        required
        value={props.confirmation}
        onChange={(event) => props.onConfirmationChange(event.currentTarget.value)}
        error={props.confirmationError}
      />
    </Stack>
  );
}
