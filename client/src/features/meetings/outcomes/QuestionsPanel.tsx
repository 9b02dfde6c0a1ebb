import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../../gql';
import { FormAlert } from '../../../ui/FormAlert';
import { PanelSection } from './PanelSection';
import {
  AnswerQuestionMutation,
  AskQuestionMutation,
  HideQuestionMutation,
  MeetingOutcomesQuery,
  QuestionsPanelQuestionFragment,
  UpvoteQuestionMutation,
} from './outcomeDocuments';
import { useGuardedText } from './useGuardedText';
import { useOutcomeAction } from './useOutcomeAction';

type QuestionRef = FragmentType<typeof QuestionsPanelQuestionFragment>;

interface QuestionsPanelProps {
  meetingId: string;
  questions: readonly QuestionRef[];
  canRun: boolean;
  canAsk: boolean;
}

/**
 * The server's order (open first, most upvoted first, then oldest), kept as upvotes and answers arrive by event
 * into the cache: the sort is stable, so questions level on both keep the order they were read in.
 */
function inOrder(questions: readonly QuestionRef[]): QuestionRef[] {
  const key = (ref: QuestionRef) => getFragmentData(QuestionsPanelQuestionFragment, ref);
  return questions.toSorted((a, b) => Number(key(a).answered) - Number(key(b).answered) || key(b).upvotes - key(a).upvotes);
}

/** Q&A: participants ask and upvote (once each); hosts mark answered or hide. Open questions first, most upvoted first. */
export function QuestionsPanel({ meetingId, questions, canRun, canAsk }: QuestionsPanelProps) {
  const { t } = useTranslation();
  return (
    <PanelSection id="meeting-questions" title={t('outcomes.questions.title')}>
      {questions.length === 0 ? (
        <Text>{t('outcomes.questions.empty')}</Text>
      ) : (
        <List listStyleType="none" spacing="sm" aria-labelledby="meeting-questions">
          {inOrder(questions).map((ref) => {
            const question = getFragmentData(QuestionsPanelQuestionFragment, ref);
            return <QuestionItem key={question.id} question={ref} canRun={canRun} canUpvote={canAsk} />;
          })}
        </List>
      )}
      {canAsk && <AskForm meetingId={meetingId} />}
    </PanelSection>
  );
}

function QuestionItem(props: { question: FragmentType<typeof QuestionsPanelQuestionFragment>; canRun: boolean; canUpvote: boolean }) {
  const { t } = useTranslation();
  const question = getFragmentData(QuestionsPanelQuestionFragment, props.question);
  const [upvote] = useMutation(UpvoteQuestionMutation);
  const [answer] = useMutation(AnswerQuestionMutation);
  const [hide] = useMutation(HideQuestionMutation);
  const action = useOutcomeAction(async (which: 'upvote' | 'answer' | 'hide') => {
    const run = { upvote, answer, hide }[which];
    await run({ variables: { id: question.id } });
  });
  return (
    <List.Item>
      <Stack gap={4}>
        <Text>{question.text}</Text>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('outcomes.questions.by', { name: question.authorName })} · {t('outcomes.questions.upvotes', { count: question.upvotes })}
          </Text>
          {question.answered && <Badge variant="light">{t('outcomes.questions.answered')}</Badge>}
          {question.hidden && <Badge variant="outline">{t('outcomes.questions.hidden')}</Badge>}
        </Group>
        <Group gap="xs">
          {props.canUpvote && !question.viewerAsked && !question.hidden && (
            <Button
              size="xs"
              variant={question.viewerUpvoted ? 'filled' : 'light'}
              aria-pressed={question.viewerUpvoted}
              disabled={question.viewerUpvoted}
              loading={action.pending}
              onClick={() => void action.submit('upvote')}
              aria-label={`${t('outcomes.questions.upvote')}: ${question.text}`}
            >
              {t('outcomes.questions.upvote')}
            </Button>
          )}
          {props.canRun && !question.answered && (
            <Button
              size="xs"
              variant="light"
              onClick={() => void action.submit('answer')}
              aria-label={`${t('outcomes.questions.markAnswered')}: ${question.text}`}
            >
              {t('outcomes.questions.markAnswered')}
            </Button>
          )}
          {props.canRun && !question.hidden && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => void action.submit('hide')}
              aria-label={`${t('outcomes.questions.hide')}: ${question.text}`}
            >
              {t('outcomes.questions.hide')}
            </Button>
          )}
        </Group>
        {action.message && <FormAlert kind="error">{action.message}</FormAlert>}
      </Stack>
    </List.Item>
  );
}

function AskForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const text = useGuardedText();
  const [ask] = useMutation(AskQuestionMutation, { refetchQueries: [{ query: MeetingOutcomesQuery, variables: { id: meetingId } }] });
  const form = useOutcomeAction(async () => {
    await ask({ variables: { input: { id: crypto.randomUUID(), meetingId, text: text.text, confirmations: text.confirmations } } });
    text.reset();
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.text.trim() && !text.blocked) void form.submit();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('outcomes.questions.ask')}
          value={text.text}
          onChange={(e) => text.setText(e.currentTarget.value)}
          maxLength={500}
          rows={2}
        />
        {text.panel}
        <Group>
          <Button type="submit" loading={form.pending} disabled={text.blocked || !text.text.trim()}>
            {t('outcomes.questions.submit')}
          </Button>
        </Group>
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
      </Stack>
    </form>
  );
}
