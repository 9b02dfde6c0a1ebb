import { useEffect, useState, type RefObject } from 'react';

/**
 * The width the element is drawn at, in CSS pixels (its content box); 0 until measured, and where nothing is
 * laid out (tests without a layout engine).
 */
export function useShownWidth(ref: RefObject<Element | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
