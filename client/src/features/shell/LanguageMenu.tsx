import { NativeSelect } from '@mantine/core';
import { UI_LANGUAGES } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import classes from './AppHeader.module.css';

// Each language is named in itself ("Deutsch", "Suomi") so readers find their own whatever the
// page language is. A native <select>: keyboard and screen-reader support come from the platform,
// and no popover code ships in the entry chunk. Named once per language: each Intl.DisplayNames loads that
// locale's data, a cost every render of the header would otherwise pay again before the first paint.
const endonyms = new Map<string, string>();
function endonym(code: string): string {
  let endonymOfCode = endonyms.get(code);
  if (!endonymOfCode) {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    endonymOfCode = name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
    endonyms.set(code, endonymOfCode);
  }
  return endonymOfCode;
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
