import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { networkLinkMarkdown } from '@strom/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { GuardrailPanel } from '../guardrail/GuardrailPanel';
import { appendPost } from './appendPost';
import { MentionSuggestions, mentionAt } from './MentionSuggestions';
import { PostPreview } from './PostPreview';
import { ResourceLinkPicker } from './ResourceLinkPicker';
import { AddPostMutation } from './replyDocuments';
import { useDraftSaver } from './useDraftSaver';
import { useGuardedSource } from './useGuardedSource';

export interface ReplyTarget {
  id: string;
  position: number;
  authorName: string;
}

interface ReplyBoxProps {
  threadId: string;
  draft: string;
  replyTo: ReplyTarget | null;
  onClearReplyTo: () => void;
  /** Markdown to add at the end (a quote), with a counter so the same quote can be added twice. */
  insert: { markdown: string; nonce: number } | null;
}

/**
 * The reply: write and preview tabs, the guardrail panel, mentions, the draft kept on the server. The post carries an
 * id made here, kept until it is posted, so a retry after a timeout can never post it twice.
 */
export function ReplyBox({ threadId, draft, replyTo, onClearReplyTo, insert }: ReplyBoxProps) {
  const { t } = useTranslation('thread');
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const text = useGuardedSource(draft);
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [tab, setTab] = useState<string | null>('write');
  const [caret, setCaret] = useState(draft.length);
  const [error, setError] = useState<string | null>(null);
  const [posted, setPosted] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const drafts = useDraftSaver(threadId, text.source, draft, true);
  const [addPost, { loading }] = useMutation(AddPostMutation, {
    update: (cache, { data }) => data && appendPost(cache, threadId, data.addPost),
  });
  const mention = mentionAt(text.source, caret);
  const { setSource } = text;

  // A quote asked for from a post: added once per request (adjusting state to a new prop while rendering), then a
  // blank line, so what the author types next is not read as part of the quote.
  const [inserted, setInserted] = useState(0);
  if (insert && insert.nonce !== inserted) {
    setInserted(insert.nonce);
    setSource((current) => (current.trim() === '' ? insert.markdown : `${current.trimEnd()}\n\n${insert.markdown}`) + '\n');
    setTab('write');
  }
  useEffect(() => {
    if (insert) field.current?.focus();
  }, [insert]);

  const edit = (value: string, position: number) => {
    text.setSource(value);
    setCaret(position);
    setPosted(false);
  };

  const pickMention = (candidate: { expertId: string; name: string }) => {
    if (!mention) return;
    const link = `${networkLinkMarkdown('expert', candidate.expertId, candidate.name)} `;
    const value = text.source.slice(0, mention.start) + link + text.source.slice(caret);
    edit(value, mention.start + link.length);
    field.current?.focus();
  };

  /** A library resource's link, at the caret, with a space after it. */
  const linkResource = (markdown: string) => {
    const link = `${markdown} `;
    edit(text.source.slice(0, caret) + link + text.source.slice(caret), caret + link.length);
    field.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const input = { clientId, threadId, source: text.source, confirmations: text.confirmations, replyToId: replyTo?.id ?? null };
      await addPost({ variables: { input } });
      // Only now a new id: until the post is acknowledged, a retry sends the same one and the server answers with it.
      setClientId(crypto.randomUUID());
      text.reset();
      drafts.sent();
      onClearReplyTo();
      setPosted(true);
    } catch (failure) {
      setError(errorMessage(failure, { fields: [] }));
    }
  };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="sm">
      <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
        <Title order={2} size="h4" id={headingId}>
          {t('reply.heading')}
        </Title>
        {replyTo && (
          <Group gap="xs">
            <Text size="sm">{t('reply.replyingTo', { position: replyTo.position, name: replyTo.authorName })}</Text>
            <Button size="compact-xs" variant="subtle" onClick={onClearReplyTo}>
              {t('reply.cancelReplyTo')}
            </Button>
          </Group>
        )}
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="write">{t('reply.write')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('reply.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="xs">
            <Textarea
              ref={field}
              label={t('reply.label')}
              description={t('reply.hint')}
              rows={5}
              maxLength={20_000}
              value={text.source}
              onChange={(event) => edit(event.currentTarget.value, event.currentTarget.selectionStart)}
              onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
            />
            {mention && <MentionSuggestions threadId={threadId} query={mention.query} onPick={pickMention} />}
            <ResourceLinkPicker onLink={linkResource} />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="xs">
            <PostPreview threadId={threadId} source={text.source} />
          </Tabs.Panel>
        </Tabs>
        {text.guardrail.findings.length > 0 && <GuardrailPanel {...text.panel} />}
        {error && <FormAlert kind="error">{error}</FormAlert>}
        {posted && <FormAlert kind="success">{t('reply.posted')}</FormAlert>}
        <Group gap="xs">
          <Button
            type="submit"
            loading={loading}
            disabled={text.source.trim() === '' || text.guardrail.unconfirmed.length > 0 || text.guardrail.checking}
          >
            {t('reply.submit')}
          </Button>
        </Group>
        <LeaveGuard
          when={drafts.unsaved}
          title={t('reply.leaveTitle')}
          question={t('reply.leaveQuestion')}
          stayLabel={t('reply.stay')}
          leaveLabel={t('reply.leave')}
        />
      </Stack>
    </Paper>
  );
}
