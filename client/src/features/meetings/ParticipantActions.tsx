import { useMutation } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';
import { AddMeetingHostMutation, RemoveMeetingHostMutation, RemoveMeetingParticipantMutation } from './meetingDocuments';

interface ParticipantActionsProps {
  meetingId: string;
  person: { userId: string; name: string; status: string };
  /** Hosts may remove (the participant's live stream ends at once). */
  canRemove: boolean;
  /** Offered for someone invited who has not declined and is not a host yet. */
  canAppoint: boolean;
  /** Offered for a co-host while another host remains (the server keeps the last one). */
  canDemote: boolean;
}

type Action = 'remove' | 'appoint' | 'demote';

/** A host's actions on one participant, each asked first: make them a co-host or no longer one, remove them. */
export function ParticipantActions({ meetingId, person, canRemove, canAppoint, canDemote }: ParticipantActionsProps) {
  const { t } = useTranslation();
  const [remove] = useMutation(RemoveMeetingParticipantMutation);
  const [appoint] = useMutation(AddMeetingHostMutation);
  const [demote] = useMutation(RemoveMeetingHostMutation);
  const input = { meetingId, userId: person.userId };
  const run = useMutationForm(async (action: Action) => {
    const mutate = { remove, appoint, demote }[action];
    await mutate({ variables: { input } });
  });
  const offered = (
    [
      ['appoint', canAppoint],
      ['demote', canDemote],
      ['remove', canRemove],
    ] as const
  ).flatMap(([action, offer]) => (offer ? [action] : []));
  if (offered.length === 0) return null;
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {offered.map((action) => (
          <ConfirmButton
            key={action}
            size="compact-sm"
            variant="outline"
            {...(action === 'remove' ? { color: 'red' } : { confirmColor: 'blue' })}
            label={t(`meetings.participants.${action}`, { name: person.name })}
            question={t(`meetings.participants.${action}Question`, { name: person.name })}
            confirmLabel={t(`meetings.participants.${action}Confirm`)}
            onConfirm={() => run.submit(action)}
          />
        ))}
      </Group>
      {run.message && <FormAlert kind="error">{run.message}</FormAlert>}
    </>
  );
}
