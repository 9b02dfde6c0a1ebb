import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { INVITATION_TEXT_MAX } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface DeclineButtonProps {
  /** Whom the request was for: the dialog names them. */
  person: string;
  kind: 'INVITATION' | 'PROPOSAL';
  /** Runs with the reason (blank when none was given); the dialog closes once it settles. */
  onDecline: (reason: string) => Promise<unknown>;
}

// Declining asks for an optional reason in a dialog: its author is mailed, so the words go to a colleague.
export function DeclineButton({ person, kind, onDecline }: DeclineButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const decline = async () => {
    setBusy(true);
    try {
      await onDecline(reason.trim());
      setReason('');
    } catch {
      // The card reports its own failures next to the invitation.
    } finally {
      setBusy(false);
      close();
    }
  };

  return (
    <>
      <Button size="xs" variant="outline" color="red" onClick={open}>
        {t('approvals.decline')}
      </Button>
      {/* A plain <div> header, as in ConfirmButton: Mantine's <header> would be a second banner landmark. */}
      <Modal.Root opened={opened} onClose={close} centered transitionProps={{ duration: 0 }}>
        <Modal.Overlay />
        <Modal.Content>
          <Modal.Header component="div">
            <Modal.Title>{t('approvals.decline')}</Modal.Title>
            <Modal.CloseButton aria-label={t('common.close')} />
          </Modal.Header>
          <Modal.Body>
            <Stack gap="md">
              <Text>{t(`approvals.declineQuestion.${kind}`, { person })}</Text>
              <Textarea
                label={t('approvals.declineReason')}
                description={t('approvals.declineReasonHint')}
                resize="vertical"
                rows={3}
                maxLength={INVITATION_TEXT_MAX}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
              />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={close} disabled={busy}>
                  {t('common.cancel')}
                </Button>
                <Button color="red" onClick={() => void decline()} loading={busy}>
                  {t('approvals.decline')}
                </Button>
              </Group>
            </Stack>
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}
