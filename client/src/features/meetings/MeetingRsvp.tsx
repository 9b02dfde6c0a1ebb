import { useMutation } from '@apollo/client/react';
import { Button, Radio, Group, Stack, Textarea } from '@mantine/core';
import type { Finding, GuardrailConfirmation } from '@strom/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../gql';
import type { MeetingDetail_MeetingFragment, RsvpAnswer } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { Section } from '../../ui/Section';
import { useMutationForm } from '../../ui/useMutationForm';
import { GuardrailPanel } from '../guardrail/GuardrailPanel';
import { useGuardrail } from '../guardrail/useGuardrail';
import { withoutFinding } from '../guardrail/withoutFinding';
import { MeetingDetailFragment, MeetingRsvpMutation } from './meetingDocuments';

const ANSWERS = ['YES', 'MAYBE', 'NO'] as const satisfies readonly RsvpAnswer[];

const answerOf = (status: MeetingDetail_MeetingFragment['viewerStatus']): RsvpAnswer | null => {
  if (status === 'ACCEPTED' || status === 'WAITING') return 'YES';
  if (status === 'TENTATIVE') return 'MAYBE';
  if (status === 'DECLINED') return 'NO';
  return null;
};

/** The reader's yes / maybe / no with a note for the hosts; the note passes the victim-data guardrail. */
export function MeetingRsvp({ meeting }: { meeting: MeetingDetail_MeetingFragment }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<RsvpAnswer | null>(answerOf(meeting.viewerStatus));
  const [note, setNote] = useState('');
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  const { findings, unconfirmed } = useGuardrail(note, confirmations);
  const [saved, setSaved] = useState<string | null>(null);
  const [rsvp] = useMutation(MeetingRsvpMutation);
  const form = useMutationForm(async (chosen: RsvpAnswer) => {
    setSaved(null);
    const result = await rsvp({
      variables: { input: { meetingId: meeting.id, answer: chosen, note: note.trim() || null, confirmations } },
    });
    const updated = result.data ? getFragmentData(MeetingDetailFragment, result.data.rsvpMeeting) : null;
    if (updated?.viewerStatus) setSaved(t('meetings.rsvp.saved', { status: t(`meetings.viewerStatus.${updated.viewerStatus}`) }));
  });
  const forget = (finding: Finding) => confirmations.filter((c) => c.kind !== finding.kind || c.text !== finding.text);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (answer && unconfirmed.length === 0) void form.submit(answer);
  };

  return (
    <Section id="meeting-rsvp" title={t('meetings.rsvp.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" maw={560}>
          <Radio.Group
            label={t('meetings.rsvp.answer')}
            value={answer ?? ''}
            onChange={(value) => setAnswer(ANSWERS.find((a) => a === value) ?? null)}
          >
            <Group gap="md" mt="xs">
              {ANSWERS.map((value) => (
                <Radio key={value} value={value} label={t(`meetings.rsvp.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('meetings.rsvp.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}

            rows={3}
            maxLength={2000}
          />
          {findings.length > 0 && (
            <GuardrailPanel
              text={note}
              findings={findings}
              confirmations={confirmations}
              onRemove={(finding) => setNote(withoutFinding(note, finding))}
              onConfirm={({ kind, text }) => setConfirmations([...confirmations, { kind, text }])}
              onUnconfirm={(finding) => setConfirmations(forget(finding))}
            />
          )}
          <Group>
            <Button type="submit" loading={form.pending} disabled={!answer || unconfirmed.length > 0}>
              {t('meetings.rsvp.submit')}
            </Button>
          </Group>
          {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
          {saved && <FormAlert kind="success">{saved}</FormAlert>}
        </Stack>
      </form>
    </Section>
  );
}
