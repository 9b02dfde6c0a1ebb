import { Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageSkeleton } from './PageSkeleton';
import { firstPageHead, shellHead, type ShellHead } from './shellHead';

/**
 * What the shell shows while the first page's code loads (the router's HydrateFallback). Where the HTML carried the
 * page's head, it shows that head over a placeholder, as the static shell did: the words do not blink away to grey
 * bars and back. The head is decorative here, like the shell's; the page renders the real one.
 */
export function FirstPageSkeleton({ shell = shellHead }: { shell?: ShellHead | null }) {
  const { t } = useTranslation();
  const head = firstPageHead(useLocation().pathname, shell);
  if (!head) return <PageSkeleton />;
  return (
    <Stack component="output" gap="lg" aria-busy="true" data-testid="loading">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <Stack gap={head.layout === 'welcome' ? 'sm' : 4} aria-hidden="true" data-testid="first-page-head">
        <Title order={1}>{head.title}</Title>
        {head.intro && <Text size={head.layout === 'welcome' ? 'lg' : 'md'}>{head.intro}</Text>}
      </Stack>
      <Skeleton height={120} />
    </Stack>
  );
}
