import { NativeSelect } from '@mantine/core';
import { UI_LANGUAGES } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import classes from './AppHeader.module.css';

// Each language is named in itself ("Deutsch", "Suomi") so readers find their own whatever the
// page language is. A native <select>: keyboard and screen-reader support come from the platform,
// and no popover code ships in the entry chunk. The names are written out: Intl.DisplayNames loads each
// locale's data, ~130 ms of a loaded phone's first render for twelve languages (S8), and some browsers
// lack a locale's data altogether (Debian's Chromium names Icelandic in English).
export const ENDONYMS: Readonly<Record<string, string>> = {
  en: 'English',
  da: 'Dansk',
  de: 'Deutsch',
  et: 'Eesti',
  fi: 'Suomi',
  is: 'Íslenska',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  no: 'Norsk',
  pl: 'Polski',
  ru: 'Русский',
  sv: 'Svenska',
};

/** A language added to UI_LANGUAGES before it is added above is named by the browser. */
function endonym(code: string): string {
  const known = ENDONYMS[code];
  if (known) return known;
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const options = UI_LANGUAGES.map((code) => ({
    value: code,
    label: i18n.hasResourceBundle(code, 'translation') ? endonym(code) : `${endonym(code)} (${t('language.pending')})`,
  }));

  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      className={classes.language}
      value={i18n.language}
      onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
      data={options}
    />
  );
}
