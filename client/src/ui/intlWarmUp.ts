import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from './useFormat';

/**
 * The first Intl.DateTimeFormat or Intl.Collator of a page loads the browser's locale data for it (30–160 ms on a
 * phone, S8); the browser keeps that data, so later ones are cheap. Left to the first date or sort of the page, the
 * load lands in the blocking render of the page's answer. These hooks do it in a task of their own after the page
 * mounted, while its answer is on the way.
 */
function useWarmUp(warm: () => void): void {
  const atMount = useRef(warm);
  useEffect(() => {
    const timer = setTimeout(() => atMount.current());
    return () => clearTimeout(timer);
  }, []);
}

/** For a page that writes dates. */
export function useDateFormatWarmUp(): void {
  const format = useFormat();
  useWarmUp(() => format.dateTime(new Date(0).toISOString()));
}

/** For a page that sorts names. */
export function useCollationWarmUp(): void {
  const { i18n } = useTranslation();
  useWarmUp(() => new Intl.Collator(i18n.resolvedLanguage));
}
