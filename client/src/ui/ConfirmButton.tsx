import { Button, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useState, type ReactNode } from 'react';

const ConfirmDialog = lazy(async () => ({ default: (await import('./ConfirmDialog')).ConfirmDialog }));

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
  const [opened, { open, close }] = useDisclosure(false);
  // The dialog's code loads on the first click; once there, it stays mounted so closing returns the focus.
  const [asked, setAsked] = useState(false);
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
      <Button
        {...buttonProps}
        onClick={() => {
          setAsked(true);
          open();
        }}
      >
        {label}
      </Button>
      {asked && (
        <Suspense fallback={null}>
          <ConfirmDialog
            opened={opened}
            busy={busy}
            title={label}
            question={question}
            confirmLabel={confirmLabel}
            confirmColor={confirmColor}
            onConfirm={() => void confirm()}
            onClose={close}
          >
            {children}
          </ConfirmDialog>
        </Suspense>
      )}
    </>
  );
}
