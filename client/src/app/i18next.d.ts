import type { defaultNS, resources } from './i18n';
import type members from './locales/en/members.json';

// Typed keys: a missing or misspelt key fails the type check instead of showing a raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    // The member strings are added at run time (app/memberStrings.ts) into the same namespace.
    resources: { translation: (typeof resources)['en']['translation'] & typeof members };
  }
}
