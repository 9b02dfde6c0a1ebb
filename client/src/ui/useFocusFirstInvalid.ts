import { useEffect, useRef } from 'react';

/**
 * Moves focus to the form's first field marked invalid whenever the errors change, so a keyboard or
 * screen-reader user lands on what to fix instead of hunting for it. Returns the ref for the form.
 */
export function useFocusFirstInvalid(errors: readonly unknown[]) {
  const ref = useRef<HTMLFormElement>(null);
  const key = JSON.stringify(errors);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [key]);
  return ref;
}
