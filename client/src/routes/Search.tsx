import { Stack } from '@mantine/core';
import { SEARCH_TEXT_MAX } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFinderStrings } from '../app/finderStrings';
import { RequireViewer } from '../features/account/RequireViewer';
import { SearchResults } from '../features/search/SearchResults';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { SearchInput } from '../ui/SearchInput';

export function Search() {
  useFinderStrings();
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim().slice(0, SEARCH_TEXT_MAX);

  // Typing replaces the history entry: the back button leaves the search, not each keystroke.
  const onChange = (next: string) =>
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        if (next) params.set('q', next);
        else params.delete('q');
        return params;
      },
      { replace: true },
    );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('search.title')}
        intro={t('search.intro')}
        documentTitle={query ? `${query} · ${t('search.title')}` : t('search.title')}
      />
      <search aria-label={t('search.title')}>
        <form onSubmit={(event) => event.preventDefault()}>
          <SearchInput
            label={t('search.label')}
            description={t('search.description')}
            value={query}
            onChange={onChange}
            maxLength={SEARCH_TEXT_MAX}
          />
        </form>
      </search>
      <RequireViewer visitors>
        {(viewer) =>
          query ? (
            <SearchResults query={query} member={viewer !== null} />
          ) : (
            <EmptyState message={viewer ? t('search.prompt') : `${t('search.prompt')} ${t('search.anonymousNote')}`} />
          )
        }
      </RequireViewer>
    </Stack>
  );
}
