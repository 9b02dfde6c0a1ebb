import { Button, Group, Modal, Stack, Textarea, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { MODERATION_REASON_MAX } from '@strom/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useForumsT } from '../../app/forumStrings';

interface ReasonButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** The action, on the button and as the dialog's title. */
  label: string;
  /** Names what it acts on, for screen readers ("Hide the post in …"). */
  ariaLabel: string;
  /** Runs with the reason; the dialog closes once it settles (failures are the caller's to show). */
  onConfirm: (reason: string) => Promise<unknown>;
}

/** A moderation action asks why first: the reason goes into the audit log with it. */
export function ReasonButton({ label, ariaLabel, onConfirm, ...buttonProps }: ReasonButtonProps) {
  const { t: tc } = useTranslation();
  const { t } = useForumsT();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
    } catch {
      // Reported next to the item by the caller.
    } finally {
      setBusy(false);
      setReason('');
      close();
    }
  };

  return (
    <>
      <Button size="xs" variant="outline" {...buttonProps} onClick={open} aria-label={ariaLabel}>
        {label}
      </Button>
      {/* A plain <div> header: Mantine's <header> would be a second banner landmark (as in ui/ConfirmButton). */}
      <Modal.Root opened={opened} onClose={close} centered transitionProps={{ duration: 0 }}>
        <Modal.Overlay />
        <Modal.Content>
          <Modal.Header component="div">
            <Modal.Title>{label}</Modal.Title>
            <Modal.CloseButton aria-label={tc('common.close')} />
          </Modal.Header>
          <Modal.Body>
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Stack gap="md">
                <Textarea
                  label={t('moderation.reason')}
                  description={t('moderation.reasonHint')}
                  required
                  data-autofocus
                  maxLength={MODERATION_REASON_MAX}
                  value={reason}
                  onChange={(e) => {
                    setReason(e.currentTarget.value);
                    setMissing(false);
                  }}
                  error={missing ? t('moderation.reasonMissing') : undefined}
                />
                <Group justify="flex-end" gap="sm">
                  <Button variant="default" onClick={close} disabled={busy}>
                    {tc('common.cancel')}
                  </Button>
                  <Button type="submit" loading={busy}>
                    {label}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}
