import { useMutation } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';
import { AddMeetingHostMutation, RemoveMeetingParticipantMutation } from './meetingDocuments';

interface ParticipantActionsProps {
  meetingId: string;
  person: { userId: string; name: string; status: string };
  /** Hosts may remove (the participant's live stream ends at once). */
  canRemove: boolean;
  /** Offered for someone invited who has not declined and is not a host yet. */
  canAppoint: boolean;
}

/** A host's actions on one participant, each asked first: make them a co-host, remove them. */
export function ParticipantActions({ meetingId, person, canRemove, canAppoint }: ParticipantActionsProps) {
  const { t } = useTranslation();
  const [remove] = useMutation(RemoveMeetingParticipantMutation);
  const [appoint] = useMutation(AddMeetingHostMutation);
  const input = { meetingId, userId: person.userId };
  const run = useMutationForm(async (action: 'remove' | 'appoint') => {
    if (action === 'remove') await remove({ variables: { input } });
    else await appoint({ variables: { input } });
  });
  if (!canRemove && !canAppoint) return null;
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {canAppoint && (
          <ConfirmButton
            size="compact-sm"
            variant="outline"
            confirmColor="blue"
            label={t('meetings.participants.appoint', { name: person.name })}
            question={t('meetings.participants.appointQuestion', { name: person.name })}
            confirmLabel={t('meetings.participants.appointConfirm')}
            onConfirm={() => run.submit('appoint')}
          />
        )}
        {canRemove && (
          <ConfirmButton
            size="compact-sm"
            variant="outline"
            color="red"
            label={t('meetings.participants.remove', { name: person.name })}
            question={t('meetings.participants.removeQuestion', { name: person.name })}
            confirmLabel={t('meetings.participants.removeConfirm')}
            onConfirm={() => run.submit('remove')}
          />
        )}
      </Group>
      {run.message && <FormAlert kind="error">{run.message}</FormAlert>}
    </>
  );
}
