import { Anchor, Breadcrumbs, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { PageHeadAbove, PageHeadAboveStyle } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageSkeleton } from './PageSkeleton';
import { firstPageHead, shellHead, type ShellHead } from './shellHead';

/**
 * A whole page, head included, while its code or data loads: the router's fallback, and the pages whose head is
 * data (a forum, a thread, a meeting) while they ask for it. On the page the HTML was served for, where the HTML
 * carried the page's head (its fixed words, or the title the server wrote for this reader), it shows that head over
 * a placeholder, as the static shell did: the words do not blink away to grey bars and back. The head is
 * decorative here, like the shell's; the page renders the real one. Not for what loads under a page's own header:
 * that would show the head twice.
 */
export function FirstPageSkeleton({ shell = shellHead() }: { shell?: ShellHead | null }) {
  const { t } = useTranslation();
  const head = firstPageHead(useLocation().pathname, shell);
  if (!head) return <PageSkeleton />;
  const words = (
    <Stack gap={head.layout === 'welcome' ? 'sm' : 4}>
      <Title order={1}>{head.title}</Title>
      {head.intro && <Text size={head.layout === 'welcome' ? 'lg' : 'md'}>{head.intro}</Text>}
    </Stack>
  );
  return (
    <Stack component="output" gap="lg" aria-busy="true" data-testid="loading">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <div aria-hidden="true" data-testid="first-page-head">
        {head.above ? (
          <Stack gap={ABOVE_GAP[head.above.style]}>
            <LinksAbove above={head.above} />
            {words}
          </Stack>
        ) : (
          words
        )}
      </div>
      <Skeleton height={120} />
    </Stack>
  );
}

/** The space between the links and the title, as each page has it (ForumView, ThreadHeader, MeetingPage). */
const ABOVE_GAP: Record<PageHeadAboveStyle, string> = { back: 'xl', 'small-back': 'lg', breadcrumbs: 'xs' };

/** The page's links above its title, drawn as it draws them but not links: nothing decorative takes the focus. */
function LinksAbove({ above }: { above: PageHeadAbove }) {
  const size = above.style === 'back' ? 'md' : 'sm';
  const links = above.links.map((link) => (
    <Anchor key={link.href} component="span" size={size}>
      {link.label}
    </Anchor>
  ));
  return above.style === 'breadcrumbs' ? <Breadcrumbs separator="›">{links}</Breadcrumbs> : links;
}
