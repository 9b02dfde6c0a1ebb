import { Stack, Text, Title } from '@mantine/core';
import { SEARCH_TEXT_MAX } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFinderStrings } from '../app/finderStrings';
import { useViewer } from '../features/account/useViewer';
import { SearchResults } from '../features/search/SearchResults';
import { DocumentTitle } from '../ui/DocumentTitle';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';
import { PageSkeleton } from '../ui/PageSkeleton';
import { SearchInput } from '../ui/SearchInput';

export function Search() {
  useFinderStrings();
  const { t } = useTranslation();
  const { viewer, error, refetch } = useViewer();
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

  let body;
  if (viewer === undefined) body = error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  else if (!query) body = <EmptyState message={viewer ? t('search.prompt') : `${t('search.prompt')} ${t('search.anonymousNote')}`} />;
  else body = <SearchResults query={query} member={viewer !== null} />;

  return (
    <Stack gap="lg">
      <DocumentTitle page={query ? `${query} · ${t('search.title')}` : t('search.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('search.title')}</Title>
        <Text>{t('search.intro')}</Text>
      </Stack>
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
      {body}
    </Stack>
  );
}
