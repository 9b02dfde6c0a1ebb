import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

// A titled region inside "During the meeting": an h3 under its h2, naming the region for landmark navigation.
export function PanelSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={3} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
