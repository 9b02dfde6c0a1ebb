import { UI_LANGUAGES } from '@strom/shared';
import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import translation from './locales/en/translation.json';
import { vocabEn } from './vocab';

export const defaultNS = 'translation';
export const resources = {
  en: { translation: { ...translation, vocab: vocabEn } },
} as const;

const storageKey = 'strom.language';

/** The language the reader chose on an earlier visit, or English. */
export function storedLanguage(): string {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return stored && (UI_LANGUAGES as readonly string[]).includes(stored) ? stored : 'en';
  } catch {
    // Storage can be unavailable (privacy modes); the default is fine.
    return 'en';
  }
}

// `resolvedLanguage` is the language whose strings are actually on screen: a reader who picks a
// language without translations yet still reads English, and screen readers must pronounce it so.
function applyDocumentLanguage(instance: i18n): void {
  document.documentElement.lang = instance.resolvedLanguage ?? 'en';
}

export function createI18n(language: string = storedLanguage()): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources,
    defaultNS,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: UI_LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  applyDocumentLanguage(instance);
  instance.on('languageChanged', (lng) => {
    applyDocumentLanguage(instance);
    try {
      window.localStorage.setItem(storageKey, lng);
    } catch {
      // Not remembering the choice is acceptable.
    }
  });
  return instance;
}
