import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData } from '../../../gql';
import type { MinutesPage_MinutesFragment } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { downloadText } from '../../../ui/download';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { NotFoundState } from '../../../ui/NotFoundState';
import { PageHeader } from '../../../ui/PageHeader';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { useFormat } from '../../../ui/useFormat';
import {
  GenerateMinutesMutation,
  MeetingMinutesQuery,
  MinutesFragment,
  PublishMinutesMutation,
  UpdateMinutesMutation,
} from './outcomeDocuments';
import { useGuardedText } from './useGuardedText';
import { useOutcomeAction } from './useOutcomeAction';

/** `/meetings/:id/minutes`: the published minutes for participants; for hosts, generating, editing and publishing the draft. */
export function MinutesPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MeetingMinutesQuery, { variables: { id } });
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  const back = (
    <Anchor component={Link} to={`/meetings/${id}`}>
      {t('outcomes.minutes.back')}
    </Anchor>
  );
  if (!data.meeting) {
    return (
      <NotFoundState title={t('outcomes.minutes.title')} message={t('meetings.notFound')}>
        {back}
      </NotFoundState>
    );
  }
  const { meeting } = data;
  const minutes = meeting.minutes ? getFragmentData(MinutesFragment, meeting.minutes) : null;
  const writer = meeting.viewerCanOutcomes.writeMinutes;
  return (
    <Stack gap="lg">
      {back}
      <PageHeader title={`${t('outcomes.minutes.title')}: ${meeting.title}`} />
      {meeting.status !== 'ENDED' && !minutes && <Text>{t('outcomes.minutes.notEnded')}</Text>}
      {meeting.status === 'ENDED' && !minutes && !writer && <Text>{t('outcomes.minutes.notYet')}</Text>}
      {writer && !minutes && <Generate meetingId={id} version={null} />}
      {minutes && <Minutes minutes={minutes} title={meeting.title} />}
      {writer && minutes?.status === 'DRAFT' && <MinutesEditor key={minutes.version} minutes={minutes} />}
    </Stack>
  );
}

function Minutes({ minutes, title }: { minutes: MinutesPage_MinutesFragment; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fileName = `${
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'minutes'
  }-minutes.md`;
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        <Badge variant={minutes.status === 'PUBLISHED' ? 'filled' : 'outline'}>
          {minutes.status === 'PUBLISHED' && minutes.publishedAt
            ? t('outcomes.minutes.published', { date: format.dateTime(minutes.publishedAt) })
            : t('outcomes.minutes.draft')}
        </Badge>
        <Button variant="light" size="xs" onClick={() => downloadText(fileName, minutes.source, 'text/markdown')}>
          {t('outcomes.minutes.download')}
        </Button>
      </Group>
      {/* Rendered and sanitised by the server (core/content/markdown.ts). */}
      <article aria-label={t('outcomes.minutes.title')} data-testid="minutes" dangerouslySetInnerHTML={{ __html: minutes.html }} />
    </Stack>
  );
}

function Generate({ meetingId, version }: { meetingId: string; version: number | null }) {
  const { t } = useTranslation();
  const [generate] = useMutation(GenerateMinutesMutation, {
    refetchQueries: [{ query: MeetingMinutesQuery, variables: { id: meetingId } }],
  });
  const form = useOutcomeAction(async () => {
    await generate({ variables: { meetingId, expectedVersion: version } });
  });
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant={version === null ? 'filled' : 'light'} loading={form.pending} onClick={() => void form.submit()}>
        {t(version === null ? 'outcomes.minutes.generate' : 'outcomes.minutes.regenerate')}
      </Button>
      {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
    </Stack>
  );
}

function MinutesEditor({ minutes }: { minutes: MinutesPage_MinutesFragment }) {
  const { t } = useTranslation();
  const source = useGuardedText(minutes.source);
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UpdateMinutesMutation);
  const [publish] = useMutation(PublishMinutesMutation);
  const save = useOutcomeAction(async () => {
    setSaved(false);
    await update({
      variables: {
        input: { meetingId: minutes.meetingId, expectedVersion: minutes.version, source: source.text, confirmations: source.confirmations },
      },
    });
    setSaved(true);
  });
  const publishing = useOutcomeAction(async () => {
    await publish({ variables: { meetingId: minutes.meetingId, expectedVersion: minutes.version } });
  });
  const changed = source.text !== minutes.source;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (changed && !source.blocked) void save.submit();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('outcomes.minutes.source')}
          value={source.text}
          onChange={(e) => source.setText(e.currentTarget.value)}
          rows={16}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        {source.panel}
        <Group gap="sm" wrap="wrap">
          <Button type="submit" loading={save.pending} disabled={!changed || source.blocked}>
            {t('outcomes.minutes.save')}
          </Button>
          <ConfirmButton
            label={t('outcomes.minutes.publish')}
            question={t('outcomes.minutes.publishConfirm')}
            confirmLabel={t('outcomes.minutes.publish')}
            confirmColor="blue"
            disabled={changed}
            onConfirm={() => publishing.submit()}
          />
        </Group>
        {saved && !changed && <FormAlert kind="success">{t('outcomes.minutes.saved')}</FormAlert>}
        {(save.message ?? publishing.message) && <FormAlert kind="error">{save.message ?? publishing.message}</FormAlert>}
        <Generate meetingId={minutes.meetingId} version={minutes.version} />
      </Stack>
    </form>
  );
}
