import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { DocumentTitle } from './DocumentTitle';

interface PageHeaderProps {
  /** The page's one h1, and the tab's title unless `documentTitle` says otherwise. */
  title: string;
  intro?: ReactNode;
  documentTitle?: string;
}

export function PageHeader({ title, intro, documentTitle = title }: PageHeaderProps) {
  return (
    <>
      <DocumentTitle page={documentTitle} />
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        {intro && <Text>{intro}</Text>}
      </Stack>
    </>
  );
}
