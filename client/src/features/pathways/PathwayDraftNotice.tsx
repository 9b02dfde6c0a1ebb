import { Button, Group, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { PathwayDiff } from './PathwayHistory';
import type { PathwayPlace } from './pathwayPlace';
import { usePathwayChanges, type PathwayChange } from './usePathwayChanges';

interface NoticeProps {
  place: PathwayPlace;
  pathway: { id: string; latestVersion: number; publishedVersion: number | null } | null;
  /** Someone else published: the form's publish button follows. */
  onPublished: (number: number) => void;
  /** Starts the form again from the current draft. */
  reload: () => Promise<void>;
}

// While an editor works, another editor's save or publication shows up here as it happens, instead of only as a
// CONFLICT at the next save: load their draft, or compare it with the version this form started from.
export function PathwayDraftNotice({ place, pathway, onPublished, reload }: NoticeProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PathwayChange | null>(null);
  const [publication, setPublication] = useState<PathwayChange | null>(null);
  const [comparing, setComparing] = useState(false);
  const base = pathway?.latestVersion ?? 0;
  const onChange = useCallback(
    (change: PathwayChange) => {
      // This editor's own saves (here or in another tab) come back as answers to their mutations.
      if (change.byYou) return;
      if (change.kind === 'PUBLISHED') {
        setPublication(change);
        onPublished(change.number);
      } else if (change.number > base) setDraft(change);
    },
    [base, onPublished],
  );
  usePathwayChanges(pathway, onChange);
  const name = (change: PathwayChange) => change.actorName ?? t('pathway.live.someone');
  return (
    <>
      {publication && (
        <FormAlert kind="success">{t('pathway.live.published', { name: name(publication), number: publication.number })}</FormAlert>
      )}
      {draft && (
        // Not an error: nothing is lost, and the editor decides when to look (read out without moving focus).
        <FormAlert kind="success" title={t('pathway.live.draftTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('pathway.live.draftSaved', { name: name(draft), number: draft.number })}</Text>
            <Group gap="sm">
              <Button size="xs" onClick={() => void reload()}>
                {t('pathway.live.reload')}
              </Button>
              <Button size="xs" variant="outline" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
                {t('pathway.live.compare', { from: base, to: draft.number })}
              </Button>
            </Group>
            {comparing && <PathwayDiff place={place} from={base} to={draft.number} />}
          </Stack>
        </FormAlert>
      )}
    </>
  );
}
