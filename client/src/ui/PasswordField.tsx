import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type PasswordFieldProps = Omit<PasswordInputProps, 'autoComplete'> & {
  /** Password managers need to know which password this is. */
  autoComplete: 'current-password' | 'new-password';
};

// Mantine's show/hide toggle is named in English and skipped by Tab: name it in the reader's
// language and let keyboard users reach it too.
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useTranslation();
  return <PasswordInput {...props} visibilityToggleFocusable visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }} />;
}
