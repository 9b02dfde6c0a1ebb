import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A country's name from its ISO code, in the page's language ("PL" → "Poland"); the code itself if unknown. */
export function useCountryName(): (code: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    return (code: string) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code; // not a well-formed region code: show what the server sent
      }
    };
  }, [language]);
}
