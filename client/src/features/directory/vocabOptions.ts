import { LEVELS, SPOKEN_LANGUAGES } from '@strom/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { vocabKeys, vocabLabelKey, type VocabList } from '../../app/vocab';
import type { Option } from '../../ui/FilterSelect';
import { useFormat, useFormatLocale, type Format } from '../../ui/useFormat';
import { LANGUAGE_OPTIONS_EN_GB } from './languageOptionsEnGb';

// Keys come from the URL, so anything outside the vocabulary is dropped rather than sent to the
// server (which would answer BAD_USER_INPUT for a typo in a shared link).
export function pickKey<K extends string>(value: string | undefined, keys: readonly K[]): K | undefined {
  return keys.find((key) => key === value);
}

export function useVocabOptions(list: VocabList): Option[] {
  const { t } = useTranslation();
  return useMemo(() => vocabKeys(list).map((key) => ({ value: key, label: t(vocabLabelKey(list, key)) })), [list, t]);
}

export function useLevelOptions(): Option[] {
  const { t } = useTranslation();
  return useMemo(() => LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) })), [t]);
}

/** Each spoken language named in the page's language, sorted by name. */
export function buildLanguageOptions(format: Format, language: string | undefined): Option[] {
  const collator = new Intl.Collator(language);
  return SPOKEN_LANGUAGES.map((code) => ({ value: code, label: format.languageName(code) })).toSorted((a, b) =>
    collator.compare(a.label, b.label),
  );
}

export function useLanguageOptions(): readonly Option[] {
  const format = useFormat();
  const locale = useFormatLocale();
  const { i18n } = useTranslation();
  return useMemo(
    () =>
      locale === 'en-GB' && i18n.resolvedLanguage === 'en' ? LANGUAGE_OPTIONS_EN_GB : buildLanguageOptions(format, i18n.resolvedLanguage),
    [format, locale, i18n.resolvedLanguage],
  );
}
