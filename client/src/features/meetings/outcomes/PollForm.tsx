import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui/FormAlert';
import { MeetingOutcomesQuery, CreatePollMutation } from './outcomeDocuments';
import { useGuardedText } from './useGuardedText';
import { useOutcomeAction } from './useOutcomeAction';

/** A host prepares a poll (a draft, opened when the meeting gets to it). The question and options pass the guardrail together. */
export function PollForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const question = useGuardedText();
  const options = useGuardedText();
  const [multiple, setMultiple] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const [create] = useMutation(CreatePollMutation, { refetchQueries: [{ query: MeetingOutcomesQuery, variables: { id: meetingId } }] });
  const form = useOutcomeAction(async () => {
    const lines = options.text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    await create({
      variables: {
        input: {
          id: crypto.randomUUID(),
          meetingId,
          question: question.text,
          options: lines,
          multiple,
          anonymous,
          confirmations: [...question.confirmations, ...options.confirmations],
        },
      },
    });
    question.reset();
    options.reset();
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!options.blocked && !question.blocked) void form.submit();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Fieldset legend={t('outcomes.polls.new')}>
        <Stack gap="sm">
          <TextInput
            label={t('outcomes.polls.question')}
            value={question.text}
            onChange={(e) => question.setText(e.currentTarget.value)}
            required
            maxLength={300}
          />
          {question.panel}
          <Textarea
            label={t('outcomes.polls.options')}
            value={options.text}
            onChange={(e) => options.setText(e.currentTarget.value)}
            required
            rows={4}
          />
          {options.panel}
          <Checkbox label={t('outcomes.polls.allowMultiple')} checked={multiple} onChange={(e) => setMultiple(e.currentTarget.checked)} />
          <Checkbox label={t('outcomes.polls.makeAnonymous')} checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} />
          <Group>
            <Button type="submit" loading={form.pending} disabled={options.blocked || question.blocked}>
              {t('outcomes.polls.create')}
            </Button>
          </Group>
          {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        </Stack>
      </Fieldset>
    </form>
  );
}
