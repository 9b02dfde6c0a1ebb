import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '../app/cache';
import { createI18n } from '../app/i18n';
import { addMemberStrings } from '../app/memberStrings';
import { createAppTheme } from '../app/theme';

interface RenderOptions {
  mocks?: readonly MockLink.MockedResponse[];
  /** Route pattern the element is mounted at, e.g. `/experts/:id`. */
  path?: string;
  url?: string;
  /** Other routes to navigate to, e.g. the page a form sends the reader to on success. */
  otherRoutes?: RouteObject[];
}

// The app's real providers (translations, theme, cache policies) around one route, with the network
// replaced by Apollo's MockLink. Returns the memory router so tests can assert on the URL.
export function renderRoute(element: ReactElement, { mocks = [], path = '/', url = path, otherRoutes = [] }: RenderOptions = {}) {
  const router = createMemoryRouter([{ path, element }, ...otherRoutes], { initialEntries: [url] });
  // As the data layer does in the app: pages render with the member strings loaded.
  const i18n = createI18n('en');
  addMemberStrings(i18n);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={createAppTheme('Close')}>
        <MockedProvider mocks={mocks} cache={createCache()}>
          <RouterProvider router={router} />
        </MockedProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...result, router };
}

export function searchOf(router: ReturnType<typeof createMemoryRouter>): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(router.state.location.search));
}
