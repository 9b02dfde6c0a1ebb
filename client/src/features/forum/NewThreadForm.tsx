import { Button, Group, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { MARKDOWN_SOURCE_MAX, TAG_MAX, THREAD_TAGS_MAX, THREAD_TITLE_MAX, type Finding, type GuardrailConfirmation } from '@strom/shared';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useForumsT } from '../../app/forumStrings';
import { FormAlert } from '../../ui/FormAlert';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { GuardrailPanel } from '../guardrail/GuardrailPanel';
import { useGuardrail } from '../guardrail/useGuardrail';
import { withoutFinding } from '../guardrail/withoutFinding';
import { CreateThreadMutation } from './forumDocuments';
import { guardrailRefusal } from './guardrailRefusal';
import { draftProblems, normaliseTags, type DraftField, type DraftProblem } from './threadDraft';

interface NewThreadFormProps {
  forum: { id: string; slug: string };
}

const sameFinding = (c: GuardrailConfirmation, f: Finding) => c.kind === f.kind && c.text === f.text;

/**
 * A new thread: title, tags and a markdown body, checked by the victim-data guardrail as the member types. Its id
 * is made once, here, so a retry after a lost answer returns the thread already created instead of a second one.
 */
export function NewThreadForm({ forum }: NewThreadFormProps) {
  const { t } = useForumsT();
  const navigate = useNavigate();
  const [clientId] = useState(() => crypto.randomUUID());
  const [title, setTitle] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [body, setBody] = useState('');
  const [confirmations, setConfirmations] = useState<GuardrailConfirmation[]>([]);
  const [problems, setProblems] = useState<Partial<Record<DraftField, DraftProblem>>>({});
  const [createdId, setCreatedId] = useState<string | null>(null);
  const titleCheck = useGuardrail(title, confirmations);
  const bodyCheck = useGuardrail(body, confirmations);
  const [createThread] = useMutation(CreateThreadMutation);

  const form = useMutationForm(
    async () => {
      const { data } = await createThread({
        variables: { input: { clientId, forumId: forum.id, title: title.trim(), tags, source: body, confirmations } },
      });
      if (data) setCreatedId(data.createThread.id);
    },
    { fields: ['title', 'tags', 'source'] },
  );
  // Leave once the guard knows the text is saved (navigating in the same tick would be blocked as unsaved).
  useEffect(() => {
    if (createdId) void navigate(`/t/${createdId}`);
  }, [createdId, navigate]);

  const problemText = (field: DraftField) => {
    const problem = problems[field];
    return problem ? t(`new.problems.${problem}`) : form.fieldErrors[field];
  };
  const errors = { title: problemText('title'), tags: problemText('tags'), source: problemText('source') };
  const formRef = useFocusFirstInvalid([problems, form.error]);
  const refused = guardrailRefusal(form.error);
  const dirty = title.trim() !== '' || body.trim() !== '' || tags.length > 0;

  const confirm = (finding: Finding) => setConfirmations((list) => [...list, { kind: finding.kind, text: finding.text }]);
  const unconfirm = (finding: Finding) => setConfirmations((list) => list.filter((c) => !sameFinding(c, finding)));
  const validate = () => {
    const found = draftProblems({ title, tags, body, confirmations });
    setProblems(found);
    return Object.keys(found).length === 0;
  };

  return (
    <form ref={formRef} onSubmit={submitHandler(form, validate)} noValidate aria-label={t('new.formLabel')}>
      <Stack gap="md">
        <LeaveGuard
          when={dirty && !createdId}
          title={t('new.leave.title')}
          question={t('new.leave.question')}
          stayLabel={t('new.leave.stay')}
          leaveLabel={t('new.leave.leave')}
        />
        <TextInput
          label={t('new.title')}
          required
          maxLength={THREAD_TITLE_MAX}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        {titleCheck.findings.length > 0 && (
          <GuardrailPanel
            text={title}
            findings={titleCheck.findings}
            confirmations={confirmations}
            onRemove={(finding) => setTitle((text) => withoutFinding(text, finding))}
            onConfirm={confirm}
            onUnconfirm={unconfirm}
            headingOrder={2}
          />
        )}
        <TagsInput
          label={t('new.tags')}
          description={t('new.tagsHint', { count: THREAD_TAGS_MAX, length: TAG_MAX })}
          value={tags}
          onChange={(next) => setTags(normaliseTags(next))}
          maxTags={THREAD_TAGS_MAX}
          splitChars={[',']}
          error={errors.tags}
        />
        <Textarea
          label={t('new.body')}
          description={t('new.bodyHint')}
          required
          rows={10}
          resize="vertical"
          maxLength={MARKDOWN_SOURCE_MAX}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={errors.source}
        />
        <GuardrailPanel
          text={body}
          findings={bodyCheck.findings}
          confirmations={confirmations}
          onRemove={(finding) => setBody((text) => withoutFinding(text, finding))}
          onConfirm={confirm}
          onUnconfirm={unconfirm}
          headingOrder={2}
        />
        {form.message && (
          <FormAlert kind="error" title={t('new.failed')}>
            {refused.length > 0 ? t('new.refused', { passages: refused.map((p) => `“${p.text}”`).join(', ') }) : form.message}
          </FormAlert>
        )}
        <Group>
          <Button type="submit" loading={form.pending || createdId !== null}>
            {t('new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
