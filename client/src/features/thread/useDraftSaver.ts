import { useMutation } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { DiscardDraftMutation, SaveDraftMutation } from './replyDocuments';

/** Long enough to save once per pause in typing, short enough that a reload loses at most a few words. */
export const DRAFT_DELAY_MS = 800;

/**
 * Keeps the member's unsent reply on the server (per thread), a short pause after they stop typing, so it survives a
 * reload or another device. `saved` is the text the server holds: what is typed beyond it would be lost by leaving.
 */
export function useDraftSaver(threadId: string, source: string, initial: string, enabled: boolean, delayMs = DRAFT_DELAY_MS) {
  const [saved, setSaved] = useState(initial);
  const [debounced] = useDebouncedValue(source, delayMs);
  const [saveDraft] = useMutation(SaveDraftMutation);
  const [discardDraft] = useMutation(DiscardDraftMutation);

  useEffect(() => {
    // Only text the debounce has settled on: right after a post the debounced value is still the sent text.
    if (!enabled || debounced !== source || debounced === saved) return;
    const empty = debounced.trim() === '';
    const request = empty
      ? discardDraft({ variables: { threadId } })
      : saveDraft({ variables: { input: { threadId, source: debounced } } });
    request.then(
      () => setSaved(debounced),
      () => {
        // Not saved: the leave guard keeps asking, and the next pause tries again.
      },
    );
  }, [debounced, source, saved, enabled, threadId, saveDraft, discardDraft]);

  return {
    /** Whether leaving now would lose typed text. */
    unsaved: enabled && source !== saved && source.trim() !== '',
    /** The reply was posted: the server dropped its draft. */
    sent: () => setSaved(''),
  };
}
