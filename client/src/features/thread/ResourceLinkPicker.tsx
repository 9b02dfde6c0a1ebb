import { Button, Stack } from '@mantine/core';
import { networkLinkMarkdown } from '@strom/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourcePicker } from '../library/ResourcePicker';

/**
 * "Link a library resource" under the reply: finds a resource the member may read and hands its markdown link to
 * `onLink`. Readers see the resource's title only if they may read it too (the server fills it in per reader).
 */
export function ResourceLinkPicker({ onLink }: { onLink: (markdown: string) => void }) {
  const { t } = useTranslation('thread');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <Stack gap="xs">
      <Button
        size="compact-sm"
        variant="subtle"
        w="fit-content"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('reply.linkResource')}
      </Button>
      {open && (
        <div id={panelId}>
          <ResourcePicker
            onPick={(resource) => {
              onLink(networkLinkMarkdown('resource', resource.id, resource.title));
              setOpen(false);
            }}
          />
        </div>
      )}
    </Stack>
  );
}
