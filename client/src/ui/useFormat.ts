import { useTranslation } from 'react-i18next';

const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;
const week = 7 * day;

// Never let one malformed value from the server take the whole page down: show it as sent.
function safely(value: string, date: Date, format: (date: Date) => string): string {
  return Number.isNaN(date.getTime()) ? value : format(date);
}

/**
 * The locale dates and numbers are written in: the reader's own variant of the page's language when the browser
 * names one (`de-AT` for German pages), otherwise the language as written in the region — English as in the UK
 * and Ireland (day before month), never the US default.
 */
export function formatLocale(language: string, preferred: readonly string[]): string {
  const own = preferred.find((tag) => tag.toLowerCase().split('-')[0] === language && tag.includes('-'));
  if (own && own.toLowerCase() !== 'en-us') return own;
  return language === 'en' ? 'en-GB' : language;
}

/** Builds the value on first use only: a page that writes no date pays for no date formatter. */
function once<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}

export function createFormat(locale: string) {
  // Each Intl constructor loads locale data (~3 ms each on a phone): built when first asked for, not all five up front.
  const languageNames = once(() => new Intl.DisplayNames([locale], { type: 'language' }));
  const relative = once(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  // No timeZone: the reader's own zone, as DESIGN §5 asks for timestamps. The 24-hour clock, as in the region.
  const dateTime = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }));
  // A calendar day has no zone: format it in UTC so it never shifts by a day.
  const calendarDate = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const number = once(() => new Intl.NumberFormat(locale));

  // Arrow functions, so they can be passed around (`languages.map(format.languageName)`).
  return {
    number: (value: number): string => number().format(value),
    languageName: (code: string): string => {
      try {
        return languageNames().of(code) ?? code;
      } catch {
        return code; // not a well-formed language tag: show what the server sent
      }
    },
    dateTime: (iso: string): string => safely(iso, new Date(iso), (d) => dateTime().format(d)),
    /** A `YYYY-MM-DD` calendar day. */
    calendarDate: (localDate: string): string =>
      /^\d{4}-\d{2}-\d{2}$/.test(localDate)
        ? safely(localDate, new Date(`${localDate}T00:00:00Z`), (d) => calendarDate().format(d))
        : localDate,
    relativeTime: (iso: string, now: number): string =>
      safely(iso, new Date(iso), (date) => {
        const seconds = Math.round((date.getTime() - now) / 1000);
        const size = Math.abs(seconds);
        if (size < minute) return relative().format(0, 'second');
        if (size < hour) return relative().format(Math.round(seconds / minute), 'minute');
        if (size < day) return relative().format(Math.round(seconds / hour), 'hour');
        if (size < week) return relative().format(Math.round(seconds / day), 'day');
        return dateTime().format(date);
      }),
  };
}

export type Format = ReturnType<typeof createFormat>;

// One set of formatters per language for the whole app: Intl constructors are slow (a list of 20 entries, each
// building its own five, cost ~40 ms of a phone's first render), and the formatters hold no state.
const formats = new Map<string, Format>();

function formatFor(locale: string): Format {
  let format = formats.get(locale);
  if (!format) {
    format = createFormat(locale);
    formats.set(locale, format);
  }
  return format;
}

/** The locale this page's dates and names are written in (formatLocale for its language and the browser's). */
export function useFormatLocale(): string {
  const { i18n } = useTranslation();
  return formatLocale(i18n.resolvedLanguage ?? 'en', typeof navigator === 'undefined' ? [] : navigator.languages);
}

// Formats follow the language the page is shown in, so dates and names never mix languages.
export function useFormat(): Format {
  return formatFor(useFormatLocale());
}
