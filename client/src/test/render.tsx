import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '../app/cache';
import { createI18n } from '../app/i18n';
import { createAppTheme } from '../app/theme';

interface RenderOptions {
  mocks?: readonly MockLink.MockedResponse[];
  /** Route pattern the element is mounted at, e.g. `/experts/:id`. */
  path?: string;
  url?: string;
}

// The app's real providers (translations, theme, cache policies) around one route, with the network
// replaced by Apollo's MockLink. Returns the memory router so tests can assert on the URL.
export function renderRoute(element: ReactElement, { mocks = [], path = '/', url = path }: RenderOptions = {}) {
  const router = createMemoryRouter([{ path, element }], { initialEntries: [url] });
  const result = render(
    <I18nextProvider i18n={createI18n('en')}>
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
