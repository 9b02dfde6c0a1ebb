import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INFO_PAGES } from '../features/info/infoSlugs';
import { renderRoute } from '../test/render';
import { InfoPage } from './InfoPage';

describe('help and legal pages', () => {
  it('each has a title, an introduction and sections', async () => {
    for (const slug of INFO_PAGES) {
      const { unmount } = renderRoute(<InfoPage slug={slug} />);
      expect(await screen.findByRole('heading', { level: 1 }), slug).toHaveTextContent(/\w/);
      expect(screen.getAllByRole('heading', { level: 2 }).length, slug).toBeGreaterThan(0);
      unmount();
    }
  });

  it('the privacy notice says how to export and erase one’s data', async () => {
    renderRoute(<InfoPage slug="privacy" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Your rights' })).toBeInTheDocument();
    expect(screen.getByText(/download all of it as a file/)).toBeInTheDocument();
    expect(screen.getByText(/delete your account there/)).toBeInTheDocument();
  });
});
