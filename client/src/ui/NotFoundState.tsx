import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface NotFoundStateProps {
  title: string;
  message: string;
  children?: ReactNode;
}

export function NotFoundState({ title, message, children }: NotFoundStateProps) {
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{title}</Title>
      <Text>{message}</Text>
      {children}
    </Stack>
  );
}
