import { Button, Group, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { FormAlert } from './FormAlert';

interface LeaveGuardProps {
  /** While true, leaving (a link, the back button, closing the tab) asks first. */
  when: boolean;
  title: string;
  question: string;
  stayLabel: string;
  leaveLabel: string;
}

/** Asks before the reader leaves a page with something they would lose: unsaved changes, codes shown once. */
export function LeaveGuard({ when, title, question, stayLabel, leaveLabel }: LeaveGuardProps) {
  const blocker = useBlocker(when);
  useEffect(() => {
    if (!when) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
  if (blocker.state !== 'blocked') return null;
  return (
    <FormAlert kind="error" title={title}>
      <Stack gap="xs" align="flex-start">
        <span>{question}</span>
        <Group gap="sm">
          <Button size="xs" onClick={() => blocker.reset()}>
            {stayLabel}
          </Button>
          <Button size="xs" variant="outline" color="red" onClick={() => blocker.proceed()}>
            {leaveLabel}
          </Button>
        </Group>
      </Stack>
    </FormAlert>
  );
}
