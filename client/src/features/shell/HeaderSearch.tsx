import { InputBase } from '@mantine/core';
import { SEARCH_TEXT_MAX } from '@strom/shared';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import classes from './AppHeader.module.css';

// Only a form that opens /search: the results page (and its GraphQL) is a lazy chunk, and this box
// ships in the entry chunk, which must stay within its budget (DESIGN §7, S8).
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = new FormData(event.currentTarget).get('q');
    const text = typeof query === 'string' ? query.trim() : '';
    void navigate(text ? `/search?${new URLSearchParams({ q: text }).toString()}` : '/search');
  };
  return (
    <search className={classes.search} aria-label={t('nav.search')}>
      <form onSubmit={submit}>
        <InputBase
          type="search"
          name="q"
          size="xs"
          aria-label={t('nav.search')}
          placeholder={t('nav.search')}
          maxLength={SEARCH_TEXT_MAX}
        />
      </form>
    </search>
  );
}
