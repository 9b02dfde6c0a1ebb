import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDialogProps {
  opened: boolean;
  busy: boolean;
  title: string;
  question: string;
  confirmLabel: string;
  confirmColor: string;
  children?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}

// ConfirmButton's dialog, in a module of its own: the modal (with its focus trap and scroll area, ~25 kB gzip) loads
// when a button first asks, not with every page that shows one.
export function ConfirmDialog({
  opened,
  busy,
  title,
  question,
  confirmLabel,
  confirmColor,
  children,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    // Compound parts, for one reason: Mantine's header is a <header>, which axe reads as a second
    // banner landmark next to the page's own; here it is a plain <div>.
    <Modal.Root opened={opened} onClose={onClose} centered transitionProps={{ duration: 0 }}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>
          <Stack gap="md">
            <Text>{question}</Text>
            {children}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose} disabled={busy}>
                {t('common.cancel')}
              </Button>
              <Button color={confirmColor} onClick={onConfirm} loading={busy}>
                {confirmLabel}
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
