import { onTestFinished } from 'vitest';

interface HappyDomWindow {
  happyDOM: { setViewport(size: { width: number; height: number }): void };
}

/** Lays the page out at phone size (390×844) for the rest of the test: media queries apply in happy-dom. */
export function phoneViewport(): void {
  const { happyDOM } = window as unknown as HappyDomWindow;
  const before = { width: window.innerWidth, height: window.innerHeight };
  happyDOM.setViewport({ width: 390, height: 844 });
  onTestFinished(() => happyDOM.setViewport(before));
}
