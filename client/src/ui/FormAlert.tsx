import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

interface FormAlertProps {
  kind: 'error' | 'success';
  title?: string;
  children: ReactNode;
}

// Errors interrupt (role="alert"); confirmations wait their turn (role="status"). Both are read out
// by screen readers without moving focus.
export function FormAlert({ kind, title, children }: FormAlertProps) {
  return (
    <Alert
      role={kind === 'error' ? 'alert' : 'status'}
      // Shade 9: outline text in teal or red at the default shade falls below 4.5:1 on white.
      color={kind === 'error' ? 'red.9' : 'teal.9'}
      variant="outline"
      title={title}
      data-testid={kind === 'error' ? 'form-error' : 'form-success'}
    >
      {children}
    </Alert>
  );
}
