import { Container } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AppFooter } from '../features/shell/AppFooter';
import { AppHeader } from '../features/shell/AppHeader';
import { SkipLink } from '../ui/SkipLink';
import classes from './Root.module.css';

const mainId = 'main-content';

// The account slot needs the GraphQL client: a lazy chunk, so the entry chunk stays small. If it
// cannot load, the header goes without it rather than failing with it (the page reports the error).
const HeaderAccount = lazy(async (): Promise<{ default: ComponentType }> => {
  try {
    return { default: (await import('../app/DataLayer')).HeaderAccount };
  } catch {
    return { default: () => null };
  }
});

// A client-side navigation does not move focus; without this, screen-reader users stay on the
// old link. Move focus to the new page's content (not on the first load: the browser owns that).
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);
  return mainRef;
}

export function Root() {
  const { t } = useTranslation();
  const mainRef = useFocusMainOnNavigation();
  return (
    <div className={classes.page}>
      <SkipLink targetId={mainId}>{t('app.skipToContent')}</SkipLink>
      <AppHeader
        account={
          <Suspense fallback={null}>
            <HeaderAccount />
          </Suspense>
        }
      />
      <main id={mainId} ref={mainRef} tabIndex={-1} className={classes.main}>
        <Container size="lg" py="lg">
          <Outlet />
        </Container>
      </main>
      <AppFooter />
      <ScrollRestoration />
    </div>
  );
}
