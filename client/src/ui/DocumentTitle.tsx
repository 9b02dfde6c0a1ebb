import { useTranslation } from 'react-i18next';

// React 19 hoists <title> into <head>; each page names itself so tabs, history and screen readers can tell pages apart.
export function DocumentTitle({ page }: { page?: string }) {
  const { t } = useTranslation();
  return <title>{page ? t('app.documentTitle', { page }) : t('app.name')}</title>;
}
