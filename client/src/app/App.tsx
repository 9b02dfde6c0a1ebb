import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createAppTheme, cssVariablesResolver } from './theme';

interface AppProps {
  i18n: I18n;
  router: DataRouter;
}

function ThemedRouter({ router }: { router: DataRouter }) {
  const { t } = useTranslation();
  const theme = useMemo(() => createAppTheme(t('common.close')), [t]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <RouterProvider router={router} />
    </MantineProvider>
  );
}

// The GraphQL client is provided further down, by the lazily loaded data layer (app/DataLayer.tsx).
export function App({ i18n, router }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedRouter router={router} />
    </I18nextProvider>
  );
}
