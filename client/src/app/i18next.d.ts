import type { defaultNS, resources } from './i18n';

// Typed keys: a missing or misspelt key fails the type check instead of showing a raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['en'];
  }
}
