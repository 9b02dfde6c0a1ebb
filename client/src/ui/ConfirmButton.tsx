import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** The button's text, also the dialog's title. */
  label: string;
  /** The question the dialog asks. */
  question: string;
  confirmLabel: string;
  /** Red by default: most confirmed actions destroy something; approving does not. */
  confirmColor?: string;
  /** More to ask in the dialog, under the question (e.g. an optional reason). */
  children?: ReactNode;
  /** Runs on confirmation; the dialog closes once it settles. */
  onConfirm: () => Promise<unknown>;
}

// A destructive or weighty action asks first, in a dialog that traps focus and returns it to the button.
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  confirmColor = 'red',
  children,
  onConfirm,
  ...buttonProps
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } catch {
      // The caller reports its own failures next to the item it acted on.
    } finally {
      setBusy(false);
      close();
    }
  };

  return (
    <>
      <Button {...buttonProps} onClick={open}>
        {label}
      </Button>
      {/* Compound parts, for one reason: Mantine's header is a <header>, which axe reads as a second
          banner landmark next to the page's own; here it is a plain <div>. */}
      <Modal.Root opened={opened} onClose={close} centered transitionProps={{ duration: 0 }}>
        <Modal.Overlay />
        <Modal.Content>
          <Modal.Header component="div">
            <Modal.Title>{label}</Modal.Title>
            <Modal.CloseButton aria-label={t('common.close')} />
          </Modal.Header>
          <Modal.Body>
            <Stack gap="md">
              <Text>{question}</Text>
              {children}
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={close} disabled={busy}>
                  {t('common.cancel')}
                </Button>
                <Button color={confirmColor} onClick={() => void confirm()} loading={busy}>
                  {confirmLabel}
                </Button>
              </Group>
            </Stack>
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}
