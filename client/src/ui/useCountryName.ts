import { useTranslation } from 'react-i18next';
import { REGION_NAMES_EN } from './regionNamesEn';

// One lookup per language for the whole app: each Intl.DisplayNames loads its locale data (~20 ms on a phone), and
// a list of meetings built one per card.
const lookups = new Map<string, (code: string) => string>();

function countryNames(language: string): (code: string) => string {
  let lookup = lookups.get(language);
  if (!lookup) {
    lookup = language === 'en' ? englishName : intlLookup(language);
    lookups.set(language, lookup);
  }
  return lookup;
}

// The browser's region names load on the first code the written-out table lacks, never before.
let englishIntl: ((code: string) => string) | undefined;
const englishName = (code: string) => REGION_NAMES_EN[code] ?? (englishIntl ??= intlLookup('en'))(code);

function intlLookup(language: string): (code: string) => string {
  const names = new Intl.DisplayNames([language], { type: 'region' });
  return (code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code; // not a well-formed region code: show what the server sent
    }
  };
}

/** A country's name from its ISO code, in the page's language ("PL" → "Poland"); the code itself if unknown. */
export function useCountryName(): (code: string) => string {
  const { i18n } = useTranslation();
  return countryNames(i18n.resolvedLanguage ?? 'en');
}
